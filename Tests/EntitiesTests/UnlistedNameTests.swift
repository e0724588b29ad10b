import NewsModel
import Testing

@testable import Entities

/// Names no list knows, as unseen copy is full of: a person whose given name the lists lack behind an office's title,
/// a firm named for a founder and what it makes (session 43, sentences written with invented names, so that only the
/// context and the shape of the name can decide).
@Suite struct UnlistedNameTests {
    @Test("\"NASA Administrator Quilla Ingleby\", \"State Treasurer …\", \"Monsignor …\": the office is no part of the name")
    func officeBeforeAnUnlistedGivenName() {
        let found = recognisedKinds(
            [
                "NASA Administrator Quilla Ingleby said the agency would choose its partners next month.",
                "State Treasurer Ysolde Threlkeld and Monsignor Corvin Ashbury attended the ceremony in Boston.",
            ], language: "en")
        #expect(found["Quilla Ingleby"] == .person, "\(found)")
        #expect(found["Ysolde Threlkeld"] == .person, "\(found)")
        #expect(found["Corvin Ashbury"] == .person, "\(found)")
        #expect(found["NASA"] == .organisation, "\(found)")
        #expect(found["NASA Administrator Quilla Ingleby"] == nil, "\(found)")
        #expect(found.keys.allSatisfy { !$0.hasPrefix("Treasurer") && !$0.hasPrefix("Monsignor") }, "\(found)")
    }

    @Test("\"Tolliver Semiconductors said\": an ordinary plural that is no surname ends a firm's name, not a person's")
    func ordinaryPluralEndsAFirmsName() {
        let found = recognisedKinds(
            [
                "Shares in the chipmaker fell on Wednesday. Its rival Tolliver Semiconductors said demand had held up.",
                "Kettlewell Foods, which supplies supermarkets in the north, reported lower sales.",
            ], language: "en")
        #expect(found["Tolliver Semiconductors"] == .organisation, "\(found)")
        #expect(found["Kettlewell Foods"] == .organisation, "\(found)")
    }

    @Test("a given name before a plural that is a word still names a person: \"Laura Styles\", \"Marcus Dukes\"")
    func givenNameBeforeAPluralWord() {
        let found = recognisedKinds(
            [
                "The organiser, Laura Styles, said the concert in Harlem would go ahead on Saturday.",
                "Marcus Dukes told reporters that the new theatre would open in the spring.",
            ], language: "en")
        #expect(found["Laura Styles"] == .person, "\(found)")
        #expect(found["Marcus Dukes"] == .person, "\(found)")
    }

    @Test("\"Der Verband Norddeutscher Reeder kritisierte …\": a body's noun before an adjective in the genitive is its name's")
    func germanBodyNounBeforeAGenitiveAdjective() {
        let found = recognisedKinds(
            [
                "Der Verband Norddeutscher Reeder kritisierte die Entscheidung des Senats am Dienstag scharf.",
                "Der Verein Deutscher Ingenieure lobte dagegen die Pläne, die Firma Brandvold Logistik GmbH schwieg.",
            ], language: "de")
        #expect(found["Verband Norddeutscher Reeder"] == .organisation, "\(found)")
        #expect(found["Verein Deutscher Ingenieure"] == .organisation, "\(found)")
        #expect(found["Norddeutscher Reeder"] == nil, "\(found)")
        // The noun before a firm's own name is still no part of it.
        #expect(found["Brandvold Logistik GmbH"] == .organisation, "\(found)")
    }

    @Test("\"la société Brandvold Logistique\", \"l'entreprise …\", \"la empresa …\": a firm's kind in lower case before its name")
    func romanceFirmNounBeforeAName() {
        let french = recognisedKinds(
            [
                "La société Brandvold Logistique, basée à Saint-Nazaire, doit reprendre le site.",
                "Le terminal a été vendu mardi à l'entreprise Kerbrat Transports, a annoncé la mairie.",
            ], language: "fr")
        #expect(french["Brandvold Logistique"] == .organisation, "\(french)")
        #expect(french["Kerbrat Transports"] == .organisation, "\(french)")
        let spanish = recognisedKinds(
            ["La empresa Brandvold Logística, con sede en Vigo, se hará cargo de los terrenos, dijo Anselmo Carbajosa."],
            language: "es")
        #expect(spanish["Brandvold Logística"] == .organisation, "\(spanish)")
        #expect(spanish["Anselmo Carbajosa"] == .person, "\(spanish)")
    }

