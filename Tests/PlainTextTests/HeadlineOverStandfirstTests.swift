import Foundation
import NewsModel
import Testing

@testable import PlainText

/// The headline stands over the standfirst, also when the page's name and section stand over both and the standfirst
/// is only a few words longer (session 40, a page written in the manner of RBC).
@Suite struct HeadlineOverStandfirstTests {
    @Test("Site name, section, headline, a standfirst four words longer, then a credit: the headline is the first")
    func headlineOverAStandfirstWithACredit() {
        let page = """
            РБК
            Экономика
            В Минфине допустили повышение НДС для малого бизнеса в 2027 году

            Министр финансов Антон Силуанов заявил, что правительство обсуждает снижение порога для упрощенной системы налогообложения

            Фото: Алексей Дружинин / РИА Новости

            Министерство финансов России рассматривает возможность снижения порога доходов, при котором малый бизнес должен платить НДС. Об этом заявил глава ведомства Антон Силуанов.

            «Мы видим, что часть компаний искусственно дробит бизнес, чтобы не платить налог. Это надо прекращать», — сказал Силуанов.

            По его словам, окончательное решение будет принято после консультаций с бизнесом.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headline == "В Минфине допустили повышение НДС для малого бизнеса в 2027 году")
    }
}
