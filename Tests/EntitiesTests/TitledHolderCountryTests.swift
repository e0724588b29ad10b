import NewsModel
import Testing

@testable import Entities

/// Russian (and Czech) copy names the country or body a title is of in the genitive, between the title and its holder
/// ("президент России Владимир Путин", "пресс-секретарь Кремля Дмитрий Песков").
@Suite struct TitledHolderCountryTests {
    @Test("The country before a titled holder's name is named too, in its nominative; the holder stays a person")
    func countryBeforeTheHolder() {
        let found = recognisedKinds(
            [
                "Во вторник президент России Владимир Путин и президент Турции Реджеп Тайип Эрдоган обсудили в Сочи ситуацию в Сирии.",
                "Переговоры продолжались более шести часов, сообщил журналистам пресс-секретарь Кремля Дмитрий Песков.",
                "Министр иностранных дел России Сергей Лавров заявил, что Москва поддерживает целостность Сирии.",
            ], language: "ru")
        #expect(found["Россия"] == .place && found["Турция"] == .place, "\(found)")
        #expect(found["Владимир Путин"] == .person && found["Реджеп Тайип Эрдоган"] == .person, "\(found)")
        #expect(found["Дмитрий Песков"] == .person && found["Сергей Лавров"] == .person, "\(found)")
        #expect(found["России"] == nil && found["России Владимир Путин"] == nil, "\(found)")
    }
}
