import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Two pages read in session 58: an Irish tabloid's story under a capitalised lead-in ("A MAN has been …") lost its
/// second paragraph, which stood over a map's address line, to the page's furniture; and an opinion page's picture text,
/// set over the title and again as a caption under it, had become the headline. The pages are written for this test.
@Suite struct LeadInAndPictureTextTests {
    @Test("a sentence between the capitalised lead-in and the text the model found is the story's")
    func sentenceUnderTheLeadIn() {
        let page = """
            Man injured in attack in market town

            A MAN has been seriously injured after he sustained a number of cuts in an attack involving a group of people in the town yesterday.

            The assault happened on Mill Road in broad daylight, shortly after 5pm.

            1 Mill Road, Ballyduff, Co Kerry

            Police said the man was taken by ambulance to hospital, where his condition is understood to be stable.

            No arrests have been made and enquiries are ongoing.
            """
        #expect(
            rolesAfterRules(page, [.headline, .other, .other, .credit, .body, .body])
                == [.headline, .body, .body, .other, .body, .body])
    }

    @Test("the picture's text above the title and its caption below it: the title is the headline")
    func pictureTextAroundTheTitle() {
        let page = """
            Mayor of Riverton Jane Holloway

            You knew the flood was coming

            Mayor of Riverton Jane Holloway.

            By Sam Okoro

            The heavy rains of this week flooded homes across the city, and the council had been warned. Residents of low-lying estates said no one had told them to move.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "You knew the flood was coming", "\(item.headlines)")
        #expect(item.pictures.first?.caption == "Mayor of Riverton Jane Holloway.", "\(item.pictures)")
        #expect(
            rolesAfterRules(page, [.headline, .other, .other, .byline, .body])
                == [.other, .headline, .caption, .byline, .body])
    }
}
