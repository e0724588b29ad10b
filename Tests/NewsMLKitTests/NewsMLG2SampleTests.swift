import Foundation
import NewsMLKit
import TestSupport
import Testing

/// Golden outputs for NewsML-G2 items of each type written by the team (Samples/newsml-g2), both ways:
/// to NewsML-G2 2.35 and to ninjs 3.2. Outputs must also pass IPTC's schema when ../shared is present.
@Suite struct NewsMLG2SampleTests {
    static let folder = TestPaths.samples.appendingPathComponent("newsml-g2")
    static let items = [
        "text-item-council-budget", "picture-item-harbour-sunrise", "video-item-flood-footage", "package-item-election-night",
    ]

    func outputs(_ name: String, to format: OutputFormat, pictures: PictureLayout = .inline) throws -> ConversionResult {
        let converter = NewsConverter(
            options: ConversionOptions(from: .newsml, to: format, pictures: pictures, versionCreated: TestPaths.fixedTime))
        return converter.convert(try Data(contentsOf: Self.folder.appendingPathComponent("\(name).xml")), file: "\(name).xml")
    }

    @Test("each item type converts to the golden NewsML-G2 and ninjs", arguments: items)
    func itemGoldens(name: String) throws {
        for format in OutputFormat.allCases {
            let result = try outputs(name, to: format)
            let document = try #require(result.documents.first, "\(result.diagnostics)")
            #expect(result.succeeded, "\(result.diagnostics.errors)")
            try assertGolden(
                String(decoding: document.data, as: UTF8.self),
                file: Self.folder.appendingPathComponent("expected/\(name).\(format == .nitf ? "nitf.xml" : format.fileExtension)"))
            if format == .newsml, let official = TestPaths.officialSchema {
                #expect(NewsValidator(schemas: SchemaSelection(file: official.path)).validate(document.data, file: name).valid)
            }
        }
    }

    @Test("what the samples carry survives NewsML-G2 → NewsML-G2", arguments: items)
    func samplesKeepEverything(name: String) throws {
        let reader = NewsConverter(options: ConversionOptions(from: .newsml))
        let original = try #require(reader.read(try Data(contentsOf: Self.folder.appendingPathComponent("\(name).xml"))).batch.items.first)
        let converted = try #require(try outputs(name, to: .newsml).documents.first)
        let reread = try #require(reader.read(converted.data).batch.items.first)
        #expect(ItemSurvival.losses(from: original, to: reread).isEmpty, "\(ItemSurvival.losses(from: original, to: reread))")
        #expect(original == reread || original.versionCreated == nil, "the model read back differs")
    }

