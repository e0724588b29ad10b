import Foundation
import TestSupport
import Testing

/// Runs the built `newsml` binary the way a user does (`swift test` builds it first).
@Suite struct CommandLineTests {
    let newsml = TestPaths.newsmlExecutable
    let sample = TestPaths.samples.appendingPathComponent("plaintext/harbour-bridge-web.txt").path

    @Test func convertsPlainTextToStandardOutput() throws {
        let result = try run(newsml, ["convert", sample, "--to", "newsml", "--version-created", TestPaths.fixedTime])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("<?xml"))
        #expect(result.standardOutput.contains("<headline>City council approves new harbour bridge after decade of debate</headline>"))
    }

    @Test func readsStandardInput() throws {
        let input = Data("A headline on stdin\n\nThe body of the story is a sentence that is long enough to count.\n".utf8)
        let result = try run(newsml, ["convert", "-"], input: input)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("A headline on stdin"))
    }

    @Test func hostileXMLExitsOneWithDiagnostic() throws {
        let input = Data("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>".utf8)
        let result = try run(newsml, ["convert", "-", "--from", "newsml"], input: input)
        #expect(result.status == 1)
        #expect(result.seconds < 2)
        #expect(result.standardError.contains("error: [xml.entity.declaration]"))
        #expect(!result.standardError.contains("root:"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func diagnosticsAsJSON() throws {
        let result = try run(newsml, ["convert", "-", "--from", "newsml", "--format", "json"], input: Data("<a>".utf8))
        #expect(result.status == 1)
        let decoded = try JSONSerialization.jsonObject(with: Data(result.standardError.utf8)) as? [[String: Any]]
        #expect(decoded?.first?["id"] as? String == "xml.syntax")
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try run(newsml, ["convert"]).status == 2)
        #expect(try run(newsml, ["convert", sample, "--to", "pdf"]).status == 2)
        #expect(try run(newsml, ["convert", "/nonexistent/file.txt"]).status == 2)
        #expect(try run(newsml, ["convert", sample, sample]).status == 2)
    }

    @Test("an input that cannot be read says why, with exit 2, alone or in a batch")
    func unreadableInputSaysWhy() throws {
        let missing = NSTemporaryDirectory() + "newsmlkit-cli-missing-\(UUID().uuidString).txt"
        let alone = try run(newsml, ["convert", missing])
        #expect(alone.status == 2)
        #expect(alone.standardError.contains("error: [io.read] cannot read '\(missing)': no such file"), "\(alone.standardError)")
        let validated = try run(newsml, ["validate", missing])
        #expect(validated.status == 2)
        #expect(validated.standardError.contains("[io.read] cannot read the file: no such file"), "\(validated.standardError)")
        #expect(validated.standardOutput == "\(missing): not validated (not read)\n")
        // A schema that cannot be used says nothing of the document: exit 2, not "invalid".
        let schemaless = try run(newsml, ["validate", "--schema", missing + ".xsd", sample])
        #expect(schemaless.status == 2)
        #expect(schemaless.standardError.contains("[schema.missing]"), "\(schemaless.standardError)")
        #expect(schemaless.standardOutput.contains("not validated (no usable schema: "), "\(schemaless.standardOutput)")
        let output = NSTemporaryDirectory() + "newsmlkit-cli-batch-\(UUID().uuidString)"
        let batch = try run(newsml, ["convert", sample, missing, "--output-dir", output])
        #expect(batch.status == 1)
        #expect(batch.standardError.contains("[io.read] cannot read the file: no such file"), "\(batch.standardError)")
        #expect(FileManager.default.fileExists(atPath: output + "/harbour-bridge-web.xml"))
    }

    @Test("an output that cannot be written says why, with exit 2")
    func unwritableOutputSaysWhy() throws {
        let folder = NSTemporaryDirectory() + "newsmlkit-cli-nofolder-\(UUID().uuidString)"
        let single = try run(newsml, ["convert", sample, "-o", folder + "/out.xml"])
        #expect(single.status == 2)
        #expect(
            single.standardError.contains("[io.write] cannot write the output: the folder '\(folder)' does not exist"),
            "\(single.standardError)")
        let file = NSTemporaryDirectory() + "newsmlkit-cli-afile-\(UUID().uuidString)"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let batch = try run(newsml, ["convert", sample, sample, "--output-dir", file])
        #expect(batch.status == 2)
        #expect(
            batch.standardError.contains("cannot create the output folder: a file of that name is in the way"), "\(batch.standardError)")
    }

    @Test("--version-created is checked before anything is converted")
    func versionCreatedIsChecked() throws {
        let wrong = try run(newsml, ["convert", sample, "--version-created", "yesterday"])
        #expect(wrong.status == 2)
        #expect(wrong.standardError.contains("--version-created must be a date and time"), "\(wrong.standardError)")
        #expect(wrong.standardOutput.isEmpty)
        for value in ["2026-13-01T00:00:00Z", "2026-01-01", "2026-01-01T00:00:00+1:00", "2026-01-01T00:00:00.Z"] {
            #expect(try run(newsml, ["convert", sample, "--version-created", value]).status == 2, "\(value)")
        }
        for value in ["2026-01-01T00:30:00Z", "2026-01-01T01:30:00+01:00", "2026-01-01T01:30:00.250-05:00", "2026-01-01T01:30:00"] {
            let right = try run(newsml, ["convert", sample, "--version-created", value])
            #expect(right.status == 0, "\(value): \(right.standardError)")
            #expect(right.standardOutput.contains("<versionCreated>\(value)</versionCreated>"), "\(value)")
        }
    }

    @Test func validateReportsSchemaAndVerdict() throws {
        let converted = try run(newsml, ["convert", sample])
        let path = NSTemporaryDirectory() + "newsmlkit-cli-valid.xml"
        try converted.standardOutput.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try run(newsml, ["validate", path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("valid (schema: "))
        let broken = NSTemporaryDirectory() + "newsmlkit-cli-invalid.xml"
        try converted.standardOutput.replacingOccurrences(of: "<itemClass qcode=\"ninat:text\"/>", with: "").write(
            toFile: broken, atomically: true, encoding: .utf8)
        let invalid = try run(newsml, ["validate", broken])
        #expect(invalid.status == 1)
        #expect(invalid.standardError.contains("error: [xml.schema.invalid]"))
    }

    @Test func inspectShowsTheModel() throws {
        let result = try run(newsml, ["inspect", sample])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("[h2] Funding and timetable"))
        #expect(result.standardOutput.contains("credit: Aarhus Stadsarkiv"))
        let json = try run(newsml, ["inspect", sample, "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])?["items"] != nil)
    }

    @Test func batchKeepsGoingPastBadItems() throws {
        let folder = NSTemporaryDirectory() + "newsmlkit-batch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        try "Good headline\n\nA good story body with enough words to be read as a paragraph of text.\n".write(
            toFile: folder + "/in/good.txt", atomically: true, encoding: .utf8)
        try "<broken".write(toFile: folder + "/in/bad.xml", atomically: true, encoding: .utf8)
        let result = try run(newsml, ["convert", folder + "/in", "--output-dir", folder + "/out"])
        #expect(result.status == 1)
        #expect(FileManager.default.fileExists(atPath: folder + "/out/good.xml"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/bad.xml"))
        #expect(
            result.standardError.contains("summary: 1 converted, 0 converted with repairs, 1 failed (of 2 inputs); 1 documents written"))
    }

    @Test(
        "batch over the whole corpus: one output per convertible item, an error naming each failed input",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus, schemas or tools)"))
    func batchOverCorpus() throws {
        guard let shared = TestPaths.sharedFolder() else { return }
        let output = NSTemporaryDirectory() + "newsmlkit-corpus-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try run(
            newsml,
            ["convert", shared.appendingPathComponent("corpus").path, "--output-dir", output, "--version-created", TestPaths.fixedTime])
        #expect(result.status == 1)
        let summary = try #require(result.standardError.split(separator: "\n").last { $0.hasPrefix("summary:") })
        let numbers = summary.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        // converted, repaired, failed, inputs, documents
        #expect(numbers.count == 5)
        let written = try FileManager.default.contentsOfDirectory(atPath: output)
        #expect(written.count == numbers[4], "every document has its own file")
        #expect(numbers[0] + numbers[1] + numbers[2] == numbers[3])
        #expect(numbers[4] >= 650)
        let failedFiles = Set(
            result.standardError.split(separator: "\n").filter { $0.contains(": error: [") }.compactMap {
                $0.split(separator: ":").first.map(String.init)
            })
        #expect(failedFiles.count == numbers[2], "one error (or more) names each failed input")
        #expect(!result.standardError.contains("output.invalid"), "no output may be invalid")
    }
}

