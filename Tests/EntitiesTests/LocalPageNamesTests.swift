import NewsModel
import Testing

@testable import Entities

/// What unseen British local and tabloid pages (session 52: housing and eviction stories) showed the recogniser
/// mistype: a tabloid's opening words in capitals ("A DEVASTATED mum-of-two") read as a body's acronym, a close or a
/// place named as streets are ("Selsey Close") read as a body, a husband's given name that a town bears ("her husband
/// David") read as the town, and "Mother-of-two Laura Spooner" kept whole as a person. The sentences are written for
/// these tests.
@Suite struct LocalPageNamesTests {
    @Test("an ordinary English word in capitals opening a tabloid's story is no acronym", arguments: ["DEVASTATED", "TERRIFIED"])
    func tabloidCapitals(word: String) {
        let found = recognisedKinds(
            [
                "A \(word) mum-of-two says the council served her an eviction notice two weeks after her mother died.",
                "The council said it would review the case.",
            ],
            language: "en")
        #expect(found[word] == nil, "\(found)")
    }

    @Test("an acronym in capitals stays a body's")
    func acronymStays() {
        let found = recognisedKinds(
            ["The grant was approved by UNICEF on Tuesday, the charity said.", "It will pay for two new schools."], language: "en")
        #expect(found["UNICEF"] == .organisation, "\(found)")
    }

    @Test("a street named by a word that ends surnames too is a street after a word that is no given name")
    func streetsEndingLikeSurnames() {
        let found = recognisedKinds(
            [
                "The family now lives in a flat in Selsey Close, Worcester, and the boys play in Mill Lane.",
                "Actor Glenn Close said she had visited the school.",
            ], language: "en")
        #expect(found["Selsey Close"] == .pointOfInterest, "\(found)")
        #expect(found["Mill Lane"] == .pointOfInterest, "\(found)")
        #expect(found["Glenn Close"] == .person, "\(found)")
    }

    @Test("after a word for kin, a given name that a town bears is a person's")
    func kinGivenName() {
        let found = recognisedKinds(
            [
                "Sandra Kane said she and her husband David would have to leave the house by May 31.",
                "The couple moved to Swindon in 2015.",
            ], language: "en")
        #expect(found["David"] == .person, "\(found)")
        #expect(found["Swindon"] == .place, "\(found)")
    }

    @Test("a title hyphenated round \"in\" opens no name")
    func hyphenatedTitle() {
        let found = recognisedKinds(
            [
                "Meanwhile, Officer-in-Charge Mahabbat Kobir said action would be taken after the investigation.",
                "The case was filed on Tuesday.",
            ],
            language: "en")
        #expect(found["Mahabbat Kobir"] == .person, "\(found)")
        #expect(found["Officer-in-Charge Mahabbat Kobir"] == nil, "\(found)")
    }

    @Test("a descriptor hyphenated round \"of\" opens no name")
    func hyphenatedDescriptor() {
        let found = recognisedKinds(
            ["Mother-of-two Laura Spooner tweeted her outrage at the council last week.", "She had been told to leave her home."],
            language: "en")
        #expect(found["Laura Spooner"] == .person, "\(found)")
        #expect(found["Mother-of-two Laura Spooner"] == nil, "\(found)")
    }
}

/// Unseen Latin American regional pages (session 52): a place the gazetteer does not know, named with its article after
/// "en" ("en Las Villas", "en El Valle de El Chumical"), read as a body.
@Suite struct RomancePlaceAfterPrepositionTests {
    @Test("after a Romance preposition of place, a name opening with its article is a place")
    func placeWithItsArticle() {
        let found = recognisedKinds(
            [
                "Los detenidos fueron trasladados a la subestación de la Policía Nacional en Las Villas, en Arraiján.",
                "El operativo se realizó en El Valle de El Chumical durante la tarde.",
            ], language: "es")
        #expect(found["Las Villas"] == .place, "\(found)")
        #expect(found["El Valle de El Chumical"] == .place, "\(found)")
        #expect(found["Policía Nacional"] == .organisation, "\(found)")
    }

    @Test("after the word for a make, a name is a product's, not annotated")
    func productAfterMake() {
        let found = recognisedKinds(
            [
                "Dostal se do protisměru, kde se střetl s vozidlem značky Renault Thalia, řekl mluvčí Martin Brejcha.",
                "Nikdo nebyl ohrožen na životě.",
            ], language: "cs")
        #expect(found["Renault Thalia"] == nil, "\(found)")
        #expect(found["Martin Brejcha"] == .person, "\(found)")
        // One word after it too: the make alone ("una pistola marca Colt").
        let single = recognisedKinds(
            ["Los agentes ocuparon una pistola marca Colt, calibre 45, y varias cápsulas.", "El detenido fue llevado al cuartel."],
            language: "es")
        #expect(single["Colt"] == nil, "\(single)")
    }
}
