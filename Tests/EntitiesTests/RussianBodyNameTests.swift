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

    @Test("\"Председатель Банка России Эльвира Набиуллина\": a Cyrillic given name, looked up transliterated, starts the person")
    func cyrillicGivenNameStartsThePerson() {
        #expect(GivenNames.containsName("Эльвира") && GivenNames.containsName("Владимир") && GivenNames.containsName("Дмитрий"))
        #expect(!GivenNames.containsName("Москва"))
        let found = recognisedKinds(
            [
                "Председатель Банка России Эльвира Набиуллина на прошлой неделе заявила, что регулятор может продолжить снижение ставки.",
                "Об этом сообщила пресс-служба банка.",
            ], language: "ru")
        #expect(found["Эльвира Набиуллина"] == .person, "\(found)")
        #expect(found["Банка России Эльвира Набиуллина"] == nil, "\(found)")
    }

    @Test("\"Сбербанк\", \"Альфа-Банк\": a Russian firm's name that closes with its trade, opening a sentence too")
    func firmsNamedByTheirTrade() {
        let found = recognisedKinds(
            [
                "Сбербанк с 6 декабря снизит ставки по вкладам и накопительным счетам.",
                "Ранее ставки по вкладам снизили ВТБ и Альфа-Банк.",
            ], language: "ru")
        #expect(found["Сбербанк"] == .organisation, "\(found)")
        #expect(found["Альфа-Банк"] == .organisation, "\(found)")
    }
}
