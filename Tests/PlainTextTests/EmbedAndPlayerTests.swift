import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Things a web page embeds, met in session 32 on pages written in the manner of the New York Post and CNN: a post from
/// a social network quoted in the story, and a video player's title and length.
@Suite struct EmbedAndPlayerTests {
    @Test("an embedded post (its text over \"— Name (@handle) Date\") is no story text, byline or standfirst; the story around it is")
    func embeddedPost() {
        let page = """
            Knicks star Jalen Brunson scores 45 in win over Celtics

            By Stefan Bondy

            Published Dec. 3, 2026, 11:58 p.m. ET

            Jalen Brunson scored 45 points and the Knicks beat the Boston Celtics 118-110 at Madison Square Garden on Wednesday night.

            Brunson hit seven 3-pointers, including three in the final four minutes.

            BRUNSON FROM DEEP 🔥 pic.twitter.com/abc123XYZ
            — New York Knicks (@nyknicks) December 4, 2026

            "He's the best closer in the league," coach Tom Thibodeau said after the game.

            Jayson Tatum led Boston with 31 points.

            The Knicks host the Miami Heat on Friday.
            """
        let item = PlainTextReader().read(text: page).item
        let texts = item.body.map(\.text)
        #expect(item.bylines == ["Stefan Bondy"], "\(item.bylines)")
        #expect(texts.first?.hasPrefix("Jalen Brunson scored 45 points") == true, "\(texts)")
        #expect(texts.contains("Brunson hit seven 3-pointers, including three in the final four minutes."))
        #expect(!texts.contains { $0.contains("pic.twitter.com") || $0.contains("@nyknicks") }, "\(texts)")
        #expect(item.descriptions.isEmpty, "\(item.descriptions)")
        #expect(item.preserved.contains { $0.serialized.contains("pic.twitter.com") }, "the post is kept as a note")
        #expect(RoleRules.isPostAttribution("— The Nigerian Senate (@NGRSenate) October 9, 2018"))
        #expect(!RoleRules.isPostAttribution("— Jane Doe, spokeswoman (@ home) said on Monday that the talks would go on"))
    }

    @Test("a video player's label, title and \"01:12 - Source: CNN\" are no byline, related link or picture")
    func videoPlayer() {
        let page = """
            Wildfire forces thousands to evacuate in Southern California

            By Sarah Moon and Holly Yan, CNN

            Updated 9:41 AM EST, Wed December 3, 2026

            Los Angeles (CNN) — A fast-moving wildfire fueled by Santa Ana winds forced thousands of residents to flee their homes in Ventura County on Wednesday, officials said.

            The Mountain Fire has burned more than 10,000 acres and destroyed at least 40 structures, according to the California Department of Forestry and Fire Protection.

            Video Ad Feedback
            Watch: Flames jump highway as residents flee
            01:12 - Source: CNN

            "This fire is moving faster than we can build containment lines," Ventura County Fire Chief Dustin Gardner told reporters.

            Advertisement

            Gov. Gavin Newsom declared a state of emergency for the county on Wednesday afternoon.

            Related article
            California's fire season is getting longer. Here's why

            The National Weather Service warned that strong winds would continue through Thursday.

            CNN's Taylor Romine contributed to this report.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Sarah Moon and Holly Yan"], "\(item.bylines)")
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.links.map(\.title) == ["California's fire season is getting longer. Here's why"], "\(item.links)")
        #expect(!item.body.contains { if case .subheading = $0 { return true } else { return false } }, "\(item.body)")
        #expect(item.body.last?.text == "The National Weather Service warned that strong winds would continue through Thursday.")
    }
}
