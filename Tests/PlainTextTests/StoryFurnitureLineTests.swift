import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Lines around a story read in session 56: an aggregator's pointer to the full story, a short newsletter prompt, a
/// comment form's title and a section heading the model took for a byline. The pages are written for these tests.
@Suite struct StoryFurnitureLineTests {
    @Test(
        "a pointer to the full story elsewhere is no paragraph of it",
        arguments: [
            "Leer noticia completa en El Diario.", "Read the full story at The Daily Post", "Lire l'article complet sur Le Journal",
        ])
    func fullStoryPointer(_ pointer: String) {
        let page = """
            Vecinos piden más autobuses nocturnos

            La asociación de vecinos ha entregado al Ayuntamiento más de dos mil firmas para pedir que se amplíe el servicio de autobuses nocturnos los fines de semana.

            \(pointer)
            """
        let item = PlainTextReader().read(text: page).item
        #expect(storyParagraphTexts(item).count == 1, "\(storyParagraphTexts(item))")
        #expect(!item.body.contains { $0.text == pointer })
        #expect(LineRules.fullStoryPointer.matches(in: pointer))
        #expect(!LineRules.fullStoryPointer.matches(in: "Read the full story of how the town rebuilt its bridge after the flood."))
    }

    @Test("a short prompt to subscribe to the newsletter and a comment form's title are no story")
    func prompts() {
        let page = """
            Nuovo parcheggio in centro, via libera dal consiglio comunale

            Il consiglio comunale ha approvato ieri sera il progetto del nuovo parcheggio sotterraneo, che avrà trecento posti e sarà pronto entro due anni.

            L'opposizione ha votato contro, chiedendo di destinare i fondi alla manutenzione delle strade dei quartieri periferici.

            Resta aggiornato, iscriviti alla nostra newsletter

            Lascia un commento
            """
        let item = PlainTextReader().read(text: page).item
        #expect(storyParagraphTexts(item).count == 2, "\(item.body)")
        #expect(!item.body.contains { $0.text.contains("newsletter") || $0.text == "Lascia un commento" }, "\(item.body)")
    }

    /// The page as the model read it: the story's first paragraph left out, the heading under it taken for a byline.
    private static let headingPage = """
        fr

        INCENDIE DANS UN ENTREPÔT DE LA ZONE INDUSTRIELLE

        Dans la nuit de lundi à mardi, un incendie s'est déclaré dans un entrepôt de la zone industrielle, mobilisant une quarantaine de pompiers pendant plusieurs heures. Aucun blessé n'est à déplorer, mais le bâtiment a été entièrement détruit par les flammes.

        Autre piste

        Le parquet a ouvert une enquête pour déterminer l'origine du sinistre, qui pourrait être criminelle selon les premiers éléments recueillis par les enquêteurs sur place.

        Rédigé par la rédaction
        """

    @Test("a short heading between paragraphs that the model took for a byline names no author")
    func headingIsNoByline() {
        let roles = rolesAfterRules(Self.headingPage, [.other, .headline, .other, .byline, .body, .other])
        #expect(roles[3] == .subheading, "\(roles)")
        #expect(roles[2] == .body, "\(roles)")
        // A name between two paragraphs stays a byline ("Marie Dupont": capitalised words only).
        let named = Self.headingPage.replacingOccurrences(of: "Autre piste", with: "Marie Dupont")
        #expect(rolesAfterRules(named, [.other, .headline, .other, .byline, .body, .other])[3] == .byline)
    }

    @Test("a link back to the page above names no author")
    func backLink() {
        let page = """
            Man held for threatening shop staff in city centre

            The police on Tuesday arrested a man who had threatened staff at a shop in the city centre, officials said.

            The man was taken into custody for questioning, a police officer said.
            « Back to LIVE

            TOP STORIES
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        for line in ["« Back to LIVE", "Back to top", "← Back to the list"] { #expect(LineRules.widget.matches(in: line), "\(line)") }
        #expect(!LineRules.widget.matches(in: "Back to school: what parents need to know about the new term and its costs"))
    }

    @Test("an author box that names its author by one word of the name is no section of the story")
    func authorBox() {
        let page = """
            Bridge to reopen next week, council says

            The old bridge over the river will reopen to traffic next Monday after three months of repairs, the council said on Friday.

            Engineers replaced the bridge's bearings and resurfaced its deck, a council spokesperson said.

            Temi Adeyemi

            Temi is a senior reporter with over ten years of experience covering local government.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(subheadingTexts(item).isEmpty, "\(item.body)")
        #expect(storyParagraphTexts(item).count == 2, "\(item.body)")
    }

    @Test("WordPress.com's comment form is no related links, and the story above it stays whole")
    func wordPressCommentForm() {
        let page = """
            The city council will vote next week on a proposal to keep the central library open until nine in the evening, according to officials.

            Librarians said the longer hours would help students who work during the day.

            The council's finance committee has already approved the extra staff the plan would need.



            Leave a Reply

            Fill in your details below or click an icon to log in: Logo

            You are commenting using your account. Log Out /  Change )

            Google+ photo

            You are commenting using your Google+ account. Log Out /  Change )

            Twitter picture

            You are commenting using your Twitter account. Log Out /  Change )

            Connecting to %s
            """
        let item = PlainTextReader().read(text: page).item
        let teasers = item.body.compactMap { block -> String? in
            if case .relatedTeaser(let link) = block { return link.title }
            return nil
        }
        #expect(teasers.isEmpty, "\(teasers)")
        #expect(storyParagraphTexts(item).count == 3, "\(item.body)")
    }
}
