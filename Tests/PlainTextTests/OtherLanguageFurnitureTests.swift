import NewsModel
import Testing

@testable import PlainText

/// The Moscow Times' Russian page of a Reuters story (read in session 55): its prompt to subscribe ("Подписывайтесь на
/// Русскую службу The Moscow Times в Telegram") became the headline, and the Russian service's closing line "(Анастасия
/// Лырчикова. Редактор Дмитрий Антонов)" a picture's caption over its credit. The page is written for these tests.
@Suite struct OtherLanguageFurnitureTests {
    private static let page = """
        Поддержите The Moscow Times

        Подписывайтесь на Русскую службу The Moscow Times в Telegram

        Подписаться

        Минобороны опровергло сообщения о потерях самолетов

        МОСКВА (Рейтер) - Министерство обороны опровергло сообщения украинских военных о потерях российских самолетов и бронетехники, сообщили российские агентства.

        Ранее украинские военные сообщили о пяти сбитых российских самолетах, уничтожении вертолетов, танков и грузовиков.

        (Анна Петрова. Редактор Иван Смирнов)

        читать еще
        """

    @Test("a prompt to subscribe in Russian is furniture, not the headline")
    func subscribePrompt() {
        let item = PlainTextReader().read(text: Self.page).item
        #expect(item.headline == "Минобороны опровергло сообщения о потерях самолетов", "\(item.headlines.map(\.text))")
        #expect(LineRules.widget.matches(in: "Abonnez-vous à notre newsletter"))
        #expect(!LineRules.widget.matches(in: "Abonnés et lecteurs ont réagi à la décision du maire."))
    }

    @Test("the Russian service's reporter and editor close the story as its trailer")
    func russianTrailer() {
        let item = PlainTextReader().read(text: Self.page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(storyParagraphTexts(item).count == 2, "\(item.body.map(\.text))")
        #expect(LineRules.reportingTrailer.matches(in: "(Анна Петрова. Редактор Иван Смирнов)"))
    }
}
