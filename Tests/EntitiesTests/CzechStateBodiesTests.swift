import NewsModel
import PlainText
import Testing

@testable import Entities

/// Czech copy read in session 56: "Policie České republiky" was cut to "Policie České" (the state's formal name writes its
/// noun in lower case, and the gazetteer knew only "Česko"), and the polite "Vaši" of an interview ("na Vaši otázku")
/// became a place. The text is written for these tests.
@Suite struct CzechStateBodiesTests {
    private static let story = """
        Policie posílí hlídky

        Policie České republiky v pondělí uvedla, že o víkendu posílí hlídky na dálnicích. „Na Vaši otázku odpovídám, že Vás budeme průběžně informovat,“ řekl mluvčí. Opatření podpořila i Vláda České republiky a ministr dopravy.

        V Praze se hlídky zaměří na centrum, uvedla policie. Podobná opatření platí i ve Slovenské republice.
        """

    @Test("a body's noun before the state's formal name names the body whole")
    func bodyOfTheState() {
        let item = PlainTextReader().read(Array(Self.story.utf8)).item
        let names = EntityRecognizer().recognise(in: item).map(\.name)
        #expect(names.contains("Policie České republiky"), "\(names)")
        #expect(!names.contains("Policie České"), "\(names)")
    }

    @Test("the polite \"you\" of Czech names no one")
    func politePronouns() {
        let item = PlainTextReader().read(Array(Self.story.utf8)).item
        let names = EntityRecognizer().recognise(in: item).map(\.name)
        #expect(!names.contains { ["Vaši", "Vás"].contains($0) }, "\(names)")
    }

    @Test("the state's formal names in their case forms are the country's")
    func formalNames() {
        let gazetteer = Gazetteer.shared
        for name in ["České republiky", "Českou republikou", "Slovenskej republiky"] {
            #expect(gazetteer.lookup(name)?.kind == .place, "\(name)")
        }
    }
}
