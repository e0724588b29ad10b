import Foundation
import NewsModel
import NewsXML

/// The two forms of NITF the writer produces: the same elements, with or without the NITF 3.6 namespace.
public enum NITFDialect: String, Sendable, CaseIterable {
    /// NITF 3.6 in its namespace, as IPTC's XSD defines it.
    case v3_6 = "3.6"
    /// No namespace, as agencies send NITF and CMS ingest (Superdesk's NITF parser among them) reads it.
    case plain
}

/// Writes an item as NITF 3.6: head (title, meta, tobject, docdata with identifiers, dates, keywords and
/// identified content), body.head (headline, byline, dateline, abstract), body.content (paragraphs,
/// subheadings, quotes, lists, media with caption and credit) and body.end.
public struct NITFWriter: Sendable {
    public var dialect: NITFDialect
    /// `date.issue` for items without a date (Superdesk's parser needs one).
    public var defaultIssueDate: String

    public init(dialect: NITFDialect = .plain, defaultIssueDate: String) {
        self.dialect = dialect
        self.defaultIssueDate = defaultIssueDate
    }

    public func writeUTF8(_ item: NewsItem) -> [UInt8] {
        XMLWriter().serializeUTF8(tree(item))
    }

    public func tree(_ item: NewsItem) -> XMLTree {
        var builder = NITFElementBuilder(dialect: dialect)
        var root = builder.element("nitf", [("version", "-//IPTC//DTD NITF 3.6//EN"), ("baselang", item.language)])
        if dialect == .v3_6 { root.declarations = [XMLTree.NamespaceDeclaration(prefix: "", uri: NITF.namespace)] }
        root.children = [.element(head(item, &builder)), .element(body(item, &builder))]
        return XMLTree(root: root)
    }

    // MARK: head

    private func head(_ item: NewsItem, _ builder: inout NITFElementBuilder) -> XMLTree.Element {
        var head = builder.element("head")
        if let title = item.title ?? item.headline { head.append(builder.element("title", text: title)) }
        for (name, content) in Self.metadata(item) {
            var meta = builder.element("meta", [("name", name)])
            meta.attributes.append(XMLTree.Attribute(XMLTree.Name("content"), content))
            head.append(meta)
        }
        let subjects = item.entities.filter(Self.isTopicSubject)
        let type = item.genres.first.flatMap { $0.literal ?? $0.name }
        let topicParts = item.preserved(in: "head/tobject/tobject.property")
        let ownSubjects = item.preserved(in: "head/tobject/tobject.subject")
        if type != nil || !subjects.isEmpty || !topicParts.isEmpty || !ownSubjects.isEmpty {
            var tobject = builder.element("tobject", [("tobject.type", type)])
            tobject.children += builder.fragments(topicParts)
            for element in Self.topicSubjects(subjects) {
                tobject.append(
                    builder.element(
                        "tobject.subject",
                        [
                            ("tobject.subject.ipr", "IPTC"), ("tobject.subject.refnum", element.refnum),
                            ("tobject.subject.type", element.type), ("tobject.subject.matter", element.matter),
                            ("tobject.subject.detail", element.detail),
                        ]))
            }
            tobject.children += builder.fragments(ownSubjects)
            head.append(tobject)
        }
        head.append(documentData(item, &builder))
        head.children += builder.fragments(item.preserved(in: "head/pubdata") + item.preserved(in: "head/revision-history"))
        return head
    }

