import NewsModel
import PlainText
import Testing

@testable import Entities

/// Mexican police copy read in session 57: people listed by their given names and joined by "y" ("Ilse Ivonne y
/// Ernestina") had become one person, and streets named head first with a capital ("Prolongación Guerrero", "Bulevar
/// Estrella") people. The text is written for this test.
@Suite struct SpanishListsAndStreetsTests {
    private static let story = """
        Detienen a tres personas tras una riña

        La Policía Municipal detuvo el sábado a Marisol Ortega, Rocío Ivonne y Fernanda, de 41, 35 y 29 años, tras una riña en la vía pública. Los hechos ocurrieron sobre Prolongación Hidalgo casi Bulevar Las Palmas, informó la Fiscalía General del Estado. Más tarde, Rocío y Fernanda fueron trasladadas a la estación central.
        """

    @Test("a given name alone after \"y\" ends the list's last person, not a name of two people")
    func givenNamesJoinedByY() {
        let item = PlainTextReader().read(Array(Self.story.utf8)).item
        let names = EntityRecognizer().recognise(in: item).map(\.name)
        #expect(names.contains("Rocío Ivonne"), "\(names)")
        #expect(!names.contains { $0.contains(" y ") }, "\(names)")
    }

    @Test("a street named head first with a capital is a place")
    func streetsHeadFirst() {
        let item = PlainTextReader().read(Array(Self.story.utf8)).item
        let kinds = Dictionary(EntityRecognizer().recognise(in: item).map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        for street in ["Prolongación Hidalgo", "Bulevar Las Palmas"] {
            #expect(kinds[street] != nil && kinds[street] != .person, "\(street): \(kinds)")
        }
    }

    @Test("a royal name of houses joined by \"y\" stays one person")
    func royalHouses() {
        let story = """
            La infanta declara ante el juez

            La infanta Cristina de Borbón y Grecia declaró el sábado ante el juez en Palma durante seis horas.
            """
        let item = PlainTextReader().read(Array(story.utf8)).item
        let names = EntityRecognizer().recognise(in: item).map(\.name)
        #expect(names.contains("Cristina de Borbón y Grecia"), "\(names)")
    }
}
