import Foundation
import TestSupport
import Testing

/// `newsml convert FILE --to FORMAT` is read without ArgumentParser (`QuickConvert`); every other form goes
/// through it. Both must do the same thing: the same bytes out, the same diagnostics, the same exit status.
@Suite struct QuickConvertTests {
    let newsml = TestPaths.newsmlExecutable
    let environment = ["SOURCE_DATE_EPOCH": "1767225600"]

    /// `--to=FORMAT` and a default written out are forms only ArgumentParser reads.
    @Test(
        "the quick one-file path and ArgumentParser give the same output for every sample and format",
        arguments: [
            "plaintext/harbour-bridge-web.txt", "plaintext/wire-storm-iptc7901.txt", "newsml-g2/text-item-council-budget.xml",
            "nitf/munich-power-price-latin1.xml",
        ])
    func quickPathEqualsParsedPath(sample: String) throws {
        let path = TestPaths.samples.appendingPathComponent(sample).path
        for format in ["newsml", "ninjs", "nitf"] {
            for extra in [[], ["--no-entities"]] {
                let quick = try run(newsml, ["convert", path, "--to", format] + extra, environment: environment)
                let parsed = try run(newsml, ["convert", path, "--to=\(format)", "--pictures", "inline"] + extra, environment: environment)
                #expect(quick.status == parsed.status, "\(sample) \(format): \(quick.standardError)")
                #expect(quick.standardOutput == parsed.standardOutput, "\(sample) \(format) \(extra)")
                #expect(quick.standardError == parsed.standardError, "\(sample) \(format)")
                #expect(quick.standardOutput.count > 200, "\(sample) \(format)")
            }
        }
    }

    @Test("-o, --from and --format json behave the same on both paths, and a bad input fails the same way")
    func optionsAndFailuresMatch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quick-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = TestPaths.samples.appendingPathComponent("plaintext/email-council-closure.txt").path
        let quickFile = folder.appendingPathComponent("quick.xml").path
        let parsedFile = folder.appendingPathComponent("parsed.xml").path
        let quick = try run(newsml, ["convert", sample, "-o", quickFile, "--from", "text"], environment: environment)
        let parsed = try run(newsml, ["convert", sample, "--output=\(parsedFile)", "--from=text"], environment: environment)
        #expect(quick.status == 0 && parsed.status == 0, "\(quick.standardError) \(parsed.standardError)")
        #expect(FileManager.default.contents(atPath: quickFile) == FileManager.default.contents(atPath: parsedFile))
        #expect((FileManager.default.contents(atPath: quickFile)?.count ?? 0) > 200)

        let broken = folder.appendingPathComponent("broken.xml")
        try Data("<newsItem><unclosed>".utf8).write(to: broken)
        let quickBad = try run(newsml, ["convert", broken.path, "--format", "json"])
        let parsedBad = try run(newsml, ["convert", broken.path, "--format=json"])
        #expect(quickBad.status == 1)
        #expect(quickBad.status == parsedBad.status)
        #expect(quickBad.standardError == parsedBad.standardError)
        #expect(quickBad.standardError.contains("\"id\""))

        let missing = try run(newsml, ["convert", folder.appendingPathComponent("nothing-here.txt").path])
        let missingParsed = try run(newsml, ["convert", folder.appendingPathComponent("nothing-here.txt").path, "--to=newsml"])
        #expect(missing.status == 2)
        #expect(missing.standardError == missingParsed.standardError)
    }

    @Test("what the quick path does not know goes to ArgumentParser: an unknown value or option is a usage error")
    func unknownFormsAreUsageErrors() throws {
        let sample = TestPaths.samples.appendingPathComponent("plaintext/harbour-bridge-web.txt").path
        let badValue = try run(newsml, ["convert", sample, "--to", "docx"])
        #expect(badValue.status == 2)
        #expect(badValue.standardError.contains("docx"))
        let badOption = try run(newsml, ["convert", sample, "--shout"])
        #expect(badOption.status == 2)
        let twice = try run(newsml, ["convert", sample, sample])
        #expect(twice.status == 2)
        #expect(twice.standardError.contains("--output-dir"))
    }
}
