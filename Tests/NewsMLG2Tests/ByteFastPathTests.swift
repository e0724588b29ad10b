import Foundation
import TestSupport
import Testing

@testable import NewsMLG2
@testable import NewsMLKit

/// Byte-level paths of the NewsML-G2 and NITF readers and checks, each held to the operation it stands in for: the
/// texts are written to tell them apart (CR LF, combining marks, non-ASCII digits, line terminators), and the corpus
/// heads add every real document's.
@Suite("NewsML-G2 byte paths")
struct ByteFastPathTests {
    static let heads: [String] = [
        "<nitf>", "<nitf/>", "<nitf\r\n version='3'>", "<?xml version=\"1.0\"?>\n<!-- c -->\n<nitf>", "<?xml?><!DOCTYPE nitf><nitf>",
        "<n:nitf xmlns:n='x'>", "<newsItem>", "<nitfx>", "<xnitf>", "<:nitf>", "<nitf\t>", "<?pi", "<", "", "no tags",
        "<!-- unclosed", "<nitf\u{0B}x>", "<nitf\u{1F}>", "<é:nitf>", "<nitf\u{301}>", "<?xml?>\r\n<nitf>", "< nitf>", "<nitf>é story",
        "<nitf> é", "<nitf>\u{301}", "<nitf \u{301}>", "<!-- é --><nitf>", "<?xml?>\u{301}<nitf>", "<newsItem>Zürich", "<x>\u{301}",
    ]

    @Test("the sniffer's byte path tells NITF as the Character walk tells it")
    func sniffsAsCharacters() {
        for head in Self.heads {
            let bytes = Array(head.utf8)
            let fast = bytes.withUnsafeBufferPointer { FormatSniffer.asciiIsNITF($0) }
            if let fast { #expect(fast == FormatSniffer.characterIsNITF(head), "\(head.debugDescription)") }
            #expect(FormatSniffer.isNITF(Data(bytes)) == FormatSniffer.characterIsNITF(head), "\(head.debugDescription)")
        }
    }

    @Test("every corpus document is sniffed as the Character walk sniffs it", .enabled(if: TestPaths.sharedOrCI))
    func corpusSniffedAsBefore() throws {
        let corpus = try #require(TestPaths.sharedFolder()).appendingPathComponent("corpus")
        let files = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        var compared = 0
        for file in files where ["xml", "nitf", "txt", "json"].contains(file.pathExtension) {
            let data = try Data(contentsOf: file)
            #expect(
                FormatSniffer.isNITF(data) == FormatSniffer.characterIsNITF(String(decoding: data.prefix(4096), as: UTF8.self)), "\(file)")
            compared += 1
        }
        #expect(compared > 500)
    }

    @Test("a truncated date is told as the expressions told it")
    func truncatedDatesAsExpressions() {
        let shapes = [#"^\d{4}$"#, #"^\d{4}-\d{2}$"#, #"^\d{4}-\d{2}-\d{2}$"#]
        for text in [
            "2026", "2026-12", "2026-12-07", "202", "20266", "2026-1", "2026-12-7", "2026/12", "2026-12-07T10:00:00Z", "2026\n", "2026\r\n",
            "2026\u{0B}", "2026\u{0C}", "2026\u{2028}", "٢٠٢٦", "２０２６", "2026-12-0٧", "", "abcd", "2026-ab", " 2026",
        ] {
            let expected = shapes.contains { text.range(of: $0, options: .regularExpression) != nil }
            #expect(DateRepair.isTruncatedDate(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test("a catalog href names IPTC's catalog as the Character search found it")
    func iptcCatalogAsCharacters() {
        let needle = "iptc.org/std/catalog/catalog.IPTC-G2-Standards"
        for href in [
            "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml",
            "https://iptc.org/std/catalog/catalog.IPTC-G2-Standards_36.xml",
            "http://example.com/catalog.xml", "iptc.org/std/catalog/catalog.IPTC-G2-Standard",
            "é iptc.org/std/catalog/catalog.IPTC-G2-Standards",
            "iptc.org/std/catalog/catalog.IPTC-G2-Standards\u{301}", "",
        ] {
            #expect(NewsMLG2Checks.namesIPTCCatalog(href) == href.contains(needle), "\(href)")
        }
    }
}
