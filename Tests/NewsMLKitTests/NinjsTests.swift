import Foundation
import NewsMLKit
import TestSupport
import Testing

/// Issue "ninjs": writing 3.2 and 2.3, reading 1.x–3.x, and the JSON Schema validator against IPTC's suite.
@Suite struct NinjsTests {
    static var ninjsSchemas: URL? { TestPaths.sharedFolder()?.appendingPathComponent("schemas/ninjs") }
    static var referenceTool: URL? { TestPaths.sharedFolder()?.appendingPathComponent("tools/validate-ninjs") }

    /// Verdicts of `../shared/tools/validate-ninjs` ("file: valid" lines) for files validated in one process.
    static func referenceVerdicts(_ files: [URL], version: String?) throws -> [String: Bool] {
        guard let tool = referenceTool, !files.isEmpty else { return [:] }
        let arguments = (version.map { ["--version", $0] } ?? []) + files.map(\.path)
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", tool.path] + arguments)
        var verdicts: [String: Bool] = [:]
        for line in result.standardOutput.split(separator: "\n") {
            for file in files where line.hasPrefix(file.path + ": ") {
                verdicts[file.path] = (verdicts[file.path] ?? true) && line.dropFirst(file.path.count + 2).hasPrefix("valid")
            }
        }
        if verdicts.isEmpty {
            Issue.record(
                "validate-ninjs gave no verdicts (is python3-jsonschema installed?): \(result.standardOutput.prefix(300)) \(result.standardError.prefix(300))"
            )
        }
        return verdicts
    }

    @Test(
        "IPTC's ninjs validation suite: the Swift validator gives validate-ninjs's verdict on every file",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus, schemas or tools)"))
    func validationSuiteVerdicts() throws {
        guard let shared = TestPaths.sharedFolder(), let schemas = Self.ninjsSchemas else { return }
        let suite = shared.appendingPathComponent("corpus/ninjs/iptc-validation-test-suite")
        let folders = try FileManager.default.contentsOfDirectory(atPath: suite.path).filter { !$0.hasSuffix(".json") }.sorted()
        var compared = 0
        var mismatches: [String] = []
        for folder in folders {
            let forced: String? = folder.hasSuffix("_dev") ? nil : folder
            var files: [URL] = []
            for expectation in ["should_pass", "should_fail"] {
                let directory = suite.appendingPathComponent("\(folder)/\(expectation)")
                let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
                files += names.filter { $0.hasSuffix(".json") }.sorted().map { directory.appendingPathComponent($0) }
            }
            let reference = try Self.referenceVerdicts(files, version: forced)
            let validator = NewsValidator(schemas: SchemaSelection(directory: schemas.path), ninjsVersion: forced)
            for file in files {
                let ours = validator.validate(try Data(contentsOf: file), file: file.path)
                guard let expected = reference[file.path] else { continue }
                compared += 1
                if ours.valid != expected {
                    mismatches.append(
                        "\(folder)/\(file.lastPathComponent): reference \(expected), ours \(ours.valid) \(ours.diagnostics.prefix(2).map(\.message))"
                    )
                }
            }
        }
        #expect(compared >= 220, "compared \(compared) files")
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(compared) differ:\n\(mismatches.prefix(10).joined(separator: "\n"))")
    }

