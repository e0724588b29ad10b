import Foundation
import NewsMLKit
import TestSupport
import Testing

/// NITF in and out: the team's samples (goldens), every NITF file of the agency corpus and the NITF that
/// NewsML-G2 items carry, checked against the source and against IPTC's NITF 3.6 and NewsML-G2 schemas.
@Suite struct NITFTests {
    static let samples = TestPaths.samples.appendingPathComponent("nitf")
    static let sampleNames = ["council-ferry-timetable", "munich-power-price-latin1"]

    static var corpusFiles: [URL] {
        guard let shared = TestPaths.sharedFolder() else { return [] }
        let folder = shared.appendingPathComponent("corpus/nitf")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return files.filter { $0.pathExtension == "xml" }.sorted { $0.path < $1.path }
    }

    static var officialNITFSchema: String? {
        TestPaths.sharedFolder()?.appendingPathComponent("schemas/nitf/3.6/nitf-3-6.xsd").path
    }

    func convert(_ data: Data, to format: OutputFormat, dialect: NITFDialect = .plain, schema: String? = nil) -> ConversionResult {
        NewsConverter(
            options: ConversionOptions(
                to: format, versionCreated: TestPaths.fixedTime, nitfDialect: dialect, nitfSchema: schema)
        ).convert(data, file: "input.xml")
    }

    @Test("the samples convert to the golden NITF, NewsML-G2 and ninjs", arguments: sampleNames)
    func sampleGoldens(name: String) throws {
        let input = try Data(contentsOf: Self.samples.appendingPathComponent("\(name).xml"))
        #expect(FormatSniffer.detect(input) == .nitf)
        for (format, suffix) in [(OutputFormat.nitf, "nitf.xml"), (.newsml, "newsml.xml"), (.ninjs, "json")] {
            let result = convert(input, to: format)
            let document = try #require(result.documents.first, "\(format): \(result.diagnostics)")
            #expect(result.succeeded, "\(result.diagnostics.errors)")
            try assertGolden(
                String(decoding: document.data, as: UTF8.self), file: Self.samples.appendingPathComponent("expected/\(name).\(suffix)"))
        }
    }

    @Test("the sample keeps headline, subheadline, byline, dateline, abstract, keywords, entities, picture and tagline")
    func sampleKeepsWhatItSays() throws {
        let input = try Data(contentsOf: Self.samples.appendingPathComponent("council-ferry-timetable.xml"))
        let item = try #require(NewsConverter(options: ConversionOptions(recogniseEntities: false)).read(input).batch.items.first)
        #expect(item.guid == "NGZ.2026.06.09.0042")
        #expect(item.headline == "Council approves new harbour ferry timetable")
        #expect(item.headlines.contains { $0.text == "Four extra evening crossings from September" && $0.role == "hld:subHeadline" })
        #expect(item.bylines == ["By Priya Raman, Transport Correspondent"])
        #expect(item.creators.compactMap(\.name) == ["Priya Raman"])
        #expect(item.dateline == "NORTHFIELD, June 9")
        #expect(item.versionCreated == "2026-06-09T08:14:02+01:00")
        #expect(item.urgency == 4)
        #expect(item.keywords == ["ferry", "harbour"])
        #expect(item.entities.contains { $0.kind == .organisation && $0.name == "Northfield District Council" })
        #expect(item.entities.contains { $0.kind == .subject && $0.qcode == "subj:11006005" && $0.name == "Local government" })
        // A subject given only by its code gets no name made from the code.
        #expect(item.entities.contains { $0.qcode == "subj:04015000" && $0.name.isEmpty })
        let picture = try #require(item.pictures.first)
        #expect(picture.caption == "The harbour ferry leaves Northfield pier at dusk.")
        #expect(picture.creditline == "Photo: Lee Marsh/Northfield Gazette")
        #expect(picture.renditions.first?.href == "https://images.example/ferry-at-dusk.jpg")
        #expect(item.body.contains(.subheading("Fares stay the same", level: 2)))
        #expect(item.body.contains { if case .list(let entries, false) = $0 { entries.count == 2 } else { false } })
        #expect(item.editorialNotes == ["Corrects the number of evening crossings in paragraph two."])
    }

    @Test("ISO-8859-1 NITF with a DOCTYPE is read in its declared encoding")
    func latin1WithDoctype() throws {
        let input = try Data(contentsOf: Self.samples.appendingPathComponent("munich-power-price-latin1.xml"))
        let (batch, diagnostics) = NewsConverter().read(input)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let item = try #require(batch.items.first)
        #expect(item.headline == "Ström über München: Stadtwerke senken den Preis")
        #expect(item.bylines == ["Von Jörg Müller"])
    }

