import NewsModel
import Testing

@testable import PlainText

/// A local site's page read in session 56: no headline, the story's one paragraph, then an "Articoli Correlati" box of
/// titles with excerpts cut short and "-" separators. The reader had taken a title from the box for the headline and
/// the story for matter before the text. The pages are written for these tests.
@Suite struct RelatedBoxUnderTheStoryTests {
    private static let page = """
        Una lettera anonima con minacce è stata trovata ieri mattina nella cassetta postale del municipio di Borgo Alto, indirizzata al sindaco Marta Ferri. Il primo cittadino ha sporto denuncia ai carabinieri della stazione locale, che hanno avviato le indagini. "Non ci faremo intimidire e continueremo a lavorare per la nostra comunità", ha detto Ferri ai cronisti. La lettera, scritta al computer, non era firmata e conteneva riferimenti a una delibera approvata la settimana scorsa dal consiglio comunale.
        Articoli Correlati
        -
        Pavia: Furto In Una Gioielleria Del Centro. Due Giovani Fermati Dalla Polizia
        Gli agenti della squadra mobile hanno rintracciato i due giovani grazie alle immagini delle telecamere di... -
        Lodi (LO): incendio in un capannone agricolo, nessun ferito
        I vigili del fuoco sono intervenuti nella notte per spegnere le fiamme che avevano avvolto il deposito... -
        Cremona. Sequestrati due chili di droga in un appartamento di periferia.
        La Procura della Repubblica, al termine di una lunga indagine condotta dagli agenti del commissariato...
        """

    @Test("the prose above the related box is the story; nothing in the box is its headline or text")
    func storyAboveTheBox() {
        let item = PlainTextReader().read(text: Self.page).item
        let paragraphs = storyParagraphTexts(item)
        #expect(paragraphs.count == 1, "\(paragraphs)")
        #expect(paragraphs.first?.hasPrefix("Una lettera anonima") == true)
        #expect(item.headline == nil, "\(item.headline ?? "")")
        let teasers = item.body.compactMap { block -> String? in
            if case .relatedTeaser(let link) = block { return link.title }
            return nil
        }
        #expect(teasers.count == 3, "\(teasers)")
        #expect(teasers.contains { $0.hasPrefix("Cremona. Sequestrati") }, "\(teasers)")
        // The excerpts are the box's, not titles of their own.
        #expect(!teasers.contains { $0.hasSuffix("...") || $0.hasSuffix("... -") }, "\(teasers)")
    }

    @Test("a story with a headline and a related box between its paragraphs keeps all of them")
    func boxInsideAStory() {
        let story = """
            Council approves new bus lanes for the city centre

            The city council voted on Tuesday to approve three new bus lanes through the centre, a plan first proposed two years ago by the transport committee. Work is due to start in the spring.

            Related Articles
            Bus fares to rise by ten cents in January
            New cycle paths open along the river

            Councillors who opposed the plan said shops on the affected streets would lose trade during the works, and asked for a study of the likely effect.

            The mayor said the lanes would cut journey times for thousands of commuters every day.
            """
        let item = PlainTextReader().read(text: story).item
        #expect(item.headline == "Council approves new bus lanes for the city centre")
        let paragraphs = storyParagraphTexts(item)
        #expect(paragraphs.contains { $0.hasPrefix("Councillors who opposed") }, "\(paragraphs)")
        #expect(paragraphs.contains { $0.hasPrefix("The mayor said") }, "\(paragraphs)")
        let teasers = item.body.compactMap { block -> String? in
            if case .relatedTeaser(let link) = block { return link.title }
            return nil
        }
        #expect(teasers == ["Bus fares to rise by ten cents in January", "New cycle paths open along the river"], "\(item.body)")
    }
}
