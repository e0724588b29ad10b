import NewsModel
import PlainText
import Testing

@testable import Entities

/// German "von" after a capitalised noun is "of" or "from" ("in der Nähe von Ingolstadt"); the scanner had joined the
/// noun, "von" and the place into one person's name ("Nähe von Ingolstadt"), as a motorway crash story read in session
/// 56 showed, and a compound closing with a direction ("in Fahrtrichtung München") into an organisation's. The text is
/// written for these tests.
@Suite struct GermanVonAfterANounTests {
    private static let story = """
        Schwerer Unfall auf der Autobahn

        Bei einem Unfall auf der Autobahn 9 in der Nähe von Ingolstadt sind am Freitag zwölf Menschen verletzt worden. Der Verkehr staute sich in Fahrtrichtung München auf mehreren Kilometern, teilte die Polizei mit.

        Bundespräsident Richard von Weizsäcker hatte die Strecke einst eröffnet, und Kommissionspräsidentin Ursula von der Leyen besuchte die Region im vergangenen Jahr.
        """

    /// What the recogniser finds in the story (before the fitted step, which may drop a name it finds once).
    private static var recognisedNames: [String] {
        EntityRecognizer().recognise(in: PlainTextReader().read(Array(story.utf8)).item).map(\.name)
    }

    @Test("a place after \"Nähe von\" or a direction's compound is the place alone")
    func placeAfterANoun() {
        let names = Self.recognisedNames
        #expect(names.contains("Ingolstadt"), "\(names)")
        #expect(names.contains("München"), "\(names)")
        #expect(!names.contains { $0.contains("Nähe") || $0.contains("Fahrtrichtung") }, "\(names)")
    }

    @Test("\"von\" after a given name stays a name's particle")
    func particleAfterAGivenName() {
        let names = Self.recognisedNames
        #expect(names.contains("Richard von Weizsäcker"), "\(names)")
        #expect(names.contains("Ursula von der Leyen"), "\(names)")
    }
}
