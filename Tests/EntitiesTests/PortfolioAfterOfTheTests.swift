import NewsModel
import PlainText
import Testing

@testable import Entities

/// French and Spanish copy read in session 58 name a minister's portfolio after "of the" in two words ("le ministre
/// de la Défense", "el ministro de la Presidencia"); the portfolio had become an organisation. A body's name of more
/// words after an office stays one ("el teniente fiscal de la Secretaría Técnica"). The text is written for this test.
@Suite struct PortfolioAfterOfTheTests {
    @Test("one word after an office and 'de la' is its portfolio; a body's name of two words is kept")
    func portfolios() throws {
        let story = """
            Remaniement: deux ministres quittent le gouvernement

            L'ancien ministre de la Défense, Hervé Lemarchand, a critiqué mardi à Paris la ministre de la Culture. En Madrid, el ministro de la Presidencia, Félix Montoro, citó al teniente fiscal de la Secretaría Técnica.
            """
        let names = try keptEntities(story).map(\.name)
        #expect(names.contains("Hervé Lemarchand"), "\(names)")
        #expect(names.contains("Félix Montoro"), "\(names)")
        for portfolio in ["Défense", "Culture", "Presidencia"] {
            #expect(!names.contains(portfolio), "\(portfolio): \(names)")
        }
        #expect(names.contains("Secretaría Técnica"), "\(names)")
    }
}