    @Test(
        "every valid NewsML-G2 corpus file converts to ninjs 3.2 and 2.3 that IPTC's schemas accept",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus, schemas or tools)"))
    func corpusToNinjs() throws {
        guard TestPaths.sharedFolder() != nil, let schemas = Self.ninjsSchemas else { return }
        let entries = CorpusEntry.validNewsMLG2()
        #expect(entries.count > 250)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("newsmlkit-ninjs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        for version in NinjsVersion.allCases {
            let folder = output.appendingPathComponent(version.rawValue)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let converter = NewsConverter(
                options: ConversionOptions(from: .newsml, to: .ninjs, versionCreated: TestPaths.fixedTime, ninjsVersion: version))
            let official = NewsValidator(
                schemas: SchemaSelection(directory: schemas.path), ninjsVersion: version.rawValue, ninjsFormats: [.dateTime, .uri])
            var failures: [String] = []
            var written: [URL] = []
            for (index, entry) in entries.enumerated() {
                let result = converter.convert(try Data(contentsOf: entry.url), file: entry.path)
                if !result.succeeded { failures.append("\(entry.path): \(result.diagnostics.errors.prefix(2).map(\.description))") }
                for (position, document) in result.documents.enumerated() {
                    let report = official.validate(document.data, file: entry.path)
                    if !report.valid {
                        failures.append("\(entry.path): official \(version.rawValue): \(report.diagnostics.prefix(2).map(\.description))")
                    }
                    let file = folder.appendingPathComponent("\(index)-\(position).json")
                    try document.data.write(to: file)
                    written.append(file)
                }
            }
            #expect(
                failures.isEmpty, "ninjs \(version.rawValue): \(failures.count) failures:\n\(failures.prefix(10).joined(separator: "\n"))")
            let reference = try Self.referenceVerdicts(written, version: version.rawValue)
            let rejected = reference.filter { !$0.value }.map(\.key)
            #expect(
                reference.count == written.count && rejected.isEmpty,
                "validate-ninjs \(version.rawValue) rejected \(rejected.count) of \(written.count): \(rejected.prefix(5))")
        }
    }

    @Test(
        "NewsML-G2 → ninjs → NewsML-G2 keeps headline, guid, dates, subjects, picture caption and credit",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus, schemas or tools)"))
    func roundTripThroughNinjs() throws {
        guard TestPaths.sharedFolder() != nil else { return }
        let reader = NewsConverter(options: ConversionOptions(from: .newsml, recogniseEntities: false))
        let toNinjs = NewsConverter(options: ConversionOptions(from: .newsml, to: .ninjs, versionCreated: TestPaths.fixedTime))
        let back = NewsConverter(
            options: ConversionOptions(from: .ninjs, to: .newsml, versionCreated: TestPaths.fixedTime, recogniseEntities: false))
        var failures: [String] = []
        var checked = 0
        for entry in CorpusEntry.validNewsMLG2() {
            let data = try Data(contentsOf: entry.url)
            let originals = reader.read(data, file: entry.path).batch.items
            let json = toNinjs.convert(data, file: entry.path)
            for (index, document) in json.documents.enumerated() where index < originals.count {
                let xml = back.convert(document.data, file: entry.path)
                guard xml.succeeded, let final = xml.documents.first,
                    let reread = reader.read(final.data, file: entry.path).batch.items.first
                else {
                    failures.append("\(entry.path): ninjs → NewsML-G2 failed: \(xml.diagnostics.errors.prefix(2).map(\.description))")
                    continue
                }
                checked += 1
                let losses = ItemSurvival.losses(
                    from: originals[index], to: reread, checking: [.identity, .dates, .subjects, .pictures, .creditline, .placesMerged],
                    catalog: .iptc)
                if !losses.isEmpty { failures.append("\(entry.path): \(losses.prefix(3))") }
            }
        }
        #expect(checked > 250)
        #expect(failures.isEmpty, "\(failures.count) of \(checked) lose data:\n\(failures.prefix(30).joined(separator: "\n"))")
    }

    @Test(
        "IPTC's ninjs examples read and convert to NewsML-G2 the official schema accepts",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus, schemas or tools)"))
    func examplesToNewsMLG2() throws {
        guard let shared = TestPaths.sharedFolder(), let official = TestPaths.officialSchema else { return }
        let root = shared.appendingPathComponent("corpus/ninjs/iptc-newsinjson")
        let files = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix("-schema.json") }.sorted()
        #expect(files.count >= 60)
        let converter = NewsConverter(
            options: ConversionOptions(
                from: .ninjs, to: .newsml, schemas: SchemaSelection(file: official.path),
                versionCreated: TestPaths.fixedTime))
        var failures: [String] = []
        for file in files {
            let result = converter.convert(try Data(contentsOf: root.appendingPathComponent(file)), file: file)
            if !result.succeeded { failures.append("\(file): \(result.diagnostics.errors.prefix(2).map(\.description))") }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(files.count):\n\(failures.prefix(10).joined(separator: "\n"))")
    }

    @Test(
        "the seed article as ninjs 3.2 and 2.3 carries its picture credit and entities (golden)",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus, schemas or tools)"), arguments: [NinjsVersion.v3_2, .v2_3])
    func seedGolden(version: NinjsVersion) throws {
        guard let shared = TestPaths.sharedFolder() else { return }
        let seed = shared.appendingPathComponent("corpus/plaintext/seed-macron-moscow.txt")
        let converter = NewsConverter(options: ConversionOptions(to: .ninjs, versionCreated: TestPaths.fixedTime, ninjsVersion: version))
        let result = converter.convert(try Data(contentsOf: seed), file: "seed-macron-moscow.txt")
        let document = try #require(result.documents.first)
        let json = try JSONParser().parse(document.data)
        let picture = try #require(json["associations"]?.array?.first)
        #expect(picture["type"] == "picture")
        #expect(picture["descriptions"]?.array?.contains(["role": "creditline", "value": "Getty Images"]) == true)
        #expect(picture["descriptions"]?.array?.contains(["role": "caption", "value": "Emmanuel Macron"]) == true)
        let people = json["people"]?.array?.compactMap { $0["name"]?.string } ?? []
        #expect(people.contains("Emmanuel Macron") && people.contains("Vladimir Putin"))
        #expect(json["places"]?.array?.contains { $0["name"] == "Moscow" && $0["uri"] == "https://sws.geonames.org/524901/" } == true)
        #expect(
            json["organisations"]?.array?.contains { $0["name"] == "European Union" && $0["uri"] == "http://www.wikidata.org/entity/Q458" }
                == true)
        if let tool = Self.referenceTool {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("seed-\(version.rawValue)-\(UUID().uuidString).json")
            try document.data.write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            _ = tool
            #expect(try Self.referenceVerdicts([file], version: version.rawValue)[file.path] == true)
        }
    }

    @Test(
        "ninjs goldens for the bundled samples",
        arguments: [
            "harbour-bridge-web", "wire-storm-iptc7901", "power-demand-crlf-latin1",
            "press-release-solar-park", "email-council-closure",
        ])
    func sampleGoldens(name: String) throws {
        let input = TestPaths.samples.appendingPathComponent("plaintext/\(name).txt")
        let converter = NewsConverter(options: ConversionOptions(to: .ninjs, versionCreated: TestPaths.fixedTime))
        let result = converter.convert(try Data(contentsOf: input), file: input.lastPathComponent)
        let document = try #require(result.documents.first, "\(result.diagnostics)")
        try assertGolden(
            String(decoding: document.data, as: UTF8.self),
            file: TestPaths.samples.appendingPathComponent("plaintext/expected/\(name).json"))
    }

    @Test("ninjs 1.x dialects read with warnings naming what was assumed")
    func legacyDialect() throws {
        let superdesk =
            #"{"guid": "urn:example:1", "type": "text", "headline": "Storm hits coast", "body_html": "<p>First.</p><p>Second &amp; last.</p>", "description_text": "Summary", "byline": "Jane Roe", "priority": 3}"#
        let (batch, diagnostics) = NewsConverter(options: ConversionOptions(from: .ninjs, recogniseEntities: false)).read(
            Data(superdesk.utf8), file: "superdesk.json")
        let item = try #require(batch.items.first)
        #expect(item.guid == "urn:example:1")
        #expect(item.headline == "Storm hits coast")
        #expect(item.body == [.paragraph("First."), .paragraph("Second & last.")])
        #expect(item.bylines == ["Jane Roe"])
        #expect(diagnostics.contains { $0.id == "ninjs.dialect" && $0.location.pointer == "/guid" })
        #expect(diagnostics.contains { $0.id == "ninjs.dropped" && $0.message.contains("priority") && $0.location.line == 1 })
    }

    @Test(
        "broken ninjs is a located error, never a crash",
        arguments: ["{\"uri\": ", "[1, 2]", "\"text\"", "{\"headlines\": [{\"value\": \"no uri\"}]}", String(repeating: "[", count: 5000)])
    func brokenInput(text: String) {
        let result = NewsConverter(options: ConversionOptions(from: .ninjs)).convert(Data(text.utf8), file: "broken.json")
        #expect(!result.succeeded)
        #expect(result.diagnostics.errors.first?.location.line != nil)
    }
}

