import Foundation
import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// A box closing the page under a title that offers more of the site, met in session 38 on a page written in the
/// manner of TechCrunch; the AP's "UP NEXT" section (short lines under a short title) stays the story's.
@Suite struct ClosingBoxTests {
    @Test("\"More TechCrunch\" and the newsletter lines under it are no subheadings and no paragraph")
    func moreOfTheSiteClosesTheStory() {
        let page = """
            OpenAI rival Mistral raises $640M at a $6B valuation

            Ingrid Lunden
            10:05 AM PDT • June 11, 2024

            Image Credits: Mistral AI

            Mistral AI, the Paris-based startup building large language models, has raised €600 million ($640 million) in a Series B round that values the company at nearly $6 billion, sources close to the deal told TechCrunch.

            The round was led by General Catalyst, with participation from existing backers Lightspeed Venture Partners and Andreessen Horowitz. Nvidia, Samsung and Salesforce Ventures also invested, the company said in a statement.

            Mistral was founded last year by Arthur Mensch, a former researcher at Google's DeepMind, and Guillaume Lample and Timothée Lacroix, who previously worked at Meta. The startup has positioned itself as a European alternative to OpenAI and Anthropic.

            "We are building a company that will compete on the global stage," Mensch said in an interview.

            French President Emmanuel Macron has championed the company as a symbol of France's ambitions in artificial intelligence.

            Mistral did not disclose its revenue.

            More TechCrunch
            Get the industry's biggest tech news
            TechCrunch Daily News
            Every weekday and Sunday, you can get the best of TechCrunch's coverage.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!item.body.contains { if case .subheading = $0 { true } else { false } }, "\(item.body)")
        let paragraphs = item.body.filter(\.isStoryText).map(\.text)
        #expect(paragraphs.count == 6, "\(paragraphs)")
        #expect(paragraphs.last == "Mistral did not disclose its revenue.", "\(paragraphs)")
    }

    @Test("\"UP NEXT\" over two short lines is the story's last section")
    func shortLastSectionStays() {
        let page = """
            Lakers hold off Thunder 112-107 as James records another triple-double

            OKLAHOMA CITY (AP) — LeBron James had 21 points, 11 rebounds and 12 assists, and the Los Angeles Lakers held off the Oklahoma City Thunder 112-107 on Tuesday night.

            Anthony Davis added 28 points for the Lakers, who have won four straight games on the road this season.

            Shai Gilgeous-Alexander scored 30 points for the Thunder, who lost for the third time in four games.

            UP NEXT

            Thunder: Host the Lakers on Friday.

            Lakers: Visit the Thunder on Friday.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.body.contains { if case .subheading("UP NEXT", _) = $0 { true } else { false } }, "\(item.body)")
        #expect(item.body.filter(\.isStoryText).map(\.text).last == "Lakers: Visit the Thunder on Friday.", "\(item.body)")
    }
}