    private func documentData(_ item: NewsItem, _ builder: inout NITFElementBuilder) -> XMLTree.Element {
        var docdata = builder.element("docdata")
        docdata.append(builder.element("doc-id", [("id-string", item.guid), ("regsrc", item.provider?.literal ?? item.provider?.name)]))
        if let urgency = item.urgency { docdata.append(builder.element("urgency", [("ed-urg", String(urgency))])) }
        let issued = item.versionCreated ?? item.firstCreated ?? defaultIssueDate
        docdata.append(builder.element("date.issue", [("norm", NITF.basicDate(issued))]))
        if let embargoed = item.embargoed { docdata.append(builder.element("date.release", [("norm", NITF.basicDate(embargoed))])) }
        if let expires = item.expires { docdata.append(builder.element("date.expire", [("norm", NITF.basicDate(expires))])) }
        for note in item.editorialNotes { docdata.append(builder.element("ed-msg", [("info", note)])) }
        let kept = item.preserved(in: "head/docdata/").filter { Self.keptDocumentData.contains($0.container) }
        docdata.children += builder.fragments(kept)
        if !kept.contains(where: { $0.container == "head/docdata/du-key" }), let slugline = item.slugline {
            docdata.append(builder.element("du-key", [("key", slugline)]))
        }
        if !kept.contains(where: { $0.container == "head/docdata/doc.copyright" }), let holder = item.rights.copyrightHolder {
            docdata.append(builder.element("doc.copyright", [("holder", holder)]))
        }
        if !item.keywords.isEmpty {
            var list = builder.element("key-list")
            for keyword in item.keywords { list.append(builder.element("keyword", [("key", keyword)])) }
            docdata.append(list)
        }
        // Each kind and name once (the reader merges repeats the same way, so a second conversion gives the same).
        var seen = Set<String>()
        let identified = item.entities.filter {
            [.person, .organisation, .place, .event, .object].contains($0.kind)
                && seen.insert("\($0.kind)\t\($0.name)" + ($0.name.isEmpty ? "\t\($0.qcode ?? "")\t\($0.uri ?? "")" : "")).inserted
        }
        let classifiers = item.entities.filter { $0.kind == .subject && !Self.isTopicSubject($0) }
        if !identified.isEmpty || !classifiers.isEmpty {
            var content = builder.element("identified-content")
            for entity in identified {
                let name: String
                switch entity.kind {
                case .person: name = "person"
                case .organisation: name = "org"
                case .place: name = "location"
                case .event: name = "event"
                default: name = "object.title"
                }
                // A place's code goes in location-code/code-source; the others' in value/idsrc.
                let code = entity.qcode ?? entity.uri
                let source = entity.qcode != nil ? "qcode" : entity.uri != nil ? "uri" : nil
                let attributes =
                    name == "location" ? [("location-code", code), ("code-source", source)] : [("value", code), ("idsrc", source)]
                content.append(builder.element(name, attributes, text: entity.name))
            }
            for subject in classifiers {
                let code = subject.qcode ?? subject.uri
                let source = subject.qcode != nil ? "qcode" : subject.uri != nil ? "uri" : nil
                content.append(
                    builder.element(
                        "classifier", [("type", "subject"), ("value", code), ("idsrc", source)],
                        text: subject.name.isEmpty ? nil : subject.name))
            }
            docdata.append(content)
        }
        return docdata
    }

    // MARK: body

    private func body(_ item: NewsItem, _ builder: inout NITFElementBuilder) -> XMLTree.Element {
        var body = builder.element("body")
        var bodyHead = builder.element("body.head")
        if let headline = item.headline {
            var hedline = builder.element("hedline")
            hedline.append(builder.element("hl1", text: headline))
            for sub in item.headlines where sub.role == "hld:subHeadline" { hedline.append(builder.element("hl2", text: sub.text)) }
            bodyHead.append(hedline)
        }
        for byline in item.bylines {
            var element = builder.element("byline")
            // Superdesk's parser reads the text before a person; "By" is the text the byline starts with.
            let people = item.creators.compactMap(\.name).filter { byline.contains($0) }
            if let person = people.first, let range = byline.range(of: person), range.lowerBound > byline.startIndex {
                let before = String(byline[..<range.lowerBound])
                let after = String(byline[range.upperBound...])
                if !before.isEmpty { element.children.append(.text(before)) }
                element.append(builder.element("person", text: person))
                if !after.isEmpty { element.children.append(.text(after)) }
            } else {
                element.children = [.text(byline)]
            }
            bodyHead.append(element)
        }
        if let distributor = item.infoSources.first(where: { $0.role == "isrol:distributor" })?.name {
            var element = builder.element("distributor")
            element.append(builder.element("org", text: distributor))
            bodyHead.append(element)
        }
        if let dateline = item.dateline {
            var element = builder.element("dateline")
            if let place = item.located?.name, let range = dateline.range(of: place) {
                let before = String(dateline[..<range.lowerBound])
                let after = String(dateline[range.upperBound...])
                if !before.isEmpty { element.children.append(.text(before)) }
                // The dateline's place is the city the story was filed from (the wire convention; Superdesk reads
                // `location/city`).
                var location = builder.element("location")
                location.append(builder.element("city", text: place))
                element.append(location)
                if !after.isEmpty { element.children.append(.text(after)) }
            } else {
                element.children = [.text(dateline)]
            }
            bodyHead.append(element)
        }
        for summary in item.descriptions where summary.role == "drol:summary" {
            var abstract = builder.element("abstract")
            abstract.append(builder.element("p", text: summary.text))
            bodyHead.append(abstract)
        }
        body.append(bodyHead)
        body.append(content(item, &builder))
        var end = builder.element("body.end")
        if let tagline = item.preserved(in: "body/body.end/tagline").first {
            end.append(builder.element("tagline", text: tagline.serialized))
        }
        if !end.children.isEmpty { body.append(end) }
        return body
    }