    @Test("\"l'Union des armateurs de l'Atlantique\", \"l'Associazione armatori del Tirreno\": an association's whole name")
    func romanceAssociationNames() {
        let french = recognisedKinds(
            ["« C'est un jour noir », a déclaré Jérémie Kerbrat, porte-parole de l'Union des armateurs de l'Atlantique."],
            language: "fr")
        #expect(french["Union des armateurs de l'Atlantique"] == .organisation, "\(french)")
        #expect(french["Atlantique"] == nil, "\(french)")
        let italian = recognisedKinds(
            ["\"È un giorno nero\", ha dichiarato Gualtiero Bonfiglioli, portavoce dell'Associazione armatori del Tirreno."],
            language: "it")
        #expect(italian["Associazione armatori del Tirreno"] == .organisation, "\(italian)")
        #expect(italian["Gualtiero Bonfiglioli"] == .person, "\(italian)")
    }

    @Test("\"Firma Brandvold Logistika převezme …\", \"koupila společnost …\": a firm's noun, not its director's name after it")
    func slavicFirmNounBeforeAName() {
        let czech = recognisedKinds(
            [
                "Firma Brandvold Logistika z Ostravy převezme areál v příštím roce.",
                "Sousední areál v úterý koupila společnost Kotrlý Stavby, uvedl mluvčí kraje.",
                "Podle ředitele společnosti Matěj Šandera se práce protáhnou.",
            ], language: "cs")
        #expect(czech["Brandvold Logistika"] == .organisation, "\(czech)")
        #expect(czech["Kotrlý Stavby"] == .organisation, "\(czech)")
        #expect(czech["Firma Brandvold Logistika"] == nil, "\(czech)")
        #expect(czech["Matěj Šandera"] != .organisation, "\(czech)")
        let french = recognisedKinds(["Le directeur de la société Jean Moreau a démissionné mardi, selon la mairie."], language: "fr")
        #expect(french["Jean Moreau"] == .person, "\(french)")
    }

    @Test("\"to Barra, Tiree and Colonsay\", \"Watertown, Massachusetts\": listed with a known place, or before its state")
    func placesListedWithAKnownPlace() {
        let found = recognisedKinds(
            [
                "The airline could not run the routes to Barra, Tiree and Colonsay between January and March.",
                "The suspect was arrested in Watertown, Massachusetts, on Friday night.",
            ], language: "en")
        #expect(found["Tiree"] == .place, "\(found)")
        #expect(found["Colonsay"] == .place, "\(found)")
        #expect(found["Watertown"] == .place, "\(found)")
    }

    @Test("a list needs its conjunction, and a name is no place for standing after one: \"the U.S., Covertible currency areas\"")
    func noListWithoutAConjunction() {
        let found = recognisedKinds(
            [
                "Destinations were the U.S., Covertible currency areas and the rest of Europe, the bank said.",
                "Как отмечает NEWSru.com, Израиль уже не первый раз меняет своё решение.",
            ], language: "en")
        #expect(found["Covertible"] != .place, "\(found)")
        #expect(found["NEWSru.com"] != .place, "\(found)")
    }

    @Test("\"James Murren of C.J. Lawrence said\": the verb is the person's, and what the person is of is a body")
    func verbAfterWhatAPersonIsOf() {
        let found = recognisedKinds(
            [
                "James Murren of C.J. Lawrence said the chain could be worth more than 20 dlrs a share.",
                "Analyst Orrin Vondracek of Tolliver Pettifer agreed, and so did Ysolde Ashbury of Kettlewell.",
            ], language: "en")
        #expect(found["C.J. Lawrence"] == .organisation, "\(found)")
        #expect(found["James Murren"] == .person, "\(found)")
        #expect(found["Tolliver Pettifer"] == .organisation, "\(found)")
        #expect(found["Kettlewell"] != .person, "\(found)")
    }

