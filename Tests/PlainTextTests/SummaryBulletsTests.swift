import Foundation
import NewsModel
import Testing

@testable import PlainText

/// A page read in session 58 set two bulleted sentences summing the story up right above its first paragraph, with no
/// label; the model took one for a line of the head and the other for a related link. The page is written for this test.
@Suite struct SummaryBulletsTests {
    private static let page = """
        Storm forces thousands from coastal towns

          • By Friday evening, strong winds had already brought down trees and power lines in the port city, where most shops had closed
          • At least two million people live in the storm's predicted path, which is expected to turn north towards the border by Sunday

        HARBOURTON: Thousands of people have fled the coast as the storm picked up strength on Friday, officials said.

        The weather service said the storm could bring winds of up to 200 km/h when it makes landfall.
        """

    @Test("bulleted sentences right above the story are its summary, no link and no text")
    func summaryBullets() {
        #expect(rolesAfterRules(Self.page, [.headline, .other, .teaser, .body, .body]) == [.headline, .other, .other, .body, .body])
        let item = PlainTextReader().read(text: Self.page).item
        #expect(item.links.isEmpty, "\(item.links)")
        #expect(storyParagraphTexts(item).count == 2)
    }

    @Test("a list of related titles keeps its links")
    func relatedTitles() {
        let titles = """
            Storm forces thousands from coastal towns

              • Power cut for 40,000 homes
              • Schools closed across the region

            HARBOURTON: Thousands of people have fled the coast as the storm picked up strength on Friday, officials said.
            """
        #expect(rolesAfterRules(titles, [.headline, .teaser, .teaser, .body]) == [.headline, .teaser, .teaser, .body])
    }
}
