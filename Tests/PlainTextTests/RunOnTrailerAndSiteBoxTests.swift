import NewsModel
import Testing

@testable import PlainText

/// What unseen pages (session 50: a Reuters story in French on a portal that joins the story's lines, a French live
/// page on a WordPress theme, a business story with its paper's newsletter box) showed the reader keep as story text:
/// the wire's reporting line run onto the last sentence (its reporters then read as the story's people), the theme's
/// "Press "Enter" to skip to content" taken for the headline, and a newsletter box's "More to Read" label and its
/// "You may occasionally receive promotional content …" line read as a subheading and a paragraph. The pages are
/// written for these tests.
@Suite struct RunOnTrailerAndSiteBoxTests {
    private let wireStory = """
        Grain prices climb on dry weather

        CHICAGO (Reuters) - Wheat futures rose on Monday as dry weather threatened crops in the southern Plains, traders said.

        Corn followed, gaining 1.4 percent. "The market is nervous about yields," said Mark Ellison, an analyst at Harbor Grain Advisers.
        """

    @Test(
        "a wire's reporting line run onto the story's last sentence is its trailer",
        arguments: [
            " (Reporting by Julie Ingersen; Editing by Paul Simao)", " (Reporting by Julie Ingersen in Chicago, editing by Paul Simao)",
        ])
    func reportingLineRunOn(trailer: String) {
        let item = PlainTextReader().read(text: wireStory + trailer + "\n").item
        let paragraphs = storyParagraphTexts(item)
        #expect(paragraphs.count == 2, "\(item.body)")
        #expect(paragraphs.last?.hasSuffix("Harbor Grain Advisers.") == true, "\(paragraphs)")
        #expect(item.editorialNotes.contains(String(trailer.dropFirst())), "\(item.editorialNotes)")
    }

    @Test("Reuters' French reporting line run onto the last sentence is the trailer")
    func frenchReportingLineRunOn() {
        let page = """
            Aucune décision sur un couvre-feu à Lyon

            LYON (Reuters) - Aucune décision n'a encore été prise sur un couvre-feu à Lyon, a fait savoir la préfecture mardi.

            "Une décision sera prise dans les prochains jours", a ajouté le préfet. (Claire Morel et Jean Dufour, édité par Marc Leroy)
            """
        let item = PlainTextReader().read(text: page).item
        #expect(
            storyParagraphTexts(item).last == "\"Une décision sera prise dans les prochains jours\", a ajouté le préfet.", "\(item.body)")
        #expect(item.editorialNotes.contains("(Claire Morel et Jean Dufour, édité par Marc Leroy)"), "\(item.editorialNotes)")
    }

    @Test(
        "a bracket closing the last paragraph that is no reporting line stays in it",
        arguments: [" (Prices are in U.S. dollars.)", " (Editor's note: none)", " (AP)"])
    func otherBracketStays(bracket: String) {
        let item = PlainTextReader().read(text: wireStory + bracket + "\n").item
        #expect(storyParagraphTexts(item).last?.hasSuffix(bracket.trimmingWhitespace()) == true, "\(item.body)")
    }

    @Test("a theme's \"Press \"Enter\" to skip to content\" heads no story")
    func enterSkipLink() {
        let page = """
            Press "Enter" to skip to content

            Storm closes schools across the region

            Schools across the region were closed on Tuesday as a storm brought heavy snow and strong winds, officials said.

            The regional council said roads would be cleared by Wednesday morning.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Storm closes schools across the region", "\(item.headlines)")
        #expect(!storyParagraphTexts(item).contains { $0.contains("skip to content") }, "\(item.body)")
    }

    @Test("a newsletter box's \"More to Read\" label and promotion line are no subheading and no paragraph")
    func newsletterBox() {
        let page = """
            Chipmaker posts record quarter

            Chipmaker Arvel Corp on Thursday posted quarterly profit and sales that beat analysts' estimates, sending its shares to a record.

            The company also said results in the current quarter would surpass expectations.

            Chief Executive Dana Pruitt said demand from data centres remained strong.
            More to Read
            Inside the business of technology
            You may occasionally receive promotional content from the Coast Courier.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!item.body.contains { if case .subheading(let text, _) = $0 { text == "More to Read" } else { false } }, "\(item.body)")
        #expect(!storyParagraphTexts(item).contains { $0.hasPrefix("You may occasionally") }, "\(item.body)")
        #expect(
            storyParagraphTexts(item).last == "Chief Executive Dana Pruitt said demand from data centres remained strong.", "\(item.body)")
    }
}
