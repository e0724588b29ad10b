import NewsModel
import Testing

@testable import Entities

/// Names met in session 36 on pages written in the manner of the Inquirer, the Nation (Kenya), the Gleaner,
/// MailOnline, Reuters' 1987 wire, El Mundo and Le Monde: bodies named for their subject or their members, firms by
/// their partners, the AP's state abbreviations, a term's acronym, a Spanish list, French institutions.
@Suite struct BodyNameShapeTests {
    @Test("\"Secaucus, N.J.\", \"Hialeah, Fla.\": the AP's abbreviation after a town's comma is the state, not a body")
    func associatedPressStateAfterATown() {
        let found = recognisedKinds(
            [
                "The company sold its television station in Secaucus, N.J., last year and a plant in Hialeah, Fla.",
                "Its tire plant in Akron, Ohio, stayed open. Partners Jones, Mass and Smith declined to comment.",
            ], language: "en")
        #expect(found["New Jersey"] == .place && found["Florida"] == .place, "\(found)")
        #expect(found["N.J."] == nil, "\(found)")
        // A word that only looks like an abbreviation, with no full stop after it, stays what it is.
        #expect(found["Massachusetts"] == nil, "\(found)")
    }

    @Test("\"Washington, D.C.\", \"Washington, DC\": the district's letters are the city's, no body (session 46)")
    func districtAfterWashington() {
        let found = recognisedKinds(
            [
                "The office in Washington, D.C., was vandalised, a spokeswoman said.",
                "Washington, DC, United States: the agency opened its new laboratory on Tuesday.",
            ], language: "en")
        #expect(found["D.C."] == nil && found["DC"] == nil, "\(found)")
        #expect(found["Washington"] == .place, "\(found)")
    }

    @Test("\"Commission on Audit\", \"Council on Foreign Relations\": a body named for its subject after \"on\"")
    func bodyNamedForItsSubject() {
        let found = recognisedKinds(
            [
                "A team from the Commission on Audit will review the contracts, the department said.",
                "A fellow at the Council on Foreign Relations said the Council on Tuesday had not been consulted.",
            ], language: "en")
        #expect(found["Commission on Audit"] == .organisation, "\(found)")
        #expect(found["Council on Foreign Relations"] == .organisation, "\(found)")
        #expect(found["Audit"] == nil && found["Council on Tuesday"] == nil, "\(found)")
    }

    @Test("\"Council of Governors\", \"Board of Governors\": a body of office holders is named for them")
    func bodyOfOfficeHolders() {
        let found = recognisedKinds(
            [
                "The Council of Governors welcomed the law but asked the Treasury to release the delayed funds.",
                "The bank's Board of Governors will meet in March. Tory MPs said they would vote against it.",
            ], language: "en")
        #expect(found["Council of Governors"] == .organisation, "\(found)")
        #expect(found["Board of Governors"] == .organisation, "\(found)")
        #expect(found["Tory MPs"] == nil, "\(found)")
    }

    @Test("\"Shearson Lehman Brothers\", \"Warner Bros\": a firm named for its partners is a body, not a person")
    func firmOfBrothers() {
        let found = recognisedKinds(
            [
                "Analysts at Shearson Lehman Brothers said they expected higher earnings.",
                "The film was distributed by Warner Bros in North America.",
            ], language: "en")
        #expect(found["Shearson Lehman Brothers"] == .organisation, "\(found)")
        #expect(found["Warner Bros"] == .organisation, "\(found)")
    }

    @Test("Spanish \"y\" joins no name to an acronym or to the next place of a list; \"Castilla y León\" stays one")
    func spanishListsAreNoNames() {
        let found = recognisedKinds(
            [
                "Los sindicatos Comisiones Obreras y UGT han firmado el acuerdo con el Gobierno.",
                "El 40% de los perceptores vive en Andalucía y la Comunidad de Madrid, según los datos oficiales.",
                "La Junta de Castilla y León ha pedido más fondos al Ministerio de Hacienda.",
            ], language: "es")
        #expect(!found.keys.contains { $0.contains(" y ") && $0 != "Castilla y León" && !$0.hasPrefix("Junta") }, "\(found)")
        #expect(found["UGT"] == .organisation, "\(found)")
        #expect(found.keys.contains { $0.contains("Castilla y León") }, "\(found)")
    }

    @Test("an acronym defined by the words in small letters before it is a term wherever it stands again")
    func acronymOfATerm() {
        let found = recognisedKinds(
            [
                "El Gobierno ha aprobado la subida del salario mínimo interprofesional (SMI) hasta los 1.250 euros.",
                "Según la Agencia Tributaria, el 40% de los perceptores del SMI vive en Andalucía.",
                "La Social Health Authority (SHA) ha registrado a 24 millones de personas.",
            ], language: "es")
        #expect(found["SMI"] == nil, "\(found)")
        #expect(found["Agencia Tributaria"] == .organisation, "\(found)")
        #expect(found["Social Health Authority"] == .organisation, "\(found)")
    }

