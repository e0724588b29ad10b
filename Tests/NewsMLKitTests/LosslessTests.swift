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
            <subject type="cpnat:abstract" qcode="medtop:20000763" literal="rail-fares"><name>rail fares</name></subject>
            <headline>Preis\u{00A0}für 100\u{00A0}km: Bahn senkt Tarif</headline>
          </contentMeta>
          <contentSet>
            <inlineXML contenttype="application/xhtml+xml" wordcount="12">
              <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body><h1>Preis\u{00A0}für 100\u{00A0}km: Bahn senkt Tarif</h1><p>Die Bahn senkt den Tarif.</p></body></html>
            </inlineXML>
          </contentSet>
        </newsItem>
        """

    /// The test item with `properties` at the start of its contentMeta.
    static func item(addingToContentMeta properties: String) -> String {
        Self.item.replacingOccurrences(of: "<contentMeta>", with: "<contentMeta>\n" + properties)
    }

    /// The document without line breaks and indentation, to look for a run of elements in it.
    static func compact(_ document: String) -> String {
        document.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "  ", with: "")
    }

    /// `item` read and written back as NewsML-G2.
    func rewritten(_ item: String, file: String) throws -> String {
        let result = NewsConverter(options: ConversionOptions(from: .newsml, to: .newsml, versionCreated: TestPaths.fixedTime))
            .convert(Data(item.utf8), file: file)
        return String(decoding: try #require(result.documents.first, "\(result.diagnostics)").data, as: UTF8.self)
    }

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

    @Test("the source's word count, a body heading that repeats the headline and a literal beside a qcode survive NewsML-G2 → NewsML-G2")
    func attributesAndHeadingsSurvive() throws {
        let newsml = try convert(to: .newsml)
        #expect(newsml.contains("wordcount=\"12\""))
        // The body's heading repeats the headline: it is still the body's text, the heading it was.
        #expect(newsml.contains("<h1>Preis\u{00A0}für 100\u{00A0}km: Bahn senkt Tarif</h1>"), "\(newsml)")
        #expect(newsml.contains("qcode=\"medtop:20000763\" literal=\"rail-fares\""), "\(newsml)")
    }

    @Test("a headline-only text item keeps a contentSet (an empty XHTML body) that consumers require")
    func headlineOnlyItemHasContent() throws {
        let alert = Self.item.replacingOccurrences(
            of:
                #"<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body><h1>Preis\#u{00A0}für 100\#u{00A0}km: Bahn senkt Tarif</h1><p>Die Bahn senkt den Tarif.</p></body></html>"#,
            with: #"<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body><p/></body></html>"#)
        #expect(alert != Self.item)
        let result = NewsConverter(options: ConversionOptions(from: .newsml, to: .newsml, versionCreated: TestPaths.fixedTime))
            .convert(Data(alert.utf8), file: "alert.xml")
        let text = String(decoding: try #require(result.documents.first, "\(result.diagnostics)").data, as: UTF8.self)
        #expect(text.contains("<contentSet>") && text.contains("<inlineXML"), "\(text)")
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

    @Test(
        "text renditions beside the XHTML body (an agency's 7901 headline and text) survive NewsML-G2 and ninjs, byte for byte; NITF and ninjs 1.x name them as left out"
    )
    func inlineTextRenditionsSurvive() throws {
        let text = "Kiel (dpa) - Die Bahn senkt den Tarif.\n\n   Preise      alt    neu\nKiel-Hamburg 12,40  11,90\n"
        let item = Self.item.replacingOccurrences(
            of: "</inlineXML>",
            with: """
                </inlineXML>
                    <inlineData contenttype="text/plain" rendition="agencyrendition:headline" wordcount="5">Bahn senkt Tarif</inlineData>
                    <inlineData contenttype="text/plain" rendition="agencyrendition:text" wordcount="11">\(text)</inlineData>
                """)
        let options = ConversionOptions(from: .newsml, to: .newsml, versionCreated: TestPaths.fixedTime)
        let newsml = NewsConverter(options: options).convert(Data(item.utf8), file: "renditions.xml")
        let written = String(decoding: try #require(newsml.documents.first, "\(newsml.diagnostics)").data, as: UTF8.self)
        #expect(
            written.contains(
                #"<inlineData contenttype="text/plain" rendition="agencyrendition:text" wordcount="11">\#(text)</inlineData>"#),
            "\(written)")
        #expect(written.contains(#"rendition="agencyrendition:headline" wordcount="5">Bahn senkt Tarif</inlineData>"#))
        // Through ninjs 3.2 (as bodies with their roles) and back.
        var toNinjs = options
        toNinjs.to = .ninjs
        let ninjs = try #require(NewsConverter(options: toNinjs).convert(Data(item.utf8), file: "renditions.xml").documents.first)
        var back = options
        back.from = .ninjs
        let again = NewsConverter(options: back).convert(ninjs.data, file: "renditions.json")
        let round = String(decoding: try #require(again.documents.first, "\(again.diagnostics)").data, as: UTF8.self)
        #expect(round.contains(#"rendition="agencyrendition:text" wordcount="11">\#(text)</inlineData>"#), "\(round)")
        // Where the format has no place, a warning names what was left out.
        for (format, version) in [(OutputFormat.nitf, NinjsVersion.v3_2), (.ninjs, .v1_7)] {
            var elsewhere = options
            elsewhere.to = format
            elsewhere.ninjsVersion = version
            let result = NewsConverter(options: elsewhere).convert(Data(item.utf8), file: "renditions.xml")
            #expect(
                result.diagnostics.contains { $0.severity == .warning && $0.message.contains("agencyrendition:text") },
                "\(format) \(version)")
        }
    }

    @Test("a provider's own concept type, broader concepts and the language of a name survive NewsML-G2 → NewsML-G2")
    func conceptTypesBroaderAndNameLanguages() throws {
        let item = Self.item(
            addingToContentMeta: """
                    <located literal="Kiel" type="cptType:5">
                      <name>Kiel</name>
                      <broader qcode="N2:DE" type="cptType:5"><name>Germany</name></broader>
                    </located>
                    <genre qcode="genre:Analysis"><name xml:lang="fr">Analyse</name></genre>
                    <subject qcode="N2:DE" type="cptType:5"><name xml:lang="de">Deutschland</name><name>Germany</name></subject>
                """)
        let written = try rewritten(item, file: "concepts.xml")
        let compact = Self.compact(written)
        #expect(
            compact.contains(
                #"<located literal="Kiel" type="cptType:5"><name>Kiel</name><broader qcode="N2:DE" type="cptType:5"><name>Germany</name></broader></located>"#
            ), "\(written)")
        #expect(compact.contains(#"<genre qcode="genre:Analysis"><name xml:lang="fr">Analyse</name></genre>"#))
        #expect(
            compact.contains(
                #"<subject type="cptType:5" qcode="N2:DE"><name xml:lang="de">Deutschland</name><name role="nrol:alternate">Germany</name></subject>"#
            ))
        // ninjs has no place for broader concepts: a warning names them.
        var options = ConversionOptions(from: .newsml, to: .ninjs, versionCreated: TestPaths.fixedTime)
        options.ninjsVersion = .v3_2
        let ninjs = NewsConverter(options: options).convert(Data(item.utf8), file: "concepts.xml")
        #expect(ninjs.diagnostics.contains { $0.id == "ninjs.dropped" && $0.message.contains("Germany") })
    }

    @Test("remoteContent keeps its renditionuri through NewsML-G2 → NewsML-G2")
    func renditionURISurvives() throws {
        let item = Self.item.replacingOccurrences(
            of: "</inlineXML>",
            with: """
                </inlineXML>
                    <remoteContent renditionuri="http://cv.iptc.org/newscodes/rendition/print" href="https://example.com/story.pdf" contenttype="application/pdf"/>
                """)
        let written = try rewritten(item, file: "rendition.xml")
        #expect(
            written.contains(#"renditionuri="http://cv.iptc.org/newscodes/rendition/print" href="https://example.com/story.pdf""#),
            "\(written)")
    }

    @Test("a faceted subject (mainConcept with facetConcepts, no qcode of its own) is kept and written back as one")
    func facetedSubjectSurvives() throws {
        let item = Self.item(
            addingToContentMeta: """
                    <subject>
                      <mainConcept qcode="medtop:20001057"><name xml:lang="en">alpine skiing</name></mainConcept>
                      <facetConcept rel="aspfacet:gender" qcode="aspfacetvalue:women"><name>women</name></facetConcept>
                    </subject>
                """)
        let written = try rewritten(item, file: "faceted.xml")
        let compact = Self.compact(written)
        #expect(
            compact.contains(
                #"<mainConcept qcode="medtop:20001057"><name xml:lang="en">alpine skiing</name></mainConcept><facetConcept qcode="aspfacetvalue:women" rel="aspfacet:gender"><name>women</name></facetConcept></subject>"#
            ), "\(written)")
    }

    @Test("an item class as a provider spells it (APA's ninat:graphics) is read as what it means and written back as it was")
    func providerItemClassSurvives() throws {
        let item = Self.item.replacingOccurrences(of: #"<itemClass qcode="ninat:text"/>"#, with: #"<itemClass qcode="ninat:graphics"/>"#)
        let converter = NewsConverter(options: ConversionOptions(from: .newsml, to: .newsml, versionCreated: TestPaths.fixedTime))
        let (batch, _) = converter.read(Data(item.utf8), file: "graphic.xml")
        #expect(batch.items.first?.itemClass == .graphic)
        let written = String(
            decoding: try #require(converter.convert(Data(item.utf8), file: "graphic.xml").documents.first).data, as: UTF8.self)
        #expect(written.contains(#"<itemClass qcode="ninat:graphics"/>"#))
    }

    @Test("a literal beside a qcode on infoSource and creator survives NewsML-G2 → NewsML-G2 (Superdesk reads the original source from it)")
    func infoSourceLiteralSurvives() throws {
        let item = Self.item(
            addingToContentMeta: """
                    <infoSource literal="Opta Sports Data" qcode="NS:OPTA" role="cRole:origProv"/>
                    <creator literal="Opta Sports Data" qcode="NS:OPTA" role="cRole:source"/>
                """)
        let written = try rewritten(item, file: "sources.xml")
        #expect(written.contains(#"<infoSource qcode="NS:OPTA" literal="Opta Sports Data" role="cRole:origProv">"#), "\(written)")
        #expect(written.contains(#"<creator qcode="NS:OPTA" literal="Opta Sports Data" role="cRole:source"/>"#), "\(written)")
    }

    @Test("empty paragraphs between sections (STT's spacing) stay paragraphs: consumers count them")
    func emptyParagraphsStay() throws {
        let item = Self.item.replacingOccurrences(
            of: "<p>Die Bahn senkt den Tarif.</p>",
            with: "<p>Die Bahn senkt den Tarif.</p><p></p><p><b>Neue Preise</b></p><p/><p>Ab Juni.</p>")
        #expect(item != Self.item)
        let written = try rewritten(item, file: "spacing.xml")
        #expect(written.components(separatedBy: "<p/>").count - 1 == 2, "\(written)")
    }

    @Test(
        "NITF's body.head in inlineXML (a hedline unlike the headline, byline, abstract) stays in the XHTML body, and reads back the same")
    func embeddedNITFHeadStays() throws {
        let nitf = """
            <inlineXML contenttype="application/nitf+xml">
              <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.head>
                <hedline><hl1>Rovers (3-1) at United (2-2), 7:30 p.m.</hl1></hedline>
                <byline><byttl>Sports Desk</byttl></byline>
                <abstract><p>Two unbeaten sides meet at the harbour ground.</p></abstract>
              </body.head><body.content><p>Rovers travel to United tonight.</p></body.content></body></nitf>
            </inlineXML>
            """
        let item = Self.item.replacing(#/<inlineXML contenttype="application/xhtml\+xml" wordcount="12">[\s\S]*</inlineXML>/#, with: nitf)
        #expect(item.contains("nitf+xml"))
        let written = try rewritten(item, file: "embedded.xml")
        let compact = Self.compact(written)
        #expect(
            compact.contains(
                #"<body><h1>Rovers (3-1) at United (2-2), 7:30 p.m.</h1><p class="byline">Sports Desk</p><p class="abstract">Two unbeaten sides meet at the harbour ground.</p><p>Rovers travel to United tonight.</p></body>"#
            ), "\(written)")
        // Read back, the head is the same head: written the same way again.
        #expect(try rewritten(written, file: "again.xml") == written)
        // In NITF the byline and abstract are body.head's (from the item's metadata); the hedline that is not
        // the item's headline stays in the body.
        let result = NewsConverter(options: ConversionOptions(from: .newsml, to: .nitf, versionCreated: TestPaths.fixedTime))
            .convert(Data(written.utf8), file: "again.xml")
        let nitfOut = Self.compact(String(decoding: try #require(result.documents.first).data, as: UTF8.self))
        #expect(nitfOut.contains("<body.content><p>Rovers (3-1) at United (2-2), 7:30 p.m.</p><p>Rovers travel"), "\(nitfOut)")
        #expect(nitfOut.components(separatedBy: "Two unbeaten sides").count == 2, "\(nitfOut)")
    }

    @Test("text standing in the XHTML body after its last paragraph (ANSA's routing line) is kept as a paragraph")
    func bodyTextBetweenBlocksStays() throws {
        let item = Self.item.replacingOccurrences(
            of: "<p>Die Bahn senkt den Tarif.</p></body>", with: "<p>Die Bahn senkt den Tarif.</p>51 77 03 CRO01 GEST03</body>")
        #expect(item != Self.item)
        let written = try rewritten(item, file: "tail.xml")
        #expect(written.contains("<p>51 77 03 CRO01 GEST03</p>"), "\(written)")
    }

    @Test("a body that is only text set in lines (Reuters' fixtures) keeps its line breaks, as the body's own text")
    func preformattedBodyKeepsItsLines() throws {
        let lines = "Jan 3 (OPTA) - Results\n  Aves (0) 1 Moreirense (2) 2\n  Maritimo (0) 1 Chaves (1) 2"
        let item = Self.item.replacing(#/<body><h1>[\s\S]*</body>/#, with: "<body>\n\(lines)\n</body>")
        #expect(item.contains("OPTA"))
        let written = try rewritten(item, file: "fixtures.xml")
        #expect(written.contains("<body>\(lines)</body>"), "\(written)")
    }

    @Test("a subject with neither code nor name, only its relevance, confidence and why, is kept as it was")
    func namelessSubjectStays() throws {
        let item = Self.item(addingToContentMeta: #"<subject confidence="1" relevance="0" why="why:direct"/>"#)
        let written = try rewritten(item, file: "nameless.xml")
        #expect(written.contains(#"relevance="0" confidence="1" why="why:direct"/>"#), "\(written)")
    }
}
