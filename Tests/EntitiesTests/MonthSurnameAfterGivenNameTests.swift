import NewsModel
import PlainText
import Testing

@testable import Entities

/// Surnames that are months or their abbreviations were cut from a person's name after a title or after a given name
/// the gazetteer also knows as a town ("Prime Minister Theresa May" gave "Theresa", "Miroslav Jul" gave "Miroslav"):
/// read in session 57. The text is written for this test.
@Suite struct MonthSurnameAfterGivenNameTests {
    @Test("a month or its abbreviation after a given name is the person's surname")
    func monthSurname() {
        let story = """
            Talks on fishing rights resume

            Former Prime Minister Theresa May met the delegation on Monday, and detective Miroslav Jul said the boats had been released. Talks resume in May 2027.
            """
        let item = PlainTextReader().read(Array(story.utf8)).item
        let names = EntityRecognizer().recognise(in: item).map(\.name)
        #expect(names.contains("Theresa May"), "\(names)")
        #expect(names.contains("Miroslav Jul"), "\(names)")
        #expect(!names.contains("Theresa") && !names.contains("Miroslav"), "\(names)")
    }

    @Test("a month after a place and before a day stays a date")
    func monthAfterPlace() {
        let story = """
            Summit moved

            The summit will be held in Vienna March 12, officials said, after Berlin May 3 was ruled out.
            """
        let item = PlainTextReader().read(Array(story.utf8)).item
        let names = EntityRecognizer().recognise(in: item).map(\.name)
        #expect(!names.contains { $0.hasSuffix("March") || $0.hasSuffix("May") }, "\(names)")
    }
}
