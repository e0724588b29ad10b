import Foundation
import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// Met in session 35 on pages written in the manner of Trinidad's Newsday, WFAA and the NZZ: a credit after a dash at
/// the caption's end, a pronoun's speaker that is no place, an author's town after the byline's comma.
@Suite struct DashCreditAndSpeakerTests {
    @Test("\"… on Wednesday. - Photo courtesy Office of the Parliament\": the caption and its credit after the dash")
    func creditAfterADash() {
        let split = PictureCredit.split(
            "Finance Minister Davendranath Tancoo speaks in the House of Representatives on Wednesday. - Photo courtesy Office of the Parliament"
        )
        #expect(split.caption == "Finance Minister Davendranath Tancoo speaks in the House of Representatives on Wednesday.")
        #expect(split.credit == "Office of the Parliament")
        #expect(PictureCredit.split("Fans cheer at the Queen's Park Oval. - Photo by Jeff K Mayers").credit == "Jeff K Mayers")
        // (A comma before the label is no part of the caption: "Policie ČR, ilustrační fotografie., foto: …", session 58.)
        let comma = PictureCredit.split("Police car at the scene, library picture., foto: Ann Novak / Agency images")
        #expect(comma.caption == "Police car at the scene, library picture.")
        #expect(comma.credit == "Ann Novak / Agency images")
        // A dash inside a sentence is no label.
        #expect(PictureCredit.split("The minister - photographed on Tuesday - declined to comment on the deal.").credit == nil)
    }

    @Test("\"she said\" after a paragraph ending in a place (\"a warehouse in Grand Prairie\") is the person named before it")
    func pronounSpeakerIsNoPlace() {
        #expect(
            QuoteFinder.personNames(in: "Carmen Ibarra said her brother had worked at a warehouse in Grand Prairie.") == ["Carmen Ibarra"])
        #expect(QuoteFinder.personNames(in: "Tancoo said the Central Bank of Trinidad and Tobago had acted.") == [])
        let page = """
            Dallas police search for driver in deadly hit-and-run

            Dallas police are looking for the driver of a dark pickup truck who they say hit and killed a man on the shoulder of Interstate 35E early Thursday.

            Ibarra's sister, Carmen Ibarra, said her brother had just finished a night shift at a warehouse in Grand Prairie.

            "He was the one who helped everybody. He stopped for anyone on the side of the road," she said.

            Anyone with information is asked to call Crime Stoppers.
            """
        let item = PlainTextReader().read(text: page).item
        let speakers = item.body.compactMap { if case .quote(let quote) = $0 { quote.speaker } else { nil } }
        #expect(speakers == ["Carmen Ibarra"], "\(item.body)")
    }

    @Test("\"Daniel Gerny, Bern\" (the NZZ): the author's town after the comma is no part of the name; two names are two authors")
    func townAfterTheByline() {
        let page = """
            Bundesrat will Armeebudget schneller erhöhen

            Daniel Gerny, Bern
            04.12.2026, 16.05 Uhr

            Der Bundesrat will die Ausgaben für die Armee rascher erhöhen als bisher geplant, sagte Verteidigungsminister Martin Pfister am Donnerstag.

            Die SP und die Grünen lehnen den Antrag ab. Die SVP begrüsste dagegen den Entscheid.
            """
        #expect(PlainTextReader().read(text: page).item.bylines == ["Daniel Gerny"])
        let two = PlainTextReader().read(text: page.replacingOccurrences(of: "Daniel Gerny, Bern", with: "Daniel Gerny, Anna Meier")).item
        #expect(two.bylines.first?.hasPrefix("Daniel Gerny, Anna Meier") == true, "\(two.bylines)")
    }

    @Test("\"… said …\" then \"…,\" he said: the speaker is the person the paragraph itself named before the quotation")
    func pronounSpeakerInTheSameParagraph() {
        let page = """
            Queensland flood warnings as ex-cyclone crosses coast

            People in north Queensland have been warned to prepare for major flooding as the remnants of Cyclone Fina bring heavy rain.

            Queensland Premier David Crisafulli said emergency services were ready. "Please listen to the advice and do not drive through floodwaters," he said.

            Townsville Mayor Troy Thompson said evacuation centres had been opened.
            """
        let item = PlainTextReader().read(text: page).item
        let speakers = item.body.compactMap { if case .quote(let quote) = $0 { quote.speaker } else { nil } }
        #expect(speakers == ["David Crisafulli"], "\(item.body)")
    }

    @Test("\"This article was written with material from Reuters and dpa.\" (DW) is a trailer, not story text")
    func writtenWithMaterialFrom() {
        #expect(LineRules.reportingTrailer.matches(in: "This article was written with material from Reuters and dpa."))
        #expect(LineRules.reportingTrailer.matches(in: "This story has been compiled using information from AFP."))
        #expect(!LineRules.reportingTrailer.matches(in: "This article was written by a machine, the company admitted."))
        let page = """
            Germany: Cabinet approves plan to speed up deportations

            Chancellor Friedrich Merz's Cabinet on Wednesday approved a bill that would allow authorities to detain people facing deportation.

            Interior Minister Alexander Dobrindt said the measures were necessary to restore trust in the state.

            The bill now goes to the Bundestag, where the governing coalition holds a majority.

            This article was written with material from Reuters and dpa.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.paragraphTexts.last?.hasPrefix("The bill now goes") == true, "\(item.paragraphTexts)")
    }
}
