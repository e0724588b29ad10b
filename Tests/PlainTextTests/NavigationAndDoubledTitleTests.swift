import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Two page heads read in session 58: a site's "Menu" and its notice about Internet Explorer had become the headline
/// and the standfirst, with the story's title, set twice, read as two bylines; and a picture's caption in quotation
/// marks, set twice under the headline, had become the byline. The pages are written for this test.
@Suite struct NavigationAndDoubledTitleTests {
    @Test("a menu word and a browser notice head nothing; the title set twice is the headline")
    func menuAndDoubledTitle() {
        let page = """
            Menu
            Our site no longer supports Internet Explorer. Please switch to a different browser, such as Chrome or Firefox, to keep reading.

            Why Harbour Freight Shares Jumped Today


            Why Harbour Freight Shares Jumped Today

            Shares of Harbour Freight Lines jumped 12% on Thursday after the shipping company reported quarterly earnings well above analysts' estimates.

            Revenue rose to $310 million in the quarter, the company said, helped by higher rates on its Atlantic routes.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Why Harbour Freight Shares Jumped Today", "\(item.headlines)")
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        #expect(item.descriptions.isEmpty, "\(item.descriptions)")
        #expect(storyParagraphTexts(item).count == 2)
        #expect(RoleRules.isPromotion("You are using an outdated browser. Please upgrade your browser to improve your experience."))
        #expect(!RoleRules.isPromotion("The company said its new browser would compete with Internet Explorer and Chrome."))
    }

    @Test("a line in quotation marks the model took for a byline is none; set twice, it is a caption and its copy")
    func quotedCaption() {
        let page = """
            Games maker's shares surge on strong earnings

            "Harbour Quest: Islands"
            "Harbour Quest: Islands"

            The games maker beat earnings expectations in the most recent quarter, sending its stock 9 percent higher in after-hours trading on Tuesday.
            """
        #expect(rolesAfterRules(page, [.headline, .byline, .other, .body]) == [.headline, .caption, .other, .body])
        let single = page.replacingOccurrences(
            of: "\"Harbour Quest: Islands\"\n\"Harbour Quest: Islands\"", with: "\"Harbour Quest: Islands\"")
        #expect(rolesAfterRules(single, [.headline, .byline, .body]) == [.headline, .other, .body])
    }
}
