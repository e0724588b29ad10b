import NewsModel
import PlainText
import Testing

@testable import Entities

/// A Romance office's portfolio after an adjective ("el ministro ruso de Asuntos Exteriores", "el fiscal general del
/// Estado") was kept as a name (Spanish copy read in session 57). The text is written for this test.
@Suite struct RomanceOfficeWithAnAdjectiveTests {
    @Test("a portfolio after an office and its adjective is no name; a country after them is")
    func portfolioAfterAdjective() {
        let story = """
            El fiscal general declara ante el juez

            El fiscal general del Estado declaró el martes ante el juez, y el ministro ruso de Asuntos Exteriores, Serguéi Lavrov, criticó al ministro francés de Francia en una rueda de prensa.
            """
        let item = PlainTextReader().read(Array(story.utf8)).item
        let names = EntityRecognizer().recognise(in: item).map(\.name)
        #expect(!names.contains("Estado"), "\(names)")
        #expect(!names.contains("Asuntos Exteriores"), "\(names)")
        #expect(names.contains("Francia"), "\(names)")
    }

    @Test("a ministry written in small letters names no body by its portfolio alone")
    func ministryInSmallLetters() {
        let story = """
            Un troisième Français tué au Népal

            Un troisième Français a été tué au Népal, a annoncé jeudi le ministère des Affaires étrangères à Paris.
            """
        let item = PlainTextReader().read(Array(story.utf8)).item
        let names = EntityRecognizer().recognise(in: item).map(\.name)
        #expect(!names.contains("Affaires"), "\(names)")
        #expect(names.contains("Paris"), "\(names)")
    }
}
