import NewsModel
import NewsXML

/// XHTML or NITF content into body blocks.
public struct BodyReader: Sendable {
    let headline: String?

    public init(headline: String?) {
        self.headline = headline
    }
    static let containers: Set<String> = [
        "html", "body", "body.content", "block", "div", "section", "article", "main", "nitf", "span", "center",
    ]
    static let inline: Set<String> = [
        "a", "b", "i", "em", "strong", "span", "br", "u", "sub", "sup", "small", "abbr", "cite", "code", "q", "mark", "s",
    ]
    /// The classes a body's head parts carry, after NITF's body.head elements.
    static let headClasses: Set<String> = ["subheadline", "byline", "abstract", "dateline", "distributor", "note", "rights", "series"]

    /// The head a body opens with — its `h1` and the byline, dateline, abstract paragraphs that follow it, as
    /// NITF's body.head is rendered in XHTML — as one `header` block, so that it is written back as it was.
    static func leadingHead(_ nodes: ArraySlice<XMLTree.Node>) -> (String, ArraySlice<XMLTree.Node>)? {
        var parts: [XMLTree.Node] = []
        var index = nodes.startIndex
        while index < nodes.endIndex {
            switch nodes[index] {
            case .text(let run) where run.isBlank:
                break
            case .element(let child)
            where child.localName == "h1"
                || (child.localName == "p" || child.localName == "h2")
                    && headClasses.contains(child[attribute: "class"] ?? ""):
                guard !child.normalizedText.isEmpty else { return nil }
                var copy = child.removingNamespace()
                copy.declarations = []
                parts.append(.element(copy))
            default:
                return parts.isEmpty ? nil : (header(parts), nodes[index...])
            }
            index += 1
        }
        return parts.isEmpty ? nil : (header(parts), nodes[index...])
    }

    static func header(_ parts: [XMLTree.Node]) -> String {
        let header = XMLTree.Element(XMLTree.Name("header"), children: parts)
        return XMLWriter(indentation: "").serialize(XMLTree(root: header), includeDeclaration: false).trimmingWhitespace()
    }

    static let skipped: Set<String> = ["head", "body.head", "body.end", "script", "style", "meta", "title", "docdata", "pubdata", "media"]

    public func read(_ element: XMLTree.Element, into blocks: inout [BodyBlock], pictures: inout [Picture]) {
        var nodes = element.children[...]
        if element.localName == "body", blocks.isEmpty, let (header, rest) = Self.leadingHead(nodes) {
            blocks.append(.preservedMarkup(header))
            nodes = rest
        }
        for node in nodes {
            // Text standing directly in a container, between its blocks (ANSA's routing line after the last
            // paragraph), is the body's text too: a paragraph of its own.
            guard case .element(let child) = node else {
                if case .text(let run) = node, !run.isBlank { blocks.append(.paragraph(run.normalizingXMLWhitespace())) }
                continue
            }
            let name = child.localName
            let text = child.normalizedText
            switch name {
            case "p":
                // An empty paragraph (STT's spacing between sections) is still one of the body's paragraphs:
                // consumers count them. Whitespace-only ones are empty too.
                blocks.append(.paragraph(text))
            case "h1", "h2", "h3", "h4", "h5", "h6", "hl1", "hl2":
                // A heading that repeats the headline is still the body's own text: kept, not dropped.
                if !text.isEmpty {
                    let level = Int(name.dropFirst(name.hasPrefix("hl") ? 2 : 1)) ?? 2
                    blocks.append(.subheading(text, level: max(2, level)))
                }
            case "blockquote", "bq":
                if !text.isEmpty { blocks.append(.quote(Quote(text: text, quotation: text))) }
            case "ul", "ol":
                let entries = child.elements(named: "li").map(\.normalizedText).filter { !$0.isEmpty }
                if !entries.isEmpty { blocks.append(.list(entries, ordered: name == "ol")) }
            case "figure", "img":
                let caption =
                    (child.firstElement(named: "figcaption")?.normalizedText).flatMap { $0.isEmpty ? nil : $0 } ?? child[attribute: "alt"]
                let source = name == "img" ? child[attribute: "src"] : child.firstElement(named: "img")?[attribute: "src"]
                let identifier = child[attribute: "id"]
                let referenced = Set(blocks.compactMap { if case .figure(let index) = $0 { index } else { nil } })
                // The partMeta that describes this figure (same id, else same caption) gets its image.
                if let index = pictures.indices.first(where: {
                    !referenced.contains($0)
                        && (identifier != nil ? pictures[$0].partIdentifier == identifier : pictures[$0].caption == caption)
                }) {
                    if pictures[index].renditions.isEmpty, let source { pictures[index].renditions = [Rendition(href: source)] }
                    if pictures[index].caption == nil { pictures[index].caption = caption }
                    blocks.append(.figure(pictureIndex: index))
                } else {
                    pictures.append(
                        Picture(caption: caption, renditions: source.map { [Rendition(href: $0)] } ?? [], partIdentifier: identifier))
                    blocks.append(.figure(pictureIndex: pictures.count - 1))
                }
            default:
                if Self.skipped.contains(name) { continue }
                if Self.containers.contains(name), child.hasSignificantText,
                    child.elements.allSatisfy({ Self.inline.contains($0.localName) })
                {
                    // A container holding only a run of text ("<div>Text <b>bold</b> more</div>") is one paragraph.
                    if !text.isEmpty { blocks.append(.paragraph(text)) }
                } else if Self.containers.contains(name) || !child.elements.isEmpty && !child.hasSignificantText {
                    read(child, into: &blocks, pictures: &pictures)
                } else if !text.isEmpty {
                    blocks.append(.paragraph(text))
                }
            }
        }
    }
}
