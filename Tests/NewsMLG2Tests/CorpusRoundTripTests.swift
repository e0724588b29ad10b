import Foundation
import NewsMLKit
import TestSupport
import Testing

/// Issue "NewsML-G2": every corpus file the official schema accepts converts into valid NewsML-G2 2.35,
/// keeps what matters, and converts again to the same bytes.
@Suite struct CorpusRoundTripTests {
    @Test(.enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus, schemas or tools)")) func validCorpusFilesRoundTrip() throws {
        guard let shared = TestPaths.sharedFolder(), let official = TestPaths.officialSchema else { return }
        let entries = CorpusEntry.validNewsMLG2()
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
            let originals = converter.read(data, file: entry.path).batch.items
            for (index, document) in first.documents.enumerated() {
                if index < originals.count, let reread = converter.read(document.data, file: entry.path).batch.items.first {
                    let losses = ItemSurvival.losses(from: originals[index], to: reread)
                    if !losses.isEmpty { failures.append("\(entry.path): lost \(losses.prefix(3))") }
                }
                let report = validator.validate(document.data, file: entry.path)
                if !report.valid {
                    failures.append("\(entry.path): official schema: \(report.diagnostics.errors.prefix(2).map(\.message))")
                }
                let second = converter.convert(document.data, file: entry.path)
                if second.documents.first?.data != document.data { failures.append("\(entry.path): second conversion differs") }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(entries.count) failed:\n\(failures.prefix(15).joined(separator: "\n"))")
    }

    @Test(.enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus, schemas or tools)")) func invalidCorpusFilesNeverCrash() throws {
        guard let shared = TestPaths.sharedFolder() else { return }
        let converter = NewsConverter(options: ConversionOptions(from: .newsml, to: .newsml, versionCreated: TestPaths.fixedTime))
        for entry in CorpusEntry.all().filter({ $0.format == "newsml-g2" && !$0.validUnderOfficial }) {
            let data = try Data(contentsOf: shared.appendingPathComponent("corpus/" + entry.path))
            let result = converter.convert(data, file: entry.path)
            // Converted with warnings naming the repair, or failed with a diagnostic naming the cause.
            #expect(result.succeeded || result.diagnostics.hasErrors, "\(entry.path)")
        }
    }
}
