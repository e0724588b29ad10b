import NewsModel
import Testing

@testable import Entities

/// Spanish copy joins two people with "y", which also joins the halves of a Spanish surname ("Ortega y Gasset"): a page
/// outside the corpus (session 46) gave "Salvador Illa y Fernando Grande-Marlaska" as one person. The sentences use
/// invented people.
@Suite struct CoordinatedPeopleTests {
    @Test("\"los ministros Marta Olivares y Fernando Quintero-Salas\": two people, each a given name and a surname")
    func twoPeopleJoinedByY() {
        let found = recognisedKinds(
            [
                "Los detalles serán avanzados por los ministros de Sanidad e Interior, Marta Olivares y Fernando Quintero-Salas.",
                "La obra de José Ortega y Gasset sigue siendo estudiada en las universidades.",
            ], language: "es")
        #expect(found["Marta Olivares"] == .person, "\(found)")
        #expect(found["Fernando Quintero-Salas"] == .person, "\(found)")
        #expect(found["Marta Olivares y Fernando Quintero-Salas"] == nil, "\(found)")
        #expect(found["José Ortega y Gasset"] == .person, "\(found)")
    }
}
