import NewsModel
import PlainText
import Testing

@testable import Entities

/// Romance-language bodies named for their purpose with "for the" — "para la", "pour la", "per la" — were cut at the
/// preposition ("Fondo Mundial" and "Naturaleza"), as EFE copy in the corpus's Belga feed showed; "for the" in English
/// and "para" without an article already went on. The text is written for this test.
@Suite struct RomancePurposeNamesTests {
    @Test("a body named for its purpose keeps \"para la\" and \"pour la\" inside its name")
    func purposeWithArticle() throws {
        let text = """
            Acuerdo para proteger los bosques

            Madrid, 3 dic (EFE).- El Fondo Mundial para la Naturaleza firmó hoy un acuerdo con el Banco de la Nación, informó el Ministerio para la Transición Ecológica.

            La Comisión para la Verdad presentará su informe en Bogotá, según la Fundación para la Libertad de Prensa.

            La Fondation pour la Recherche Médicale y la Agence pour la Sécurité Alimentaire también firmaron.
            """
        let names = try keptEntities(text).map(\.name)
        for expected in [
            "Fondo Mundial para la Naturaleza", "Ministerio para la Transición Ecológica", "Comisión para la Verdad",
            "Fundación para la Libertad de Prensa", "Fondation pour la Recherche Médicale", "Agence pour la Sécurité Alimentaire",
        ] {
            #expect(names.contains(expected), "\(expected) in \(names)")
        }
        #expect(!names.contains("Naturaleza") && !names.contains("Comisión"), "\(names)")
    }

    @Test("\"para la\" after a place or a person joins no names")
    func noBodyBeforeThePreposition() throws {
        let text = """
            Trabajo en el extranjero

            Madrid, 3 dic (EFE).- La enfermera trabajó en Madrid para la Cruz Roja durante diez años, y Pedro Sánchez habló para la Televisión Española.
            """
        let names = try keptEntities(text).map(\.name)
        #expect(!names.contains { $0.contains(" para la ") }, "\(names)")
    }
}

/// "Colpi di carabina contro la Banda Il sindaco: …" (La Nazione's headline, its two parts run together, read in session
/// 55) gave the place "Banda Il": a Romance article in capitals before a word in small letters opens the next phrase.
@Suite struct ArticleClosingARunTests {
    @Test("a capitalised article before a lower-case word is no part of the name before it")
    func articleOpensTheNextPhrase() throws {
        let text = """
            Colpi di carabina contro la Banda Il sindaco: "Un fatto gravissimo"

            Sono le parole del sindaco di Castel Ritaldi, Elisa Sabbatini, a commento di un episodio che si è verificato nei giorni scorsi a Castel Ritaldi. I Carabinieri sono intervenuti sul posto e il Comune ha sporto denuncia.
            """
        let names = try keptEntities(text).map(\.name)
        #expect(!names.contains { $0.hasSuffix(" Il") }, "\(names)")
        #expect(names.contains("Elisa Sabbatini"), "\(names)")
    }
}

/// "L'Allemagne a salué la décision." — a French sentence opening on an elided article capitalises the article, which
/// the tokenizer splits off only in small letters ("l'Allemagne"): the country was lost at every sentence's start (read in
/// session 55). The story is written for this test.
@Suite struct CapitalisedElisionTests {
    @Test("a capitalised elided article opening a sentence is no part of the name; a known name keeps its own")
    func elisionAtSentenceStart() throws {
        let text = """
            Accord signé à Paris

            PARIS (AFP) - La France a signé mardi un accord sur le climat avec plusieurs pays européens et asiatiques, a annoncé le gouvernement.

            L'Allemagne a salué la décision. L'Iran a annoncé de son côté un accord séparé, et L'Oréal a publié ses résultats.
            """
        // What the recogniser finds (the fitted step then keeps or drops each: it keeps Iran here).
        let item = PlainTextReader().read(Array(text.utf8)).item
        let found = kindsByName(EntityRecognizer().recognise(in: item))
        #expect(found["Allemagne"] == .place && found["Iran"] == .place, "\(found)")
        #expect(found["L'Allemagne"] == nil && found["L'Iran"] == nil, "\(found)")
        #expect(found["L'Oréal"] == .organisation, "\(found)")
        #expect(try keptKinds(text)["Iran"] == .place)
        #expect(CandidateScanner.afterCapitalisedElision("L'Allemagne") == "Allemagne")
        #expect(CandidateScanner.afterCapitalisedElision("D'Alema") == nil)
    }
}
