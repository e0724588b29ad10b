import NewsModel
import Testing

@testable import Entities

/// A body named by two ordinary words that acts in the sentence, a quotation run onto the sentence before it, a
/// name a place noun follows, and Italian bodies named with a link or an adjective (session 40, pages written in the
/// manner of Sky News, a press release, Wikinews and Il Post).
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

    @Test("\"Rete Ferroviaria Italiana\", \"Ferrovie del Sud Est\": no given name, an adjective or a link: a body")
    func romanceBodiesByTheirShape() {
        let found = recognisedKinds(
            [
                "Riguarderà i treni di Trenitalia, ma anche quelli delle Ferrovie del Sud Est, secondo il ministro Matteo Salvini.",
                "Sul sito di Rete Ferroviaria Italiana è disponibile l'elenco dei collegamenti garantiti.",
                "Secondo Dmitry Muratov la guerra continuerà ancora a lungo.",
            ], language: "it")
        #expect(found["Rete Ferroviaria Italiana"] == .organisation, "\(found)")
        #expect(found["Ferrovie del Sud Est"] == .organisation, "\(found)")
        #expect(found["Matteo Salvini"] == .person, "\(found)")
        #expect(found["Dmitry Muratov"] == .person, "\(found)")
    }

    @Test("\"des Umweltbundesamts (UBA)\": capitals spell an acronym, not the town written \"Ubá\"")
    func acronymIsNoTownInCapitals() {
        let found = recognisedKinds(
            [
                "Das geht aus einer Schätzung des Umweltbundesamts (UBA) hervor, die UBA-Präsident Dirk Messner vorstellte.",
                "Nach Angaben des UBA seien die Emissionen gesunken, teilte das Amt in Dessau mit.",
            ], language: "de")
        #expect(found["UBA"] != .place, "\(found)")
        #expect(found["Dessau"] == .place, "\(found)")
    }

    @Test("\"An Bord Pleanála has extended …\" opening a sentence keeps the Irish article; \"An Alibaba spokesman\" does not")
    func irishArticleOpeningASentence() {
        let found = recognisedKinds(
            [
                "An Bord Pleanála has again extended the deadline for its decision on the airport's application.",
                "An Alibaba spokesman declined to comment on the listing.",
            ], language: "en")
        #expect(found["An Bord Pleanála"] == .organisation, "\(found)")
        #expect(found["Bord Pleanála"] == nil, "\(found)")
        #expect(found["An Alibaba"] == nil, "\(found)")
    }
}
