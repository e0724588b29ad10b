import Foundation
import NewsModel
import PlainText
import TestSupport
import Testing

/// Conventions of web pages the role rules read after the model (session 15): each test gives the model's roles
/// and checks what the rules make of them, so that it fails without the rule whatever the weights say.
@Suite struct WebPageConventionTests {
    /// An article written for these tests: a pull quote repeating a paragraph's words, a caption without credit
    /// between paragraphs, an explainer's question subheadings, and a short sentence that other paragraphs contain.
    static let article = """
        City opens new flood barrier after decade of delays

        The city opened its new flood barrier on Monday, ten years after the project was first approved and four years later than planned.

        "We have waited a long time for this, but the river will not take our homes again," said Mayor Tom Eriksen at the opening ceremony.

        “The river will not take our homes again”

        Engineers said the barrier could hold back water two metres above the record flood of 2011.

        Workers check the gates of the new barrier on the east bank of the river during a test on Sunday

        The city spent 310 million euros on the project, most of it from a national climate fund.

        What happens next?

        The council will test the gates every month and publish the results online.

        How much did it cost?

        The final bill was 40 million euros above the budget agreed in 2014.

        Who pays for the upkeep?

        The national fund will pay for the first five years of maintenance.

        He declined to comment.

        A spokesman for the contractor, asked about the delays, said he declined to comment on the dispute.
        """

    @Test("a pull quote repeating a paragraph's words is not a paragraph again; a short sentence found elsewhere stays one")
    func pullQuoteIsNotAParagraph() {
        let model: [LineRole] = [.headline] + Array(repeating: .body, count: 14)
        var expected = model
        expected[3] = .other  // the pull quote
        expected[5] = .caption  // the line without a final stop between two paragraphs
        expected[7] = .subheading  // the questions, once two of them are subheadings
        expected[9] = .subheading
        expected[11] = .subheading
        var given = model
        given[7] = .subheading
        given[9] = .subheading
        #expect(rolesAfterRules(Self.article, given) == expected)
    }

