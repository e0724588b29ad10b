import Foundation
import NewsModel
import Testing

@testable import PlainText

/// TASS's pages set a picture's caption over a credit that opens with the copyright sign ("© Photographer/ press
/// service/ TASS"); the reader had left the caption out and cut the credit into a caption and a credit of its own. A
/// time over such a credit is no caption. The pages are written for this test.
@Suite struct CopyrightSignedCreditTests {
    @Test("the line above a credit that opens with © is its caption")
    func captionOverCopyrightCredit() {
        let page = """
            Губернатор объявил о строительстве нового моста
            Редакция сайта
            3 марта 2025, 11:20

            Губернатор области Иван Петров
            © Сергей Иванов/ пресс-служба губернатора/ ТАСС
            ВОЛОГДА, 3 марта. /ТАСС/. Губернатор области Иван Петров объявил о строительстве нового моста через реку, сообщила пресс-служба.
            Строительство начнется летом и займет два года.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.caption == "Губернатор области Иван Петров", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Сергей Иванов/ пресс-служба губернатора/ ТАСС", "\(item.pictures)")
    }

    @Test("a time over the credit stays a time")
    func timeOverCredit() {
        let page = """
            Губернатор объявил о строительстве нового моста

            11:20
            © Сергей Иванов/ ТАСС

            ВОЛОГДА, 3 марта. /ТАСС/. Губернатор области Иван Петров объявил о строительстве нового моста через реку, сообщила пресс-служба.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.caption == nil, "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Сергей Иванов/ ТАСС", "\(item.pictures)")
    }
}