    @Test("\"the Royal Ashbury Opera\", \"the Brandvold String Quartet\": companies and ensembles of the performing arts")
    func performingArtsBodies() {
        let found = recognisedKinds(
            [
                "The opera was commissioned by the festival and the Royal Ashbury Opera, organisers said on Monday.",
                "Other highlights include a concert by the Brandvold String Quartet in the town hall.",
            ], language: "en")
        #expect(found["Royal Ashbury Opera"] == .organisation, "\(found)")
        #expect(found["Brandvold String Quartet"] == .organisation, "\(found)")
    }

    @Test("\"the Mariners\" after \"the Harbour City Mariners\": a club's plural nickname is the club, whatever its town")
    func pluralNicknameOfAClubInAnUnknownTown() {
        let found = recognisedKinds(
            [
                "Teodor Threlkeld scored 34 points as the Harbour City Mariners beat the Dunmore Kings 112-104 on Saturday.",
                "Corvin Ashbury added 22 points for the Mariners, who have won five straight; the Kings lost their third.",
            ], language: "en")
        #expect(found["Harbour City Mariners"] == .organisation, "\(found)")
        #expect(found["Dunmore Kings"] == .organisation, "\(found)")
        #expect(found["Mariners"] == nil, "\(found)")
        #expect(found["Kings"] == nil, "\(found)")
    }

    @Test("\"Hon. Chukwuemeka Adeyinka\", \"Engr. Halima Bako-Musa\", \"Datuk Seri Azlan Mokhtaruddin\": honorifics are no name")
    func honorificsOfNigerianAndMalaysianCopy() {
        let found = recognisedKinds(
            [
                "The chairman of the committee, Hon. Chukwuemeka Adeyinka, said the bill passed with support from all parties.",
                "Its director, Engr. Halima Bako-Musa, told journalists the projects would start in March.",
                "In Kuala Lumpur, Datuk Seri Azlan Mokhtaruddin, the deputy minister, announced a review of water tariffs.",
            ], language: "en")
        #expect(found["Chukwuemeka Adeyinka"] == .person, "\(found)")
        #expect(found["Halima Bako-Musa"] == .person, "\(found)")
        #expect(found["Azlan Mokhtaruddin"] == .person, "\(found)")
        #expect(found["Hon"] == nil && found["Engr"] == nil, "\(found)")
        #expect(found["Datuk Seri Azlan Mokhtaruddin"] == nil, "\(found)")
    }

    @Test("\"said Anil Kumar Bhansali\": a first given name the lists lack is no role before the second; \"Co-founder\" is one")
    func firstGivenNameTheListsLack() {
        let found = recognisedKinds(
            [
                "\"The pressure will continue,\" said Anil Kumar Bhansali, head of treasury at a Mumbai firm.",
                "Co-founder Bill Gates was an early backer of the company, and Sunil Kumar Gupta joined its board.",
            ], language: "en")
        #expect(found["Anil Kumar Bhansali"] == .person, "\(found)")
        #expect(found["Sunil Kumar Gupta"] == .person, "\(found)")
        #expect(found["Kumar Bhansali"] == nil, "\(found)")
        #expect(found["Bill Gates"] == .person, "\(found)")
        #expect(found["Co-founder Bill Gates"] == nil, "\(found)")
    }

    @Test("\"Loganair said\" acts as \"Lavrov reacted\" does: only a word shaped or listed as a surname is a person by it")
    func actingSingleWordIsAPersonOnlyByItsShape() {
        let found = recognisedKinds(
            [
                "The airline will cancel its winter flights to the islands. Loganair said a shortage of pilots was to blame.",
                "In Moscow, Lavrov reacted sharply to the statement, and Kovalenko said the talks would go on.",
            ], language: "en")
        #expect(found["Loganair"] != .person, "\(found)")
        #expect(found["Lavrov"] == .person, "\(found)")
        #expect(found["Kovalenko"] == .person, "\(found)")
    }
}
