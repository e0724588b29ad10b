import NewsModel
import Testing

@testable import Entities

/// Places met in session 38 on pages written in the manner of a UK regional site and El País: a town whose links are
/// hyphenated where GeoNames spaces them, a Spanish regional government named after its capital, and that capital
/// named alone.
@Suite struct PlaceSpellingTests {
    @Test("\"Newcastle-under-Lyme\", \"Stratford-upon-Avon\": a town's hyphenated links find its GeoNames spelling")
    func hyphenatedLinksOfATown() {
        let found = recognisedKinds(
            [
                "Jack Turner, 19, from Newcastle-under-Lyme, died at the scene after his car left the road.",
                "The festival moves to Stratford-upon-Avon next year, the organisers said.",
            ], language: "en")
        #expect(found["Newcastle-under-Lyme"] == .place, "\(found)")
        #expect(found["Stratford-upon-Avon"] == .place, "\(found)")
        let gazetteer = Gazetteer.shared
        #expect(gazetteer.lookup("Newcastle-under-Lyme")?.kind == .place)
        // Only a lower-case link is spaced: a name of capitalised parts is looked up as it is written.
        #expect(gazetteer.lookup("Bologna-Firenze") == nil)
        #expect(gazetteer.lookup("-") == nil && gazetteer.lookup("a-") == nil && gazetteer.lookup("x-y-Z") == nil)
    }

    @Test("\"la Comunidad de Madrid\" is a government, and \"Madrid\" alone is still the city, not its surname")
    func regionalGovernmentAndItsCapital() {
        let found = recognisedKinds(
            [
                "La Comunidad de Madrid, gobernada por Isabel Díaz Ayuso, ha anunciado que recurrirá la ley.",
                "El Ministerio de Defensa cederá terrenos en Madrid, Sevilla y Valencia.",
            ], language: "es")
        #expect(found["Comunidad de Madrid"] == .organisation, "\(found)")
        #expect(found["Madrid"] == .place, "\(found)")
        #expect(found["Sevilla"] == .place && found["Valencia"] == .place, "\(found)")
    }
}
