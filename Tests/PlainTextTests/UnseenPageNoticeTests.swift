import Foundation
import NewsModel
import Testing

@testable import PlainText

/// What web pages outside the corpus (session 49: US station and local pages, a business paper behind a paywall, a
/// county news site, a Pakistani outlet printing the wires) showed the reader misplace: a station's rights notice read
/// as a picture with the credit "2023 KGO-TV. All Rights Reserved.", a "click here" line, a disclaimer and a paywall's
/// box kept as story text, the box's plans as related links, a teaser in brackets as a paragraph, and a dateline whose
/// brackets hold the sources and the date left in the lead. The pages are written for these tests.
@Suite struct UnseenPageNoticeTests {
    private let stationStory = """
        County approves study of new river ferry

        By Dana Whitfield
        Tuesday, March 4, 2025 6:10PM

        ELM COUNTY, Calif. (KXYZ) -- The Elm County Board of Supervisors voted on Tuesday to pay for a study of a passenger ferry across the Sable River.

        Supervisors said the ferry could carry commuters between Harlow and Pine Bluff in under twenty minutes.

        "People have asked us for this for a decade," said Supervisor Ana Ortiz.

        The study is expected to take eighteen months.
        """

    @Test("a station's rights notice under the story is the item's copyright, not a picture")
    func rightsNoticeIsNoPicture() {
        let page = stationStory + "\n\nCopyright © 2025 KXYZ-TV. All Rights Reserved.\n"
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.rights.copyrightNotice == "Copyright © 2025 KXYZ-TV. All Rights Reserved.")
        #expect(storyParagraphTexts(item).count == 4, "\(item.body)")
        // The rule itself, on the role the model gave the real page's notice.
        let blocks = PlainTextReader.blocks(of: Array(page.utf8)).texts
        let model = [LineRole.headline] + Array(repeating: .body, count: blocks.count - 2) + [.caption]
        #expect(blocks.last == "Copyright © 2025 KXYZ-TV. All Rights Reserved.")
        #expect(rolesAfterRules(page, model).last == .other)
    }

    @Test(
        "a line sending the reader to a link is no paragraph",
        arguments: [
            "If you're on the KXYZ News app, click here to watch live", "To see more local news stories, click here.",
        ])
    func clickHereIsNoParagraph(line: String) {
        let page = stationStory + "\n\n" + line + "\n"
        let item = PlainTextReader().read(text: page).item
        #expect(!storyParagraphTexts(item).contains(line), "\(item.body)")
        #expect(storyParagraphTexts(item).count == 4, "\(item.body)")
        #expect(item.preserved.contains { $0.serialized == line }, "kept as a note")
    }

    @Test("a teaser set in brackets inside the story is a related link, not a paragraph")
    func bracketedTeaserIsALink() {
        let page = """
            Lumen shares slide after cautious forecast

            Shares of streaming device maker Lumen fell 14 percent on Thursday after the company forecast weaker holiday sales.

            Analysts at two banks cut their price targets, pointing to slowing subscriber growth and higher costs.

            (Read More: Lumen beats estimates but warns on margins)

            "We see little room for the stock to recover before the spring," one analyst wrote in a note to clients.

            The company will report its full-year results in February.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.links.map(\.title) == ["Lumen beats estimates but warns on margins"], "\(item.links)")
        #expect(!storyParagraphTexts(item).contains { $0.contains("Read More") }, "\(item.body)")
        #expect(storyParagraphTexts(item).last == "The company will report its full-year results in February.", "\(item.body)")
        #expect(storyParagraphTexts(item).contains { $0.hasPrefix("\"We see little room") }, "\(item.body)")
        // Not a bracketed aside that is the story's ("(The company did not respond to a request for comment.)").
        #expect(RoleRules.bracketedTeaserTitle("(The company did not respond to a request for comment.)") == nil)
    }

    @Test("a paywall's box under the story is neither story text nor related links")
    func paywallBoxIsFurniture() {
        let page = """
            Shares of streaming device maker Lumen fell 14 percent on Thursday after the company forecast weaker holiday sales.
            Analysts at two banks cut their price targets, pointing to slowing subscriber growth and higher costs.
            The company will report its full-year results in February.
            You’ve reached your limit of {{free_limit}} free articles this month.
            Subscribe now for unlimited access.
            Already subscribed? Log in
            Digital Plus
            ₹1,200
            6 Months
            Renews automatically, cancel anytime
            Here’s what’s included in our digital subscription plans
            Premium stories every day
            Over 40 premium stories daily, chosen by our editors
            The Weekly Markets Letter
            Our analysts' picks delivered to your inbox
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.links.isEmpty, "\(item.links)")
        #expect(storyParagraphTexts(item).last == "The company will report its full-year results in February.", "\(item.body)")
        #expect(!storyParagraphTexts(item).contains { $0.contains("reached your limit") }, "\(item.body)")
    }

    @Test("a page's disclaimer and comment policy under the story are no paragraphs")
    func disclaimersAreNoStory() {
        let page = """
            Deputies arrest man found in garage

            Deputies arrested a man on Tuesday night after a family heard glass break in their garage and called 911 from an upstairs room. The man was found hiding behind a freezer and was booked into the county jail on a count of residential burglary.

            DISCLAIMER: The above news, information, and opinions are the author’s own. If you have news you would like to share with our readers, click the link below.
            COMMENT POLICY: If you care to comment on the above story, feel free. Please be polite and respectful.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!storyParagraphTexts(item).contains { $0.hasPrefix("DISCLAIMER") || $0.hasPrefix("COMMENT POLICY") }, "\(item.body)")
        // The story keeps its one paragraph, as its text or as its standfirst.
        let story = storyParagraphTexts(item) + item.descriptions.map(\.text)
        #expect(story.contains { $0.hasPrefix("Deputies arrested") }, "\(item.body)")
    }

    @Test("a newsletter's box under the story, opened by its label in capitals, is no paragraph")
    func subscriptionBoxIsNoStory() {
        let page = """
            Deputies arrest man found in garage

            Deputies arrested a man on Tuesday night after a family heard glass break in their garage and called 911 from an upstairs room.

            The man was found hiding behind a freezer and was booked into the county jail on a count of residential burglary.

            FREE EMAIL SUBSCRIPTION: Join 20,000+ readers each month and get the latest news from the county direct to your inbox, daily, free of charge.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!storyParagraphTexts(item).contains { $0.hasPrefix("FREE EMAIL SUBSCRIPTION") }, "\(item.body)")
        #expect(storyParagraphTexts(item).last?.hasPrefix("The man was found") == true, "\(item.body)")
    }

    @Test("the text under a disclaimer's label standing alone is the disclaimer's")
    func textUnderADisclaimerLabel() {
        let page = """
            Harbour operator raises dividend

            (Wire) The harbour operator raised its dividend by 8 percent on Monday after cargo volumes rose for a third straight quarter, and said it expected further growth next year as two new berths open.


            Legal Disclaimer:
            The publisher provides the information “as is” without warranty of any kind. We do not accept any responsibility for the accuracy or completeness of the information contained in this article.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(storyParagraphTexts(item).count == 1, "\(item.body)")
        #expect(!storyParagraphTexts(item).contains { $0.contains("without warranty") }, "\(item.body)")
    }

    @Test(
        "an Indian portal's page: its share toolbar is no byline, the quoted last paragraph with its agency no caption, its comment box no paragraph"
    )
    func portalPageFurniture() {
        let page = """
            Ministry corrects record after minister denies signing reply

            ShareIt Tell-a-Friend    Print this Page   COMMENT

            The ministry said on Saturday that a written answer shown under the name of a junior minister had been wrongly attributed and would be corrected.

            The answer, given to parliament on Friday, concerned the listing of a militant group as a terrorist organisation.

            This comes after the minister denied signing any paper with the question on it.

            She added, "It has to be found out who put this out without the signature of the minister concerned. I hope that there will be a prompt inquiry into the matter". (ANI)

            LATEST COMMENTS (0)
            POST YOUR COMMENT
            Comments Not Available
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(storyParagraphTexts(item).last?.hasPrefix("She added,") == true, "\(item.body)")
        #expect(!storyParagraphTexts(item).contains("LATEST COMMENTS (0)"), "\(item.body)")
        // The rules themselves, on the roles the model gave the real page.
        let model: [LineRole] = [.headline, .byline, .body, .body, .body, .caption, .body, .other, .other]
        #expect(PlainTextReader.blocks(of: Array(page.utf8)).texts.count == model.count)
        let roles = rolesAfterRules(page, model)
        #expect(roles[1] == .other && roles[5] == .body && roles[6] == .other, "\(roles)")
    }

    @Test("a dateline whose brackets hold the sources and the date is the item's dateline")
    func sourcesAndDateInBrackets() {
        let page = """
            Finance Ministry Announces Relief for Flood-Hit Farmers

            LAHORE (Example News / Sputnik - 3rd December, 2026) Pakistan's finance ministry announced on Thursday a relief package for farmers whose crops were lost in the floods.

            "We will pay the first instalments before the end of the month," the minister said.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.dateline == "LAHORE (Example News / Sputnik - 3rd December, 2026)", "\(String(describing: item.dateline))")
        #expect(storyParagraphTexts(item).first?.hasPrefix("Pakistan's finance ministry") == true, "\(item.body)")
        #expect(item.infoSources.map(\.name) == ["Example News", "Sputnik"], "\(item.infoSources)")
        #expect(item.located?.names.first == "LAHORE")
    }

    @Test("an acronym with its expansion in brackets is no dateline")
    func acronymIsNoDateline() {
        #expect(BracketDateline.match("NATO (North Atlantic Treaty Organization) Secretary General Jens Olsen said …") == nil)
        #expect(BracketDateline.match("ISLAMABAD (APP - 3rd December, 2026) The Senate on Thursday …")?[2] == "ISLAMABAD")
    }
}
