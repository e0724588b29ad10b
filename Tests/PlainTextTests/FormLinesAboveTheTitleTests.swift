import NewsModel
import Testing

@testable import PlainText

/// A newspaper's archived page (session 53: a US daily's business page of 2007) sets its sharing and e-mail form's
/// lines above the story's title, and the model took the form's first line for the headline; the title stands right
/// above the "By …" byline. The page is written for these tests.
@Suite struct FormLinesAboveTheTitleTests {
    static let page = """
        Clearwater Daily Ledger
        Business
        Special report
        Multimedia report
        Print Email this story Comment Letter to the editor
        Fill out this form to email this article to a friend
        Your name Your email
        Friend's name Friend's email
        Your message

        Harbor Freight line wins port contract

        By ASSOCIATED PRESS
        Published May 5, 2007

        TAMPA - Harbor Freight Lines Inc. said Friday it had won a ten-year contract to run the container terminal at the port, beating two rivals.

        The company said it would hire 300 workers and invest $40-million in new cranes over the next three years.
        """

    @Test("the title right above the byline is the headline, not the form's first line above it")
    func titleAboveTheByline() {
        let item = PlainTextReader().read(text: Self.page).item
        #expect(item.headlines.first?.text == "Harbor Freight line wins port contract", "\(item.headlines)")
        #expect(item.bylines.first == "Associated Press", "\(item.bylines)")
        #expect(item.body.count == 2, "\(item.body.map(\.text))")
    }

    @Test("a standfirst between the headline and the byline keeps the headline where it is")
    func standfirstBetween() {
        let page = """
            Harbor Freight line wins port contract

            The ten-year deal beats two rivals and brings 300 jobs

            By Jane Miller

            TAMPA - Harbor Freight Lines Inc. said Friday it had won a ten-year contract to run the container terminal at the port.

            The company said it would hire 300 workers and invest $40-million in new cranes over the next three years.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Harbor Freight line wins port contract", "\(item.headlines)")
    }

    @Test("another story's teaser cut short above the story is no headline; the title over the first paragraph is")
    func cutTeaserAboveTheTitle() {
        let page = """
            Minister opens new bridge over the river
            The minister opened the new bridge on Tuesday in a ceremony attended by hundreds of residents from both towns...
            Two fishermen rescued after boat capsizes off the coast
            Two fishermen were rescued on Sunday after their boat capsized in rough seas off the coast, the coastguard said.
            The men were taken to hospital with mild hypothermia and were expected to be released on Monday, officials said.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Two fishermen rescued after boat capsizes off the coast", "\(item.headlines)")
        #expect(item.body.count == 2, "\(item.body.map(\.text))")
        #expect(!item.descriptions.contains { $0.text.hasPrefix("The minister opened") }, "\(item.descriptions)")
    }
}
