import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Page conventions that news sites outside the corpus showed the reader missing (session 44): the ABC's and AAP's
/// credit "(Source: Photographer)" glued to a caption's last sentence, a bar left before a bracketed credit, a
/// "First Published:" line with a time written with a space, a share toolbar's words on one line, and Reuters' dateline
/// without a space after its dash. The pages are written in the manner of an Australian broadcaster, an Indian wire
/// site, an Indian business daily and a site that reposts Reuters copy.
@Suite struct SourceColonCreditAndToolbarTests {
    private static let broadcasterPage = """
        Protesters removed from highway upgrade site near Ballarat

        Police have begun removing protesters trying to save trees in the path of a highway upgrade west of Ballarat.

        The project to duplicate a section of the highway has been under way for more than a decade and has been the subject of several legal battles.

        Police vehicles blocked the road entrances to the site, where a tree was removed.(ABC Ballarat: Orla Mae Penhaligon)

        Protesters said officers arrived at the camps early on Tuesday morning and asked them to leave.

        Police said no arrests had been made.
        """

    private static let wirePage = """
        State finalises plan to ease lockdown for industry

        File image of Chief Minister Harshad Vaghela | (Photo credit: IANS)

        Gandhinagar, April 15: The state government on Wednesday said it had finalised a plan to ease restrictions on industries and construction.

        The plan was approved at a cabinet meeting chaired by Chief Minister Harshad Vaghela, an official release said.

        Its contents will be announced on Thursday, the release added.
        """

    private static let businessPage = """
        Shareholders vent ire over sagging stock at annual meeting

        Comment E-mail Print Share
        First Published: Wed, Jun 12 2013. 10 05 AM IST
        The listing last year sparked a series of crises for the company, with the shares falling by half. Photo: Arjun Mehra/Mint
        Mumbai: Shareholders on Tuesday grilled the company's leaders about how they planned to revive the stock.
        The chairman said the board understood that many people were disappointed with the performance of the shares.
        Shares closed slightly down on Thursday.
        """

