import Foundation
import NewsMLKit
import TestSupport
import Testing

/// Hostile and broken inputs: a clean result or a clean, located error — never a crash, a hang or an
/// invalid output. Tests/Regressions keeps every input the fuzzers found a problem with.
@Suite struct RobustnessTests {
    static let regressions: [String] = {
        let folder = TestPaths.packageRoot.appendingPathComponent("Tests/Regressions")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }()

    /// Debug builds (what `swift test` runs) are several times slower than the release binary.
    static var timeLimit: Double {
        #if DEBUG
            return 90
        #else
            return 15
        #endif
    }

    static func check(_ data: Data, name: String, from: InputFormat = .auto, seconds limit: Double = timeLimit) {
        for format in OutputFormat.allCases {
            let started = Date()
            let result = NewsConverter(options: ConversionOptions(from: from, to: format, versionCreated: TestPaths.fixedTime)).convert(
                data, file: name)
            let elapsed = Date().timeIntervalSince(started)
            #expect(elapsed < limit, "\(name) → \(format): \(elapsed) s")
            #expect(
                !result.diagnostics.contains { $0.id == "output.invalid" }, "\(name) → \(format): \(result.diagnostics.errors.prefix(3))")
            #expect(result.succeeded || result.diagnostics.hasErrors, "\(name) → \(format) failed without saying why")
            for error in result.diagnostics.errors {
                #expect(error.location.file != nil, "\(name): \(error) has no location")
            }
        }
    }

    @Test("inputs the fuzzers found problems with", arguments: regressions)
    func regression(name: String) throws {
        let data = try Data(contentsOf: TestPaths.packageRoot.appendingPathComponent("Tests/Regressions/\(name)"))
        Self.check(data, name: name)
    }

    @Test func regressionsExist() {
        #expect(Self.regressions.count >= 7)
    }

    @Test(
        "hostile plain text",
        arguments: ["empty", "whitespace", "one 10 MB line", "NUL bytes", "BOM and CRLF", "mixed encodings", "20 MB random bytes"])
    func hostilePlainText(kind: String) {
        let data: Data
        switch kind {
        case "empty": data = Data()
        case "whitespace": data = Data(" \n\t\r\n   \n".utf8)
        case "one 10 MB line": data = Data(String(repeating: "word ", count: 2_000_000).utf8)
        case "NUL bytes": data = Data([0x48, 0x69, 0x00, 0x0A, 0x0A, 0x00, 0x00] + Array("Body text with a NUL\0 inside it.".utf8))
        case "BOM and CRLF":
            data = Data([0xEF, 0xBB, 0xBF] + Array("Headline here\r\n\r\nBy Jane Roe\r\nThe story text follows here.\r\n".utf8))
        case "mixed encodings":
            data = Data(
                Array("Caf\u{E9} in UTF-8\n\n".utf8) + [
                    0x43, 0x61, 0x66, 0xE9, 0x20, 0x69, 0x6E, 0x20, 0x4C, 0x61, 0x74, 0x69, 0x6E, 0x2D, 0x31, 0x0A,
                ])
        default:
            var generator = SystemRandomNumberGenerator()
            data = Data((0..<20_000_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }
        Self.check(data, name: kind, from: .text)
    }

    @Test(
        "hostile XML and JSON",
        arguments: [
            "<a>" + String(repeating: "<b>", count: 300) + "x",
            "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]><a>&b;</a>",
            "{\"uri\": \"u\", \"headlines\": " + String(repeating: "[", count: 100_000),
            "{\"uri\": 5, \"type\": [], \"headlines\": {\"value\": null}}",
            "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"g\" version=\"-1\"><itemMeta><versionCreated>yesterday</versionCreated></itemMeta></newsItem>",
        ])
    func hostileMarkup(text: String) {
        Self.check(Data(text.utf8), name: "hostile")
    }

    @Test("copy that opens with a bracketed word (\"[ROMA] Un ventitreenne …\") is text, not broken ninjs")
    func bracketedOpeningIsText() throws {
        let article = "[ROMA] Un ventitreenne è stato arrestato dalla Polizia a piazza Vittorio dopo una lite sul tram.\n"
        #expect(FormatSniffer.detect(Data(article.utf8)) == .text)
        #expect(FormatSniffer.detect(Data("[UPDATED] Council votes on budget\n".utf8)) == .text)
        // JSON arrays still read as JSON, and a "{" always does: broken ninjs is told as broken.
        #expect(FormatSniffer.detect(Data("[{\"uri\": \"a\"}]".utf8)) == .ninjs)
        #expect(FormatSniffer.detect(Data("[ ]".utf8)) == .ninjs)
        #expect(FormatSniffer.detect(Data("[null]".utf8)) == .ninjs)
        #expect(FormatSniffer.detect(Data("{uri: broken".utf8)) == .ninjs)
        let result = NewsConverter(options: ConversionOptions(to: .newsml, versionCreated: TestPaths.fixedTime)).convert(
            Data(article.utf8), file: "roma.txt")
        #expect(result.succeeded, "\(result.diagnostics)")
        let output = String(decoding: try #require(result.documents.first).data, as: UTF8.self)
        #expect(output.contains("Un ventitreenne"))
    }

    @Test("limits are configurable and hitting one is a diagnostic")
    func limits() {
        var limits = XMLParseLimits.default
        limits.maximumDocumentBytes = 1_000
        let big = Data(("<newsItem>" + String(repeating: "<p>text</p>", count: 500) + "</newsItem>").utf8)
        let result = NewsConverter(options: ConversionOptions(from: .newsml, limits: limits)).convert(big, file: "big.xml")
        #expect(result.diagnostics.errors.first?.id == "xml.limit.size")
        limits = .default
        limits.maximumDepth = 10
        let deep = Data((String(repeating: "<a>", count: 20) + String(repeating: "</a>", count: 20)).utf8)
        let deepResult = NewsConverter(options: ConversionOptions(from: .newsml, limits: limits)).convert(deep, file: "deep.xml")
        #expect(deepResult.diagnostics.errors.contains { $0.id.hasPrefix("xml.limit") })
    }
}