    private func content(_ item: NewsItem, _ builder: inout NITFElementBuilder) -> XMLTree.Element {
        var content = builder.element("body.content")
        var shown = Set<Int>()
        for block in item.body {
            switch block {
            case .paragraph(let text):
                content.append(builder.element("p", text: text))
            case .subheading(let text, _):
                content.append(builder.element("hl2", text: text))
            case .quote(let quote):
                var bq = builder.element("bq")
                var inner = builder.element("block")
                inner.append(builder.element("p", text: quote.text))
                bq.append(inner)
                content.append(bq)
            case .list(let entries, let ordered):
                var list = builder.element(ordered ? "ol" : "ul")
                for entry in entries { list.append(builder.element("li", text: entry)) }
                content.append(list)
            case .figure(let index):
                guard item.pictures.indices.contains(index) else { continue }
                shown.insert(index)
                content.append(media(item.pictures[index], &builder))
            case .relatedTeaser(let link):
                // A teaser is not story text: an aside-like block with a link, so it stays out of the paragraphs.
                guard let title = link.title else { continue }
                var block = builder.element("block", [("class", "related")])
                var paragraph = builder.element("p")
                if let href = link.href {
                    paragraph.append(builder.element("a", [("href", href)], text: title))
                } else {
                    paragraph.children = [.text(title)]
                }
                block.append(paragraph)
                content.append(block)
            case .preservedMarkup(let markup):
                // Preformatted text (agate, line-ups, tables set in type) is NITF's own <pre>, line breaks and all.
                // Tables and embeds have no NITF form here: their text, as a paragraph (named in a warning).
                guard let root = Self.markupRoot(markup) else { continue }
                if root.localName == "header" {
                    // The body's head (read from NITF's body.head) is written as body.head, from the item's
                    // metadata; what of it the metadata does not carry stays as paragraphs.
                    for part in Self.headerPartsNotInMetadata(root, of: item) { content.append(builder.element("p", text: part)) }
                } else if root.localName == "pre" {
                    content.append(builder.element("pre", text: root.textContent))
                } else if !root.normalizedText.isEmpty {
                    content.append(builder.element("p", text: root.normalizedText))
                }
            }
        }
        for (index, picture) in item.pictures.enumerated() where !shown.contains(index) { content.append(media(picture, &builder)) }
        // A picture, graphic, video or audio item: its own renditions, with its caption and credit.
        if item.body.isEmpty, !item.renditions.isEmpty {
            let caption = item.descriptions.first { $0.role?.hasSuffix("caption") ?? false } ?? item.descriptions.first
            let own = Picture(caption: caption?.text, creditline: item.creditline, renditions: item.renditions)
            let type: String =
                switch item.itemClass {
                case .video: "video"
                case .audio: "audio"
                default: "image"
                }
            content.append(media(own, &builder, type: type))
        }
        if item.body.isEmpty, let text = item.plainBody {
            for paragraph in text.components(separatedBy: "\n\n") where !paragraph.isBlank {
                content.append(builder.element("p", text: paragraph.normalizingWhitespace()))
            }
        }
        return content
    }

    /// The elements of `docdata` the NITF reader kept that the writer writes back as they were.
    static let keptDocumentData: Set<String> = [
        "head/docdata/du-key", "head/docdata/doc.copyright", "head/docdata/doc.rights", "head/docdata/evloc",
        "head/docdata/series", "head/docdata/doc-scope", "head/docdata/del-list",
    ]

    /// What of the item the NITF writer cannot write: NITF elements the reader kept that have no place in the
    /// NITF the writer produces, and markup written as text. Named in a warning by the caller.
    public func leftOut(_ item: NewsItem) -> [String] {
        var names: [String] = []
        let written: Set<String> = Self.keptDocumentData.union([
            "head/meta", "head/pubdata", "head/revision-history", "head/tobject/tobject.property", "head/tobject/tobject.subject",
            "body/body.end/tagline",
        ])
        for property in item.preserved where property.format == NITF.preservedFormat && !written.contains(property.container) {
            names.append(property.container)
        }
        let metaNames = Set(Self.metadata(item).map(\.name))
        for property in item.preserved(in: "head/meta") {
            let name = String(property.serialized.prefix { $0 != "\t" })
            if !metaNames.contains(name) { names.append("meta '\(name)'") }
        }
        if item.body.contains(where: {
            guard case .preservedMarkup(let markup) = $0, let root = Self.markupRoot(markup) else { return false }
            return root.localName == "header" ? !Self.headerPartsNotInMetadata(root, of: item).isEmpty : root.localName != "pre"
        }) {
            names.append("markup (written as text)")
        }
        if item.preserved(in: "body/body.end/tagline").count > 1 { names.append("tagline (only the first)") }
        if !item.widerConcepts.isEmpty {
            names.append("broader and facet concepts")
        }
        for other in item.otherContent { names.append("inline content '\(other.rendition ?? other.contentType ?? "text")'") }
        return names
    }

