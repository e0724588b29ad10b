import Foundation
import Testing

@testable import Ninjs

/// The tag stripper of markup that does not parse, held to the regular expression it stands in for.
@Suite("ninjs markup without tags")
struct NinjsMarkupTagTests {
    @Test("every <…> is a space, as the expression made it")
    func tagsAsExpression() {
        for markup in [
            "", "plain", "<p>text</p>", "<>", "<>x>", "a<b", "a>b", "<a<b>c", "<<>>", "<p class=\"x\">é</p><br/>", "<\n>", "<é>", "x<",
            "<a>", "1 < 2 and 3 > 2", "<p>unclosed", "<<p>>", "\u{1F600}<i>\u{1F600}</i>",
        ] {
            #expect(
                NinjsReader.withoutTags(markup) == markup.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression),
                "\(markup.debugDescription)")
        }
    }
}
