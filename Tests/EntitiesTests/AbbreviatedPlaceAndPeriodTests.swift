import NewsModel
import Testing

@testable import Entities

/// Places American copy abbreviates, adjectives made of places, and periods and parts of works that name nothing
/// (session 42, pages written in the manner of a St. Louis broadcaster, an Australian wiki report, a science
/// wire and a technology site).
@Suite struct AbbreviatedPlaceAndPeriodTests {
    @Test("\"St. Paul\", \"Ft. Lauderdale\", \"Mt. Vernon\" are the towns GeoNames spells out, not people")
    func abbreviatedSaintFortAndMount() {
        let found = recognisedKinds(
            [
                "Delegates from St. Paul and Ft. Lauderdale arrived on Tuesday, officials said.",
                "The mayor of Mt. Vernon did not attend the meeting.",
            ], language: "en")
        #expect(found["St. Paul"] == .place, "\(found)")
        #expect(found["Ft. Lauderdale"] == .place, "\(found)")
        #expect(found["Mt. Vernon"] == .place, "\(found)")
    }

    @Test("\"The St. Louis County Council\": an article before \"St.\" does not cut the name")
    func articleBeforeAbbreviatedSaint() {
        let found = recognisedKinds(
            [
                "The St. Louis County Council voted 6-1 on Tuesday night to spend $12 million on flood control.",
                "Residents have asked for the work since the floods of 2022.",
            ], language: "en")
        #expect(found["St. Louis County Council"] == .organisation, "\(found)")
        #expect(found["Louis County Council"] == nil, "\(found)")
    }

    @Test("\"the Victorian government\" describes, as \"the Scottish government\" does: no organisation \"Victorian\"")
    func demonymBeforeGovernment() {
        let found = recognisedKinds(
            [
                "Logging in the Central Highlands was halted by the Victorian government at the start of 2024.",
                "Conservation groups had long called for the decision, the ministry in Melbourne said.",
            ], language: "en")
        #expect(found["Victorian"] == nil, "\(found)")
    }

    @Test("\"Bronze Age\" is a period and \"Part Two\" a part of a film's title: neither is an organisation")
    func periodsAndPartsOfWorks() {
        let found = recognisedKinds(
            [
                "Farmers who lived in the valley 4,000 years ago were the descendants of two Bronze Age migrations.",
                "I watched Dune: Part Two in the app on the flight to Berlin.",
            ], language: "en")
        #expect(found["Bronze Age"] == nil, "\(found)")
        #expect(found["Part Two"] == nil, "\(found)")
    }

    @Test("\"A PRIVATE motion brought by …\": an ordinary word set in capitals at the lead's start is no acronym")
    func capitalisedLeadInWordIsNoAcronym() {
        let found = recognisedKinds(
            [
                "A PRIVATE motion brought by Independent Senator Amrita Deonarine was defeated in the Senate on Tuesday.",
                "The motion would have forced the government to table a forex policy, the NATO envoy said.",
            ], language: "en")
        #expect(found["PRIVATE"] == nil, "\(found)")
        #expect(found["NATO"] == .organisation, "\(found)")
    }

    @Test("\"Gare du Nord\" is a station, not a person; \"Ricky's Bakery\" is the bakery, not a place \"Ricky\"")
    func stationsAndShopsNamedHeadFirstOrByOwner() {
        let found = recognisedKinds(
            [
                "Long queues formed at St Pancras International and at Gare du Nord in Paris on Thursday, Eurostar said.",
                "The shooting happened around 10 a.m. outside Ricky's Bakery on West 49th Street, police said.",
            ], language: "en")
        #expect(found["Gare du Nord"] != nil && found["Gare du Nord"] != .person, "\(found)")
        #expect(found["Ricky"] == nil, "\(found)")
        #expect(found["Ricky's Bakery"] != nil, "\(found)")
    }

    @Test("\"Air Quality Index (AQI)\": the acronym of a thing's capitalised name is a term, no organisation")
    func acronymOfAThingsName() {
        let found = recognisedKinds(
            [
                "The city's average Air Quality Index (AQI) stood at 428 at 4pm, the Central Pollution Control Board (CPCB) said.",
                "The AQI is expected to improve on Friday, according to the CPCB.",
            ], language: "en")
        #expect(found["AQI"] == nil, "\(found)")
        #expect(found["Central Pollution Control Board"] == .organisation, "\(found)")
    }

    @Test("\"RER B\", \"Guatemalan ICO\": an acronym beside a word of a name makes no person; \"J.C. Chandor\" keeps his initials")
    func acronymBesideAWordIsNoPerson() {
        let found = recognisedKinds(
            [
                "En Île-de-France, le trafic des RER B et D sera également réduit, a précisé la direction mercredi.",
                "Les syndicats appellent à la grève jeudi, selon le ministère.",
            ], language: "fr")
        #expect(found["RER B"] != .person, "\(found)")
        let english = recognisedKinds(
            [
                "The film was directed by J.C. Chandor, who also wrote the screenplay.",
                "Chandor said the film took four years to make.",
            ], language: "en")
        #expect(english["J.C. Chandor"] == .person, "\(english)")
    }

    @Test("\"an der Landsberger Straße warnte\": a German street before the clause's last verb is a place, no person")
    func germanStreetBeforeTheVerb() {
        let found = recognisedKinds(
            [
                "Kritik kam vom Bund Naturschutz, der vor Eingriffen in den Baumbestand an der Landsberger Straße warnte.",
                "Die Bauarbeiten sollen im Frühjahr beginnen, teilte die Stadt mit.",
            ], language: "de")
        #expect(found["Landsberger Straße"] != nil && found["Landsberger Straße"] != .person, "\(found)")
    }
}
