import NewsModel
import Testing

@testable import Entities

/// Met in session 38 on pages written in the manner of the Nation (Nairobi) and the Guardian: a generation's letter
/// after "Gen" (read as the general's title), and a party's adjective standing alone.
@Suite struct LabelLetterTests {
    @Test("\"Gen Z\" is no person called Z")
    func generationLetterIsNoPerson() {
        let found = recognisedKinds(
            ["Youth groups under the banner of Gen Z have vowed to continue the demonstrations in Nairobi, President William Ruto said."],
            language: "en")
        #expect(found["Z"] == nil && found["Gen Z"] != .person, "\(found)")
        #expect(found["William Ruto"] == .person && found["Nairobi"] == .place, "\(found)")
    }

    @Test("\"Conservative MPs\", \"the Liberal leader\": a party's adjective alone is no body")
    func partyAdjectiveIsNoBody() {
        let found = recognisedKinds(
            [
                "Dozens of Conservative MPs warned Rishi Sunak that the decision would betray voters in Manchester.",
                "The Liberal leader said the Conservative Party had broken its promise to the north.",
            ], language: "en")
        #expect(found["Conservative"] == nil && found["Liberal"] == nil, "\(found)")
        #expect(found["Conservative Party"] == .organisation, "\(found)")
        #expect(found["Rishi Sunak"] == .person, "\(found)")
    }
}