    @Test("the text item's picture keeps its caption, credit and image, and --pictures items splits it out")
    func picturesBothWays() throws {
        let inline = try outputs("text-item-council-budget", to: .newsml)
        let text = String(decoding: try #require(inline.documents.first).data, as: UTF8.self)
        #expect(text.contains("<partMeta partid=\"picture-1\""))
        #expect(text.contains("<creditline>Photo: Lee Marsh/Northfield Gazette</creditline>"))
        #expect(text.contains("<figure id=\"picture-1\">"))
        let split = try outputs("text-item-council-budget", to: .newsml, pictures: .items)
        let message = try #require(split.documents.first)
        try assertGolden(
            String(decoding: message.data, as: UTF8.self),
            file: Self.folder.appendingPathComponent("expected/text-item-council-budget.pictures-items.xml"))
        if let official = TestPaths.officialSchema {
            #expect(NewsValidator(schemas: SchemaSelection(file: official.path)).validate(message.data, file: "split").valid)
        }
    }

    @Test(
        "--pictures items: a picture with no rendition (a photo line: caption and credit, no file) stays in the text item, so no consumer gets an item without content"
    )
    func pictureWithoutFileStaysInline() throws {
        let article = try Data(contentsOf: TestPaths.samples.appendingPathComponent("plaintext/harbour-bridge-web.txt"))
        let result = NewsConverter(
            options: ConversionOptions(from: .text, to: .newsml, pictures: .items, versionCreated: TestPaths.fixedTime)
        )
        .convert(article, file: "harbour-bridge-web.txt")
        let document = String(decoding: try #require(result.documents.first, "\(result.diagnostics)").data, as: UTF8.self)
        #expect(document.contains("<newsItem ") && !document.contains("<newsMessage"))
        #expect(document.contains("<partMeta "))
        #expect(result.diagnostics.contains { $0.id == "newsml.pictures.inline" })
    }

    @Test("an inline picture's own copyright goes in a rightsInfo naming its part, valid under IPTC's schema, and is read back")
    func pictureRightsNameTheirPart() throws {
        let article = """
            Chastain and Isaac star in a crime drama set in New York

            * In this image released by A24 Films, Jessica Chastain appears in a scene from the film. (AP Photo/A24 Films, Atsushi Nishijima) AP2014

            The film is set in New York in 1981, the most violent year in the city's history, the director said on Monday.

            Critics have praised the performances of both actors, and the film opens in cinemas across the country next week.
            """
        let result = NewsConverter(options: ConversionOptions(from: .text, to: .newsml, versionCreated: TestPaths.fixedTime))
            .convert(Data(article.utf8), file: "article.txt")
        let document = try #require(result.documents.first, "\(result.diagnostics)")
        let text = String(decoding: document.data, as: UTF8.self)
        #expect(text.contains("<rightsInfo idrefs=\"picture1\">\n    <copyrightNotice>AP2014</copyrightNotice>"), "\(text.prefix(600))")
        // The story has no rights of its own: the first rightsInfo, which some consumers take for the item's, says nothing.
        #expect(
            text.contains("catalog.IPTC-G2-Standards_41.xml\"/>\n  <rightsInfo/>\n  <rightsInfo idrefs=\"picture1\">"),
            "\(text.prefix(600))")
        if let official = TestPaths.officialSchema {
            #expect(NewsValidator(schemas: SchemaSelection(file: official.path)).validate(document.data, file: "article").valid)
        }
        let reread = try #require(NewsConverter(options: ConversionOptions(from: .newsml)).read(document.data).batch.items.first)
        #expect(reread.pictures.first?.copyrightNotice == "AP2014", "\(reread.pictures)")
        #expect(reread.rights.copyrightNotice == nil, "the picture's rights are not the item's: \(reread.rights)")
        // Rights naming a part no picture has are said to be left out, not dropped without a word.
        let elsewhere = Data(text.replacingOccurrences(of: "idrefs=\"picture1\"", with: "idrefs=\"picture9\"").utf8)
        let read = NewsConverter(options: ConversionOptions(from: .newsml)).read(elsewhere)
        #expect(read.batch.items.first?.pictures.first?.copyrightNotice == nil)
        #expect(read.diagnostics.contains { $0.id == "newsml.rights.part" && $0.message.contains("picture9") }, "\(read.diagnostics)")
    }

    @Test("a newsMessage converts its good items, one output each, and reports the broken one")
    func messageWithBrokenItem() throws {
        let result = try outputs("news-message-morning-wire", to: .newsml)
        #expect(
            result.documents.map(\.identifier) == [
                "urn:newsml:newsmlkit.example:20260901:ferry-strike", "urn:newsml:newsmlkit.example:20260901:ferry-strike-photo",
            ])
        let broken = try #require(result.diagnostics.errors.first)
        #expect(broken.id == "newsml.guid.missing")
        #expect(broken.location.line == 30)
        #expect(!result.succeeded)
        for (index, document) in result.documents.enumerated() {
            try assertGolden(
                String(decoding: document.data, as: UTF8.self),
                file: Self.folder.appendingPathComponent("expected/news-message-morning-wire.item\(index + 1).xml"))
        }
    }
}
