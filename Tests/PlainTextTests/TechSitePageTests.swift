import Foundation
import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// Conventions of a technology site's pages, met in session 35 on a page written in the manner of Ars Technica: the
/// caption's "Enlarge /" label with the credit on the line under it, and the note on the author that closes the page.
@Suite struct TechSitePageTests {
    private static let page = """
        SpaceX's Starship reaches orbit on its twelfth flight

        The upgraded vehicle deployed a batch of test satellites before splashing down.

        Enlarge / SpaceX's Starship lifts off from Starbase, Texas, on Thursday.
        SpaceX

        SpaceX's Starship rocket reached orbit for the first time on Thursday, deploying ten dummy satellites before its upper stage splashed down in the Indian Ocean.

        The flight was the twelfth for the giant rocket and the first with the company's third-generation engines.

        Enlarge / The booster is caught by the launch tower's "chopsticks."
        Trevor Mahlmann

        The Federal Aviation Administration said it would review data from the flight before licensing the next launch.

        Stephen Clark is a space reporter at Ars Technica, covering private space companies and the world’s space agencies.
        """

    @Test("\"Enlarge / …\" labels a caption, and the capitalised line right under it is its credit, not a subheading")
    func enlargeLabelAndTheCreditUnderIt() {
        #expect(LineRules.imageCaption.match("Enlarge / The booster is caught by the tower.")?[1] == "The booster is caught by the tower.")
        let item = PlainTextReader().read(text: Self.page).item
        #expect(
            item.pictures.map(\.caption) == [
                "SpaceX's Starship lifts off from Starbase, Texas, on Thursday.",
                "The booster is caught by the launch tower's \"chopsticks.\"",
            ], "\(item.pictures)")
        #expect(item.pictures.map(\.creditline) == ["SpaceX", "Trevor Mahlmann"], "\(item.pictures)")
        #expect(item.subheadingTexts.isEmpty, "\(item.subheadingTexts)")
        // The rule alone, on the roles a model may give: a subheading under a labelled caption becomes its credit.
        let shapes = ["Enlarge / The booster is caught by the tower.", "SpaceX"].enumerated().map { index, text in
            var shape = BlockShape(text)
            shape.blankLinesBefore = index == 0 ? 1 : 0
            return shape
        }
        var roles: [LineRole] = [.caption, .subheading]
        RoleRules.creditUnderALabelledCaption(shapes, &roles)
        #expect(roles == [.caption, .credit])
    }

    @Test("\"Stephen Clark is a space reporter at Ars Technica …\" closing the page is a note on the author, not story text")
    func unsignedAuthorsNote() {
        let item = PlainTextReader().read(text: Self.page).item
        #expect(item.paragraphTexts.last?.hasPrefix("The Federal Aviation Administration") == true, "\(item.paragraphTexts)")
        // The rule alone, on the roles a model may give: a story about a reporter names the reporter before, and its
        // last paragraph stays story text.
        func roles(_ texts: [String]) -> [LineRole] {
            let blocks = texts.map { Block(text: $0, line: 1, lineCount: 1) }
            var roles: [LineRole] = [.headline] + Array(repeating: .body, count: texts.count - 1)
            RoleRules.authorsNoteIsNoStory(blocks, &roles)
            return roles
        }
        let note = "Stephen Clark is a space reporter at Ars Technica, covering private space companies."
        #expect(
            roles(["Starship reaches orbit", "SpaceX's Starship reached orbit for the first time on Thursday.", note]).last == .trailer)
        let about = "Evan Carter is a reporter for the Daily Ledger who has covered the region since 2015."
        #expect(roles(["Reporter freed", "Evan Carter walked out of prison on Tuesday after 380 days in detention.", about]).last == .body)
        // Nor is a sentence about someone's job that names no outlet after the role.
        #expect(
            roles(["Fire", "A fire broke out on Tuesday.", "Maria Lopez is a nurse at the hospital and saw the smoke first."]).last == .body
        )
    }
}