    @Test("the shipped weights and the rules read the whole article as a newsroom would")
    func wholeArticle() {
        let (item, _) = PlainTextReader().read(Array(Self.article.utf8), file: "barrier.txt")
        // Story text: paragraphs, and the paragraph the quote finder set as a quotation.
        let paragraphs = item.body.compactMap { block -> String? in
            switch block {
            case .paragraph(let text): return text
            case .quote(let quote): return quote.text
            default: return nil
            }
        }
        let subheadings = item.body.compactMap { block -> String? in
            if case .subheading(let text, _) = block { return text }
            return nil
        }
        #expect(!paragraphs.contains("“The river will not take our homes again”"), "\(paragraphs)")
        #expect(paragraphs.contains("He declined to comment."), "\(paragraphs)")
        #expect(paragraphs.count == 9, "\(paragraphs)")
        #expect(subheadings == ["What happens next?", "How much did it cost?", "Who pays for the upkeep?"])
        #expect(
            item.pictures.map(\.caption) == [
                "Workers check the gates of the new barrier on the east bank of the river during a test on Sunday"
            ])
    }

    @Test("a paragraph repeated whole further down is the page's highlight copy: the later one is the story's")
    func repeatedParagraph() {
        let page = """
            Settlements ruled illegal by court

            Israeli courts, however, have declared most major settlements legal under their law.

            The ruling came after years of petitions by residents of nearby villages and human rights groups.

            Israeli courts, however, have declared most major settlements legal under their law.

            Lawyers for the settlers said they would appeal the decision.
            """
        #expect(rolesAfterRules(page, [.headline, .body, .body, .body, .body]) == [.headline, .other, .body, .body, .body])
    }

    @Test("BBC's labelled caption: the sentence above \"Image copyright X\" is story text, not a second caption")
    func labelledCaptionHasThePicture() {
        let page = """
            Assange extradition approved

            The then Home Secretary formally approved an extradition request from the US.

            In June, the then UK Home Secretary, Sajid Javid, formally approved an extradition request from the US.

            Image copyright Reuters

            Image caption Assange gestures with a thumbs up after he was arrested

            Assange was due to be released from prison in September.
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .caption, .credit, .caption, .body]) == [
                .headline, .body, .body, .credit, .caption, .body,
            ])
    }

    @Test(
        "a caption label on a line of its own (\"Image caption,\") makes the line under it the caption; \"Image source, X\" is its credit")
    func captionUnderItsLabel() {
        let page = """
            Storm brings flooding to Wales

            3 December 2026

            Image source, Getty Images

            Image caption,

            The River Taff burst its banks in Pontypridd on Tuesday morning

            More than 20,000 homes in Wales were left without power after the storm brought heavy rain.

            Natural Resources Wales issued three severe flood warnings on Wednesday.
            """
        #expect(
            rolesAfterRules(page, [.headline, .other, .credit, .other, .body, .body, .body])
                == [.headline, .other, .credit, .other, .caption, .body, .body])
        let (item, _) = PlainTextReader().read(Array(page.utf8), file: "bbc.txt")
        #expect(item.pictures.first?.caption == "The River Taff burst its banks in Pontypridd on Tuesday morning", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Getty Images", "\(item.pictures)")
        #expect(!item.body.contains(.paragraph("The River Taff burst its banks in Pontypridd on Tuesday morning")))
    }

    @Test("the story's last sentence is story text when only page widgets follow it (\"Advertisement\", \"Share or comment …:\")")
    func lastSentenceBeforeWidgets() {
        let page = """
            Britain's oldest pub landlord retires at 94

            Harold Jenkins took over the Red Lion in Kettering from his father in 1956 and has run it ever since.

            'I never thought about stopping, but my knees have other ideas,' he told the local paper.

            The British Beer and Pub Association said Mr Jenkins was believed to be the longest-serving landlord in the country.

            Advertisement

            Share or comment on this article:
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .body, .other, .other, .other]) == [.headline, .body, .body, .body, .other, .other])
        // A closing line that is a full sentence of furniture keeps the model's role: only widgets may follow the story.
        let signUp = page.replacingOccurrences(
            of: "Share or comment on this article:", with: "Sign up to our daily newsletter for more news.")
        #expect(
            rolesAfterRules(signUp, [.headline, .body, .body, .other, .other, .other]) == [.headline, .body, .body, .other, .other, .other])
    }

    @Test("a long full sentence under the byline and its time, right before the story, is the story's lead")
    func leadUnderTheByline() {
        let page = """
            Chancellor set to freeze fuel duty for a sixteenth year

            By Harry Yorke, Whitehall Editor

            3 December 2026 • 10:00pm

            Rachel Reeves will freeze fuel duty in next spring's Budget, extending a cut first introduced in 2022 that motorists have come to expect, The Telegraph can reveal.

            The Chancellor is expected to announce the decision despite warnings that the freeze costs the Treasury £3bn a year.

            The RAC welcomed the move, saying drivers were still paying far too much at the pump.
            """
        #expect(
            rolesAfterRules(page, [.headline, .byline, .other, .other, .body, .body]) == [.headline, .byline, .other, .body, .body, .body])
        // A short line there (a caption without its full stop, a label) keeps the model's role.
        let caption = page.replacingOccurrences(
            of:
                "Rachel Reeves will freeze fuel duty in next spring's Budget, extending a cut first introduced in 2022 that motorists have come to expect, The Telegraph can reveal.",
            with: "Rachel Reeves at the Treasury on Tuesday")
        #expect(
            rolesAfterRules(caption, [.headline, .byline, .other, .other, .body, .body]) == [
                .headline, .byline, .other, .other, .body, .body,
            ])
    }

    @Test("prose right under the headline, without a credit and above the publication time, is the standfirst, not a caption")
    func standfirstIsNoCaption() {
        let page = """
            Münchner Stammstrecke: Sperrung am Wochenende

            Wegen Bauarbeiten fahren zwischen Pasing und Ostbahnhof keine S-Bahnen. Die Bahn richtet einen Ersatzverkehr mit Bussen ein.

            3. Dezember 2026, 16:45 Uhr

            Von Andreas Schubert

            Die Münchner S-Bahn-Stammstrecke wird am kommenden Wochenende erneut gesperrt, wie die Deutsche Bahn mitteilte.

            Grund sind Arbeiten an der zweiten Stammstrecke, die nach aktuellem Stand 2037 in Betrieb gehen soll.
            """
        #expect(
            rolesAfterRules(page, [.headline, .caption, .other, .byline, .body, .body]) == [
                .headline, .other, .other, .byline, .body, .body,
            ])
        // With its credit it stays a caption.
        let credited = page.replacingOccurrences(of: "mit Bussen ein.", with: "mit Bussen ein. (Foto: Sven Hoppe/dpa)")
        #expect(
            rolesAfterRules(credited, [.headline, .caption, .other, .byline, .body, .body])
                == [.headline, .caption, .other, .byline, .body, .body])
    }

    @Test("a credit word then names is a credit, and a caption ending in a labelled credit is a caption, whatever the model says")
    func creditsAndLabelledCaptions() {
        let page = """
            Islamists court young followers online

            The movement's videos reach hundreds of thousands of teenagers every week, researchers say.

            Screenshots Instagram/TikTok

            The group's leaders have been banned from two platforms this year.

            A hunter was treated in hospital after eating a wild rabbit Credit: Getty Images

            Health officials said the risk of an outbreak was low.
            """
        let roles = rolesAfterRules(page, [.headline, .body, .subheading, .body, .teaser, .body])
        #expect(roles[2] == .credit)
        #expect(roles[4] == .caption)
    }

    @Test("a site's rail named after its section is a related box: its kicker and title pairs are teasers")
    func sectionRail() {
        let pairs = (1...6).flatMap { ["KICKER NUMBER \($0)", "A title of a story elsewhere on the site number \($0)"] }
        let page =
            ([
                "Plague case found in Beijing", "A hunter was taken to hospital after eating a rabbit, officials said.",
                "Most read in world news",
            ]
            + pairs + ["The last major outbreak in China was in 2009, when several people died in a remote town."])
            .joined(separator: "\n\n")
        let model: [LineRole] = [.headline, .body, .subheading] + pairs.map { $0.hasPrefix("KICKER") ? .subheading : .body } + [.body]
        let roles = rolesAfterRules(page, model)
        #expect(roles[2] == .other)
        #expect(roles[3..<15].allSatisfy { $0 == .teaser }, "\(roles)")
        #expect(roles[15] == .body)
    }

    @Test("a web gallery's slide: the line between its counter and its credit, and a line opening with its counter, are captions")
    func gallerySlides() {
        let page = """
            Harbour ferry returns after refit

            The old harbour ferry returned to service on Friday after a refit that took most of the winter.

            Image 1 of 2
            The ferry leaves the north quay on its first crossing since October.
            (Image credit: Harbour Board)

            2 of 2. Passengers board the ferry at the south quay on Friday morning.

            Tickets cost the same as before the refit, the board said.
            """
        // Blocks: headline, paragraph, counter, slide caption, credit, inline counter + caption, paragraph.
        let roles = rolesAfterRules(page, [.headline, .body, .other, .body, .credit, .other, .body])
        #expect(roles == [.headline, .body, .other, .caption, .credit, .caption, .body], "\(roles)")
    }

    @Test("a credit on the line under its caption is the credit, and the sentence above it the caption")
    func captionAboveItsCredit() {
        let page = """
            Teachers rally for better pay

            Several thousand teachers surrounded the state house on Tuesday to call for better pay.

            Teachers carry signs as they rally at the state house in the capital on Tuesday, calling for higher pay.
            Photo: Anna Berg/Harbour Wire

            The union said more than half of the state's schools closed for the day.
            """
        let roles = rolesAfterRules(page, [.headline, .body, .body, .caption, .body])
        #expect(roles == [.headline, .body, .caption, .credit, .body], "\(roles)")
        // With a blank line between them, the sentence stands on its own: the rule does not join them.
        let apart = page.replacingOccurrences(of: "Tuesday, calling for higher pay.\n", with: "Tuesday, calling for higher pay.\n\n")
        #expect(rolesAfterRules(apart, [.headline, .body, .body, .caption, .body])[2] == .body)
    }

    @Test("a line that places people in a picture ('(left)', '(links)', '(à droite)') is a caption, not story text")
    func placedPeopleAreCaptions() {
        let page = """
            Harbour board elects new chair

            The harbour board elected a new chair on Monday after a vote that took three rounds.

            Board member Anna Berg (left) and the new chair Tom Eriksen after the vote in the town hall

            Die Vorsitzende Anna Berg (links) und ihr Stellvertreter Tom Eriksen nach der Wahl im Rathaus.

            "We will open the quay to small boats again," Eriksen (right) told reporters after the vote.

            The board meets again in March.
            """
        let roles = rolesAfterRules(page, [.headline, .body, .body, .body, .body, .body])
        // A quotation that places its speaker stays story text.
        #expect(roles == [.headline, .body, .caption, .caption, .body, .body], "\(roles)")
    }

    @Test("bylines by their words: an author word, a journalist's role, an author label, a name over its time stamp")
    func bylinesByTheirWords() {
        let page = """
            Harbour board elects new chair

            By Anna Berg On 11/13/19 at 4:00 PM EST

            Tom Eriksen, Harbour Wire political correspondent

            Lena Holm
            2 hours ago

            The harbour board elected a new chair on Monday after a vote that took three rounds.

            Author: Nils Dahl
            """
        let roles = rolesAfterRules(page, [.headline, .other, .other, .other, .other, .body, .other])
        #expect(roles == [.headline, .byline, .byline, .byline, .other, .body, .byline], "\(roles)")
        // The same lines read as the story's bylines: the names, without the author word, role or time.
        var reader = PlainTextReader()
        reader.modelRoles = [.headline, .other, .other, .other, .other, .body, .other]
        #expect(reader.read(text: page).item.bylines == ["Anna Berg", "Tom Eriksen", "Lena Holm", "Nils Dahl"])
        // A role under a name: the name is the byline ("Andrew Woodcock" / "Political Editor").
        let stacked = "Harbour board elects new chair\n\nLena Holm\nPolitical Editor\n\nThe board met on Monday in the town hall to vote."
        #expect(rolesAfterRules(stacked, [.headline, .other, .other, .body]) == [.headline, .byline, .other, .body])
        // Not a byline: a role line under a byline the model found, and a sentence starting with "By".
        let other = "Harbour board elects new chair\n\nBy Anna Berg\nStaff Writer\nNov. 19, 2019\n\nBy Monday the board had voted."
        #expect(rolesAfterRules(other, [.headline, .byline, .other, .other, .body]) == [.headline, .byline, .other, .other, .body])
        // A desk's sign-off codes are a trailer, whatever the model says.
        let signed = "Harbour board elects new chair\n\nThe board met on Monday in the town hall to vote for a chair.\n\ndpa wsz jln"
        #expect(rolesAfterRules(signed, [.headline, .body, .byline]) == [.headline, .body, .trailer])
    }

    @Test("a story sentence ending with a colon leads into its list, pictures between them aside; a links label does not")
    func listsAfterTheirLeadIn() {
        let page = """
            Harbour board picks three builders

            The harbour board picked three builders for the new quay on Monday after a year of talks.

            The three chosen builders are:

            Image 1 of 2
            The old quay at low tide on Sunday.
            (Image credit: Harbour Board)

            * Berg Marine, Harbourton, Norway
            * Dahl & Sons, Bergen, Norway
            * Holm Construction, Oslo, Norway

            Read more:

            * Harbour board elects new chair
            * Ferry returns after refit
            """
        // Blocks: headline, paragraph, lead-in, counter, caption, credit, three items, label, two links.
        let model: [LineRole] = [.headline, .body, .credit, .other, .caption, .credit, .teaser, .teaser, .other, .other, .teaser, .teaser]
        let roles = rolesAfterRules(page, model)
        #expect(roles[2] == .body && roles[6...8].allSatisfy { $0 == .body }, "\(roles)")
        #expect(roles[10...11].allSatisfy { $0 == .teaser }, "\(roles)")
    }
}
