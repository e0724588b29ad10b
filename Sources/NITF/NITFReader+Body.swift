import NewsModel
import NewsXML

extension NITFReading {
    mutating func readBody(_ body: XMLTree.Element) {
        for child in body.elements {
            switch child.localName {
            case "body.head": readBodyHead(child)
            case "body.content": readContent(child)
            case "body.end": readBodyEnd(child)
            default: keep(child, in: "body")
            }
        }
    }

    /// `body.head`: headline and subheadline, bylines, distributor, dateline, abstract.
    private mutating func readBodyHead(_ element: XMLTree.Element) {
        for child in element.elements {
            switch child.localName {
            case "hedline":
                for line in child.elements {
                    let text = line.normalizedText
                    guard !text.isEmpty else { continue }
                    if line.localName == "hl1", !item.headlines.contains(where: { $0.role == nil }) {
                        item.headlines.insert(TextWithRole(text), at: 0)
                    } else if line.localName == "hl2" {
                        item.headlines.append(TextWithRole(text, role: "hld:subHeadline"))
                    }
                }
            case "byline":
                readByline(child)
            case "dateline":
                let text = child.normalizedText
                if !text.isEmpty { item.dateline = text }
                if let location = child.firstElement(named: "location")?.normalizedText, !location.isEmpty {
                    item.located = Concept(names: [location])
                }
                if let date = child.firstElement(named: "story.date"), let norm = date[attribute: "norm"].flatMap(NITF.isoDate) {
                    item.contentCreated = norm
                }
            case "abstract":
                let text = child.normalizedText
                if !text.isEmpty { item.descriptions.append(TextWithRole(text, role: "drol:summary")) }
            case "distributor":
                let name = child.normalizedText
                if !name.isEmpty { item.infoSources.append(InfoSource(name: name, role: "isrol:distributor")) }
            default:
                keep(child, in: "body/body.head")
            }
        }
    }

    /// A byline: the whole line as written ("By John Doe, Political Editor"); the people named in `person`
    /// are its creators.
    private mutating func readByline(_ element: XMLTree.Element) {
        let text = element.normalizedText
        guard !text.isEmpty else { return }
        item.bylines.append(text)
        for person in element.elements(named: "person") {
            let name = person.normalizedText
            if !name.isEmpty { item.creators.append(Concept(names: [name], role: "crol:author")) }
        }
    }

    /// `body.content`: blocks in reading order; media become pictures shown where they stand.
    mutating func readContent(_ element: XMLTree.Element) {
        for child in element.elements {
            let text = child.normalizedText
            switch child.localName {
            case "p":
                if !text.isEmpty { item.body.append(.paragraph(text)) }
                readInlineEntities(child)
            case "hl1", "hl2":
                if !text.isEmpty { item.body.append(.subheading(text, level: 2)) }
            case "bq", "blockquote":
                if !text.isEmpty { item.body.append(.quote(Quote(text: text, quotation: text))) }
            case "ul", "ol":
                let entries = child.elements(named: "li").map(\.normalizedText).filter { !$0.isEmpty }
                if !entries.isEmpty { item.body.append(.list(entries, ordered: child.localName == "ol")) }
            case "block" where child[attribute: "class"]?.split(separator: " ").contains("related") == true:
                // A related-links block (as the NITF writer writes teasers): links, not story text.
                for paragraph in child.elements where !paragraph.normalizedText.isEmpty {
                    let link = RelatedLink(
                        title: paragraph.normalizedText, href: paragraph.firstElement(named: "a")?[attribute: "href"],
                        relation: "irel:seeAlso")
                    item.links.append(link)
                    item.body.append(.relatedTeaser(link))
                }
            case "block":
                readContent(child)
            case "media":
                readMedia(child)
            case "table", "pre":
                // Kept as markup: a table's structure is its content.
                var copy = child.removingNamespace(NITF.namespace)
                copy.declarations = []
                let xml = XMLWriter(indentation: "").serialize(XMLTree(root: copy), includeDeclaration: false).trimmingWhitespace()
                item.body.append(.preservedMarkup(xml))
            default:
                if !text.isEmpty {
                    item.body.append(.paragraph(text))
                    note("nitf.block.unknown", "the body element '\(child.localName)' was read as a paragraph", line: child.line)
                }
            }
        }
    }

    /// People, organisations and places marked in the running text (`<person>`, `<org>`, `<location>`).
    private mutating func readInlineEntities(_ element: XMLTree.Element) {
        for child in element.elements {
            let kind: Entity.Kind? =
                switch child.localName {
                case "person": .person
                case "org": .organisation
                case "location": .place
                default: nil
                }
            if let kind, case let name = child.normalizedText, !name.isEmpty {
                addEntity(Entity(kind: kind, name: name, assignment: .source))
            } else {
                readInlineEntities(child)
            }
        }
    }

    /// `media`: a picture (or other media) with its renditions, caption and credit.
    private mutating func readMedia(_ element: XMLTree.Element) {
        var picture = Picture()
        for reference in element.elements(named: "media-reference") {
            let source = reference[attribute: "source"] ?? reference[attribute: "data-location"]
            picture.renditions.append(
                Rendition(
                    name: reference[attribute: "name"], href: source, contentType: reference[attribute: "mime-type"],
                    width: reference[attribute: "width"].flatMap { Int($0) }, height: reference[attribute: "height"].flatMap { Int($0) }))
            if picture.copyrightNotice == nil, let copyright = reference[attribute: "copyright"], !copyright.isEmpty {
                picture.copyrightNotice = copyright
            }
            if picture.caption == nil, let alternate = reference[attribute: "alternate-text"], !alternate.isEmpty {
                picture.caption = alternate
            }
        }
        let caption = element.elements(named: "media-caption").map(\.normalizedText).filter { !$0.isEmpty }.joined(separator: " ")
        if !caption.isEmpty { picture.caption = caption }
        let credit = element.elements(named: "media-producer").map(\.normalizedText).filter { !$0.isEmpty }.joined(separator: " ")
        if !credit.isEmpty { picture.creditline = credit }
        if picture.creditline == nil,
            let source = element.elements(named: "media-reference").compactMap({ $0[attribute: "source-credit"] }).first
        {
            picture.creditline = source
        }
        guard picture.caption != nil || picture.creditline != nil || !picture.renditions.isEmpty else { return }
        if element[attribute: "media-type"] != "image" {
            note(
                "nitf.media.type", "a media element of type '\(element[attribute: "media-type"] ?? "")' is read as a picture reference",
                line: element.line)
        }
        item.pictures.append(picture)
        item.body.append(.figure(pictureIndex: item.pictures.count - 1))
    }

    /// `body.end`: the tagline (contact, sign-off) is a note to the desk.
    private mutating func readBodyEnd(_ element: XMLTree.Element) {
        for child in element.elements {
            let text = child.normalizedText
            if child.localName == "tagline", !text.isEmpty {
                item.preserved.append(PreservedProperty(container: "body/body.end/tagline", format: NITF.preservedFormat, serialized: text))
            } else if !text.isEmpty {
                keep(child, in: "body/body.end")
            }
        }
    }
}
