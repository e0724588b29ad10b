import Foundation
import NewsModel
import PlainText
import Testing

/// The head of wire copy by its formats: a ZCZC envelope's fields, a press wire's release head. Copy written for
/// these tests.
@Suite struct WireHeadTests {
    @Test("a ZCZC envelope's '$' headline wins over the model's pick; '$K' is a category, ':1200' a time, '~' a field")
    func zczcFields() {
        let story = """
            ZCZC AAP
            %A
            #Ferry_BC1
            $Harbour ferry back in service
            :(HARBOURTON)
            &AAPIS\\Berga
            ~PM Service
            @NSW
            The old harbour ferry returned to service on Friday after a winter refit.

               Tickets cost the same as before the refit, the harbour board said on Friday afternoon.

            AAP ab/cd
            NNNN
            """
        let item = PlainTextReader().read(text: story).item
        #expect(item.headline == "Harbour ferry back in service")
        #expect(item.slugline == "Ferry_BC1")
        #expect(item.body.first?.text == "The old harbour ferry returned to service on Friday after a winter refit.")
        #expect(!item.body.contains { $0.text.contains("PM Service") })

        let release = """
            ZCZC AAP
            %MGD
            $K
            :1200
            *X
            Rowing club opens new boathouse on the river

            The town's rowing club opened its new boathouse on Saturday, ten years after the old one burned down.
            """
        let releaseItem = PlainTextReader().read(text: release).item
        #expect(releaseItem.headline == "Rowing club opens new boathouse on the river")
        #expect(releaseItem.located == nil && releaseItem.dateline != "1200")

        // Medianet's releases name their issuer in the ':' field: the release's source, not its place. The place is
        // what AAP writes there in brackets or capitals (":(HARBOURTON)" above).
        let medianet = """
            ZCZC AAP
            %MGD
            $K
            :
            :Harbourton Rowing Association
            *X
            Rowing club opens new boathouse on the river

            The town's rowing club opened its new boathouse on Saturday, ten years after the old one burned down.

            SOURCE: Harbourton Rowing Association
            NNNN
            """
        let medianetItem = PlainTextReader().read(text: medianet).item
        #expect(medianetItem.located == nil && medianetItem.dateline == nil)
        #expect(item.dateline?.uppercased().contains("HARBOURTON") == true)
    }

    @Test("a press wire's release head: 'Source:' and the release number are lines of their own, the dateline alone on its line")
    func pressWireHead() {
        let release = """
            Source: Harbour Robotics Ltd
            MEDIA RELEASE PR10001
            Harbour Robotics Launches Autonomous Crane for Small Ports and
            Inland Terminals

            HARBOURTON, Norway, March 2, 2026 /Harbour Wire-AsiaNet/ --

            Harbour Robotics Ltd announced on March 2 the launch of an autonomous crane
            for small ports and inland terminals, a machine that loads and unloads
            containers without a driver and stops when a person comes near it.

            The crane will be sold from the summer and was tested at three ports in
            Norway over the past year, the company said in a statement on Monday.
            """
        let item = PlainTextReader().read(text: release).item
        #expect(item.headline == "Harbour Robotics Launches Autonomous Crane for Small Ports and Inland Terminals")
        #expect(item.dateline?.hasPrefix("HARBOURTON, Norway, March 2, 2026") == true, "\(item.dateline ?? "")")
        #expect(item.body.count == 2, "\(item.body.map(\.text))")
        #expect(
            item.body.first?.text.hasPrefix("Harbour Robotics Ltd announced on March 2 the launch of an autonomous crane for small") == true
        )
    }

    @Test("ANPA 1312: the keyword line is the slug, an editor's note no headline, a one-sentence story has its text, an alert its headline")
    func anpaHead() {
        let story =
            "\u{16}\u{16}\u{01}G1234\u{1F}glbsm\r\nr d\u{13}\u{11} BC-US--HarbourFerry 1stLd-Writethru   03-02 0120\r\n"
            + "\u{02}^BC-US--Harbour Ferry, 1st Ld-Writethru,120<\r\n^Old ferry sinks at its mooring<\r\n"
            + "^Eds: APNewsNow. Changes headline.<\r\n\t   HARBOURTON, Maine (AP) _ The old ferry sank.\r\n\r\n\t   \u{03}AP-WF-03-02-26 1626GMT<\r\n"
        let item = PlainTextReader().read(text: story).item
        #expect(item.slugline == "US--Harbour Ferry")
        #expect(item.headline == "Old ferry sinks at its mooring")
        #expect(item.body.map(\.text) == ["The old ferry sank."])
        #expect(item.dateline == "HARBOURTON, Maine (AP)")
        #expect(item.editorialNotes.contains { $0.hasPrefix("Eds: APNewsNow") })

        let alert =
            "\u{16}\u{16}\u{01}W1645\u{1F}asian\r\nb a\u{13}\u{11} BC-US--APNewsAlert     03-02 0358\r\n"
            + "\u{02}^BC-US--APNewsAlert,17<\r\n\t   HARBOURTON, Maine (AP) _ Harbour board votes to close the old ferry quay for good.\r\n"
            + "\r\n\t   \u{03}AP-WF-03-02-26 2350GMT<\r\n"
        let alertItem = PlainTextReader().read(text: alert).item
        #expect(alertItem.headline == "Harbour board votes to close the old ferry quay for good.")
        #expect(alertItem.body.map(\.text) == ["Harbour board votes to close the old ferry quay for good."])
        #expect(alertItem.dateline == "HARBOURTON, Maine (AP)")
        #expect(alertItem.slugline == "US--APNewsAlert")
    }

    @Test("a list or emphasis mark before a title is not part of the headline")
    func markedTitle() {
        let item = PlainTextReader().read(
            text: "*Harbour board elects new chair\n\nThe harbour board elected a new chair on Monday after three rounds of voting."
        ).item
        #expect(item.headline == "Harbour board elects new chair")
    }
}
