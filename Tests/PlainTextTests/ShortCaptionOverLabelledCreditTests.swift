import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Wikinews' older pages caption a picture in a few words without a stop over its labelled credit ("Jean Charest in 2010"
/// over "Image: US Mission Canada."): the caption had been a note (read in session 57). The page is written for this
/// test.
@Suite struct ShortCaptionOverLabelledCreditTests {
    private static let page = """
        Harbour ferry to resume in spring

        Thursday, August 2, 2012

        The old ferry in 2010
        Image: City Archive.

        The harbour ferry will run again from April after the council agreed to pay for repairs to the landing stage, officials said on Tuesday.
        """

    @Test("a short caption with a word in small letters over a labelled credit is the picture's caption")
    func shortCaption() {
        let roles = rolesAfterRules(Self.page, [.headline, .other, .other, .credit, .body])
        #expect(roles == [.headline, .other, .caption, .credit, .body])
    }

    @Test("a name over a labelled credit is not taken for a caption by this rule")
    func nameOverCredit() {
        let page = Self.page.replacingOccurrences(of: "The old ferry in 2010", with: "Jean Charest Tremblay")
        let roles = rolesAfterRules(page, [.headline, .other, .other, .credit, .body])
        #expect(roles[2] != .caption)
    }
}
