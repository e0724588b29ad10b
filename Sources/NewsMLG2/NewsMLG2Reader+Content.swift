import NITF
import NewsModel
import NewsXML

extension NewsMLG2Reader {
    func readContentSet(_ element: XMLTree.Element, into item: inout NewsItem, context: inout ReadingContext) {
        for child in element.elements {
            switch child.localName {
            case "inlineXML":
                if let count = child[attribute: "wordcount"].flatMap({ Int($0.trimmingWhitespace()) }), count >= 0 {
                    item.wordCount = count
                }
                guard let root = child.elements.first else { continue }
                if root.localName == "nitf", item.body.isEmpty {
                    readEmbeddedNITF(root, into: &item)
                    continue
                }
                var blocks: [BodyBlock] = []
                BodyReader(headline: item.headline).read(root, into: &blocks, pictures: &item.pictures)
                // Unstructured text is a paragraph; an XHTML document's head (its title) is not body text.
                let text = root.localName == "html" ? (root.firstElement(named: "body")?.normalizedText ?? "") : root.normalizedText
                if blocks.isEmpty, !text.isEmpty { blocks = [.paragraph(text)] }
                if item.body.isEmpty { item.body = blocks }
            case "inlineData":
                // The first inline content is the body; an inlineData after it (another rendition of the
                // story) is kept as it is, attributes and text, for the writers to carry.
                let text = child.textContent.trimmingWhitespace()
                if item.body.isEmpty, item.plainBody == nil, item.otherContent.isEmpty, !text.isEmpty {
                    item.plainBody = text
                } else if !text.isEmpty {
                    context.droppedAttributes(of: child, keeping: ["contenttype", "rendition", "wordcount"])
                    item.otherContent.append(
                        InlineText(
                            text: child.textContent, contentType: child[attribute: "contenttype"], rendition: child[attribute: "rendition"],
                            wordCount: child[attribute: "wordcount"].flatMap { Int($0.trimmingWhitespace()) }))
                }
            case "remoteContent":
                item.renditions.append(
                    Rendition(
                        name: child[attribute: "rendition"], href: child[attribute: "href"], residref: child[attribute: "residref"],
                        contentType: child[attribute: "contenttype"], width: child[attribute: "width"].flatMap { Int($0) },
                        height: child[attribute: "height"].flatMap { Int($0) }, sizeInBytes: child[attribute: "size"].flatMap { Int($0) },
                        duration: child[attribute: "duration"]))
                item.renditions[item.renditions.count - 1].nameURI = child[attribute: "renditionuri"]
            default:
                context.dropped(child)
            }
        }
    }
}

extension NewsMLG2Reader {
    /// NITF carried in `inlineXML`: its body, pictures and body.head fill what the item's own metadata left
    /// empty (the item's contentMeta stands where both say something).
    func readEmbeddedNITF(_ root: XMLTree.Element, into item: inout NewsItem) {
        let (nitf, _) = NITFReader(limits: limits).read(root)
        let offset = item.pictures.count
        item.pictures += nitf.pictures
        item.body = nitf.body.map { block in
            if case .figure(let index) = block { return .figure(pictureIndex: index + offset) }
            return block
        }
        if item.headlines.isEmpty { item.headlines = nitf.headlines }
        if item.bylines.isEmpty { item.bylines = nitf.bylines }
        if item.dateline == nil { item.dateline = nitf.dateline }
        if !item.descriptions.contains(where: { $0.role == "drol:summary" }) {
            item.descriptions += nitf.descriptions.filter { $0.role == "drol:summary" }
        }
        for keyword in nitf.keywords where !item.keywords.contains(keyword) { item.keywords.append(keyword) }
        for link in nitf.links where !item.links.contains(link) { item.links.append(link) }
        for entity in nitf.entities where entity.kind != .subject {
            if !item.entities.contains(where: { $0.kind == entity.kind && $0.name == entity.name }) { item.entities.append(entity) }
        }
    }
}

/// XHTML or NITF content into body blocks.
public struct BodyReader: Sendable {
    let headline: String?

    public init(headline: String?) {
        self.headline = headline
    }
    static let containers: Set<String> = [
        "html", "body", "body.content", "block", "div", "section", "article", "main", "nitf", "span", "center",
    ]
    static let skipped: Set<String> = ["head", "body.head", "body.end", "script", "style", "meta", "title", "docdata", "pubdata", "media"]

    public func read(_ element: XMLTree.Element, into blocks: inout [BodyBlock], pictures: inout [Picture]) {
        for child in element.elements {
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
                if Self.containers.contains(name) || !child.elements.isEmpty && !child.hasSignificantText {
                    read(child, into: &blocks, pictures: &pictures)
                } else if !text.isEmpty {
                    blocks.append(.paragraph(text))
                }
            }
        }
    }
}
