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
                if let text = Self.preformattedBody(root) {
                    if item.body.isEmpty { item.body = [.preservedMarkup(text)] }
                    continue
                }
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
        if let head = root.firstElement(named: "body")?.firstElement(named: "body.head"), let header = Self.bodyHeader(head) {
            item.body.insert(.preservedMarkup(header), at: 0)
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

extension NewsMLG2Reader {
    /// An XHTML body that is text alone, set in several lines (Reuters' results and fixtures), as `pre`
    /// markup: its line breaks are its layout, which folding it into one paragraph would lose.
    static func preformattedBody(_ root: XMLTree.Element) -> String? {
        guard root.localName == "html", let body = root.firstElement(named: "body"), body.elements.isEmpty else { return nil }
        let lines = body.textContent.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.firstIndex(where: { !$0.isBlank }), let last = lines.lastIndex(where: { !$0.isBlank }), first < last
        else { return nil }
        let text = lines[first...last].joined(separator: "\n")
        let pre = XMLTree.Element(XMLTree.Name("pre"), children: [.text(text)])
        return XMLWriter(indentation: "").serialize(XMLTree(root: pre), includeDeclaration: false).trimmingWhitespace()
    }

    /// NITF's `body.head` is the head of the body as the story shows it (hedline, byline, dateline, abstract);
    /// in XHTML that is a `header` at the top of the body, as IPTC's NITF-to-HTML rendering places it. So the
    /// body keeps all of its text, a hedline that differs from the item's headline included; the item's
    /// metadata carries the same values for consumers that read those instead.
    static func bodyHeader(_ head: XMLTree.Element) -> String? {
        var parts: [XMLTree.Node] = []
        func add(_ name: String, _ text: String, class role: String? = nil) {
            guard !text.isEmpty else { return }
            let attributes = role.map { [XMLTree.Attribute(XMLTree.Name("class"), $0)] } ?? []
            parts.append(.element(XMLTree.Element(XMLTree.Name(name), attributes: attributes, children: [.text(text)])))
        }
        for child in head.elements {
            switch child.localName {
            case "hedline":
                for line in child.elements {
                    if line.localName == "hl1" {
                        add("h1", line.normalizedText)
                    } else {
                        add("h2", line.normalizedText, class: "subheadline")
                    }
                }
            case "abstract":
                let paragraphs = child.elements(named: "p")
                if paragraphs.isEmpty { add("p", child.normalizedText, class: "abstract") }
                for paragraph in paragraphs { add("p", paragraph.normalizedText, class: "abstract") }
            default:
                add("p", child.normalizedText, class: child.localName)
            }
        }
        return parts.isEmpty ? nil : BodyReader.header(parts)
    }
}