@Suite struct AuthorityFileTests {
    @Test func authorityLinksTakePrecedence() throws {
        let path = NSTemporaryDirectory() + "newsmlkit-authority.tsv"
        try "Lena Sørensen\tSørensen\tperson\thttps://example.org/people/lena\n".write(toFile: path, atomically: true, encoding: .utf8)
        let sample = TestPaths.samples.appendingPathComponent("plaintext/harbour-bridge-web.txt").path
        let result = try run(TestPaths.newsmlExecutable, ["convert", sample, "--authority", path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("uri=\"https://example.org/people/lena\""))
        #expect(try run(TestPaths.newsmlExecutable, ["convert", sample, "--authority", "/nonexistent.tsv"]).status == 2)
    }
}

@Suite struct CatalogTests {
    @Test("--catalog expands a provider's qcodes to the absolute URIs ninjs needs; without it they stay literals")
    func providerCatalogExpandsQcodes() throws {
        let folder = NSTemporaryDirectory() + "newsmlkit-catalog-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let catalog = """
            <catalog xmlns="http://iptc.org/std/nar/2006-10-01/" url="http://example.com/catalog.xml">
              <scheme alias="excat" uri="http://example.com/codes/"/>
            </catalog>
            """
        let item = """
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:catalog:1" version="1" standard="NewsML-G2" standardversion="2.35" conformance="power">
              <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"/>
              <itemMeta><itemClass qcode="ninat:text"/><provider literal="p"/><versionCreated>2026-01-01T00:00:00Z</versionCreated></itemMeta>
              <contentMeta><subject type="cpnat:abstract" qcode="excat:123"><name>Harbours</name></subject>
                <subject type="cpnat:abstract" qcode="medtop:20000002"><name>arts</name></subject><headline>Catalogs</headline></contentMeta>
            </newsItem>
            """
        try catalog.write(toFile: folder + "/catalog.xml", atomically: true, encoding: .utf8)
        try item.write(toFile: folder + "/item.xml", atomically: true, encoding: .utf8)
        let with = try run(
            TestPaths.newsmlExecutable, ["convert", folder + "/item.xml", "--to", "ninjs", "--catalog", folder + "/catalog.xml"])
        #expect(with.status == 0, "\(with.standardError)")
        #expect(with.standardOutput.contains("\"uri\": \"http://example.com/codes/123\""))
        #expect(with.standardOutput.contains("\"uri\": \"http://cv.iptc.org/newscodes/mediatopic/20000002\""))
        let without = try run(TestPaths.newsmlExecutable, ["convert", folder + "/item.xml", "--to", "ninjs"])
        #expect(without.standardOutput.contains("\"literal\": \"excat:123\""))
        #expect(try run(TestPaths.newsmlExecutable, ["convert", folder + "/item.xml", "--catalog", folder + "/missing.xml"]).status == 2)
    }
}