/// ninjs 1.7, the form deployed CMS ingest reads.
@Suite struct NinjsLegacyTests {
    @Test(
        "ninjs 1.7: headline, body_html, byline, entities with scheme and code, pictures keyed by name, instants in UTC; valid under IPTC's 1.7 schema",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (the seed and validate-ninjs)"))
    func seedAsNinjs17() throws {
        let shared = try #require(TestPaths.sharedFolder())
        let seed = shared.appendingPathComponent("corpus/plaintext/seed-macron-moscow.txt")
        let result = NewsConverter(options: ConversionOptions(to: .ninjs, versionCreated: "2026-01-01T01:30:00+01:00", ninjsVersion: .v1_7))
            .convert(try Data(contentsOf: seed), file: "seed.txt")
        let document = try #require(result.documents.first, "\(result.diagnostics.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: document.data) as? [String: Any])
        #expect(object["headline"] as? String == "Secret diplomacy: Macron sent representative to Moscow for Ukraine talks")
        #expect((object["body_html"] as? String)?.hasPrefix("<p>Against the backdrop") == true)
        #expect(object["versioncreated"] as? String == "2026-01-01T00:30:00Z")
        let places = object["place"] as? [[String: Any]] ?? []
        #expect(
            places.contains {
                ($0["name"] as? String) == "Ukraine" && ($0["scheme"] as? String) == "http://cvx.iptc.org/iso3166-1a2/"
                    && ($0["code"] as? String) == "UA"
            })
        let picture = (object["associations"] as? [String: Any])?["featuremedia"] as? [String: Any]
        #expect(picture?["description_text"] as? String == "Emmanuel Macron")
        #expect(picture?["byline"] as? String == "Getty Images")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ninjs17-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("seed.json")
        try document.data.write(to: file)
        #expect(try NinjsTests.referenceVerdicts([file], version: "1.7")[file.path] == true)
    }
}