    @Test("a document whose root is not nitf is refused with a located error")
    func wrongRootIsRefused() {
        let result = NewsConverter(options: ConversionOptions(from: .nitf)).convert(Data("<story><p>x</p></story>".utf8), file: "story.xml")
        #expect(!result.succeeded)
        #expect(result.diagnostics.contains { $0.id == "nitf.root.unsupported" && $0.location.line == 1 })
    }

    @Test(
        "every corpus NITF file becomes valid NewsML-G2 and ninjs keeping headline, byline, body text, keywords and picture text",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus/nitf and IPTC's schemas)"))
    func corpusToNewsMLAndNinjs() throws {
        let files = Self.corpusFiles
        #expect(files.count >= 12)
        let official = try #require(TestPaths.officialSchema)
        for file in files {
            let data = try Data(contentsOf: file)
            let source = try #require(XMLDocumentParser.parse(data).tree?.root, "\(file.lastPathComponent)")
            let newsml = convert(data, to: .newsml)
            let document = try #require(newsml.documents.first, "\(file.lastPathComponent): \(newsml.diagnostics.errors)")
            #expect(
                NewsValidator(schemas: SchemaSelection(file: official.path)).validate(document.data, file: file.lastPathComponent).valid,
                "\(file.lastPathComponent)")
            let ninjs = convert(data, to: .ninjs)
            #expect(ninjs.succeeded, "\(file.lastPathComponent): \(ninjs.diagnostics.errors)")
            // Read the output back and compare with what the source says.
            let item = try #require(NewsConverter(options: ConversionOptions(from: .newsml)).read(document.data).batch.items.first)
            let text = item.body.map(\.text).joined(separator: "\n")
            let all = Self.descendants(source)
            if let headline = all.first(where: { $0.localName == "hl1" })?.normalizedText, !headline.isEmpty {
                #expect(item.headline == headline, "\(file.lastPathComponent)")
            }
            for byline in all where byline.localName == "byline" && !byline.normalizedText.isEmpty {
                #expect(item.bylines.contains(byline.normalizedText), "\(file.lastPathComponent): byline \(byline.normalizedText)")
            }
            if let content = all.first(where: { $0.localName == "body.content" }) {
                for paragraph in Self.descendants(content) where paragraph.localName == "p" && !paragraph.normalizedText.isEmpty {
                    #expect(text.contains(paragraph.normalizedText), "\(file.lastPathComponent): \(paragraph.normalizedText.prefix(60))")
                }
            }
            for keyword in all where keyword.localName == "keyword" {
                if let key = keyword[attribute: "key"], !key.isEmpty { #expect(item.keywords.contains(key), "\(file.lastPathComponent)") }
            }
            for caption in all where caption.localName == "media-caption" && !caption.normalizedText.isEmpty {
                #expect(item.pictures.contains { $0.caption == caption.normalizedText }, "\(file.lastPathComponent)")
            }
        }
    }

    @Test(
        "NITF written for corpus items (NITF, NITF inside NewsML-G2, plain text) is valid under IPTC's NITF 3.6 XSD",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus and IPTC's NITF 3.6 schema)"))
    func outputValidUnderOfficialSchema() throws {
        let official = try #require(Self.officialNITFSchema)
        let shared = try #require(TestPaths.sharedFolder())
        var inputs = Self.corpusFiles
        for listing in ["LISTING_22_Sports_story_in_NewsML-G2NITF.xml", "LISTING_2_NewsML-G2_Text_Document.xml"] {
            inputs.append(shared.appendingPathComponent("corpus/newsml-g2/iptc-newsml-g2/examples/\(listing)"))
        }
        inputs.append(shared.appendingPathComponent("corpus/plaintext/seed-macron-moscow.txt"))
        for input in inputs {
            let data = try Data(contentsOf: input)
            // Validated against IPTC's own schema by the converter (3.6 dialect), and by the shipped one (plain).
            let checked = convert(data, to: .nitf, dialect: .v3_6, schema: official)
            #expect(checked.succeeded && checked.documents.count == 1, "\(input.lastPathComponent): \(checked.diagnostics.errors)")
            let plain = convert(data, to: .nitf)
            #expect(plain.succeeded, "\(input.lastPathComponent): \(plain.diagnostics.errors)")
            let text = String(decoding: try #require(plain.documents.first).data, as: UTF8.self)
            #expect(!text.contains("xmlns"), "the plain dialect declares no namespace")
        }
    }

    @Test(
        "converting NITF output again gives the same bytes", .enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus/nitf)"))
    func nitfRoundTripIsStable() throws {
        let inputs = Self.corpusFiles + Self.sampleNames.map { Self.samples.appendingPathComponent("\($0).xml") }
        for input in inputs {
            let first = try #require(convert(try Data(contentsOf: input), to: .nitf).documents.first, "\(input.lastPathComponent)")
            let second = try #require(convert(first.data, to: .nitf).documents.first, "\(input.lastPathComponent) again")
            #expect(
                first.data == second.data,
                "\(input.lastPathComponent):\n\(readableDiff(expected: String(decoding: first.data, as: UTF8.self), actual: String(decoding: second.data, as: UTF8.self)))"
            )
        }
    }

    @Test(
        "the default dialect gives what Superdesk's NITF parser demands: no namespace, head/docdata, date.issue/@norm, body.content, text before a byline's person",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus/nitf)"))
    func superdeskDemands() throws {
        let inputs = Self.corpusFiles + Self.sampleNames.map { Self.samples.appendingPathComponent("\($0).xml") }
        for input in inputs {
            let document = try #require(convert(try Data(contentsOf: input), to: .nitf).documents.first, "\(input.lastPathComponent)")
            let root = try #require(XMLDocumentParser.parse(document.data).tree?.root)
            #expect(root.name.namespace == nil && root.localName == "nitf")
            let docdata = root.firstElement(named: "head")?.firstElement(named: "docdata")
            #expect(docdata?.firstElement(named: "date.issue")?[attribute: "norm"]?.isEmpty == false, "\(input.lastPathComponent)")
            let body = try #require(root.firstElement(named: "body"))
            #expect(body.firstElement(named: "body.content") != nil)
            for byline in body.firstElement(named: "body.head")?.elements(named: "byline") ?? []
            where byline.firstElement(named: "person") != nil {
                guard case .text(let before) = byline.children.first else {
                    Issue.record("\(input.lastPathComponent): a byline starts with its person")
                    continue
                }
                #expect(!before.isBlank)
            }
        }
    }

    @Test(
        "newsml validate takes NITF: our output is valid under both schemas, an agency file's errors are located on its own lines",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (IPTC's NITF 3.6 schema, corpus/nitf)"))
    func validatesNITF() throws {
        let official = try #require(Self.officialNITFSchema)
        let input = try Data(contentsOf: Self.samples.appendingPathComponent("council-ferry-timetable.xml"))
        let output = try #require(convert(input, to: .nitf).documents.first).data
        for validator in [NewsValidator(), NewsValidator(nitfSchema: official)] {
            let report = validator.validate(output, file: "ours.xml")
            #expect(report.valid, "\(report.diagnostics)")
            #expect(report.diagnostics.contains { $0.id == "nitf.namespace.added" })
        }
        // PA's file puts meta before title (line 5): IPTC's schema refuses it, and says where.
        let agency = try Data(contentsOf: Self.corpusFiles.first { $0.lastPathComponent == "pa1.xml" }!)
        let report = NewsValidator(nitfSchema: official).validate(agency, file: "pa1.xml")
        #expect(!report.valid)
        #expect(report.diagnostics.contains { $0.id == "xml.schema.invalid" && $0.location.line == 5 })
    }

    @Test("the root decides: nitf after a declaration, comments and a DOCTYPE; NewsML-G2 otherwise")
    func sniffing() {
        #expect(
            FormatSniffer.detect(Data("<?xml version=\"1.0\"?>\n<!-- wire -->\n<!DOCTYPE nitf SYSTEM \"nitf.dtd\">\n<nitf>".utf8)) == .nitf)
        #expect(FormatSniffer.detect(Data("<n:nitf xmlns:n=\"http://iptc.org/std/NITF/2006-10-18/\">".utf8)) == .nitf)
        #expect(FormatSniffer.detect(Data("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">".utf8)) == .newsml)
        #expect(FormatSniffer.detect(Data("<nitfish/>".utf8)) == .newsml)
    }

    static func descendants(_ element: XMLTree.Element) -> [XMLTree.Element] {
        element.elements.flatMap { [$0] + descendants($0) }
    }
}