    @Test("French bodies in small letters after their first word, after a sentence's opening \"À\" too")
    func frenchInstitutionsAndParties() {
        let found = recognisedKinds(
            [
                "À l’Assemblée nationale, le Rassemblement national a fait savoir qu’il voterait contre le texte.",
                "Le Parti socialiste a annoncé qu’il déposerait une motion de censure contre le gouvernement.",
            ], language: "fr")
        #expect(found["Assemblée nationale"] == .organisation, "\(found)")
        #expect(found["Rassemblement national"] == .organisation, "\(found)")
        #expect(found["Parti socialiste"] == .organisation, "\(found)")
    }

    @Test("counties and parishes are places: \"Hampshire\", \"St Catherine\", \"Central Luzon\" (the gazetteer's subdivisions)")
    func countiesAndParishes() {
        let gazetteer = Gazetteer.shared
        #expect(gazetteer.lookup("Hampshire")?.kind == .place)
        #expect(gazetteer.lookup("St Catherine")?.kind == .place)
        #expect(gazetteer.lookup("Central Luzon")?.kind == .place)
        // A town keeps its own entry, with its GeoNames identifier.
        #expect(gazetteer.lookup("Sligo")?.uri?.contains("geonames") == true)
        let found = recognisedKinds(
            [
                "The control centre at Swanwick in Hampshire was shut for three hours on Saturday.",
                "A crew was at work in St Catherine, and the typhoon left 14 people dead in Central Luzon.",
            ], language: "en")
        #expect(found["Hampshire"] == .place && found["St Catherine"] == .place && found["Central Luzon"] == .place, "\(found)")
    }

    @Test("a body's quoted name after the noun for its kind is the body, whole: \"компания «Метрострой Северной столицы»\"")
    func quotedBodyAfterItsKind() {
        let found = recognisedKinds(
            [
                "Строительство ведет компания «Метрострой Северной столицы», сообщил губернатор Александр Беглов.",
                "Новую станцию «Путиловская» открыли для пассажиров в понедельник.",
            ], language: "ru")
        #expect(found["Метрострой Северной столицы"] == .organisation, "\(found)")
        #expect(found["Метрострой Северной"] == nil, "\(found)")
        #expect(found["Александр Беглов"] == .person, "\(found)")
    }

    @Test("\"Opoziční hnutí ANO\": a Czech institution's shape before an acronym is the kind of body the acronym names")
    func kindBeforeACzechAcronym() {
        let found = recognisedKinds(
            [
                "Opoziční hnutí ANO zákon odmítlo. Podle místopředsedkyně Aleny Schillerové vláda nevyčlenila dost peněz.",
                "Česká národní banka v pondělí ponechala úrokové sazby beze změny.",
            ], language: "cs")
        #expect(found["Opoziční hnutí"] == nil, "\(found)")
        #expect(found["ANO"] == .organisation, "\(found)")
        #expect(found["Česká národní banka"] == .organisation, "\(found)")
    }

    @Test("\"Chief Justice of India Surya Kant\": the place a title is of, then its holder — two names")
    func holderAfterTheTitlesPlace() {
        let found = recognisedKinds(
            [
                "A Bench headed by Chief Justice of India Surya Kant issued notice to the Ministry of Finance on Wednesday.",
                "The Mayor of Gdańsk Paweł Adamowicz was attacked on stage during a charity concert.",
            ], language: "en")
        #expect(found["Surya Kant"] == .person, "\(found)")
        #expect(found["India Surya Kant"] == nil, "\(found)")
        #expect(found["India"] == .place, "\(found)")
        #expect(found["Paweł Adamowicz"] == .person, "\(found)")
    }

    @Test("German bodies named for whom they serve in the genitive: \"Verband der Automobilindustrie\", \"Bund der Steuerzahler\"")
    func germanGenitiveBodies() {
        let found = recognisedKinds(
            [
                "Der Verband der Automobilindustrie (VDA) rechnet für das kommende Jahr mit einem Rückgang der Produktion.",
                "Der Bund der Steuerzahler kritisierte die Pläne der Regierung scharf.",
                "Auch der Zentralrat der Juden in Deutschland forderte mehr Schutz für jüdische Einrichtungen.",
            ], language: "de")
        #expect(found["Verband der Automobilindustrie"] == .organisation, "\(found)")
        #expect(found["Bund der Steuerzahler"] == .organisation, "\(found)")
        #expect(found["Zentralrat der Juden"] == .organisation, "\(found)")
        #expect(found["Automobilindustrie"] == nil, "\(found)")
    }

    @Test("Czech institutions of two adjectives and a noun: \"Všeobecná zdravotní pojišťovna\", \"Česká lékařská komora\"")
    func czechInstitutionsOfTwoAdjectives() {
        let found = recognisedKinds(
            [
                "Všeobecná zdravotní pojišťovna podle svého mluvčího s plánem souhlasí.",
                "Česká lékařská komora ale upozorňuje, že v nemocnicích chybí sestry.",
            ], language: "cs")
        #expect(found["Všeobecná zdravotní pojišťovna"] == .organisation, "\(found)")
        #expect(found["Česká lékařská komora"] == .organisation, "\(found)")
    }
}
