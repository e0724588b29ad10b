import Foundation
import NewsMLKit
import Testing
import TestSupport

/// Issue "NewsML-G2": every corpus file the official schema accepts converts into valid NewsML-G2 2.35,
/// keeps what matters, and converts again to the same bytes.
@Suite struct CorpusRoundTripTests {
    struct CorpusEntry: Sendable {
        var path: String
        var validUnderOfficial: Bool
        var root: String
    }

    /// Concept, knowledge, catalog and planning items describe vocabularies and plans, not stories:
    /// NewsMLKit converts news (newsItem, packageItem, newsMessage) and reports the others clearly.
    static let newsRoots: Set<String> = ["nar:newsItem", "nar:packageItem", "nar:newsMessage", "newsItem", "packageItem", "newsMessage"]

    static func corpus() -> [CorpusEntry] {
        guard FileManager.default.fileExists(atPath: TestPaths.shared.path) else { return [] }
        let manifest = TestPaths.shared.appendingPathComponent("corpus/MANIFEST.tsv")
        guard let text = try? String(contentsOf: manifest, encoding: .utf8) else { return [] }
        var rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let header = rows.removeFirst()
        guard let pathColumn = header.firstIndex(of: "corpus_path"), let validColumn = header.firstIndex(of: "valid_power_2_35"),
              let rootColumn = header.firstIndex(of: "root_element"),
              let formatColumn = header.firstIndex(of: "format") else { return [] }
        return rows.filter { $0.count > validColumn && $0[formatColumn] == "newsml-g2" }
            .map { CorpusEntry(path: $0[pathColumn], validUnderOfficial: $0[validColumn] == "yes", root: $0[rootColumn]) }
    }

    @Test func validCorpusFilesRoundTrip() throws {
        guard let shared = TestPaths.sharedFolder(), let official = TestPaths.officialSchema else { return }
        let entries = Self.corpus().filter { $0.validUnderOfficial && Self.newsRoots.contains($0.root) }
        #expect(entries.count > 250)
        let converter = NewsConverter(options: ConversionOptions(from: .newsml, to: .newsml, versionCreated: TestPaths.fixedTime))
        let validator = NewsValidator(schemas: SchemaSelection(file: official.path))
        var failures: [String] = []
        for entry in entries {
            let data = try Data(contentsOf: shared.appendingPathComponent("corpus/" + entry.path))
            let first = converter.convert(data, file: entry.path)
            guard first.succeeded else {
                failures.append("\(entry.path): \(first.diagnostics.errors.prefix(2).map(\.description))")
                continue
            }
            for document in first.documents {
                let report = validator.validate(document.data, file: entry.path)
                if !report.valid { failures.append("\(entry.path): official schema: \(report.diagnostics.errors.prefix(2).map(\.message))") }
                let second = converter.convert(document.data, file: entry.path)
                if second.documents.first?.data != document.data { failures.append("\(entry.path): second conversion differs") }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(entries.count) failed:\n\(failures.prefix(15).joined(separator: "\n"))")
    }

    @Test func invalidCorpusFilesNeverCrash() throws {
        guard let shared = TestPaths.sharedFolder() else { return }
        let converter = NewsConverter(options: ConversionOptions(from: .newsml, to: .newsml, versionCreated: TestPaths.fixedTime))
        for entry in Self.corpus().filter({ !$0.validUnderOfficial }) {
            let data = try Data(contentsOf: shared.appendingPathComponent("corpus/" + entry.path))
            let result = converter.convert(data, file: entry.path)
            // Converted with warnings naming the repair, or failed with a diagnostic naming the cause.
            #expect(result.succeeded || result.diagnostics.hasErrors, "\(entry.path)")
        }
    }
}
