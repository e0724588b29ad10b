import Foundation
import NewsModel
import Testing

@testable import PlainText

/// The headline stands over the standfirst, also when the page's name and section stand over both and the standfirst
/// is only a few words longer (session 40, a page written in the manner of RBC); a German byline that says where the
/// author reports from (a page in the manner of Der Spiegel).
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

    @Test("\"Aus Frankfurt am Main berichtet Anna Clauß\": the byline is the name after the verb")
    func germanReportsFromByline() {
        let page = """
            Bahnstreik: GDL kündigt neuen Ausstand im Güterverkehr an

            Die Lokführergewerkschaft legt erneut den Güterverkehr lahm. Die Deutsche Bahn spricht von einer Zumutung.

            Aus Frankfurt am Main berichtet Anna Clauß
            05.12.2026, 11.42 Uhr

            Die Gewerkschaft Deutscher Lokomotivführer hat ihre Mitglieder erneut zum Streik aufgerufen. Ab Montagabend soll zunächst der Güterverkehr bestreikt werden.

            GDL-Chef Mario Reiß sagte, die Bahn habe kein verhandlungsfähiges Angebot vorgelegt.

            Bahn-Personalvorstand Martin Seiler nannte den Streik unverhältnismäßig.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Anna Clauß"], "\(item.bylines)")
    }
}
