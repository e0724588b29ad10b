import NewsModel
import Testing

@testable import Entities

/// French bodies met in session 38 on a page written in the manner of Le Monde: a bank named head first, a
/// coalition whose name opens with "new".
@Suite struct FrenchInstitutionTests {
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
}
