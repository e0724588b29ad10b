import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// Section headings the model leaves out: a list article's numbered sections ("1. Income tax thresholds frozen") and a
/// last section under a short heading after the story ("What's next").
@Suite struct SectionHeadingTests {
    @Test("Numbered lines over paragraphs, numbered in turn, are subheadings, not related links")
    func numberedSectionsAreHeadings() {
        let page = """
            Five things to know about the new budget

            By Jane Doe

            The government unveiled its budget on Wednesday, with higher spending on health and defence and a freeze on income tax thresholds.

            Here is what it means for households.

            1. Income tax thresholds frozen

            The personal allowance will stay at £12,570 until 2028, which means millions more people will pay tax as wages rise.

            2. More money for the NHS

            The health service will receive an extra £6bn over the next two years, the Chancellor said.

            3. Fuel duty cut extended

            The 5p cut in fuel duty, introduced in 2022, will be extended for another year.

            What the critics say:

            Labour said the budget did nothing for working families. "This is a budget for the few," the shadow chancellor said.
            """
        let item = PlainTextReader().read(text: page).item
        let headings = item.subheadingTexts
        #expect(
            headings.starts(with: ["1. Income tax thresholds frozen", "2. More money for the NHS", "3. Fuel duty cut extended"]),
            "\(item.body)")
        #expect(item.links.isEmpty, "\(item.links)")
    }

    @Test("Numbered titles one after another, with no text between them, stay a list of links")
    func numberedTitlesWithoutTextAreNoSections() {
        let page = """
            Five things to know about the new budget

            The government unveiled its budget on Wednesday, with higher spending on health and defence and a freeze on income tax thresholds.

            The personal allowance will stay at £12,570 until 2028, which means millions more people will pay tax as wages rise.

            Most read

            1. Budget: what it means for you

            2. Chancellor defends tax freeze
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.subheadingTexts.isEmpty, "\(item.body)")
    }

    @Test("A short heading after the story, then sentences with no credit beside them, is a last section, not a caption")
    func sectionUnderAHeadingIsNoCaption() {
        let page = """
            Chiefs rally past Raiders as Mahomes throws three touchdowns

            Adam Teicher
            ESPN Staff Writer

            Dec 1, 2026, 07:45 PM ET

            Close

            Adam Teicher has covered the Kansas City Chiefs since 1989.

            KANSAS CITY, Mo. -- Patrick Mahomes threw three touchdown passes, two of them to Travis Kelce, and the Kansas City Chiefs came from 14 points down to beat the Las Vegas Raiders 31-24 on Sunday at Arrowhead Stadium.

            The win moved the Chiefs (9-3) a game ahead of the Denver Broncos in the AFC West with five games to play.

            "We didn't start the way we wanted to, but this team never panics," Chiefs coach Andy Reid said. "Pat made some big-time throws when we needed them."

            Raiders quarterback Aidan O'Connell was 21-of-34 for 248 yards with two touchdowns and an interception, which Chiefs safety Justin Reid returned 38 yards to set up the go-ahead score.

            Las Vegas interim coach Antonio Pierce said his team "let one get away."

            What's next

            The Chiefs travel to face the Buffalo Bills next Sunday. The Raiders host the Los Angeles Chargers.

            Related Video

            Mahomes finds Kelce for the go-ahead score

            Pierce: 'We let one get away'
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.body.contains { $0 == .subheading("What's next", level: 2) }, "\(item.body)")
        #expect(item.paragraphTexts.contains { $0.hasPrefix("The Chiefs travel to face the Buffalo Bills") }, "\(item.body)")
    }
}
