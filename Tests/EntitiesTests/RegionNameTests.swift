import NewsModel
import Testing

@testable import Entities

/// Regions named by compass points or by a word for an administrative area are places, whatever words stand before them.
@Suite struct RegionNameTests {
    @Test("\"Federal Capital Territory\": a word for a body inside an area's name does not make the area a body")
    func areaNameWithAnInnerBodyWord() {
        let found = kindsByName(
            EntityRecognizer().recognise(
                in: storyItem(
                    [
                        "Many filling stations in the Federal Capital Territory were shut on Thursday as queues returned to Abuja.",
                        "Motorists in the Federal Capital Territory said they had waited for hours.",
                    ], language: "en")))
        #expect(found["Federal Capital Territory"] == .place, "\(found)")
        #expect(found["Abuja"] == .place, "\(found)")
    }

    @Test("\"North West\" alone names a region, never a person, even before a verb")
    func compassPointsAlone() {
        let found = kindsByName(
            EntityRecognizer().recognise(
                in: storyItem(
                    [
                        "Electricity North West said on Thursday it would spend more on its network after the storms.",
                        "Engineers from across the North West worked through the night to restore power in Cumbria.",
                    ], language: "en")))
        #expect(found["North West"] == .place, "\(found)")
        #expect(!found.contains { $0.value == .person }, "\(found)")
    }
}
