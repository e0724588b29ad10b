import NewsModel
import Testing

@testable import Entities

/// French and Italian bodies met in session 38 on pages written in the manner of Le Monde and the Corriere: a bank
/// named head first, a coalition whose name opens with "new", the chambers of a parliament.
@Suite struct RomanceInstitutionTests {
    private static let story = [
        "Le Nouveau Front populaire (NFP) a aussitôt déposé une motion de censure contre le gouvernement de Michel Barnier.",
        "La Banque de France prévoit une croissance de 1,1 % cette année, a indiqué l'institution mardi à Paris.",
        "Le NFP réunit les socialistes, les écologistes et les communistes.",
    ]

    @Test("\"La Banque de France prévoit …\": a bank, not a person")
    func bankNamedHeadFirst() {
        let found = recognisedKinds(Self.story, language: "fr")
        #expect(found["Banque de France"] == .organisation, "\(found)")
        #expect(found["Paris"] == .place && found["Michel Barnier"] == .person, "\(found)")
    }

    @Test("\"Nouveau Front populaire (NFP)\": the whole name, its abbreviation an alias")
    func newBeforeTheHead() {
        let found = EntityRecognizer().recognise(in: storyItem(Self.story, language: "fr"))
        let front = found.first { $0.name == "Nouveau Front populaire" }
        #expect(front?.kind == .organisation, "\(found.map(\.name))")
        #expect(front?.alternativeNames.contains("NFP") == true, "\(String(describing: front))")
        #expect(!found.contains { $0.name == "Nouveau Front" }, "\(found.map(\.name))")
    }

    @Test("\"Camera dei deputati\", \"al Senato\": Italian institutions")
    func italianInstitutions() {
        let found = recognisedKinds(
            [
                "Il governo ha posto la questione di fiducia sulla legge di Bilancio alla Camera dei deputati, ha detto Luca Ciriani.",
                "Poi il testo passerà al Senato. Secondo l'Ufficio parlamentare di bilancio, il deficit scenderà al 3,3 per cento.",
            ], language: "it")
        #expect(found["Camera dei deputati"] == .organisation, "\(found)")
        #expect(found["Senato"] == .organisation && found["Luca Ciriani"] == .person, "\(found)")
    }
}
