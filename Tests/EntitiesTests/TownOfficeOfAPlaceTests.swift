import NewsModel
import PlainText
import Testing

@testable import Entities

/// French local news names a small town after its town hall, its gendarmerie or its mayor ("la mairie de Lalinde", "la
/// gendarmerie de Saint-Aignan"); the town, which the gazetteer does not list, had been typed as an organisation (read in
/// session 57). The text is written for this test.
@Suite struct TownOfficeOfAPlaceTests {
    @Test("the one-word name after a town's office, officers or people and \"of\" is a place")
    func townAfterItsOffice() {
        let story = """
            Tirs contre une mairie en Dordogne

            Des employés de la mairie de Lalinde ont découvert mardi des impacts de balle, et les gendarmes de la gendarmerie de Saint-Aignan ont été appelés. Le maire de Lalinde a porté plainte.
            """
        let item = PlainTextReader().read(Array(story.utf8)).item
        let kinds = Dictionary(EntityRecognizer().recognise(in: item).map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["Lalinde"] == .place, "\(kinds)")
        #expect(kinds["Saint-Aignan"] == .place, "\(kinds)")
    }
}
