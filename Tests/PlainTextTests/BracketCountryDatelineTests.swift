import NewsModel
import Testing

@testable import PlainText

/// Asian News International dates its copy "New Delhi [India], December 3 (ANI): …", the state in brackets after a
/// town ("Margao (Goa) [India], …"), and the sites that reprint it keep the place and country alone ("Margao (Goa)
/// [India]: …", an Indian sports page read in session 55). The reader kept the whole dateline in the lead. The story
/// is written for these tests.
@Suite struct BracketCountryDatelineTests {
    @Test(
        "ANI's dateline opens the story",
        arguments: [
            ("New Delhi [India], December 3 (ANI): ", "New Delhi [India], December 3 (ANI)", "New Delhi"),
            ("Margao (Goa) [India], November 28 (ANI): ", "Margao (Goa) [India], November 28 (ANI)", "Margao"),
            ("Margao (Goa) [India]: ", "Margao (Goa) [India]", "Margao"),
        ])
    func aniDateline(opening: String, dateline: String, place: String) {
        let story = """
            Court orders inquiry into bridge collapse

            \(opening)The Supreme Court on Tuesday ordered an inquiry into the collapse of a bridge that killed 12 people, officials said.

            The bench asked the state government to file a report within four weeks.
            """
        let item = PlainTextReader().read(text: story).item
        #expect(item.dateline == dateline)
        #expect(item.located?.names.first == place)
        #expect(storyParagraphTexts(item).first?.hasPrefix("The Supreme Court") == true, "\(item.body.map(\.text))")
    }

    @Test("square brackets that hold no country after a place are the story's text")
    func noCountry() {
        #expect(BracketCountryDateline.match("The meeting [in Delhi]: The court said …") == nil)
        #expect(BracketCountryDateline.match("Reports [citation needed]: Police said …") == nil)
        #expect(BracketCountryDateline.match("Margao (Goa) [India]: After the loss …")?[2] == "Margao")
    }
}
