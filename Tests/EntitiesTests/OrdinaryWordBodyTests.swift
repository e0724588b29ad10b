import NewsModel
import Testing

@testable import Entities

/// A body named by two ordinary words that acts in the sentence, a quotation run onto the sentence before it, and a
/// name a place noun follows (session 40, pages written in the manner of Sky News, a press release and Wikinews).
@Suite struct OrdinaryWordBodyTests {
    @Test("\"Network Rail said …\": two ordinary words, the first no given name, acting, name a body")
    func ordinaryWordsActing() {
        let found = recognisedKinds(
            [
                "The Met Office said gusts of up to 80mph could hit exposed coasts on Saturday.",
                "Network Rail said it would run fewer trains and urged passengers to check before they travel.",
                "Mark Field said the council was ready.",
            ], language: "en")
        #expect(found["Network Rail"] == .organisation, "\(found)")
        #expect(found["Mark Field"] == .person, "\(found)")
    }

    @Test("'CEO of Digital Turbine.\"Our Pay platform': the full stop ends the name before the glued quotation")
    func quotationGluedToTheFullStop() {
        let tokens = Tokenizer.tokens("said Bill Stone, CEO of Digital Turbine.\"Our Pay platform provides access.")
        let words = tokens.map(\.word)
        #expect(words.contains("Turbine"), "\(words)")
        #expect(words.contains("Our"), "\(words)")
        #expect(tokens.first { $0.word == "Turbine" }?.endsSentence == true)
    }

    @Test("\"in the Serra Gaúcha region\": a name of two words before a noun for a place is that place")
    func placeNounAfterAName() {
        let found = recognisedKinds(
            [
                "The National Institute of Meteorology said more rain was expected over the weekend in the Serra Gaúcha region.",
                "Governor Eduardo Leite declared a state of public calamity.",
            ], language: "en")
        #expect(found["Serra Gaúcha"] == .place, "\(found)")
        #expect(found["Eduardo Leite"] == .person, "\(found)")
    }
}
