import Foundation
import NewsModel
import Testing

@testable import PlainText

/// A video page read in session 57: its video credits with their running times ("Video Credit: … - Duration: 00:57s")
/// had made two pictures, one captioned "Video", the other with a related video's description as its caption. The page
/// is written for this test.
@Suite struct VideoCreditTests {
    private static let page = """
        Council: new bus lanes will cut journey times
        Video Credit: CityTV - Duration: 01:12s - Published
        The council's transport chief said the new bus lanes on the ring road would cut journey times by a quarter when they open next spring.
        Work on the first section will start in January, the council said.
        Residents of the old town say the closure of the market square to cars has halved the number of shoppers, and traders want the decision reversed before the Christmas season begins.
        Credit: City News Agency STUDIO Duration: 00:48Published
        """

    @Test("a video's credit and its description make no picture")
    func videoCredits() {
        let item = PlainTextReader().read(text: Self.page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(storyParagraphTexts(item).first?.hasPrefix("The council's transport chief") == true, "\(item.body)")
        #expect(RoleRules.isVideoCredit("Video Credit: CityTV - Duration: 01:12s - Published"))
        #expect(RoleRules.isVideoCredit("Credit: City News Agency STUDIO Duration: 00:48Published"))
        #expect(!RoleRules.isVideoCredit("Credit: John Smith/Reuters"))
        #expect(!RoleRules.isVideoCredit("The duration of the works: two years"))
    }

    @Test("as the model read it: the caption over a video's credit is no picture's")
    func modelRoles() {
        let roles = rolesAfterRules(Self.page, [.headline, .caption, .body, .body, .caption, .credit])
        #expect(roles == [.headline, .other, .body, .body, .other, .other])
    }
}