    @Test("\"Hi, what are you looking for?\": a site's search box over the story is no headline")
    func searchBoxIsNoHeadline() {
        let page = """
            Connect with us

            Hi, what are you looking for?

            Uncategorized

            Northwind seeks to calm speculation after shares drop

            © Reuters. FILE PHOTO: The company logo is displayed on a screen at the stock exchange, April 8, 2019. REUTERS/Brendan McDermid/File Photo

            By Imogen Castellane

            LONDON (Reuters) - Northwind appeared to play down speculation about the future of its chief executive after its shares fell more than 4% on Monday.

            The company initially declined to comment on the report, but later issued a statement.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Northwind seeks to calm speculation after shares drop", "\(item.headlines)")
        #expect(LineRules.widget.matches(in: "Hi, what are you looking for?"))
        #expect(LineRules.widget.matches(in: "Search for:"))
        #expect(!LineRules.widget.matches(in: "Search teams found the hikers on Tuesday."))
    }

    @Test("\"Madrid.- El Gobierno …\": the full stop and dash of Spanish copy end a dateline whatever the place's case")
    func spanishStopAndDashDateline() {
        let page = """
            El Gobierno restringirá el movimiento de personas

            Madrid.- El Gobierno, que se encuentra reunido, aprobará este sábado restringir el movimiento de personas salvo para ir a trabajar.

            Fuentes del Ejecutivo explicaron que estas medidas forman parte de la declaración del estado de alarma.
            """
        expectDateline(in: page, "Madrid", leadStartingWith: "El Gobierno, que")
    }

    @Test("\"LONDON (Reuters) -Northwind appeared …\": the dateline ends at the dash even without a space after it")
    func reutersDatelineWithoutSpace() {
        let page = """
            Northwind seeks to calm speculation about its chief executive

            By Imogen Castellane

            LONDON (Reuters) -Northwind appeared to play down speculation about the future of its chief executive after its shares fell more than 4% on Monday.

            The company initially declined to comment on the report, but later issued a statement.
            """
        expectDateline(in: page, "LONDON (Reuters)", leadStartingWith: "Northwind appeared")
    }

    /// The page's dateline is `dateline`, and its lead, without it, starts with `lead`.
    private func expectDateline(
        in page: String, _ dateline: String, leadStartingWith lead: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let item = PlainTextReader().read(text: page).item
        #expect(item.dateline == dateline, "\(String(describing: item.dateline))", sourceLocation: sourceLocation)
        guard case .paragraph(let first) = item.body.first else {
            Issue.record("no lead paragraph: \(item.body)", sourceLocation: sourceLocation)
            return
        }
        #expect(first.hasPrefix(lead), "\(first)", sourceLocation: sourceLocation)
    }

    @Test("\"…removed.(ABC Ballarat: Orla Mae Penhaligon)\": the source, a colon and the photographer are the credit")
    func sourceColonPhotographerCredit() {
        let item = PlainTextReader().read(text: Self.broadcasterPage).item
        #expect(
            item.pictures.first?.caption == "Police vehicles blocked the road entrances to the site, where a tree was removed.",
            "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "ABC Ballarat: Orla Mae Penhaligon", "\(item.pictures)")
    }

    @Test("\"… Dr Karl Whitfield.-Winston Sill/Freelance Photographer\": a hyphen glues the Gleaner's credit to the caption")
    func hyphenGluedSlashCredit() {
        let page = """
            Justices of the Peace honour their own

            Custos Marigold Harding welcomes Commissioner of Police Dr Karl Whitfield.-Winston Sill/Freelance Photographer

            Commissioner of Police Dr Karl Whitfield is calling on Justices of the Peace to be trailblazers for the force, as the police seek to work better with citizens.

            He was addressing the association's annual awards dinner last Saturday at a hotel in Kingston.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(
            item.pictures.first?.caption == "Custos Marigold Harding welcomes Commissioner of Police Dr Karl Whitfield.", "\(item.pictures)"
        )
        #expect(item.pictures.first?.creditline == "Winston Sill/Freelance Photographer", "\(item.pictures)")
    }

    @Test("a caption the page set twice on one line is read once; an image's address left as a line is no paragraph")
    func repeatedCaptionAndImageAddress() {
        let page = """
            Suspect in shooting of deputies captured after manhunt

            Corwin Ashdale, 25, was taken into custody by authorities in Thomas County. (Photo: GBI)Corwin Ashdale, 25, was taken into custody by authorities in Thomas County. (Photo: GBI)

            The manhunt for a man suspected of shooting two sheriff's deputies came to an end on Sunday afternoon, according to the GBI.
            /cloudfront-us-east-1.images.example.com/gray/QHETLNMSDVFGLHTBWGAQ.jpg)
            Several agencies were involved in the manhunt, including the county sheriff's office and the state police.

            He was transported to the county jail, where he was charged with attempted murder.
            """
        let result = PlainTextReader().read(text: page)
        let item = result.item
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(
            item.pictures.first?.caption == "Corwin Ashdale, 25, was taken into custody by authorities in Thomas County.",
            "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "GBI", "\(item.pictures)")
        let paragraphs = item.body.compactMap { block -> String? in
            if case .paragraph(let text) = block { return text }
            return nil
        }
        #expect(paragraphs.count == 3, "\(paragraphs)")
        #expect(!paragraphs.contains { $0.contains("cloudfront") }, "\(paragraphs)")
        // Neither is lost: both are kept as notes.
        #expect(item.preserved.contains { $0.serialized.contains("cloudfront") }, "\(item.preserved)")
        #expect(item.preserved.contains { $0.serialized.hasPrefix("Corwin Ashdale") }, "\(item.preserved)")
    }

    @Test("\"File image of … | (Photo credit: IANS)\": the bar before the credit is no part of the caption")
    func barBeforeABracketedCredit() {
        let item = PlainTextReader().read(text: Self.wirePage).item
        #expect(item.pictures.first?.caption == "File image of Chief Minister Harshad Vaghela", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "IANS", "\(item.pictures)")
    }

    @Test("\"First Published: Wed, Jun 12 2013. 10 05 AM IST\" is a time stamp, not a caption; the toolbar is no byline")
    func publicationLineAndToolbar() {
        let item = PlainTextReader().read(text: Self.businessPage).item
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Arjun Mehra/Mint", "\(item.pictures)")
        #expect(!item.pictures.contains { ($0.caption ?? "").hasPrefix("First Published") }, "\(item.pictures)")
        #expect(!item.bylines.contains { $0.contains("Print") }, "\(item.bylines)")
        #expect(LineRules.dateOnlyLine.matches(in: "First Published: Wed, Jun 12 2013. 10 05 AM IST"))
        #expect(LineRules.widget.matches(in: "Comment E-mail Print Share"))
        #expect(LineRules.widget.matches(in: "Facebook | Twitter | Email"))
        // A sentence that opens with a toolbar's word is still prose.
        #expect(!LineRules.widget.matches(in: "Share prices fell on Tuesday."))
    }
}
