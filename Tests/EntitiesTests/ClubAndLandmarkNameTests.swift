import NewsModel
import Testing

@testable import Entities

/// Sports copy names a club by its home and nickname, then by the nickname alone; buildings and features are named
/// by a noun after the name.
@Suite struct ClubAndLandmarkNameTests {
    private func recognise(_ paragraphs: [String]) -> [Entity] {
        EntityRecognizer().recognise(in: storyItem(paragraphs, language: "en"))
    }

    @Test("\"Los Angeles Lakers\" and \"the Lakers\" are one club, not the city and a second name")
    func clubByHomeAndNickname() {
        let found = recognise([
            "James scored 25 points for the surging Los Angeles Lakers, who beat the Oklahoma City Thunder 112-107 on Tuesday night.",
            "The Lakers have won 12 of 13 games, and the Thunder will meet them again in Oklahoma City on Friday.",
            "Los Angeles had not seen such a run since 2010, when the Lakers won the title.",
        ])
        let lakers = found.first { $0.name == "Los Angeles Lakers" }
        #expect(lakers?.kind == .organisation, "\(found.map(\.name))")
        #expect(lakers?.alternativeNames.contains("Lakers") == true, "\(String(describing: lakers))")
        let thunder = found.first { $0.name == "Oklahoma City Thunder" }
        #expect(thunder?.kind == .organisation, "\(found.map(\.name))")
        #expect(thunder?.alternativeNames.contains("Thunder") == true, "\(String(describing: thunder))")
        #expect(!found.contains { $0.name == "Lakers" || $0.name == "Thunder" }, "\(found.map(\.name))")
        // The city itself, where the text names it apart from the club, stays a place.
        #expect(kindsByName(found)["Oklahoma City"] == .place, "\(found.map(\.name))")
    }

    @Test("A title word before one ordinary word names no one: \"National Premier Leagues\", \"General Assembly\"")
    func titleBeforeAnOrdinaryWord() {
        let found = kindsByName(
            recognise([
                "Maroochydore stayed top of the Queensland National Premier Leagues ladder after a 2-1 win on Saturday.",
                "Delegates at the United Nations General Assembly applauded the speech.",
            ]))
        #expect(found["Leagues"] == nil && found["Assembly"] == nil, "\(found)")
    }

    @Test("\"Notre Dame cathedral\": a form of address ends no role, and the noun after the name makes it a landmark")
    func landmarkBeforeItsNoun() {
        let found = kindsByName(
            recognise([
                "Flames tore through the roof of Notre Dame cathedral in Paris on Monday evening, and its spire collapsed.",
                "Crowds watched from the banks of the river as Notre Dame burned.",
            ]))
        #expect(found["Notre Dame"] == .pointOfInterest, "\(found)")
        #expect(found["Paris"] == .place, "\(found)")
    }
}

/// Shapes of words that say what a name is before any list does.
@Suite struct WordShapeNameTests {
    @Test("A flight's number and the word before it are no names; an airline spelt with an inner capital is a company")
    func flightsAndInnerCapitals() {
        let found = recognisedKinds(
            [
                "Flight QZ8501 lost contact with air traffic control on Sunday, and AirAsia said the search would resume at dawn.",
                "The search for Flight MH370 was called off in 2017, and SoftBank said on Monday it would sell its stake.",
                "Senator John McCain and coach LeBron DeAndre met MacKenzie Scott in Phoenix.",
            ], language: "en")
        #expect(found["QZ8501"] == nil && found["MH370"] == nil && found["Flight"] == nil, "\(found)")
        #expect(found["AirAsia"] == .organisation && found["SoftBank"] == .organisation, "\(found)")
        #expect(found["John McCain"] == .person && found["MacKenzie Scott"] == .person, "\(found)")
        #expect(CandidateScanner.isFlightNumber("BA249") && CandidateScanner.isFlightNumber("U28601"))
        #expect(
            !CandidateScanner.isFlightNumber("G20") && !CandidateScanner.isFlightNumber("COP26") && !CandidateScanner.isFlightNumber("F16"))
        #expect(
            !Resolver.isInnerCapitalised("McCain") && !Resolver.isInnerCapitalised("DeSantis") && !Resolver.isInnerCapitalised("MacArthur"))
    }

    @Test(
        "A word for an administrative area ends no surname: \"Gangwon Province claimed\" is a place acting, as \"Sally Field said\" is a person"
    )
    func areaWordEndsNoSurname() {
        let found = recognisedKinds(
            [
                "Cheorwon in Gangwon Province claimed the coldest temperature in the country at negative six degrees on Monday.",
                "Sally Field said on Sunday that the film would open in March.",
            ], language: "en")
        #expect(found["Gangwon Province"] == .place, "\(found)")
        #expect(found["Sally Field"] == .person, "\(found)")
    }

    @Test("A word of small letters and a digit is a disease or a code, no one's name: \"Covid-19\", \"SARS-CoV-2\"")
    func wordWithADigit() {
        let found = recognisedKinds(
            [
                "Anders Tegnell said Covid-19 had changed Sweden, and that SARS-CoV-2 would stay with us.",
                "The spread of Covid-19 slowed in May, the G20 said.",
            ], language: "en")
        #expect(found["Covid-19"] == nil && found["SARS-CoV-2"] == nil, "\(found)")
        #expect(found["Anders Tegnell"] == .person && found["Sweden"] == .place, "\(found)")
    }

    @Test("A compass adjective before a known place opens a longer name: \"Southern California Edison\" is a company")
    func compassAdjectiveOpensAName() {
        let found = recognisedKinds(
            [
                "Southern California Edison said it had cut power to about 50,000 customers in Los Angeles.",
                "Northern officials said the roads were closed.",
            ], language: "en")
        #expect(found["Southern California Edison"] == .organisation, "\(found)")
        #expect(found["California Edison"] == nil, "\(found)")
    }
}

/// A network or a service named by its city and an ordinary word, beside people whose given name is a town's.
@Suite struct PlaceAndWordNameTests {
    @Test("\"London Underground\" is a body named by its city, not a person called London; \"Austin Butler\" stays a person")
    func cityAndAnOrdinaryWord() {
        let found = recognisedKinds(
            [
                "Tube drivers will strike for two days on London Underground this month, the union said.",
                "London Mayor Sadiq Khan said he was disappointed. Austin Butler and Florence Nightingale were not involved.",
            ], language: "en")
        #expect(found["London Underground"] == .organisation, "\(found)")
        #expect(found["London"] == .place, "\(found)")
        #expect(found["Austin Butler"] == .person && found["Florence Nightingale"] == .person, "\(found)")
    }
}
