import NewsModel
import Testing

@testable import Entities

/// Italian, French and Spanish copy writes a street's noun in small letters before its name ("via Santa Caterina",
/// "rue de la Paix"); Indian and Commonwealth copy writes a minister's portfolio with "for" and "and" before the name
/// ("Union Minister of State for Tourism …"). Pages outside the corpus (session 46) showed the streets read as people
/// ("Santa Caterina") or as the city they are named after ("via Roma": Rome), and the ministers read as bodies. The
/// sentences use invented people.
@Suite struct RomanceStreetAndPortfolioTests {
    @Test("\"via Santa Caterina\", \"rue de la Paix\", \"calle Alcalá\": a street, named with its noun")
    func streetsOfRomanceCopy() {
        let italian = recognisedKinds(
            [
                "La vettura era stata trovata fuori strada lungo la via Santa Caterina, vicino a piazza del Popolo.",
                "La pattuglia era intervenuta in via Roma, nel corso della mattinata.",
            ], language: "it")
        #expect(italian["via Santa Caterina"] == .pointOfInterest, "\(italian)")
        #expect(italian["piazza del Popolo"] == .pointOfInterest, "\(italian)")
        #expect(italian["via Roma"] == .pointOfInterest, "\(italian)")
        #expect(italian["Santa Caterina"] == nil && italian["Roma"] == nil, "\(italian)")
        let french = recognisedKinds(
            ["Le maire a parlé rue de la Paix, à la place de Camille Vernet, qui était malade."], language: "fr")
        #expect(french["rue de la Paix"] == .pointOfInterest, "\(french)")
        #expect(french["Camille Vernet"] == .person, "\(french)")
        let spanish = recognisedKinds(["El accidente ocurrió en la calle Alcalá, cerca de la plaza Mayor."], language: "es")
        #expect(spanish["calle Alcalá"] == .pointOfInterest && spanish["plaza Mayor"] == .pointOfInterest, "\(spanish)")
    }

    @Test("\"Union Minister of State for Tourism Alphons Varghese\": the minister is the person after the portfolio")
    func personAfterAPortfolioWithForAndAnd() {
        let found = recognisedKinds(
            [
                "Union Minister of State for Tourism Alphons Varghese said the talks had gone well.",
                "Minister of Agriculture and Rural Development Olena Marchuk addressed reporters on Tuesday.",
            ], language: "en")
        #expect(found["Alphons Varghese"] == .person, "\(found)")
        #expect(found["Olena Marchuk"] == .person, "\(found)")
        #expect(!found.keys.contains { $0.hasPrefix("Union Minister") || $0.hasPrefix("Minister of") }, "\(found)")
    }

    @Test("\"à Magnanville\", \"en Floride\": one unknown word after a preposition of place is a place; \"M. Guéant\" is Guéant")
    func placeAfterARomancePrepositionAndMonsieur() {
        let found = recognisedKinds(
            [
                "Un acte terroriste abject a été commis hier à Villecourtois, a déclaré le ministre Bernard Lecomte.",
                "Il a évoqué la fusillade qui a fait 50 morts à Orlando, en Floride.",
                "M. Lecomte s'est ensuite rendu sur place.",
            ], language: "fr")
        #expect(found["Villecourtois"] == .place, "\(found)")
        #expect(found["Floride"] == .place, "\(found)")
        #expect(found["M. Lecomte"] == nil, "\(found)")
        #expect(found["Bernard Lecomte"] == .person, "\(found)")
    }

    @Test(
        "\"ministro degli Esteri Antonio Tajani\": the holder after a portfolio that reads as a given name; \"Vladímir Putin\" is a person; \"la Constitución\" no town"
    )
    func portfolioHolderAccentedGivenNameAndArticleNoun() {
        let italian = recognisedKinds(
            ["A dirlo è il vicepremier e ministro degli Esteri Marco Bellandi intervenendo alla radio."], language: "it")
        #expect(italian["Marco Bellandi"] == .person, "\(italian)")
        #expect(italian["Esteri Marco Bellandi"] == nil, "\(italian)")
        let spanish = recognisedKinds(
            [
                "Rusia cuenta con fuerzas suficientes para ganar la guerra, afirmó el presidente ruso, Vladímir Putin, en un documental.",
                "Putin ha sumado otras cuatro investiduras gracias a las modificaciones a la Constitución.",
            ], language: "es")
        #expect(spanish["Vladímir Putin"] == .person, "\(spanish)")
        #expect(spanish["Constitución"] == nil, "\(spanish)")
        #expect(spanish["Rusia"] == .place, "\(spanish)")
        let english = recognisedKinds(["Dr. Lena Ortiz, director of Youssef Al-Najjar Hospital, said the wards were full."], language: "en")
        #expect(english["Youssef Al-Najjar Hospital"] == .organisation, "\(english)")
    }

    @Test("\"il Brigadiere Scarpa\": an Italian rank opening the run is no part of the name after it")
    func italianRankBeforeASurname() {
        let found = recognisedKinds(
            ["Secondo il Brigadiere Scarpa, la strada era chiusa da ore e la pattuglia era sul posto."], language: "it")
        #expect(found["Scarpa"] == .person, "\(found)")
        #expect(found["Brigadiere Scarpa"] == nil, "\(found)")
    }
}
