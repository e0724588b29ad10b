import Foundation
import NewsMLKit
import TestSupport
import Testing

@Suite struct ConversionTests {
    let converter = NewsConverter(options: ConversionOptions(versionCreated: TestPaths.fixedTime))

    static let plainTextSamples: [String] = {
        let folder = TestPaths.samples.appendingPathComponent("plaintext")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }()

    @Test func samplesExist() {
        #expect(Self.plainTextSamples.count >= 3)
    }

    @Test(arguments: plainTextSamples)
    func plainTextSampleMatchesGolden(name: String) throws {
        let input = TestPaths.samples.appendingPathComponent("plaintext/\(name)")
        let result = converter.convert(try Data(contentsOf: input), file: name)
        #expect(result.succeeded, "\(result.diagnostics)")
        let output = String(decoding: try #require(result.documents.first).data, as: UTF8.self)
        let golden = TestPaths.samples.appendingPathComponent("plaintext/expected/\((name as NSString).deletingPathExtension).xml")
        try assertGolden(output, file: golden)
        if let official = TestPaths.officialSchema {
            let report = NewsValidator(schemas: SchemaSelection(file: official.path)).validate(Data(output.utf8), file: name)
            #expect(report.valid, "\(report.diagnostics)")
        }
    }

    @Test("text kept out of the story reaches the NewsML-G2 output as edNotes: nothing is dropped")
    func keptOutTextIsInTheOutput() throws {
        let text =
            "Council approves harbour budget\n\n" + String(repeating: "Short para.\n\n", count: 2_000)
            + "The council approved the harbour budget on Monday after a debate that lasted most of the evening.\n"
        let result = converter.convert(Data(text.utf8), file: "short.txt")
        #expect(result.succeeded, "\(result.diagnostics)")
        let output = String(decoding: try #require(result.documents.first).data, as: UTF8.self)
        #expect(output.components(separatedBy: "Short para.").count - 1 == 2_000)
        #expect(output.contains("after a debate that lasted most of the evening"))
    }

    @Test(.enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus, schemas or tools)")) func seedConvertsToValidNewsML() throws {
        guard let shared = TestPaths.sharedFolder(), let official = TestPaths.officialSchema else { return }
        let data = try Data(contentsOf: shared.appendingPathComponent("corpus/plaintext/seed-macron-moscow.txt"))
        let result = converter.convert(data, file: "seed")
        #expect(result.succeeded)
        let output = try #require(result.documents.first).data
        let report = NewsValidator(schemas: SchemaSelection(file: official.path)).validate(output, file: "seed.xml")
        #expect(report.valid, "\(report.diagnostics)")
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.contains("<creditline>Getty Images</creditline>"))
        #expect(text.contains("<description role=\"drol:caption\">Emmanuel Macron</description>"))
        #expect(text.contains("<h2>Contacts with the Kremlin and Paris's position</h2>"))
    }

    @Test(.enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus, schemas or tools)")) func everyPlainTextCorpusFileConvertsCleanly()
        throws
    {
        guard let shared = TestPaths.sharedFolder(), let official = TestPaths.officialSchema else { return }
        let folder = shared.appendingPathComponent("corpus/plaintext")
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(files.count > 30)
        let validator = NewsValidator(schemas: SchemaSelection(file: official.path))
        for file in files {
            let result = converter.convert(try Data(contentsOf: folder.appendingPathComponent(file)), file: file)
            #expect(result.succeeded, "\(file): \(result.diagnostics.errors)")
            guard let output = result.documents.first?.data else { continue }
            let text = String(decoding: output, as: UTF8.self)
            #expect(validator.validate(output, file: file).valid, "\(file)")
            #expect(!text.contains("Ã©") && !text.contains("â€"), "\(file) has mojibake")
            #expect(
                !text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) },
                "\(file) has control characters")
        }
    }

    @Test(.enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus, schemas or tools)")) func shippedSchemaIsStricterThanOfficial()
        throws
    {
        // Everything the shipped schema accepts here is also accepted by IPTC's schema.
        guard let official = TestPaths.officialSchema else { return }
        let shipped = NewsValidator()
        let iptc = NewsValidator(schemas: SchemaSelection(file: official.path))
        for name in Self.plainTextSamples {
            let result = converter.convert(try Data(contentsOf: TestPaths.samples.appendingPathComponent("plaintext/\(name)")), file: name)
            let output = try #require(result.documents.first).data
            #expect(shipped.validate(output, file: name).valid)
            #expect(iptc.validate(output, file: name).valid)
        }
        let loose = Data(
            "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"x\" version=\"1\" standard=\"NewsML-G2\" standardversion=\"2.35\" conformance=\"power\"><catalogRef href=\"http://x\"/><itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"p\"/><versionCreated>yesterday</versionCreated></itemMeta><contentMeta/></newsItem>"
                .utf8)
        #expect(!shipped.validate(loose, file: "loose").valid)
        #expect(!iptc.validate(loose, file: "loose").valid)
    }
}
