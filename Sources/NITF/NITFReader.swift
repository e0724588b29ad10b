import Foundation
import NewsModel
import NewsXML

/// Reads NITF 3.x documents (with or without the 3.5/3.6 namespace, usually not valid against any schema) into
/// the model: `head` (title, meta, tobject, docdata), `body.head` (headline, byline, dateline, abstract),
/// `body.content` (paragraphs, subheadings, quotes, lists, tables, media) and `body.end` (tagline).
/// What the model has no field for is kept as a preserved property the NITF writer writes back, and named in a
/// warning by writers that cannot carry it.
public struct NITFReader: Sendable {
    public var limits: XMLParseLimits

    public init(limits: XMLParseLimits = .default) {
        self.limits = limits
    }

    public func read(_ data: Data, file: String? = nil) -> (batch: NewsBatch, diagnostics: [Diagnostic]) {
        let parsed = XMLDocumentParser.parse(data, file: file, limits: limits)
        guard let tree = parsed.tree else { return (NewsBatch(), parsed.diagnostics) }
        guard tree.root.localName == "nitf" else {
            let error = Diagnostic.error(
                "nitf.root.unsupported", "the root element '\(tree.root.name)' is not nitf",
                at: SourceLocation(file: file, line: tree.root.line))
            return (NewsBatch(), parsed.diagnostics + [error])
        }
        var (item, diagnostics) = read(tree.root, file: file)
        if item.guid.isEmpty {
            // No doc-id: an identifier derived from the document itself, so converting it again gives the same one.
            item.guid = "urn:newsmlkit:nitf:" + stableHash(String(decoding: data.prefix(65_536), as: UTF8.self))
            diagnostics.append(
                .note(
                    "nitf.doc-id.missing", "the document has no docdata/doc-id; its guid is derived from its content",
                    at: SourceLocation(file: file, line: tree.root.line)))
        }
        return (NewsBatch(items: [item]), parsed.diagnostics + diagnostics)
    }

    /// One `nitf` element (a standalone document, or the content of a NewsML-G2 `inlineXML`) into an item.
    /// The guid is the doc-id, or empty when the document has none.
    public func read(_ root: XMLTree.Element, file: String? = nil) -> (item: NewsItem, diagnostics: [Diagnostic]) {
        var reading = NITFReading(file: file)
        if let language = root[attribute: "baselang"] ?? root[attribute: "lang"] { reading.item.language = language }
        for child in root.elements {
            switch child.localName {
            case "head": reading.readHead(child)
            case "body": reading.readBody(child)
            default: reading.keep(child, in: "nitf")
            }
        }
        reading.finish()
        return (reading.item, reading.diagnostics)
    }
}

/// The state of reading one document: the item so far and what was said about it.
struct NITFReading {
    let file: String?
    var item = NewsItem(guid: "")
    var diagnostics: [Diagnostic] = []
    var keptNames: [String] = []

    init(file: String?) {
        self.file = file
    }

    /// An element with no place in the model: kept verbatim, in its parent's name, for the NITF writer.
    mutating func keep(_ element: XMLTree.Element, in container: String) {
        var copy = element.removingNamespace(NITF.namespace)
        copy.declarations = []
        let xml = XMLWriter(indentation: "").serialize(XMLTree(root: copy), includeDeclaration: false)
        item.preserved.append(
            PreservedProperty(
                container: "\(container)/\(element.localName)", format: NITF.preservedFormat,
                serialized: xml.trimmingWhitespace()))
        if !keptNames.contains(element.localName) { keptNames.append(element.localName) }
    }

    mutating func note(_ id: String, _ message: String, line: Int) {
        diagnostics.append(.note(id, message, at: SourceLocation(file: file, line: line)))
    }

    mutating func finish() {
        if item.headlines.isEmpty, let title = item.title { item.headlines = [TextWithRole(title)] }
        if !keptNames.isEmpty {
            diagnostics.append(
                .note(
                    "nitf.kept",
                    "kept as NITF for the NITF writer (no field of their own): \(keptNames.joined(separator: ", "))",
                    at: SourceLocation(file: file)))
        }
    }
}
