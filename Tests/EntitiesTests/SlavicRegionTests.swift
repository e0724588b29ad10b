import NewsModel
import PlainText
import Testing

@testable import Entities

/// Russian and Czech copy names a region by its adjective and the region's noun in small letters ("в Ростовской
/// области", "Краснодарского края", "Jihočeského kraje"); the recogniser kept the adjective alone, as a place or a
/// body, or nothing (Russian regional pages of sessions 47–54). The stories are written for these tests.
@Suite struct SlavicRegionTests {
    func kept(_ text: String) throws -> [String: Entity.Kind] {
        let item = PlainTextReader().read(Array(text.utf8)).item
        let acceptance = try #require(EntityAcceptance.shipped)
        let kept = acceptance.filter(EntityRecognizer().recognise(in: item), in: item)
        return Dictionary(kept.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
    }

    @Test("a Russian region is its adjective and its noun, a place")
    func russianRegion() throws {
        let found = try kept(
            """
            В Ростовской области усилили патрули на дорогах

            Патрули полиции на дорогах Ростовской области усилены перед праздниками, сообщил начальник ГУ МВД по Ростовской области Андрей Ларионов.

            В Каменском районе дежурят еще две мобильные группы, добавил он.
            """)
        #expect(found["Ростовской области"] == .place, "\(found)")
        #expect(found["Ростовской"] == nil, "\(found)")
        #expect(found["Каменском районе"] == .place, "\(found)")
        #expect(found["Андрей Ларионов"] == .person, "\(found)")
    }

    @Test("a capitalised word before a region's noun that is no adjective stays as it was")
    func nounBeforeARegionWord() throws {
        let found = try kept(
            """
            Губернатор посетил новый завод

            Губернатор Олег Кожемяко посетил завод, который построила компания Ростех, район строительства расширят.
            """)
        #expect(found.keys.allSatisfy { !$0.hasSuffix("район") }, "\(found)")
    }
}
