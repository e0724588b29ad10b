import NewsModel
import Testing

@testable import PlainText

/// Agency copy and the pages that reprint it sign the story's last paragraph with the agency's name, bare or after a
/// dash ("… unos 500 ejemplares. EFE", "… on the east coast. — Reuters"). The line model read such a paragraph as a
/// picture's caption over its credit and took it out of the story (seen on EFE copy in the corpus's Belga feed and on
/// reprinting pages in session 55). The stories are written for these tests.
@Suite struct AgencySignOffTests {
    private static func story(lead: String, last: String) -> String {
        """
        Floods force thousands from their homes in Malaysia

        \(lead) More than 20,000 people have been evacuated after heavy rain flooded towns across five states, officials said on Wednesday.

        The national disaster agency said the number of evacuees in Kelantan had doubled overnight as rivers burst their banks.

        Prime Minister Anwar Ibrahim visited relief centres in Kota Bharu and promised more aid for families who had lost their homes.

        \(last)
        """
    }

    @Test(
        "the story's last paragraph signed with the agency stays story text, the sign-off a note",
        arguments: [
            ("KUALA LUMPUR, Dec 3 —", "— Reuters", "Reuters"),
            ("KUALA LUMPUR, Dec 3 (AFP) -", "AFP", "AFP"),
            ("KUALA LUMPUR, Dec 3 (EFE).-", "EFE", "EFE"),
        ])
    func signedLastParagraph(lead: String, signature: String, signOff: String) {
        let sentence = "Forecasters expect the monsoon rain to continue into the weekend, with the heaviest falls along the east coast."
        let item = PlainTextReader().read(text: Self.story(lead: lead, last: sentence + " " + signature)).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(storyParagraphTexts(item).last == sentence, "\(item.body.map(\.text))")
        #expect(item.editorialNotes.contains(signOff), "\(item.editorialNotes)")
    }

    @Test("a caption whose credit follows a dash inside the story stays a caption")
    func captionInsideTheStory() {
        let page = """
            Floods force thousands from their homes in Malaysia

            KUALA LUMPUR, Dec 3 — More than 20,000 people have been evacuated after heavy rain flooded towns across five states, officials said on Wednesday.

            Rescuers carry a woman through floodwater in Kota Bharu on Wednesday. — Reuters pic

            The national disaster agency said the number of evacuees in Kelantan had doubled overnight as rivers burst their banks.

            Prime Minister Anwar Ibrahim visited relief centres in Kota Bharu and promised more aid for families who had lost their homes.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!storyParagraphTexts(item).contains { $0.hasPrefix("Rescuers carry") }, "\(item.body.map(\.text))")
    }

    @Test("a last word that is no agency stays in the paragraph")
    func lastWordNoAgency() {
        #expect(RoleRules.bareSignOff("The talks will resume in the spring. Officials") == nil)
        #expect(RoleRules.bareSignOff("He said the plan was agreed by the U.S.") == nil)
        #expect(RoleRules.bareSignOff("Los meteorólogos esperan más lluvia. EFE")?.story == "Los meteorólogos esperan más lluvia.")
    }
}

/// "Publicat: 07 02. 2020, 18:42" (a Romanian page read in session 55) became the byline "Publicat:": a label and a
/// colon before nothing but figures says when the page was published, in whatever language.
@Suite struct LabelledFiguresTests {
    @Test("a one-word label over figures is no byline")
    func labelledFiguresAreNoByline() {
        let page = """
            Orban to send the government's programme to Parliament on Monday

            Publicat: 07 02. 2020, 18:42
            Actualizat: 07 02. 2020, 18:44

            Klaus Iohannis on Thursday nominated Ludovic Orban for the position of prime minister, one day after he had been toppled in a no-confidence motion.

            The appointed prime minister is to come before the parliamentarians for the vote of confidence and the formation of a new cabinet.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        #expect(ArticleAssembly.isLabelledFiguresOnly("Datum: 03.12.2026 14:05"))
        #expect(!ArticleAssembly.isLabelledFiguresOnly("Von: Anna Schmidt"))
        #expect(!ArticleAssembly.isLabelledFiguresOnly("By: Jane Doe, 3 Dec 2026"))
    }
}
