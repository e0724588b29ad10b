import Foundation
import NewsModel
import Testing

@testable import PlainText

/// German police press offices publish through a press portal: the office's name, a headline opening with the office's
/// code ("POL-XY:"), the wire's dateline alone on a line without its dash ("Gera (ots)"), the text, and the press
/// contact. Pages of this kind (session 46) showed the code's first half taken for a Reuters topic, the dateline read as
/// a byline or left in the notes, and the story's only paragraph — which cited an address — left out of the story.
/// The releases are written for these tests.
@Suite struct PressOfficeReleaseTests {
    private let release = """
        Polizeidirektion Talheim

        POL-TH: Unfallflucht auf der B 27 - Zeugen gesucht

        Talheim/Kreis Auenbach (ots)

        Nachdem am Freitagabend gegen 19:15 Uhr ein Kleinbus an der Anschlussstelle Talheim-Süd auf die Bundesstraße auffuhr (siehe Meldung Nr. 1: https://www.example.org/meldungen/1234), sucht die Verkehrspolizei nun dringend weitere Zeugen. Der Fahrer eines dunklen Kombis hielt kurz an und fuhr dann weiter in Richtung Auenbach.

        Rückfragen bitte an:

        Polizeidirektion Talheim
        Pressestelle
        Telefon: 01234/5678-0
        """

    @Test("\"POL-TH: …\" keeps its office code; the dateline alone on its line opens the story with its agency")
    func pressOfficeRelease() {
        let item = PlainTextReader().read(text: release).item
        #expect(item.headlines.first?.text == "POL-TH: Unfallflucht auf der B 27 - Zeugen gesucht", "\(item.headlines)")
        #expect(item.dateline == "Talheim/Kreis Auenbach (ots)", "\(String(describing: item.dateline))")
        #expect(item.located?.names.first == "Talheim/Kreis Auenbach", "\(String(describing: item.located))")
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        #expect(item.body.count == 1, "\(item.body)")
        #expect(item.body.first?.text.hasPrefix("Nachdem am Freitagabend gegen 19:15 Uhr") == true, "\(item.body)")
        #expect(item.body.first?.text.contains("https://www.example.org/meldungen/1234") == true)
    }

    @Test("a Reuters topic before the headline's first word is still taken off; \"COVID-19\" and codes are the title's")
    func topicPrefixOnlyBeforeAWord() {
        let story = "\n\nThe price of gold rose on Tuesday as investors looked for safety after weak factory data from China and Europe.\n"
        let topic = PlainTextReader().read(text: "PRECIOUS-Gold climbs as factory data disappoints" + story).item
        #expect(topic.headlines.first?.text == "Gold climbs as factory data disappoints", "\(topic.headlines)")
        #expect(topic.slugline == "PRECIOUS")
        let number = PlainTextReader().read(text: "COVID-19 cases rise again in care homes" + story).item
        #expect(number.headlines.first?.text == "COVID-19 cases rise again in care homes", "\(number.headlines)")
        let code = PlainTextReader().read(text: "POL-Hafenstadt: In den Gegenverkehr geraten" + story).item
        #expect(code.headlines.first?.text == "POL-Hafenstadt: In den Gegenverkehr geraten", "\(code.headlines)")
    }

    @Test("a name with a bracket that names no agency over the first paragraph is no dateline")
    func bracketWithoutAnAgencyIsNoDateline() {
        #expect(AgencyDatelineLine.parts(of: "Gera (ots)")?.agency == "ots")
        #expect(AgencyDatelineLine.parts(of: "Frankfurt am Main (dpa)")?.place == "Frankfurt am Main")
        #expect(AgencyDatelineLine.parts(of: "Anna Berger (left)") == nil)
        #expect(AgencyDatelineLine.parts(of: "Priya Patel (BBC)") == nil && AgencyDatelineLine.parts(of: "Keir Starmer (PM)") == nil)
        #expect(AgencyDatelineLine.parts(of: "Die Polizei bittet um Hinweise (ots)") == nil)
        let page = """
            Neue Leiterin im Rathaus

            Anna Berger (left)

            Die neue Leiterin des Bürgeramts hat am Montag ihre Arbeit aufgenommen und will die Wartezeiten deutlich verkürzen.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.dateline == nil, "\(String(describing: item.dateline))")
    }
}
