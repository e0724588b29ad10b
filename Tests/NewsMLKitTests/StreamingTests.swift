import Foundation
import NewsMLKit
import TestSupport
import Testing

/// Large newsMessages are converted item by item; the outputs are the ones a whole-document read gives.
@Suite struct StreamingTests {
    static func message(items: Int, brokenAt broken: Int? = nil) -> Data {
        var text =
            #"<?xml version="1.0" encoding="UTF-8"?><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2026-01-01T00:00:00Z</sent></header><itemSet>"#
        for index in 0..<items {
            let guid = index == broken ? "" : #" guid="urn:example:item-\#(index)""#
            text +=
                #"<newsItem\#(guid) version="1" standard="NewsML-G2" standardversion="2.35" conformance="power"><catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"/><itemMeta><itemClass qcode="ninat:text"/><provider literal="Wire"/><versionCreated>2026-01-01T00:00:00Z</versionCreated></itemMeta><contentMeta><headline>Story \#(index)</headline></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body><p>Paragraph of story \#(index).</p></body></html></inlineXML></contentSet></newsItem>"#
        }
        return Data((text + "</itemSet></newsMessage>").utf8)
    }

    @Test(arguments: [OutputFormat.newsml, .ninjs])
    func streamingMatchesWholeDocument(format: OutputFormat) throws {
        let data = Self.message(items: 300, brokenAt: 17)
        let converter = NewsConverter(options: ConversionOptions(from: .newsml, to: format, versionCreated: TestPaths.fixedTime))
        #expect(converter.canStream(data))
        var streamed: [ConvertedDocument] = []
        let (result, count) = converter.convertStreaming(data, file: "message.xml") { streamed.append($0) }
        let whole = converter.convert(data, file: "message.xml")
        #expect(count == 299)
        #expect(streamed.map(\.data) == whole.documents.map(\.data))
        #expect(streamed.map(\.nameSuffix) == whole.documents.map(\.nameSuffix))
        #expect(result.diagnostics.errors.map(\.id) == ["newsml.guid.missing"])
    }

    @Test func documentsWithADoctypeAreNotStreamed() {
        let data = Data(
            #"<?xml version="1.0"?><!DOCTYPE newsMessage [<!ENTITY x "y">]><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"/>"#.utf8
        )
        let converter = NewsConverter(options: ConversionOptions(from: .newsml))
        #expect(!converter.canStream(data))
        let (result, count) = converter.convertStreaming(data) { _ in }
        #expect(count == 0)
        #expect(result.diagnostics.contains { $0.id == "xml.entity.declaration" })
    }

    @Test func brokenXMLInTheMiddleStopsWithALocatedError() {
        var text = String(decoding: Self.message(items: 5), as: UTF8.self)
        text = text.replacingOccurrences(of: "<headline>Story 3</headline>", with: "<headline>Story 3</headlin>")
        var emitted = 0
        let (result, _) = NewsConverter(options: ConversionOptions(from: .newsml)).convertStreaming(Data(text.utf8), file: "m.xml") { _ in
            emitted += 1
        }
        // The reader parses ahead a little, so the item just before the error may not be emitted.
        #expect((2...3).contains(emitted))
        #expect(result.diagnostics.errors.first?.id == "xml.syntax")
        #expect(result.diagnostics.errors.first?.location.line == 1)
    }
}