    /// `meta` name/content pairs whose name NITF accepts (an XML name token).
    static func metadata(_ item: NewsItem) -> [(name: String, content: String)] {
        item.preserved(in: "head/meta").compactMap { property in
            let parts = property.serialized.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            guard isNameToken(name) else { return nil }
            return (name, parts.count > 1 ? String(parts[1]) : "")
        }
    }

    /// A subject NITF writes as `tobject.subject`: an IPTC subject code (eight digits).
    static func isTopicSubject(_ entity: Entity) -> Bool {
        guard entity.kind == .subject, let qcode = entity.qcode, qcode.hasPrefix("subj:") else { return false }
        return NITF.subjectQCode(String(qcode.dropFirst(5))) != nil
    }

    /// IPTC subject codes as NITF groups them: one `tobject.subject` per most specific code, labelled at each level
    /// of the hierarchy (subject XX000000, matter XXYYY000, detail XXYYYZZZ) by the item's subjects of those codes.
    static func topicSubjects(_ subjects: [Entity]) -> [(refnum: String, type: String?, matter: String?, detail: String?)] {
        let codes = subjects.map { String($0.qcode!.dropFirst(5)) }
        var names: [String: String] = [:]
        for (code, subject) in zip(codes, subjects) where !subject.name.isEmpty && names[code] == nil { names[code] = subject.name }
        func isType(_ code: String) -> Bool { code.hasSuffix("000000") }
        func isMatter(_ code: String) -> Bool { code.hasSuffix("000") && !isType(code) }
        var written = Set<String>()
        var elements: [(refnum: String, type: String?, matter: String?, detail: String?)] = []
        for code in codes where written.insert(code).inserted {
            // A level that labels a more specific code of the item is written as that code's attribute.
            // (Only a named level can be an attribute: an unnamed one stands as its own element.)
            let consumed =
                names[code] == nil
                ? false
                : isType(code)
                    ? codes.contains { $0 != code && $0.hasPrefix(code.prefix(2)) }
                    : isMatter(code) ? codes.contains { $0 != code && !isMatter($0) && !isType($0) && $0.hasPrefix(code.prefix(5)) } : false
            if consumed { continue }
            let typeCode = String(code.prefix(2)) + "000000"
            let matterCode = String(code.prefix(5)) + "000"
            elements.append(
                (
                    code, names[typeCode], isType(code) ? nil : names[matterCode],
                    isType(code) || isMatter(code) ? nil : names[code]
                ))
        }
        return elements
    }

    /// `xs:NMTOKEN`: letters, digits and . - _ : only, at least one.
    static func isNameToken(_ value: String) -> Bool {
        !value.isEmpty
            && value.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || ".-_:".unicodeScalars.contains($0)
            }
    }

    /// The root element of a kept markup block (a table, a `pre`, an embed).
    /// The texts of a body header (hedline, byline, abstract…) that body.head, written from the item's
    /// metadata, does not already say.
    static func headerPartsNotInMetadata(_ header: XMLTree.Element, of item: NewsItem) -> [String] {
        var said = Set(item.headlines.map(\.text) + item.bylines + item.descriptions.map(\.text) + item.infoSources.compactMap(\.name))
        if let dateline = item.dateline { said.insert(dateline) }
        return header.elements.map(\.normalizedText).filter { !$0.isEmpty && !said.contains($0) }
    }

    static func markupRoot(_ markup: String) -> XMLTree.Element? {
        XMLDocumentParser.parse(Data(markup.utf8)).tree?.root
    }

    private func media(_ picture: Picture, _ builder: inout NITFElementBuilder, type: String = "image") -> XMLTree.Element {
        var media = builder.element("media", [("media-type", type)])
        let renditions = picture.renditions.isEmpty ? [Rendition()] : picture.renditions
        for rendition in renditions {
            media.append(
                builder.element(
                    "media-reference",
                    [
                        ("source", rendition.href ?? rendition.residref), ("name", rendition.name), ("mime-type", rendition.contentType),
                        ("width", rendition.width.map(String.init)), ("height", rendition.height.map(String.init)),
                        ("copyright", picture.copyrightNotice),
                    ]))
        }
        if let caption = picture.caption { media.append(builder.element("media-caption", text: caption)) }
        if let credit = picture.creditline { media.append(builder.element("media-producer", text: credit)) }
        return media
    }
}

extension NewsItem {
    /// The NITF elements the NITF reader kept under `container` (a path prefix ending in "/", or a full path).
    func preserved(in container: String) -> [PreservedProperty] {
        preserved.filter {
            $0.format == NITF.preservedFormat && (container.hasSuffix("/") ? $0.container.hasPrefix(container) : $0.container == container)
        }
    }
}
