import NewsModel
import Testing

@testable import PlainText

/// A broadcaster's and a syndicated page read in session 56: a prompt to the live player took the headline, a line
/// promoting the station closed the story as its last paragraph, and the page's rights line and the footer under it
/// were read as related links. The pages are written for these tests.
@Suite struct BroadcastPageFurnitureTests {
    @Test("a prompt to the player heads no story, and the station's promotion is no paragraph")
    func playerPromptAndPromotion() {
        let page = """
            WATCH LIVE BELOW AT 6 P.M.

            The county school board is scheduled to vote Tuesday evening on a plan to close two elementary schools at the end of the year.

            Superintendent Ana Ruiz is expected to present the plan at the start of the meeting.

            Parents have asked the board to delay the vote until after a public hearing next month.

            Stay with WXYZ.com and Channel 7 for updates.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headline == nil, "\(item.headline ?? "")")
        #expect(storyParagraphTexts(item).count == 3, "\(storyParagraphTexts(item))")
        #expect(!storyParagraphTexts(item).contains { $0.hasPrefix("Stay with") })
        for line in ["WATCH LIVE BELOW AT 6 P.M.", "Watch the video above:", "LISTEN NOW"] {
            #expect(LineRules.widget.matches(in: line), "\(line)")
        }
        #expect(!LineRules.widget.matches(in: "Watch out for ice on the roads tonight, police warned."))
    }

    @Test("the rights line and the footer under it are no related links")
    func rightsLineAndFooter() {
        let page = """
            Deputy injured during arrest, sheriff says

            By Dana Lee, Example Media Group

            A sheriff's deputy was injured Tuesday while arresting a man who had been reported walking along a highway with a hammer, the sheriff's office said.

            The man was taken to the county jail and faces charges of assaulting an officer, according to a news release.

            The deputy was treated at a hospital and released, the sheriff's office said.

            Latest news:

            © 2025 Example Media Group

            On Air 101.5 WXYZ - Your Favourite Songs Logo
            """
        let item = PlainTextReader().read(text: page).item
        let teasers = item.body.compactMap { block -> String? in
            if case .relatedTeaser(let link) = block { return link.title }
            return nil
        }
        #expect(!teasers.contains { $0.hasPrefix("©") || $0.hasPrefix("On Air") }, "\(teasers)")
        #expect(storyParagraphTexts(item).count == 3, "\(storyParagraphTexts(item))")
    }

    @Test("a caption set twice in a row is one picture's caption, no standfirst or paragraph")
    func doubledCaption() {
        let page = """
            Former leaders pay tribute to the city's longest-serving mayor

            By Sam Doe

            The former mayor and her successor at the town hall in 2007. He said her 'legacy was vast'

            The former mayor and her successor at the town hall in 2007. He said her 'legacy was vast'

            Politicians and residents paid tribute today to the city's longest-serving mayor, who died on Sunday aged 91.

            Her successor said she had changed the city for good and would be sadly missed by all who knew her.
            """
        let item = PlainTextReader().read(text: page).item
        let caption = "The former mayor and her successor at the town hall in 2007. He said her 'legacy was vast'"
        #expect(item.pictures.map(\.caption) == [caption], "\(item.pictures)")
        #expect(!item.descriptions.contains { $0.text == caption }, "\(item.descriptions)")
        #expect(!storyParagraphTexts(item).contains(caption), "\(item.body)")
        #expect(storyParagraphTexts(item).count == 2, "\(item.body)")
    }
}
