import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Conventions met in session 31 on copy written for these tests in the manner of The Telegraph's sport pages, a US
/// local news site and a German broadcaster's sport page.
@Suite struct BylinePostAndTipTests {

    @Test("\"By Sam Wallace, Chief Football Writer\": the post is no source; it is kept as a note, the byline is the name")
    func bylinePostIsNoSource() {
        let page = """
            Arsenal 2-1 Tottenham: Saka and Havertz sink Spurs

            By Sam Wallace, Chief Football Writer

            Arsenal moved three points clear at the top of the table after goals from Bukayo Saka and Kai Havertz.

            Mikel Arteta's side took the lead after 23 minutes when Saka curled a shot beyond the goalkeeper.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Sam Wallace"])
        #expect(item.infoSources.isEmpty, "\(item.infoSources)")
        #expect(item.preserved.contains { $0.serialized == "Chief Football Writer" })
        // An agency after the comma stays the source.
        let agency = PlainTextReader().read(text: page.replacingOccurrences(of: "Chief Football Writer", with: "dpa")).item
        #expect(agency.bylines == ["Sam Wallace"] && agency.infoSources.compactMap(\.name) == ["dpa"])
    }

    @Test("\"By Alicia Moreno | amoreno@…\": the author's address is no source; \"Have a news tip? Email …\" is no paragraph")
    func bylineAddressAndTipLine() {
        let page = """
            Man charged after police chase ends in crash on Route 9

            By Alicia Moreno | amoreno@example-news.com

            A Framingham man faces several charges after leading police on a chase that ended when his car struck a pole.

            Officers tried to stop a silver Honda Accord shortly after 2 a.m. for driving without headlights, police said.

            Anyone with information is asked to call the police department at 508-555-0142.

            Have a news tip? Email newstips@example-news.com.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Alicia Moreno"])
        #expect(!item.infoSources.contains { $0.name?.contains("@") == true }, "\(item.infoSources)")
        #expect(item.preserved.contains { $0.serialized == "amoreno@example-news.com" })
        let paragraphs = item.body.compactMap { block -> String? in
            if case .paragraph(let text) = block { return text }
            return nil
        }
        #expect(paragraphs.count == 3, "\(paragraphs)")
        #expect(paragraphs.last?.hasPrefix("Anyone with information") == true)
        #expect(item.preserved.contains { $0.serialized.hasPrefix("Have a news tip?") })
    }

    @Test("\"Bild: picture alliance/dpa | Sven Hoppe\": after a label, and in brackets, the agency's name keeps its first word")
    func pictureAllianceKeepsItsName() {
        let labelled = PictureCredit.trailingCredit(
            in: "Harry Kane jubelt nach seinem Treffer zum 1:0. | Bild: picture alliance/dpa | Sven Hoppe")
        #expect(labelled?.credit == "picture alliance/dpa | Sven Hoppe", "\(String(describing: labelled))")
        #expect(labelled?.caption == "Harry Kane jubelt nach seinem Treffer zum 1:0.")
        #expect(PictureCredit.stripLabel("picture alliance/dpa") == "picture alliance/dpa")
        // A label word without its colon still goes ("Photo Prakash Mathema. AFP").
        #expect(PictureCredit.stripLabel("Picture Prakash Mathema") == "Prakash Mathema")
    }
}
