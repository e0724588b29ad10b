import NewsModel
import PlainText
import Testing

@testable import Entities

/// Indian copy read in session 56 names squares, roads and gardens with Hindi and Urdu words ("Rajiv Chowk", "Moti
/// Bagh"), which had been typed as people's names. The text is written for this test.
@Suite struct SouthAsianPlaceWordsTests {
    @Test("a square, a road or a garden named with its South Asian word is a place")
    func placeWords() {
        let story = """
            Man held near Rajiv Chowk

            New Delhi: Police on Tuesday arrested a man near Rajiv Chowk after a chase that began at Moti Bagh, officials said. The car was later found abandoned on Janpath Marg near Lajpat Nagar.
            """
        let item = PlainTextReader().read(Array(story.utf8)).item
        let kinds = Dictionary(EntityRecognizer().recognise(in: item).map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        for name in ["Rajiv Chowk", "Moti Bagh", "Janpath Marg", "Lajpat Nagar"] {
            #expect(kinds[name] != nil && kinds[name] != .person, "\(name): \(kinds)")
        }
    }
}
