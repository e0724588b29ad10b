import Foundation
import TestSupport
import Entities
import NewsModel
import PlainText
import Testing

@Suite struct EntitiesTests {
    @Test func recogniserNeverUsesNonBodyParts() {
        var item = NewsItem(guid: "x")
        item.pictures = [Picture(caption: "Jane Doe", creditline: "Getty Images")]
        item.body = [.relatedTeaser(RelatedLink(title: "Trump and Rutte"))]
        let entities = EntityRecognizer().recognise(in: item)
        #expect(!entities.contains { ["Jane Doe", "Getty Images", "Trump", "Rutte"].contains($0.name) })
    }
}

@Suite struct SeedEntityTests {
    @Test func seedArticleGivesTheGoldEntitiesAndNoOthers() throws {
        guard let shared = TestPaths.sharedFolder() else { return }
        let folder = shared.appendingPathComponent("corpus/plaintext")
        let data = try Data(contentsOf: folder.appendingPathComponent("seed-macron-moscow.txt"))
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("seed-macron-moscow.gold.json"))) as? [String: Any]
        let goldEntities = try #require(gold?["entities"] as? [[String: Any]])
        let item = PlainTextReader().read(Array(data)).item
        let entities = EntityRecognizer().recognise(in: item)
        let found = Set(entities.map { "\($0.kind.rawValue):\($0.name)" })
        let expected = Set(goldEntities.map { entity -> String in
            let name = entity["name"] as? String ?? ""
            let kind = entity["type"] as? String ?? ""
            // The gold accepts the Kremlin as an organisation or a place.
            return "\(kind):\(name)"
        })
        #expect(found == expected, "missing: \(expected.subtracting(found)), extra: \(found.subtracting(expected))")
        let macron = try #require(entities.first { $0.name == "Emmanuel Macron" })
        #expect(macron.alternativeNames.contains("Macron"))
        #expect(macron.assignment == .machine)
        #expect(entities.first { $0.name == "France" }?.qcode == "iso3166-1a2:FR")
        #expect(entities.first { $0.name == "European Union" }?.uri == "http://www.wikidata.org/entity/Q458")
        #expect(entities.first { $0.name == "United States" }?.alternativeNames == ["US"])
    }

    @Test func authorityFileTakesPrecedence() {
        var gazetteer = Gazetteer.shared
        gazetteer.addAuthority("Emmanuel Macron\tMacron\tperson\thttps://example.org/people/42\n")
        var item = NewsItem(guid: "x")
        item.body = [.paragraph("Emmanuel Macron met farmers in Paris on Tuesday.")]
        let entities = EntityRecognizer(gazetteer: gazetteer).recognise(in: item)
        #expect(entities.first { $0.name == "Emmanuel Macron" }?.uri == "https://example.org/people/42")
    }

    @Test func nationalitiesMonthsAndSentenceStartsAreNotEntities() {
        var item = NewsItem(guid: "x")
        item.body = [.paragraph("French officials met in January. Against expectations, Russian diplomats stayed on Monday.")]
        let names = EntityRecognizer().recognise(in: item).map(\.name)
        #expect(!names.contains { ["French", "Russian", "January", "Monday", "Against"].contains($0) })
    }
}
