import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Pages whose text comes without its title line (session 49: a German and a French regional paper, a US county
/// paper): the reader had kept the story's first paragraph out of the story and made the first section heading the
/// headline, or made the lead sentence the headline; and a section heading between paragraphs was taken for a byline.
/// The pages are written for these tests.
@Suite struct UnseenHeadlessPageTests {
    private let germanReport = """
        Anwohner meldeten am Sonntagabend gegen 22 Uhr der Polizei, dass zwischen Oberweiler und Talheim an der Kreisstraße ein Lieferwagen auf dem Dach im Feld liege, vom Fahrer aber nichts zu sehen sei.

        Wagen nur noch Schrott

        Wenige Minuten später rückten die Feuerwehren aus Oberweiler und Talheim mit zwanzig Kräften aus. Der Wagen war nach Angaben der Polizei gegen einen Zaunpfahl geprallt und hatte sich danach überschlagen. Den Schaden schätzt die Polizei auf rund 8.000 Euro.

        Suche mit Hunden

        Weil der Fahrer verletzt sein konnte, suchten Einsatzkräfte mit Hunden die Felder und den nahen Wald ab. Am Montagmorgen meldete sich der Mann schließlich selbst bei der Polizei.
        """

    @Test("the first paragraph of a page without its title is the story's, and the heading under it a subheading")
    func storyBeforeTheFirstHeading() {
        let item = PlainTextReader().read(text: germanReport).item
        #expect(item.headlines.isEmpty, "\(item.headlines)")
        #expect(paragraphTexts(item).first?.hasPrefix("Anwohner meldeten") == true, "\(item.body)")
        #expect(paragraphTexts(item).count == 3, "\(item.body)")
        #expect(subheadingTexts(item) == ["Wagen nur noch Schrott", "Suche mit Hunden"], "\(item.body)")
        // The rules themselves, on the roles the model gave the real page, and on a heading taken for a byline.
        let model: [LineRole] = [.other, .headline, .other, .subheading, .body]
        #expect(rolesAfterRules(germanReport, model) == [.body, .subheading, .body, .subheading, .body])
        #expect(
            rolesAfterRules(germanReport, [.body, .subheading, .body, .byline, .body]) == [.body, .subheading, .body, .subheading, .body])
    }

    @Test("a page with its title keeps its headline over the first paragraph")
    func titledPageKeepsItsHeadline() {
        let page = "Lieferwagen überschlägt sich bei Talheim\n\n" + germanReport
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Lieferwagen überschlägt sich bei Talheim", "\(item.headlines)")
        #expect(!paragraphTexts(item).contains("Lieferwagen überschlägt sich bei Talheim"), "\(item.body)")
    }

    @Test("a site's one-sentence blurb over the page's title leaves the title the headline")
    func blurbOverTheTitle() {
        let page = """
            The Valley Courier is the region's independent daily newspaper, bringing readers local news, sport, business and opinion every morning since 1921.

            Council approves new footbridge over the river after long debate

            The council approved plans for a new footbridge over the River Ouse on Monday night after a debate that lasted more than two hours.

            Work is expected to start in the spring and take about a year.
            """
        let model: [LineRole] = [.other, .headline, .body, .body]
        #expect(rolesAfterRules(page, model)[1] == .headline)
    }

    @Test("a lead sentence of twenty words or more with its full stop is no headline")
    func leadSentenceIsNoHeadline() {
        let page = """
            A county deputy on patrol likely interrupted a burglary on Sunday evening, leading to a short chase through two yards and an arrest, the sheriff said.

            The deputy saw a man trying the back door of a house on Old Mill Road and stopped to ask what he was doing.

            The man ran, but deputies found him minutes later hiding in a shed and took him to the county jail.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.isEmpty, "\(item.headlines)")
        #expect(paragraphTexts(item).count == 3, "\(item.body)")
        #expect(rolesAfterRules(page, [.headline, .body, .body]) == [.body, .body, .body])
    }
}
