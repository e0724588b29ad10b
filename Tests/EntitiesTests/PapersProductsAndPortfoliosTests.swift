import NewsModel
import Testing

@testable import Entities

/// What unseen Caribbean crime pages and French and Czech accident pages (session 51) showed the recogniser mistype: a
/// Sunday paper the police spoke to ("told The Sunday Gleaner") read as a person named Sunday, a police division ("the
/// Marine Division") as a person, a maker's product ("Honda Civic", "Google Maps") as a body, French "Pas de blessés"
/// as a place, an Irish minister's portfolio ("Minister for Enterprise and Innovation") as a town, and Indian pages'
/// "FC Goa" and "Crime Branch" as people. The sentences are written for these tests.
@Suite struct PapersProductsAndPortfoliosTests {
    @Test("after \"The\", a weekday opens a paper's name, not a person's", arguments: ["The", "the"])
    func weekdayPaper(article: String) {
        let found = recognisedKinds(
            [
                "A constable has been arrested, Deputy Commissioner Carl Hanson told \(article) Sunday Clarion on Friday.",
                "He said the investigation was continuing.",
            ], language: "en")
        #expect(found["Sunday Clarion"] == .organisation, "\(found)")
        #expect(found["Carl Hanson"] == .person, "\(found)")
    }

    @Test("without the article, a given name Sunday stays a person's")
    func givenNameSunday() {
        let found = recognisedKinds(
            ["Sunday Adeyemi, the state's commissioner for works, said the bridge would reopen in March.", "He spoke in Ibadan."],
            language: "en")
        #expect(found["Sunday Adeyemi"] == .person, "\(found)")
    }

    @Test(
        "a maker the gazetteer knows, then a model's word, names a product, not annotated",
        arguments: ["Google Maps", "Apple Watch", "Mazda Tribute"])
    func makersProduct(name: String) {
        let found = recognisedKinds(
            [
                "The driver said he had been following \(name) directions when the car left the road near the river.",
                "Police spokesman Tom Reed said no one else was hurt.",
            ], language: "en")
        #expect(found[name] == nil, "\(found)")
        #expect(found["Tom Reed"] == .person, "\(found)")
    }

    @Test("a maker's name before a body's word stays the body: \"Toyota Motor\", \"Samsung Electronics\"")
    func makersBody() {
        let found = recognisedKinds(
            ["Shares of Toyota Motor and Samsung Electronics rose on Tuesday after the trade talks.", "Both firms declined to comment."],
            language: "en")
        #expect(found["Toyota Motor"] == .organisation, "\(found)")
        #expect(found["Samsung Electronics"] == .organisation, "\(found)")
    }

    @Test("\"Pas de blessés\" opening a French sentence names no place")
    func frenchNegationOpener() {
        let found = recognisedKinds(
            ["Le feu a été éteint en milieu de matinée à Avignon.", "Pas de blessés ni dégâts conséquents, selon les pompiers."],
            language: "fr")
        #expect(found["Pas"] == nil, "\(found)")
        #expect(found["Avignon"] == .place, "\(found)")
    }

    @Test("a minister's portfolio of several parts, or one a town is named after, names no body or place")
    func ministersPortfolio() {
        let found = recognisedKinds(
            [
                "Mary Kehoe will become Minister for Enterprise and Innovation, while Josepha Dunne becomes Minister for Culture, Heritage and the Gaeltacht.",
                "The Taoiseach announced the appointments in Dublin on Thursday.",
            ], language: "en")
        #expect(found["Enterprise"] == nil, "\(found)")
        #expect(found["Heritage"] == nil, "\(found)")
        #expect(found["Mary Kehoe"] == .person && found["Josepha Dunne"] == .person, "\(found)")
        #expect(found["Dublin"] == .place, "\(found)")
    }

