import Foundation
import NewsModel
import NewsXML

/// The story body as an XHTML document: `h2` for subheadings, `p` for paragraphs, `blockquote` for
/// stand-alone quotations, `figure` for pictures, and related teasers in an `aside` outside the text.
public struct XHTMLBodyWriter: Sendable {
    public init() {}

    public func html(for item: NewsItem) -> XMLTree.Element {
        var html = ElementBuilder("html", namespace: NewsMLG2.xhtmlNamespace)
        html.element.declarations = [.init(prefix: "", uri: NewsMLG2.xhtmlNamespace)]
        var head = ElementBuilder("head", namespace: NewsMLG2.xhtmlNamespace)
        head.add("title", text: item.headline ?? "", namespace: NewsMLG2.xhtmlNamespace)
        html.add(head)
        var body = ElementBuilder("body", namespace: NewsMLG2.xhtmlNamespace)
        var teasers: [RelatedLink] = []
        let identifiers = NewsMLG2.partIdentifiers(item.pictures)
        // A body that is only preformatted text (agate, fixtures set in lines) is written as the body's own
        // text, the form wires send it in and Superdesk reads as preformatted; its line breaks are its layout.
        if item.body.count == 1, case .preservedMarkup(let markup) = item.body[0],
            let root = XMLDocumentParser.parse(Data(markup.utf8)).tree?.root, root.localName == "pre", root.elements.isEmpty
        {
            body.element.children = [.text(root.textContent)]
            html.add(body)
            return html.element
        }
        for block in item.body {
            switch block {
            case .paragraph(let text) where text.isEmpty:
                // An empty paragraph the source had (spacing between sections) stays one.
                body.add(ElementBuilder("p", namespace: NewsMLG2.xhtmlNamespace))
            case .paragraph(let text):
                body.add("p", text: text, namespace: NewsMLG2.xhtmlNamespace)
            case .subheading(let text, let level):
                body.add("h\(min(6, max(2, level)))", text: text, namespace: NewsMLG2.xhtmlNamespace)
            case .quote(let quote):
                body.add("p", text: quote.text, namespace: NewsMLG2.xhtmlNamespace)
            case .list(let entries, let ordered):
                var list = ElementBuilder(ordered ? "ol" : "ul", namespace: NewsMLG2.xhtmlNamespace)
                for entry in entries { list.add("li", text: entry, namespace: NewsMLG2.xhtmlNamespace) }
                body.add(list)
            case .figure(let index):
                guard item.pictures.indices.contains(index) else { continue }
                let picture = item.pictures[index]
                var figure = ElementBuilder("figure", namespace: NewsMLG2.xhtmlNamespace, [("id", identifiers[index])])
                if let rendition = picture.renditions.first, let href = rendition.href {
                    figure.add("img", [("src", href), ("alt", picture.caption ?? "")])
                    figure.element.children[figure.element.children.count - 1] = .element(
                        XMLTree.Element(
                            XMLTree.Name("img", namespace: NewsMLG2.xhtmlNamespace),
                            attributes: [NewsMLG2.attribute("src", href), NewsMLG2.attribute("alt", picture.caption ?? "")]))
                }
                let caption = [picture.caption, picture.creditline.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
                figure.add("figcaption", text: caption, namespace: NewsMLG2.xhtmlNamespace)
                body.add(figure)
            case .relatedTeaser(let link):
                teasers.append(link)
            case .preservedMarkup(let markup):
                guard let element = XMLDocumentParser.parse(Data(markup.utf8)).tree?.root else { continue }
                if element.localName == "header" {
                    // The body's head is written as the body's first blocks (consumers read the body's
                    // children, not what a wrapper holds); reading it back gathers them again.
                    for case .element(let part) in element.children { body.add(Self.inXHTML(part)) }
                } else {
                    body.add(Self.inXHTML(element))
                }
            }
        }
        if !teasers.isEmpty {
            var aside = ElementBuilder("aside", namespace: NewsMLG2.xhtmlNamespace)
            var list = ElementBuilder("ul", namespace: NewsMLG2.xhtmlNamespace)
            for teaser in teasers {
                var entry = ElementBuilder("li", namespace: NewsMLG2.xhtmlNamespace)
                if let href = teaser.href {
                    var anchor = ElementBuilder("a", namespace: NewsMLG2.xhtmlNamespace, [("href", href)])
                    anchor.addText(teaser.title ?? href)
                    entry.add(anchor)
                } else {
                    entry.addText(teaser.title ?? "")
                }
                list.add(entry)
            }
            aside.add(list)
            body.add(aside)
        }
        html.add(body)
        return html.element
    }

    /// Preserved markup is kept without a namespace (a NITF table, a body's header); in the XHTML body its
    /// elements are XHTML's, not elements in no namespace that a consumer would not recognise.
    static func inXHTML(_ element: XMLTree.Element) -> XMLTree.Element {
        var copy = element
        if copy.name.namespace == nil { copy.name = XMLTree.Name(copy.name.local, namespace: NewsMLG2.xhtmlNamespace) }
        copy.children = copy.children.map { child in
            if case .element(let inner) = child { return .element(inXHTML(inner)) }
            return child
        }
        return copy
    }
}
