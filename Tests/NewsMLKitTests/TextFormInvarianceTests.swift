import Foundation
import NewsMLKit
import NewsModel
import TestSupport
import Testing

/// The same article in another text form reads the same: every line indented alike (pasted from a quoted message or
/// an indented editor), or its accents written as combining marks (Unicode's decomposed form, as macOS and some PDF
/// exports write them). Checked on every gold article of the corpus, so no article's own layout decides it.
@Suite struct TextFormInvarianceTests {
    private let converter = NewsConverter(options: ConversionOptions(versionCreated: TestPaths.fixedTime))

    private struct Reading: Equatable, CustomStringConvertible {
        var headline: String?
        var bylines: [String]
        var blocks: [String]
        var pictures: [String]
        var entities: Set<String>
        var description: String { "\(headline ?? "-") | \(bylines) | \(blocks.count) blocks | \(pictures) | \(entities.sorted())" }
    }

    private func reading(_ data: Data) -> Reading? {
        guard let item = converter.read(data).batch.items.first else { return nil }
        // Swift compares Strings by canonical equivalence: a decomposed text equals its composed self.
        return Reading(
            headline: item.headline, bylines: item.bylines,
            blocks: item.body.map { "\($0)".prefix(12) + ":" + $0.text },
            pictures: item.pictures.map { ($0.caption ?? "") + " / " + ($0.creditline ?? "") },
            entities: Set(item.entities.map { "\($0.kind):\($0.name)" }))
    }

    private func goldArticles() throws -> [URL]? {
        guard let shared = TestPaths.sharedFolder() else { return nil }
        let folder = shared.appendingPathComponent("corpus/plaintext")
        let golds = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".gold.json") }
        return golds.map { folder.appendingPathComponent(String($0.dropLast(".gold.json".count)) + ".txt") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    @Test(
        "every line indented alike reads as the flush text: headline, byline, blocks, pictures, entities",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (the gold articles)"))
    func commonIndentationMeansNothing() throws {
        guard let articles = try goldArticles() else { return }
        #expect(articles.count >= 70)
        var differing: [String] = []
        for article in articles {
            let data = try Data(contentsOf: article)
            // IPTC 7901 transmissions open with control characters at the line's start: indenting them is no text form.
            guard !data.contains(0x01), let text = String(data: data, encoding: .utf8) else { continue }
            let indented = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? $0 : "\t" + $0 }
                .joined(separator: "\n")
            let flush = reading(data)
            let shifted = reading(Data(indented.utf8))
            if flush != shifted {
                differing.append("\(article.lastPathComponent)\n  \(flush?.description ?? "-")\n  \(shifted?.description ?? "-")")
            }
        }
        #expect(differing.isEmpty, "\(differing.joined(separator: "\n"))")
    }

    @Test(
        "accents written as combining marks find the same people, organisations and places",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (the gold articles)"))
    func decomposedAccentsFindTheSameNames() throws {
        guard let articles = try goldArticles() else { return }
        var decomposedArticles = 0
        var differing: [String] = []
        for article in articles {
            let data = try Data(contentsOf: article)
            guard let text = String(data: data, encoding: .utf8) else { continue }
            let decomposed = text.decomposedStringWithCanonicalMapping
            guard decomposed.utf8.count != text.utf8.count else { continue }
            decomposedArticles += 1
            let composed = reading(data)
            let written = reading(Data(decomposed.utf8))
            if composed != written {
                differing.append("\(article.lastPathComponent)\n  \(composed?.description ?? "-")\n  \(written?.description ?? "-")")
            }
        }
        // The multilingual family alone has a dozen articles with accents.
        #expect(decomposedArticles >= 10)
        #expect(differing.isEmpty, "\(differing.joined(separator: "\n"))")
    }
}
