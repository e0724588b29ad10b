import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Conventions the line model read right only on the pages it was fitted with: held out (the leave-one-family-out
/// evaluation of session 49), it took a video's title under the byline for the headline (FOX Business), AP's closing
/// "UP NEXT" heading for a byline, a bulleted related link among seven for a list item (NBC 5), and a site's closing
/// "follow us" line for a paragraph (Space.com). Each rule is checked on the roles the held-out model gave, on pages
/// written for these tests.
@Suite struct HeldOutPageConventionTests {
    @Test("the headline stands above the byline, not under it")
    func headlineAboveTheByline() {
        let page = """
            Earnings
            Published 2 hours ago

            Harbor Freight sales miss, shares drop

            The retailer earned $1.1 billion in the second quarter.

            By Nora Keane
            MarketDesk

            Harbor Freight's founder looks at the company's next decade

            The founder discusses plans for two hundred new stores.

            Harbor Freight reported second-quarter earnings that beat estimates as revenue fell short, sending its shares lower before the opening bell.

            The company now expects full-year sales to grow by 2 percent, down from its earlier forecast of 3.5 percent.
            """
        let model: [LineRole] = [.other, .other, .other, .other, .byline, .other, .headline, .other, .body, .body]
        let roles = rolesAfterRules(page, model)
        #expect(roles[2] == .headline, "\(roles)")
        #expect(roles[6] != .headline, "\(roles)")
        // A byline the model found under the headline leaves the headline alone.
        #expect(rolesAfterRules(page, [.other, .other, .headline, .other, .byline, .other, .other, .other, .body, .body])[2] == .headline)
    }

    @Test("AP's closing heading in capitals is a subheading like the others, and its team lines the section's text")
    func upNextIsAHeading() {
        let page = """
            Hawks edge Bulls 104-101 behind late three

            ATLANTA (AP) — Trae Young hit a 3-pointer with 12 seconds left and the Atlanta Hawks held on to beat the Chicago Bulls 104-101 on Saturday night.

            Young finished with 28 points and 11 assists, and the Hawks won for the fourth time in five games.

            TIP-INS

            Bulls: G Coby White missed his second straight game with a sprained ankle.

            UP NEXT

            Hawks: Visit the Boston Celtics on Monday night.

            Bulls: Host the Miami Heat on Tuesday night.
            """
        let model: [LineRole] = [.headline, .body, .body, .subheading, .body, .byline, .other, .other]
        #expect(rolesAfterRules(page, model) == [.headline, .body, .body, .subheading, .body, .subheading, .body, .body])
    }

    @Test("a bulleted title among a page's bulleted related links is one more link")
    func bulletedTitleAmongTeasers() {
        let page = """
            Rescued hiker thanks crews who searched through the night

            A hiker missing for two days in the hills above the lake was found alive on Sunday morning, officials said.

            * Man Hurt in Crash on Interstate Bridge

            Search crews had looked through the night with dogs and a helicopter carrying a thermal camera.

            * City Council Delays Vote on Parking Fees

            The hiker was found about two miles from the trail where he had last been seen, the sheriff's office said.

            * Coach Calls Suspension a 'Career Sentence'

            He was treated for dehydration and released from the hospital on Sunday afternoon.
            """
        let model: [LineRole] = [.headline, .body, .teaser, .body, .teaser, .body, .body, .body]
        #expect(rolesAfterRules(page, model)[6] == .teaser)
        // A list of the story's own, its bullets together, stays the story's.
        let list = """
            Council approves three projects

            The council approved three projects on Monday night after a two-hour debate.

            * A new footbridge over the river
            * Repairs to the library roof
            * Longer opening hours at the pool

            Work on the footbridge is expected to start in the spring.
            """
        #expect(PlainTextReader.blocks(of: Array(list.utf8)).texts.count == 6)
        #expect(rolesAfterRules(list, [.headline, .body, .body, .body, .body, .body]) == [.headline, .body, .body, .body, .body, .body])
    }

    @Test("a line of quoted speech between paragraphs is the story's, not a related link (session 49, an unseen page)")
    func quotedSpeechIsNoTeaser() {
        let page = """
            Waiting a year for kindergarten

            By Dana Reyes

            Maya Ortiz, 5 years old, has been asked to name all the colours she can.

            “Red! Um … blue! Green! And … purple!”

            She looks around the room for ideas and taps her chin.

            Maya is taking a test that many schools use to decide whether a child is ready for kindergarten.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.links.isEmpty, "\(item.links)")
        #expect(storyParagraphTexts(item).contains("“Red! Um … blue! Green! And … purple!”"), "\(item.body)")
        #expect(rolesAfterRules(page, [.headline, .byline, .body, .teaser, .body, .body])[3] == .body)
        // A quoted title without a stop inside may be a link's.
        #expect(
            rolesAfterRules(
                page.replacingOccurrences(of: "“Red! Um … blue! Green! And … purple!”", with: "“Colour Test Shows Readiness”"),
                [.headline, .byline, .body, .teaser, .body, .body])[3] == .teaser)
    }

    @Test("a site's closing line asking the reader to write to the author or follow the site is no paragraph")
    func followUsLineIsNoParagraph() {
        let page = """
            Agency picks five companies for its lunar lander program

            The space agency on Monday added five companies to the list of firms that may carry its instruments to the moon.

            The companies will compete for delivery contracts worth up to $2.6 billion through 2028, officials said.

            Email Dana Orr at dorr@example.com or follow her @danaorr. Follow us on Twitter @ExampleSpace and on Facebook.
            """
        let item = PlainTextReader().read(text: page).item
        let paragraphs = item.body.compactMap { if case .paragraph(let text) = $0 { text } else { nil } }
        #expect(!paragraphs.contains { $0.hasPrefix("Email Dana Orr") }, "\(item.body)")
        #expect(paragraphs.last?.hasPrefix("The companies will compete") == true, "\(item.body)")
    }
}
