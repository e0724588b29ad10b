import NewsModel
import Testing

@testable import PlainText

/// What unseen pages (session 50: Nigerian news sites on WordPress, a sports site's managers' reactions, US wildfire
/// stories from a wire and a station) showed the reader misplace: the story's last sentence above "Leave a Reply" kept
/// out of the story, "The statement reads partly;" read as a picture's credit, a plugin's "… Powered By : …" footer as
/// a related link, a match's score line as the byline, a caption with "Photo courtesy of …" as the headline and the
/// lead with an ad slot's label run on as a caption, the page type "article" as the headline and a "click here" line as
/// a subheading. The pages are written for these tests.
@Suite struct StoryCloseAndScoreLineTests {
    private let commissionerStory = """
        Commissioner condemns extortion on footbridge

        The Commissioner for the Environment in Ogun State, Mr. Adebayo Coker, has reacted to a video of youths extorting pedestrians on a bridge.

        In a statement on Wednesday, the Commissioner expressed deep concern about the activities captured in the video.

        “It is unfortunate to witness such actions on our pedestrian bridges,” Coker said.
        """

    @Test("one sentence between the story's last paragraph and \"Leave a Reply\" is the story's last paragraph")
    func sentenceBeforeTheComments() {
        let closing =
            "The Office of the Commissioner of Environment and Water Resources remains dedicated to upholding the standards of safety, cleanliness, and orderliness in Ogun State."
        let page = """
            The Commissioner for the Environment in Ogun State, Mr. Adebayo Coker, has reacted to a video of youths extorting pedestrians on a bridge in Abeokuta.

            In a statement on Wednesday, the Commissioner expressed deep concern about the activities captured in the video.

            “It is unfortunate to witness such actions on our pedestrian bridges,” Coker stated.

            While urging the public to remain calm, Coker reassured residents that measures are being put in place to address the issue.

            \(closing)

            Leave a Reply

            Your email address will not be published. Required fields are marked *
            """
        let item = PlainTextReader().read(text: page).item
        #expect(storyParagraphTexts(item).last == closing, "\(item.body)")
        // The rule itself, on the roles the model gave the real page.
        let blocks = PlainTextReader.blocks(of: Array(page.utf8)).texts
        #expect(blocks[4] == closing)
        let model: [LineRole] = [.body, .body, .body, .body, .other, .other, .other]
        #expect(rolesAfterRules(page, model)[4] == .body)
    }

    @Test("a site's promotion above \"Leave a Reply\" stays out of the story")
    func promotionBeforeTheComments() {
        let closing = "For the latest news and updates from across the state, follow us on Twitter and Facebook today."
        let page = commissionerStory + "\n\n" + closing + "\n\nLeave a Reply\n"
        let blocks = PlainTextReader.blocks(of: Array(page.utf8)).texts
        #expect(blocks[4] == closing)
        #expect(rolesAfterRules(page, [.headline, .body, .body, .body, .other, .other])[4] == .other)
    }

