import NewsModel
import Testing

@testable import Entities

/// Russian bodies by their abbreviation and country, and by the noun for their kind before a quoted name (session 41,
/// pages written in the manner of Lenta.ru and Kommersant).
@Suite struct RussianBodyNameTests {
    @Test("\"Главного управления МЧС России\": an abbreviation and the country in the genitive name a body, no person")
    func abbreviationAndCountry() {
        let found = recognisedKinds(
            [
                "Губернатор Александр Беглов подписал постановление о запрете продажи пиротехники.",
                "Решение принято по рекомендации Главного управления МЧС России по Петербургу.",
            ], language: "ru")
        #expect(found["МЧС России"] == .organisation, "\(found)")
    }

    @Test("\"Авиакомпания «Аэрофлот»\", \"в социальной сети «ВКонтакте»\": the quoted name after the noun for its kind")
    func quotedNameAfterAnAirlinesNoun() {
        let found = recognisedKinds(
            [
                "Авиакомпания «Аэрофлот» с января сократит число рейсов в Таиланд и Вьетнам.",
                "Канал договорился о легализации контента в социальной сети «ВКонтакте», пишет газета.",
            ], language: "ru")
        #expect(found["Аэрофлот"] == .organisation, "\(found)")
        #expect(found["ВКонтакте"] == .organisation, "\(found)")
    }
}
