import Foundation
import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// Names and titles between quotation marks are no quotations: Russian, French and Czech copy quote the names of
/// stations, firms and parties, English copy the titles of works.
@Suite struct QuotedNameTests {
    @Test("«Путиловская», “A Most Violent Year”: capitalised words alone between the marks are no quotation")
    func quotedNamesAreNoQuotations() {
        #expect(QuoteFinder.firstQuotation(in: "Новую станцию «Путиловская» открыли для пассажиров в понедельник.") == nil)
        #expect(QuoteFinder.firstQuotation(in: "“A Most Violent Year” hits select theaters on Dec. 31.") == nil)
        // A name before a quotation in the same paragraph: the quotation is found after it.
        let found = QuoteFinder.firstQuotation(
            in: "Аналитик «Фридом Финанс» сказал: «Мы ожидаем снижения ставки уже в декабре».")
        #expect(found.map { String($0.1) } == "Мы ожидаем снижения ставки уже в декабре", "\(String(describing: found))")
        // A short quotation in small letters, or with a sentence's punctuation, is one.
        #expect(QuoteFinder.firstQuotation(in: "Il a dénoncé « une réforme contre les chômeurs » devant le Sénat.") != nil)
        #expect(QuoteFinder.firstQuotation(in: "\"Stop, Now!\" the officer shouted.") != nil)
    }

    @Test("a paragraph that only names a station in guillemets stays a paragraph, not a quotation")
    func paragraphWithAQuotedName() {
        let page = """
            В Петербурге открыли новую станцию метро

            Новую станцию «Путиловская» Петербургского метрополитена открыли для пассажиров в понедельник, 1 декабря.

            Губернатор города Александр Беглов назвал открытие важным событием для жителей района.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.paragraphTexts.first?.hasPrefix("Новую станцию") == true, "\(item.body)")
    }
}