    @Test("a line leading into a statement with a semicolon or a colon is story text, not a credit")
    func leadInIsNoCredit() {
        let page = """
            Commissioner resigns as another building collapses

            Dr Ade Salami, the state's Commissioner for Physical Planning, has resigned from the administration of the governor.

            This was contained in a statement signed on Monday by the Commissioner for Information, Mr Tunde Bello.

            The statement reads partly;

            “The Governor has accepted the resignation of the Commissioner for Physical Planning, Dr. Ade Salami.

            “This is a prelude to the restructuring of the Ministry and its agencies.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(storyParagraphTexts(item).contains("The statement reads partly;"), "\(item.body)")
        let blocks = PlainTextReader.blocks(of: Array(page.utf8)).texts
        #expect(blocks[3] == "The statement reads partly;")
        #expect(rolesAfterRules(page, [.headline, .other, .body, .credit, .body, .body])[3] == .body)
    }

    @Test("a plugin's \"Powered By\" footer is no related link")
    func poweredByFooter() {
        let page = commissionerStory + "\n\nWP2Social Auto Publish Powered By : XYZScripts.com\n"
        let item = PlainTextReader().read(text: page).item
        #expect(item.links.isEmpty, "\(item.links)")
        #expect(!storyParagraphTexts(item).contains { $0.contains("Powered By") }, "\(item.body)")
        #expect(RoleRules.isPromotion("WP2Social Auto Publish Powered By : XYZScripts.com"))
        #expect(!RoleRules.isPromotion("The new buses are powered by hydrogen."))
    }

    @Test("a match's score line heads the managers' words; it signs nothing")
    func scoreLineIsAHeading() {
        let page = """
            Premier League - Managers: Hale rues late equaliser

            All the reaction to Saturday's games, with Tom Hale left frustrated by a late goal.

            Riverside United 1-1 Northgate

            Tom Hale: "The boys who had been on international duty looked tired, and conceding in the last minute was a real sickener."

            Marco Ruiz: "I want to congratulate my players - they made an amazing effort today."

            Eastfield 4-1 Kingsbridge City

            Paul Dunn: "All the goals were great, but the first was exceptional and improvised."
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        let blocks = PlainTextReader.blocks(of: Array(page.utf8)).texts
        #expect(blocks[2] == "Riverside United 1-1 Northgate")
        let model: [LineRole] = [.headline, .other, .byline, .body, .body, .subheading, .body]
        #expect(rolesAfterRules(page, model)[2] == .subheading)
        #expect(RoleRules.isScoreLine("Arsenal 4–1 Norwich City"))
        #expect(!RoleRules.isScoreLine("By Tom Hale"))
        #expect(!RoleRules.isScoreLine("Open 9-5 weekdays"))
    }

    private let wildfireStory = """
        Ridge Fire grew to 1,200 acres over Sunday in Lake County. Photo courtesy of Lake County Fire/ Twitter

        June 14 (UPI) -- Authorities in Oregon have ordered mandatory evacuations as a wildfire spread over the weekend in Lake County. Dubbed Ridge Fire, the blaze was reported near Pine Hollow on Saturday evening, but by Sunday night it had grown to 1,200 acres with only 5% contained. Advertisement

        Deputies went door-to-door on Sunday ordering evacuations for Creek Road and Elk Canyon, the forest service said in a statement.

        The cause of the fire was unknown and under investigation.
        """

    @Test("a sentence with \"Photo courtesy of …\" after its stop is a caption; the lead with \"Advertisement\" run on is the lead")
    func courtesyCaptionAndAdvertisementLabel() {
        let item = PlainTextReader().read(text: wildfireStory).item
        #expect(item.headlines.isEmpty, "\(item.headlines)")
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.caption == "Ridge Fire grew to 1,200 acres over Sunday in Lake County.", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Lake County Fire/ Twitter", "\(item.pictures)")
        let paragraphs = storyParagraphTexts(item)
        #expect(paragraphs.count == 3, "\(item.body)")
        #expect(paragraphs.first?.hasSuffix("with only 5% contained.") == true, "\(paragraphs)")
    }

    @Test("a page's type in small letters heads no story; a \"click here\" line is no subheading")
    func pageTypeAndClickHereLine() {
        let page = """
            article

            A total of 40,000 county residents were under mandatory evacuation on Sunday morning, the "largest evacuation any of us can remember," deputies said.

            Sheriff Dan Reyes said some residents thought the evacuation orders were overkill. "Those concerns are not valid at this point," he said.

            To see the full evacuation map of the county, click here

            The evacuations were a result of the rapidly growing Marsh Fire, which started burning on Wednesday near the small community of Elton.

            Cal Fire said that the winds gusted at speeds of 70 miles per hour on Saturday night.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.isEmpty, "\(item.headlines)")
        #expect(!item.body.contains { if case .subheading = $0 { true } else { false } }, "\(item.body)")
        #expect(storyParagraphTexts(item).count == 4, "\(item.body)")
    }

    @Test("\"Photo credit X\" without a colon after a caption's stop is its credit; the caption heads no story")
    func photoCreditWithoutColon() {
        let page = """
            Fire guts warehouse

            Firefighters battle the blaze on Tuesday. Photo credit Jane Doe

            A fire destroyed a warehouse on the east side of the city on Tuesday, officials said.

            No one was hurt, the fire chief said.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Fire guts warehouse", "\(item.headlines)")
        #expect(item.pictures.first?.caption == "Firefighters battle the blaze on Tuesday.", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Jane Doe", "\(item.pictures)")
        #expect(storyParagraphTexts(item).count == 2, "\(item.body)")
    }
}
