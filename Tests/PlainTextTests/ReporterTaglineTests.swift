import Foundation
import NewsModel
import Testing

@testable import PlainText

/// An American paper's story read in session 58 closed with its reporter's beat and how to reach him ("Staff writer
/// … covers breaking news … Reach him at … or …@….com"), read as the story's last paragraph. The page is written for
/// this test.
@Suite struct ReporterTaglineTests {
    @Test("the reporter's beat and address under the story is its trailer")
    func tagline() {
        let page = """
            Crews save vacant house after neighbors report fire

            Firefighters reached a vacant house on Tuesday in just over two minutes after several neighbors reported the fire, officials said.

            About 30 firefighters found heavy fire on the first floor and put it out in less than half an hour, the deputy chief said at the scene.

            No one was found inside. Crews had to search with care because of holes in the floor, he said.

            The cause of the fire is under investigation.

            Staff writer Dana Whitlock covers breaking news and public safety. Have a tip? Reach her at 555-0142 or dwhitlock@example.com.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!storyParagraphTexts(item).contains { $0.hasPrefix("Staff writer") }, "\(storyParagraphTexts(item))")
        #expect(
            rolesAfterRules(page, [.headline, .body, .body, .body, .body, .body])
                == [.headline, .body, .body, .body, .body, .trailer])
    }

    @Test("a story sentence about what someone covers is no tagline")
    func storySentences() {
        #expect(RoleRules.isReporterTagline("Staff writer Dana Whitlock covers breaking news. Reach her at dwhitlock@example.com."))
        #expect(!RoleRules.isReporterTagline("The insurance policy covers damage at the house, the owner said on Tuesday."))
        #expect(!RoleRules.isReporterTagline("The new plan covers 40 schools, and parents can email the board at the address on its site."))
    }
}
