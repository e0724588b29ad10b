import Foundation
import NewsModel
import NewsXML
import Testing

@Suite struct XMLDocumentParserTests {
    @Test func parsesNamespacesAttributesAndLines() throws {
        let xml = """
            <?xml version="1.0"?>
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="a" version="2">
              <contentMeta>
                <headline role="main">Hello &amp; welcome</headline>
              </contentMeta>
            </newsItem>
            """
        let result = XMLDocumentParser.parse(Data(xml.utf8), file: "t.xml")
        let tree = try #require(result.tree)
        #expect(tree.root.name.namespace == "http://iptc.org/std/nar/2006-10-01/")
        #expect(tree.root[attribute: "version"] == "2")
        let headline = try #require(tree.root.firstElement(named: "contentMeta")?.firstElement(named: "headline"))
        #expect(headline.textContent == "Hello & welcome")
        #expect(headline.line == 4)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func reportsLineAndColumnOfSyntaxErrors() throws {
        let xml = "<a>\n  <b>text</c>\n</a>"
        let result = XMLDocumentParser.parse(Data(xml.utf8), file: "broken.xml")
        #expect(result.tree == nil)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.id == "xml.syntax")
        #expect(error.location.file == "broken.xml")
        #expect(error.location.line == 2)
        #expect((error.location.column ?? 0) > 0)
    }

    @Test(arguments: [
        ("empty", Data()),
        ("whitespace", Data("  \n ".utf8)),
        ("truncated", Data("<newsItem guid=\"a\"><itemMeta>".utf8)),
        ("invalid UTF-8", Data([0x3C, 0x61, 0x3E, 0xFF, 0xFE, 0x3C, 0x2F, 0x61, 0x3E])),
        ("binary garbage", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })),
    ])
    func rejectsMalformedInput(name: String, data: Data) {
        let result = XMLDocumentParser.parse(data, file: name)
        #expect(result.tree == nil, "\(name) must not parse")
        #expect(result.diagnostics.hasErrors, "\(name) must give an error diagnostic")
    }

    @Test func enforcesDocumentSizeLimit() {
        let result = XMLDocumentParser.parse(Data("<a>0123456789</a>".utf8), limits: XMLParseLimits(maximumDocumentBytes: 8))
        #expect(result.diagnostics.first?.id == "xml.limit.size")
    }

    @Test func enforcesConfiguredDepthLimit() {
        let xml = String(repeating: "<a>", count: 20) + String(repeating: "</a>", count: 20)
        let result = XMLDocumentParser.parse(Data(xml.utf8), limits: XMLParseLimits(maximumDepth: 10))
        #expect(result.tree == nil)
        #expect(result.diagnostics.contains { $0.id == "xml.limit.depth" })
    }

    @Test func keepsUndeclaredHTMLEntitiesAsCharacters() throws {
        let xml = "<!DOCTYPE nitf SYSTEM \"nitf.dtd\"><nitf><p>a&nbsp;b&mdash;c &unknown;</p></nitf>"
        let result = XMLDocumentParser.parse(Data(xml.utf8))
        let tree = try #require(result.tree)
        #expect(tree.root.textContent == "a\u{00A0}b\u{2014}c &unknown;")
        #expect(result.diagnostics.contains { $0.id == "xml.entity.unresolved" })
    }
}

@Suite struct HostileXMLTests {
    static let secretPath: String = {
        let path = NSTemporaryDirectory() + "newsmlkit-secret.txt"
        try? "TOP-SECRET-CONTENT-4711".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }()

    static let cases: [(String, String)] = [
        ("external file entity", "<!DOCTYPE r [<!ENTITY x SYSTEM \"file://\(secretPath)\">]><r>&x;</r>"),
        ("external URL entity", "<!DOCTYPE r [<!ENTITY x SYSTEM \"http://127.0.0.1:9/evil\">]><r>&x;</r>"),
        ("parameter entity", "<!DOCTYPE r [<!ENTITY % p SYSTEM \"file://\(secretPath)\"> %p;]><r/>"),
        (
            "billion laughs",
            "<!DOCTYPE r [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><r>&g;</r>"
        ),
        ("deep nesting", String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)),
        ("external DTD", "<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/evil.dtd\"><r>&x;</r>"),
    ]

    @Test(arguments: cases)
    func hostileDocumentsAreRejectedQuicklyWithoutLeakingContent(name: String, xml: String) {
        let started = Date()
        let result = XMLDocumentParser.parse(Data(xml.utf8), file: name)
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 2, "\(name) took \(seconds) s")
        #expect(result.diagnostics.hasErrors || result.tree.map { !$0.root.textContent.contains("TOP-SECRET") } == true)
        #expect(result.diagnostics.hasErrors, "\(name) must be rejected")
        let everything = result.diagnostics.map(\.description).joined() + (result.tree?.root.textContent ?? "")
        #expect(!everything.contains("TOP-SECRET-CONTENT"), "\(name) leaked file content")
        #expect(!everything.contains("lollollol"), "\(name) expanded entities")
    }
}
