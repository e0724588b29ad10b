import NewsModel
import Testing

@testable import Entities

/// Firms as 1980s wire copy names them, met in session 38 on a story written in the manner of Reuters-21578: a
/// possessive opening a listed name, the firm an analyst is "of", the possessive's name alone later.
@Suite struct WireFirmNameTests {
    private static let story = [
        "Wendy's International Inc shares rose on speculation the company could become a takeover target, analysts said.",
        "\"The stock is cheap,\" said analyst Joseph Doyle of Smith Barney. Another analyst, Paul Stern of Kidder Peabody, said the price was too high.",
        "Wendy's shares closed up 1-1/4 at 14-3/8, and Elizabeth Warren of Massachusetts said nothing. John Lydon's Public Image Ltd played.",
    ]

    @Test("\"Wendy's International Inc\": a possessive opening a firm's listed name is part of it")
    func possessiveOpensAFirmsName() {
        let found = EntityRecognizer().recognise(in: storyItem(Self.story, language: "en"))
        let wendys = found.first { $0.name == "Wendy's International Inc" }
        #expect(wendys?.kind == .organisation, "\(found.map(\.name))")
        #expect(!found.contains { $0.name == "International Inc" || $0.name == "Wendy" }, "\(found.map(\.name))")
        // "Wendy's shares" later is the same firm.
        #expect((wendys?.mentions.count ?? 0) >= 2, "\(String(describing: wendys))")
        // A person's possessive does not open a firm's name.
        #expect(!found.contains { $0.name.hasPrefix("John Lydon's") }, "\(found.map(\.name))")
    }

    @Test("\"Joseph Doyle of Smith Barney\": what a person is of is a firm, not another person; a known place stays one")
    func whatAPersonIsOf() {
        let found = recognisedKinds(Self.story, language: "en")
        #expect(found["Smith Barney"] == .organisation && found["Kidder Peabody"] == .organisation, "\(found)")
        #expect(found["Joseph Doyle"] == .person && found["Paul Stern"] == .person, "\(found)")
        #expect(found["Massachusetts"] == .place && found["Elizabeth Warren"] == .person, "\(found)")
    }
}
