import NewsModel
import Testing

@testable import Entities

/// Regions named by compass points or by a word for an administrative area are places, whatever words stand before them.
@Suite struct RegionNameTests {
    @Test("\"Federal Capital Territory\": a word for a body inside an area's name does not make the area a body")
    func areaNameWithAnInnerBodyWord() {
        let found = recognisedKinds(
            [
                "Many filling stations in the Federal Capital Territory were shut on Thursday as queues returned to Abuja.",
                "Motorists in the Federal Capital Territory said they had waited for hours.",
            ], language: "en")
        #expect(found["Federal Capital Territory"] == .place, "\(found)")
        #expect(found["Abuja"] == .place, "\(found)")
    }

    @Test("\"North West\" alone names a region, never a person, even before a verb")
    func compassPointsAlone() {
        let found = recognisedKinds(
            [
                "Electricity North West said on Thursday it would spend more on its network after the storms.",
                "Engineers from across the North West worked through the night to restore power in Cumbria.",
            ], language: "en")
        #expect(found["North West"] == .place, "\(found)")
        #expect(!found.contains { $0.value == .person }, "\(found)")
    }

    @Test("A legislator's party tag gives the state however it is written: \"(D-Minn.)\", \"(D-N.Y.)\", \"(R-SC)\", \"(R-South Dakota)\"")
    func partyTagStates() {
        let found = recognisedKinds(
            [
                "Rep. Ilhan Omar (D-Minn.) and Rep. Alexandria Ocasio-Cortez (D-N.Y.) criticised the bill on Tuesday.",
                "Rep. Nancy Mace (R-SC) and Sen. Mike Rounds (R-South Dakota) said they would vote for it.",
            ], language: "en")
        for state in ["Minnesota", "New York", "South Carolina", "South Dakota"] {
            #expect(found[state] == .place, "\(state): \(found)")
        }
        #expect(found["Ilhan Omar"] == .person && found["Mike Rounds"] == .person, "\(found)")
        #expect(USStateAbbreviations.state(named: "W.Va.") == "West Virginia" && USStateAbbreviations.state(named: "Tenn") == "Tennessee")
        #expect(USStateAbbreviations.state(named: "Nope") == nil && USStateAbbreviations.state(named: "XX") == nil)
    }

    @Test("\"Rio Grande do Sul\" in English copy: Portuguese \"do\" joins a name the gazetteer knows whole")
    func portugueseRegionInEnglishCopy() {
        let found = recognisedKinds(
            [
                "Heavy rain has caused flooding in the Brazilian state of Rio Grande do Sul, killing at least 30 people.",
                "In May 2024, floods in Rio Grande do Sul killed more than 180 people.",
            ], language: "en")
        #expect(found["Rio Grande do Sul"] == .place, "\(found)")
        #expect(found["Sul"] == nil && found["Rio Grande"] == nil, "\(found)")
    }
}

/// Words that end a law's or a venue's name, which a title or a given name before them must not turn into a person.
@Suite struct LawAndVenueNameTests {
    @Test("\"the Finance Bill\": a portfolio before a law's word names the law, not a person called Bill")
    func portfolioBeforeALaw() {
        let found = recognisedKinds(
            [
                "President William Ruto has signed the Finance Bill into law, ignoring calls from the opposition to reject it.",
                "Lawmakers passed the Finance Bill last week after a heated debate.",
            ], language: "en")
        #expect(found["Bill"] == nil && found["Finance Bill"] == nil, "\(found)")
        #expect(found["William Ruto"] == .person, "\(found)")
    }

    @Test("\"the Adelaide Oval\": a cricket ground is a venue, though its town is a given name too")
    func groundNamedByItsTown() {
        let found = recognisedKinds(
            [
                "Joe Root and Harry Brook shared a stand of 241 as England took the lead on the third day at the Adelaide Oval.",
                "The Adelaide Oval pitch offered little help to the bowlers under the lights.",
            ], language: "en")
        #expect(found["Adelaide Oval"] == .pointOfInterest, "\(found)")
        #expect(found["Joe Root"] == .person, "\(found)")
    }
}

/// Offices of American local government before a name, and the parts only a company has after a possessive.
@Suite struct LocalTitleAndCompanyPartTests {
    @Test("\"Council Member Robin Wonsley\", \"Alderman Brendan Reilly\": the office is a title, the person follows it")
    func localOfficesAreTitles() {
        let found = recognisedKinds(
            [
                "Council Member Robin Wonsley, who voted against the plan, said the city was doubling down on a failed approach.",
                "In Chicago, Alderman Brendan Reilly and Assemblymember Alex Lee of California spoke at the same forum.",
            ], language: "en")
        #expect(found["Robin Wonsley"] == .person && found["Brendan Reilly"] == .person && found["Alex Lee"] == .person, "\(found)")
        #expect(!found.keys.contains { $0.hasPrefix("Council Member") }, "\(found)")
    }

    @Test("\"Ofwat's chief executive\": a possessive before a company's part makes an organisation, even after a verb typed it")
    func companyPartsAfterAPossessive() {
        let found = recognisedKinds(
            [
                "Regulator Ofwat says the company has until the end of March to agree terms with its creditors.",
                "Ofwat's chief executive, Chris Walker, said the regulator's priority was to protect customers.",
                "Nvidia's shares rose 3% and Boeing's board met in Chicago on Thursday.",
            ], language: "en")
        #expect(found["Ofwat"] == .organisation && found["Nvidia"] == .organisation && found["Boeing"] == .organisation, "\(found)")
        #expect(found["Chris Walker"] == .person, "\(found)")
    }

    @Test("\"Australia\\'s shares\" (a feed that escaped its apostrophes): the country possesses, no name keeps the backslash")
    func escapedApostrophe() {
        let found = recognisedKinds(
            [
                "South Korea\\'s Kospi was also down 0.6 percent, and Australia\\'s shares were hanging on to modest gains.",
                "Japan\\'s Nikkei stock index was the biggest loser in Asia on Friday.",
            ], language: "en")
        #expect(found["Australia"] == .place && found["South Korea"] == .place && found["Japan"] == .place, "\(found)")
        #expect(!found.keys.contains { $0.contains("\\") }, "\(found)")
    }
}

/// A name described right after it, in apposition.
@Suite struct AppositionTests {
    @Test("\"Pro Asyl, a refugee rights group, …\": a name described as a body is an organisation")
    func describedAsABody() {
        let found = recognisedKinds(
            [
                "The opposition criticized the bill. Pro Asyl, a refugee rights group, called it an attack on the rule of law.",
                "Interior Minister Alexander Dobrindt, a member of the CSU, defended the plan on Wednesday.",
            ], language: "en")
        #expect(found["Pro Asyl"] == .organisation, "\(found)")
        // A person described by a membership stays a person.
        #expect(found["Alexander Dobrindt"] == .person, "\(found)")
        // The clause of a speaker after the comma describes nothing: "…, the agency said".
        let said = recognisedKinds(
            ["Cold air flowed in from the northwest of the Korean Peninsula, the agency said on Tuesday."], language: "en")
        #expect(said["Korean Peninsula"] != .organisation, "\(said)")
    }
}
