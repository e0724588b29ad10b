import NewsModel
import PlainText
import Testing

@testable import Entities

/// German towns named like nouns ("Regen", "Wetter", "Essen") after an adjective with its strong ending and no article
/// ("nach tagelangem Regen"): a noun, read in session 57. The text is written for this test.
@Suite struct GermanAdjectiveBeforeANounTests {
    @Test("a town's name after an adjective without an article is the noun; after a preposition alone the town")
    func adjectiveBeforeTownName() {
        let story = """
            Hochwasser an der Ruhr

            Nach tagelangem Regen ist der Pegel der Ruhr am Mittwoch weiter gestiegen. Bei schönem Wetter war der Fluss noch ruhig gewesen, teilte die Feuerwehr mit. Die Helfer fuhren am Abend nach Essen und verteilten dort Sandsäcke.
            """
        let item = PlainTextReader().read(Array(story.utf8)).item
        let names = EntityRecognizer().recognise(in: item).map(\.name)
        #expect(!names.contains("Regen"), "\(names)")
        #expect(!names.contains("Wetter"), "\(names)")
        #expect(names.contains("Essen"), "\(names)")
    }
}
