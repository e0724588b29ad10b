import NewsModel
import Testing

@testable import PlainText

/// A list article numbers its sections ("1. Income tax thresholds frozen"): each number over a paragraph is a heading.
@Suite struct NumberedSectionTests {
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
        let headings = item.body.compactMap { block -> String? in
            if case .subheading(let text, _) = block { return text }
            return nil
        }
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
        #expect(
            !item.body.contains {
                if case .subheading = $0 { return true }
                return false
            }, "\(item.body)")
    }
}
