import Foundation
import NewsModel
import Testing

@testable import PlainText

/// What unseen US broadcasters' pages (session 52: sheriff's chases on local stations' sites) showed the reader
/// misplace: a short sentence of the story between its paragraphs ("It happened shortly before noon.") left out as
/// page furniture, a dialog's close button ("×") kept in the headline, and the station's app prompt between paragraphs
/// ("GET NEWS ALERTS | Add the 12News App to your phone") read as a subheading or a picture's caption. The pages are
/// written for these tests.
@Suite struct BroadcastPageLinesTests {
    @Test("a short sentence in long small words between paragraphs is story text")
    func shortSentenceBetweenParagraphs() {
        let page = """
            Woman rescued from flooded car

            Rescue on Route 9 in Midland Co.
            Rescue on Route 9 in Midland Co.(KXYZ)
            By Sam Ortiz
            Published: Jun. 3, 2023 at 7:10 AM CDT|Updated: 2 hours ago
            MIDLAND, Texas (KXYZ) - A woman was rescued from her car Tuesday.

            It happened shortly after sunrise.

            Firefighters say the water was nearly three feet deep when they reached the car.

            They say the woman was taken to a hospital as a precaution.

            Crews closed the road until the water went down.
            """
        let paragraphs = storyParagraphTexts(PlainTextReader().read(text: page).item)
        #expect(paragraphs.count == 5, "\(paragraphs)")
        #expect(paragraphs.dropFirst().first == "It happened shortly after sunrise.", "\(paragraphs)")
    }

    @Test("the rule on its own: the model's \"other\" between two paragraphs becomes text, a capitalised label does not")
    func shortSentenceRule() {
        let page = """
            Woman rescued from flooded car

            A woman was rescued from her car after it stalled in high water on Tuesday morning.

            It happened shortly after sunrise.

            Firefighters say the water was nearly three feet deep when they reached the car.

            Watch The Full Report Here.

            They say she was taken to a hospital as a precaution.
            """
        let roles = rolesAfterRules(page, [.headline, .body, .other, .body, .other, .body])
        #expect(roles[2] == .body, "\(roles)")
        #expect(roles[4] != .body, "\(roles)")
    }

    @Test("a dialog's close button before the title is no part of the headline")
    func closeButtonBeforeTheTitle() {
        let page = """
            × Driver leads deputies on chase through three towns

            OCEANSIDE, Calif. — Deputies arrested a driver they say led them on a chase through three towns Saturday.

            The chase started just after noon when a deputy tried to pull over a red sedan.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Driver leads deputies on chase through three towns", "\(item.headlines)")
    }

    @Test("the station's app prompt between paragraphs is neither heading, caption nor text")
    func appPromptBetweenParagraphs() {
        let page = """
            Woman rescued from flooded car

            By Sam Ortiz

            MIDLAND, Texas (KXYZ) - A woman was rescued from her car after it stalled in high water Tuesday.

            Firefighters say the water was nearly three feet deep when they reached the car.

            GET NEWS ALERTS | Add the KXYZ App to your phone

            They say she was taken to a hospital as a precaution.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(!storyParagraphTexts(item).contains { $0.contains("KXYZ App") }, "\(item.body)")
        #expect(!item.body.contains { "\($0)".contains("KXYZ App") }, "\(item.body)")
        #expect(storyParagraphTexts(item).count == 3, "\(item.body)")
    }
}