    @Test("a name no dictionary knows, then \"of\" and a portfolio's ordinary words, is the person's name alone")
    func personOfAPortfolio() {
        let found = recognisedKinds(
            [
                "The ministry was left vacant under caretaker minister Moffat Fugui of Environment and Conservation, officials said.",
                "Senator Ed Markey of Massachusetts welcomed the appointment.",
            ], language: "en")
        #expect(found["Moffat Fugui"] == .person, "\(found)")
        #expect(found["Moffat Fugui of Environment"] == nil, "\(found)")
        #expect(found["Ed Markey"] == .person && found["Massachusetts"] == .place, "\(found)")
    }

    @Test(
        "a club's letters before its town's name make a body, not a person's initials", arguments: ["FC Goa", "AC Milan", "VfB Stuttgart"])
    func clubLetters(name: String) {
        let found = recognisedKinds(
            ["\(name) won 3-2 on Sunday, the coach Sergio Lobera said after the match.", "The win lifts the side to second place."],
            language: "en")
        #expect(found[name] == .organisation, "\(found)")
    }

    @Test("after a German demonstrative, a noun a town is named after is the noun: \"An dieser Stelle\"")
    func germanDemonstrativeNoun() {
        let found = recognisedKinds(
            [
                "Noch ist unklar, warum der Fahrer auf die falsche Fahrbahn geriet. An dieser Stelle sind die Fahrbahnen getrennt.",
                "Die Polizei in Bruchsal sucht Zeugen.",
            ], language: "de")
        #expect(found["Stelle"] == nil, "\(found)")
        #expect(found["Bruchsal"] == .place, "\(found)")
    }

    @Test("\"el ministro de Justicia\": a Romance office in small letters, then its portfolio — no place or body")
    func romancePortfolio() {
        let found = recognisedKinds(
            [
                "Comparecen la ministra de Hacienda, María Jesús Montero, y el ministro de Justicia, Juan Carlos Campo.",
                "El ministro de Francia no asistió a la reunión en Madrid.",
            ], language: "es")
        #expect(found["Justicia"] == nil && found["Hacienda"] == nil, "\(found)")
        #expect(found["Juan Carlos Campo"] == .person && found["María Jesús Montero"] == .person, "\(found)")
        #expect(found["Francia"] == .place && found["Madrid"] == .place, "\(found)")
    }

    @Test("a Russian abstract noun opening the sentence is no part of the name after it: \"Продвижение Демешина\"")
    func russianAbstractNounOpener() {
        let found = recognisedKinds(
            [
                "Новым главой региона станет Дмитрий Демешин, ранее работавший в прокуратуре.",
                "Продвижение Демешина по карьерной лестнице происходило при поддержке генпрокурора.",
            ], language: "ru")
        #expect(found["Продвижение Демешина"] == nil, "\(found)")
        #expect(found["Дмитрий Демешин"] == .person, "\(found)")
    }
    @Test(
        "a name closing on a body's word is a body, though a given name or a place's word opens it",
        arguments: [
            ("The constable, who is assigned to the Marine Division, was suspended from duty on Monday.", "Marine Division"),
            ("The Crime Branch has arrested one more person in connection with the violence, officials said.", "Crime Branch"),
            ("The speeches will be broadcast on Harbour FM this evening, the Chief Minister said.", "Harbour FM"),
            ("Officers from the Southern Police District have not yet identified the gunman, police said.", "Southern Police District"),
        ])
    func bodyClosingWord(sentence: String, name: String) {
        let found = recognisedKinds([sentence, "Investigators said the inquiry was continuing."], language: "en")
        #expect(found[name] == .organisation, "\(found)")
    }

    @Test("\"Chair of Cardiovascular and Metabolic Sciences\": a chair's portfolio names no body")
    func chairsPortfolio() {
        let found = recognisedKinds(
            [
                "“These results are exciting,” says study lead author Dr. Stanley Hazen, Chair of Cardiovascular and Metabolic Sciences at the clinic.",
                "The study was published on Monday.",
            ], language: "en")
        #expect(found["Metabolic Sciences"] == nil && found["Cardiovascular and Metabolic Sciences"] == nil, "\(found)")
        #expect(found["Stanley Hazen"] == .person, "\(found)")
    }
}
