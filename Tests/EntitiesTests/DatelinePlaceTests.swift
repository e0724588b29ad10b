import NewsModel
import PlainText
import Testing

@testable import Entities

/// The gold readings' convention, held by every key with a dateline: a place named only in the dateline is where the
/// copy was filed, not a subject of the story ("Places that appear only in the dateline"). Unseen Reuters wire copy
/// (session 53) kept such places ("Basle", "Lombard", "Evendale") after the weights. The stories are written for
/// these tests.
@Suite struct DatelinePlaceTests {
    @Test("a place named only in the dateline is no subject of the story", arguments: ["BASLE", "LOMBARD", "GENEVA"])
    func placeOnlyInTheDateline(city: String) throws {
        let found = try keptKinds(
            """
            HARTWELL MILLS PLANS PAPER PLANT IN POLAND
                \(city), March 4 - Hartwell Mills Ltd said it planned to
            build a paper plant in Poland with a state-owned partner.
                The company said the plant would employ 400 people and
            open in 1989.
             Reuter
            """)
        #expect(found[city.prefix(1) + city.dropFirst().lowercased()] == nil, "\(found)")
        #expect(found["Poland"] == .place, "\(found)")
        #expect(found["Hartwell Mills Ltd"] == .organisation, "\(found)")
    }

    @Test("the dateline's place that the story names again is a subject")
    func placeNamedAgain() throws {
        let found = try keptKinds(
            """
            GENEVA TALKS ON TEXTILE TRADE END WITHOUT ACCORD
                GENEVA, March 4 - Talks on world textile trade ended
            without an accord on Wednesday, delegates said.
                The delegates will meet in Geneva again in May, a
            spokesman for the General Agreement on Tariffs and Trade said.
             Reuter
            """)
        #expect(found["Geneva"] == .place, "\(found)")
    }
}

/// Reuters' wire copy of the 1980s (the corpus's Reuters-21578 family; unseen stories of session 53) writes company
/// tickers in angle brackets and capitalises the word after "U.S."; banks carry "Credit" in their names. The sentences
/// are written for these tests.
@Suite struct WireCopyNameTests {
    @Test("a ticker in angle brackets with a comma after it is no name, and the comma still ends the company's name")
    func tickerBeforeAComma() {
        let found = recognisedKinds(
            ["Halvorsen Chemical Corp, a unit of Brandt Industries Inc <BRI>, said its president resigned."], language: "en")
        #expect(found["BRI"] == nil, "\(found)")
        #expect(found["Brandt Industries Inc"] == .organisation, "\(found)")
    }

    @Test("a country's initials before a common noun the copy capitalised are the country")
    func initialsBeforeACapitalisedNoun() {
        let found = recognisedKinds(
            [
                "The bank would not halt the rise of the Taiwan dollar against the U.S. Dollar, it said.",
                "Officials cited U.S. Pressure for a stronger currency.",
            ], language: "en")
        #expect(found["U.S. Dollar"] == nil && found["U.S. Pressure"] == nil, "\(found)")
        #expect(found["U.S."] == .place, "\(found)")
    }

    @Test("Reuters' money abbreviation after the country's initials is no part of a name")
    func initialsBeforeAMoneyAbbreviation() {
        let found = recognisedKinds(
            ["Zimbabwe earned the equivalent of 33 mln U.S. Dlrs from coffee exports last year, the association said."],
            language: "en")
        #expect(found["U.S. Dlrs"] == nil, "\(found)")
        #expect(found["U.S."] == .place, "\(found)")
    }

    @Test("a company's name that closes on its legal form keeps a first word the story also writes in small letters")
    func legalFormKeepsTheFirstWord() {
        let found = recognisedKinds(
            [
                "<Granite Valley Corp> said it has signed a joint venture agreement to develop a granite quarry.",
                "The quarry lies southwest of the town, the company said.",
            ], language: "en")
        #expect(found["Granite Valley Corp"] == .organisation, "\(found)")
        #expect(found["Valley Corp"] == nil, "\(found)")
    }

    @Test("a body the country's initials name stays whole")
    func initialsBeforeABody() {
        let found = recognisedKinds(
            ["The U.S. Senate voted on the bill, and the U.S. Embassy said it welcomed the vote."], language: "en")
        #expect(found["U.S. Senate"] == .organisation, "\(found)")
        #expect(found["U.S. Embassy"] == .organisation, "\(found)")
    }

    @Test("\"Credit\" in a bank's name is part of the name; as a picture's label it is not")
    func creditInABanksName() {
        let found = recognisedKinds(
            [
                "The notes are guaranteed by Long-Term Credit Bank of Japan Ltd, the lead manager said.",
                "The issue will be lead-managed by Credit Suisse-First Boston Ltd, it said.",
            ], language: "en")
        #expect(found["Long-Term Credit Bank of Japan Ltd"] == .organisation, "\(found)")
        #expect(found["Credit Suisse-First Boston Ltd"] == .organisation, "\(found)")
        let labelled = recognisedKinds(["Photo Credit Marta Olsen shot the scene for the paper on Monday."], language: "en")
        #expect(!labelled.keys.contains(where: { $0.hasPrefix("Credit") }), "\(labelled)")
    }
}

/// "Thomson Corp.'s reported bid": the legal form's full stop before a possessive had kept "Thomson Corp." apart from
/// "Thomson Corp", and typed it a person (an unseen archived business page, session 53).
@Suite struct LegalFormBeforeAPossessiveTests {
    @Test("a legal form's full stop before a possessive is no part of the company's name")
    func legalFormPossessive() {
        let found = recognisedKinds(
            [
                "Halvorsen Corp.'s reported bid Friday signals that it wants to grow abroad, analysts said.",
                "The deal was announced by Halvorsen Corp. in Toronto.",
            ], language: "en")
        #expect(found["Halvorsen Corp"] == .organisation, "\(found)")
        #expect(found["Halvorsen Corp."] == nil, "\(found)")
    }
}
