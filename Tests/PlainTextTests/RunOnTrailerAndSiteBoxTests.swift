import NewsModel
import Testing

@testable import PlainText

/// What unseen pages (session 50: a Reuters story in French on a portal that joins the story's lines, a French live
/// page on a WordPress theme, a business story with its paper's newsletter box, Italian local sites) showed the reader
/// keep as story text: the wire's reporting line run onto the last sentence (its reporters then read as the story's
/// people), the theme's "Press "Enter" to skip to content" taken for the headline, a newsletter box's "More to Read"
/// label and its "You may occasionally receive promotional content …" line read as a subheading and a paragraph,
/// "LEGGI ANCHE – …" teasers read as the headline and a byline, a site's follow prompts as the story's close, and the
/// page's title kept with the site's name after it. The pages are written for these tests.
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

            DIRECT. Storm: schools across the region close from Monday

            – The regional council said on Tuesday that 120 schools would close for three days as the storm approaches the coast.

            – The prefect will speak tonight at 8 p.m. to present new measures against the storm, which could include a curfew.

            19h33. Storm: in the shops, “it feels like Christmas Eve”

            While the rumour of closures spread, many shops were besieged with last-minute requests across the region.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "DIRECT. Storm: schools across the region close from Monday", "\(item.headlines)")
        #expect(item.preserved.contains { $0.serialized == "Press \"Enter\" to skip to content" }, "kept as a note")
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

    @Test("a teaser under its label and a dash is a related link, not the headline or a byline")
    func dashedTeaserLabel() {
        let page = """
            Controlli in Comune: acquisiti i decreti del sindaco

            I militari avrebbero acquisito diversi decreti firmati dal sindaco, e quindi dell’attuale amministratore comunale.
            LEGGI – Cisterna, Carabinieri in comune per acquisire atti
            Le forze dell’ordine avrebbero richiesto tutte le determine sindacali e gli atti di nomina dal 2018 ad oggi.
            LEGGI ANCHE – Cisterna: Staff del Sindaco, scattano le verifiche
            La notizia in poche ore ha fatto il giro della città, provocando anche le reazioni del mondo della politica.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Controlli in Comune: acquisiti i decreti del sindaco", "\(item.headlines)")
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        #expect(
            item.links.map(\.title) == [
                "Cisterna, Carabinieri in comune per acquisire atti", "Cisterna: Staff del Sindaco, scattano le verifiche",
            ], "\(item.links)")
        #expect(storyParagraphTexts(item).count == 3, "\(item.body)")
    }

    @Test("a site's prompts to follow it on social media or Google News close no story")
    func followPrompts() {
        let page = """
            Auto incendiate nella notte

            Le indagini dei carabinieri sono scattate immediatamente dopo l’incendio di tre auto nel centro del paese.

            Gli indizi al momento sono pochi; il fascicolo d’inchiesta aperto è contro ignoti.

            Segui NotizieSud sui social

            Ricevi le nostre ultime notizie da Google News: clicca su SEGUICI, poi clicca sul pulsante con la stella!
            """
        let item = PlainTextReader().read(text: page).item
        #expect(
            storyParagraphTexts(item).last == "Gli indizi al momento sono pochi; il fascicolo d’inchiesta aperto è contro ignoti.",
            "\(item.body)")
        #expect(!item.body.contains { if case .subheading = $0 { true } else { false } }, "\(item.body)")
    }

    @Test("the page's title with the site's name after it, then the title again: the headline is the title")
    func titleWithSiteName() {
        let page = """
            Storm closes schools across the region – Valley Courier

            Storm closes schools across the region

            Schools across the region were closed on Tuesday as a storm brought heavy snow and strong winds, officials said.

            The regional council said roads would be cleared by Wednesday morning.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Storm closes schools across the region", "\(item.headlines)")
        #expect(item.preserved.contains { $0.serialized == "Valley Courier" }, "\(item.preserved)")
        #expect(storyParagraphTexts(item).count == 2, "\(item.body)")
    }

    @Test("a title with a dash and no repetition keeps its dash")
    func titleWithDashAlone() {
        let page = """
            Storm closes schools – and roads – across the region

            Schools across the region were closed on Tuesday as a storm brought heavy snow and strong winds, officials said.

            The regional council said roads would be cleared by Wednesday morning.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Storm closes schools – and roads – across the region", "\(item.headlines)")
    }

    @Test("a Russian regional agency's dateline with a hyphenated name: \"Саратов, 11 октября - АиФ-Саратов.\"")
    func russianRegionalAgencyDateline() {
        let page = """
            Пожар в административном здании

            Саратов, 11 октября - АиФ-Саратов. Пожар произошел в административном здании на севере города, сообщили в МЧС.

            Пострадавших нет, добавили в ведомстве.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.dateline == "Саратов, 11 октября - АиФ-Саратов.", "\(String(describing: item.dateline))")
        #expect(
            storyParagraphTexts(item).first == "Пожар произошел в административном здании на севере города, сообщили в МЧС.", "\(item.body)"
        )
    }

    @Test(
        "a dateline with a date and the agency and no place is the dateline",
        arguments: [
            ("Jan 30 (Reuters) - ", "Jan 30 (Reuters)"), ("June 13 (UPI) -- ", "June 13 (UPI)"), ("Sept. 8 (UPI) — ", "Sept. 8 (UPI)"),
        ])
    func dateAndAgencyDateline(opening: String, dateline: String) {
        let lead = "Authorities in Oregon have ordered mandatory evacuations as a wildfire spread."
        let page = "Wildfire forces evacuations\n\n" + opening + lead + "\n\nThe second paragraph of the story follows here.\n"
        let item = PlainTextReader().read(text: page).item
        #expect(item.dateline == dateline, "\(String(describing: item.dateline))")
        #expect(storyParagraphTexts(item).first == lead, "\(item.body)")
    }

    @Test("a month and a day opening a sentence without an agency's dash are the sentence's")
    func monthOpeningASentence() {
        let page = "Prices move on the news\n\nMay 5 (AP) said the paper was sold.\n\nThe second paragraph of the story follows here.\n"
        let item = PlainTextReader().read(text: page).item
        #expect(item.dateline == nil, "\(String(describing: item.dateline))")
        #expect(storyParagraphTexts(item).first == "May 5 (AP) said the paper was sold.", "\(item.body)")
    }
}
