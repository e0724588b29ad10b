import NewsModel
import Testing

@testable import Entities

/// Abbreviations and peoples met in session 38 on a page written in the manner of a Singapore daily: an abbreviation
/// that spells a body's link word too, a name that opens with an abbreviation, a people named in the plural.
@Suite struct AbbreviationTypingTests {
    private static let story = [
        "About 1.4 million Singaporeans will receive higher vouchers next year, as the Government moves to cushion rising costs.",
        "Deputy Prime Minister Lawrence Wong said the permanent GST Voucher scheme will be enhanced at a cost of $1.9 billion.",
        "The Ministry of Finance (MOF) said the cash payouts will rise by up to $200 for each adult. MOF added that seniors will get more.",
    ]

    @Test("\"Ministry of Finance (MOF)\": the abbreviation spelling the link word too is the ministry, not a body of its own")
    func abbreviationWithTheLinkWord() {
        let found = EntityRecognizer().recognise(in: storyItem(Self.story, language: "en"))
        let ministry = found.first { $0.name == "Ministry of Finance" }
        #expect(ministry?.kind == .organisation, "\(found.map(\.name))")
        #expect(ministry?.alternativeNames.contains("MOF") == true, "\(String(describing: ministry))")
        #expect(!found.contains { $0.name == "MOF" }, "\(found.map(\.name))")
    }

    @Test("\"1.4 million Singaporeans will receive …\": a people in the plural is no person")
    func pluralPeopleIsNoPerson() {
        let found = recognisedKinds(Self.story, language: "en")
        #expect(found["Singaporeans"] == nil, "\(found)")
        #expect(found["Lawrence Wong"] == .person, "\(found)")
    }

    @Test("\"GST Voucher\", \"BSE Sensex\": a name opening with an abbreviation of three capitals is no person's")
    func abbreviationOpensNoPersonsName() {
        let found = recognisedKinds(
            Self.story + ["The BSE Sensex rose 1.2 per cent on Friday, while traders in Mumbai bought bank shares."], language: "en")
        #expect(found["GST Voucher"] != .person, "\(found)")
        #expect(found["BSE Sensex"] != .person, "\(found)")
        #expect(found["Mumbai"] == .place, "\(found)")
    }

    @Test("\"Mistral AI\", \"Stability AI\": a name ending in \"AI\" is a company's, not a person's")
    func companyNamedAI() {
        let found = recognisedKinds(
            ["Mistral AI, the Paris-based startup, has raised $640 million, sources said. Stability AI declined to comment."],
            language: "en")
        #expect(found["Mistral AI"] == .organisation && found["Stability AI"] != .person, "\(found)")
        #expect(found["Paris"] == .place, "\(found)")
    }

    @Test("\"Ropes & Gray LLP\": partners' names joined by \"&\" before a legal form are one firm, not a person")
    func partnersJoinedByAmpersand() {
        let found = recognisedKinds(
            ["Goldman Sachs is acting as financial adviser, and Ropes & Gray LLP is serving as legal counsel, the company said."],
            language: "en")
        #expect(found["Ropes & Gray LLP"] == .organisation, "\(found)")
        #expect(found["Gray LLP"] == nil, "\(found)")
    }
}
