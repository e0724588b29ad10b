import Foundation
import NewsMLKit
import TestSupport
import Testing

/// What a reader reads, the writers write: the losses consumers found in our outputs, each on an item written here.
@Suite struct LosslessTests {
    static let item = """
        <?xml version="1.0" encoding="UTF-8"?>
        <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:20260601:lossless" version="1"
          standard="NewsML-G2" standardversion="2.35" conformance="power">
          <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>
          <itemMeta>
            <itemClass qcode="ninat:text"/>
            <provider literal="example"/>
            <versionCreated>2026-06-01T10:00:00Z</versionCreated>
            <pubStatus qcode="stat:usable"/>
          </itemMeta>
          <contentMeta>
            <subject type="cpnat:geoArea" qcode="N2:SA"/>
            <headline>Preis\u{00A0}für 100\u{00A0}km: Bahn senkt Tarif</headline>
          </contentMeta>
          <contentSet>
            <inlineXML contenttype="application/xhtml+xml">
              <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body><p>Die Bahn senkt den Tarif.</p></body></html>
            </inlineXML>
          </contentSet>
        </newsItem>
        """

    func convert(to format: OutputFormat) throws -> String {
        let result = NewsConverter(options: ConversionOptions(from: .newsml, to: format, versionCreated: TestPaths.fixedTime))
            .convert(Data(Self.item.utf8), file: "lossless.xml")
        return String(decoding: try #require(result.documents.first, "\(result.diagnostics)").data, as: UTF8.self)
    }

    @Test("a NO-BREAK SPACE in a headline stays one, in NewsML-G2, ninjs and NITF")
    func noBreakSpaceIsKept() throws {
        #expect(try convert(to: .newsml).contains("<headline>Preis\u{00A0}für 100\u{00A0}km: Bahn senkt Tarif</headline>"))
        #expect(try convert(to: .ninjs).contains("Preis\u{00A0}für 100\u{00A0}km"))
        #expect(try convert(to: .nitf).contains("<hl1>Preis\u{00A0}für 100\u{00A0}km: Bahn senkt Tarif</hl1>"))
    }

    @Test("a subject known only by its code gets no name made from the code, in any output")
    func noNameFromACode() throws {
        let newsml = try convert(to: .newsml)
        #expect(newsml.contains("qcode=\"N2:SA\""))
        #expect(!newsml.contains("<name>N2:SA</name>"))
        let ninjs = try convert(to: .ninjs)
        // ninjs carries the code it cannot expand as a literal, never as a name.
        #expect(ninjs.contains("\"literal\": \"N2:SA\"") && !ninjs.contains("\"name\": \"N2:SA\""), "\(ninjs)")
        let nitf = try convert(to: .nitf)
        #expect(!nitf.contains(">N2:SA<"))
    }
}
