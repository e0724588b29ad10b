import Foundation
import NewsModel
import Testing

@testable import PlainText

/// A press release's closing furniture set as lines of their own without blank lines between (read in session 57): the
/// contact line and the safe-harbor disclaimer had been the story's last paragraphs. The release is written for this
/// test.
@Suite struct ReleaseClosingFurnitureTests {
    @Test("a release's contact line and forward-looking disclaimer are no paragraphs")
    func contactAndDisclaimer() {
        let page = """
            Harbour Foods Opens Second Plant in Riverside
            RIVERSIDE, Calif., March 3 -- Harbour Foods Inc. said today it has opened its second production plant, adding 120 jobs in the county.
            The plant will make frozen meals for grocery chains on the West Coast, the company said.
            "This plant doubles what we can deliver," said chief executive Dana Whitfield.
            For further information contact: Ms. Dana Whitfield, Chief Executive Officer Telephone: 1-800-555-0100
            Please note that this press release contains forward-looking statements, which are subject to risks and uncertainties that could cause actual results to differ materially.
            """
        let item = PlainTextReader().read(text: page).item
        let paragraphs = storyParagraphTexts(item)
        #expect(paragraphs.count == 3, "\(paragraphs)")
        #expect(!paragraphs.contains { $0.hasPrefix("For further information") || $0.contains("forward-looking") })
    }

    @Test("a \"Forward-Looking Statements\" heading closes the story with everything under it")
    func disclaimerHeading() {
        let page = """
            Harbour Foods Opens Second Plant

            Harbour Foods Inc. said today it has opened its second production plant, adding 120 jobs in the county, and expects sales to grow by a fifth next year.

            The plant will make frozen meals for grocery chains on the West Coast, the company said in a statement on Monday.

            Forward-Looking Statements

            Statements in this announcement about future sales are based on the company's current expectations and involve risks that could make actual results differ.
            """
        let roles = rolesAfterRules(page, [.headline, .body, .body, .subheading, .body])
        #expect(roles == [.headline, .body, .body, .other, .other])
    }

    @Test("a story's sentence about forward-looking statements stays story")
    func storySentence() {
        let page = """
            Regulator fines firm over misleading outlook

            The regulator fined the company on Tuesday for publishing an outlook it knew to be wrong, the first such fine this year.

            The regulator said forward-looking statements in the company's reports had misled investors for two years.
            """
        #expect(rolesAfterRules(page, [.headline, .body, .body]) == [.headline, .body, .body])
    }
}
