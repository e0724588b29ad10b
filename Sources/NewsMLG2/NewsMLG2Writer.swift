import Foundation
import NewsModel
import NewsXML

/// How pictures that belong to a text item are written.
public enum PictureLayout: String, Sendable, CaseIterable {
    /// Described inside the text item with `partMeta` (one document; what most consumers read).
    case inline
    /// As separate picture `newsItem`s linked from the text item, delivered together in a `newsMessage`.
    case items
}

/// Writes the model as NewsML-G2 2.35 (Power conformance).
public struct NewsMLG2Writer: Sendable {
    public var pictureLayout: PictureLayout
    /// Used when an item has no `versionCreated` (plain text has none): the time of conversion.
    public var defaultVersionCreated: String
    public var writer = XMLWriter()

    public init(pictureLayout: PictureLayout = .inline, defaultVersionCreated: String) {
        self.pictureLayout = pictureLayout
        self.defaultVersionCreated = defaultVersionCreated
    }

    /// The document for one item: a `newsItem`, or a `newsMessage` when pictures are written as items.
    public func write(_ item: NewsItem) -> String {
        String(decoding: writeUTF8(item), as: UTF8.self)
    }

    /// The document as UTF-8 bytes, for callers that write or validate bytes (no String in between).
    public func writeUTF8(_ item: NewsItem) -> [UInt8] {
        if pictureLayout == .items, item.itemClass == .text, !Self.separablePictures(item).isEmpty {
            return writer.serializeUTF8(XMLTree(root: message(for: [item], splittingPictures: true)))
        }
        return writer.serializeUTF8(XMLTree(root: newsItemElement(item, inlinePictures: true)))
    }

    /// The pictures of a text item that become items of their own with `--pictures items`: those with a rendition
    /// (something to fetch). A picture known only by its caption and credit (a photo line in plain text) stays in the
    /// text item's partMeta: an item without content is one a consumer must reject (Superdesk then refuses the whole
    /// message, text item included).
    public static func separablePictures(_ item: NewsItem) -> [Int] {
        item.pictures.indices.filter { !item.pictures[$0].renditions.isEmpty }
    }

    /// A `newsMessage` carrying several items.
    public func write(_ batch: NewsBatch) -> String {
        writer.serialize(
            XMLTree(root: message(for: batch.items, splittingPictures: pictureLayout == .items, sender: batch.sender, sent: batch.sent)))
    }

    func message(for items: [NewsItem], splittingPictures: Bool, sender: String? = nil, sent: String? = nil) -> XMLTree.Element {
        var root = ElementBuilder("newsMessage")
        root.element.declarations = [.init(prefix: "", uri: NewsMLG2.namespace)]
        var header = ElementBuilder("header")
        header.add("sent", text: sent ?? defaultVersionCreated)
        if let sender { header.add("sender", text: sender) }
        root.add(header)
        var itemSet = ElementBuilder("itemSet")
        for item in items {
            let separable = splittingPictures && item.itemClass == .text ? Self.separablePictures(item) : []
            if !separable.isEmpty {
                var text = item
                let pictureItems = separable.map { index in pictureItem(item.pictures[index], index: index, of: item) }
                text.links += pictureItems.map {
                    RelatedLink(title: $0.descriptions.first?.text, residref: $0.guid, relation: "irel:seeAlso", contentType: nil)
                }
                itemSet.add(newsItemElement(text, inlinePictures: true, except: Set(separable)))
                for picture in pictureItems { itemSet.add(newsItemElement(picture, inlinePictures: false)) }
            } else {
                itemSet.add(newsItemElement(item, inlinePictures: true))
            }
        }
        root.add(itemSet)
        return root.element
    }

    /// A picture of a text item as an item of its own.
    func pictureItem(_ picture: Picture, index: Int, of item: NewsItem) -> NewsItem {
        var result = NewsItem(guid: picture.identifier ?? "\(item.guid):picture\(index + 1)", version: item.version, itemClass: .picture)
        result.provider = item.provider
        result.versionCreated = item.versionCreated
        result.language = item.language
        result.creditline = picture.creditline
        if let caption = picture.caption { result.descriptions = [TextWithRole(caption, role: "drol:caption")] }
        if let photographer = picture.photographer { result.creators = [Concept(names: [photographer], role: "crol:photographer")] }
        result.rights = picture.rights
        result.renditions = picture.renditions
        return result
    }

    /// `except`: pictures written as items of their own, which get no partMeta here.
    func newsItemElement(_ item: NewsItem, inlinePictures: Bool, except separate: Set<Int> = []) -> XMLTree.Element {
        var root = ElementBuilder(
            item.package == nil ? "newsItem" : "packageItem",
            [
                ("guid", item.guid), ("version", String(max(1, item.version))), ("standard", "NewsML-G2"),
                ("standardversion", NewsMLG2.standardVersion), ("conformance", "power"),
            ])
        root.element.declarations = [.init(prefix: "", uri: NewsMLG2.namespace)]
        if let language = item.language, LanguageTag.isValid(language) {
            root.element.attributes.append(
                XMLTree.Attribute(XMLTree.Name("lang", namespace: NewsMLG2.xmlNamespace, prefix: "xml"), language))
        }
        root.add("catalogRef", [("href", NewsMLG2.catalogURL)])
        let identifiers = NewsMLG2.partIdentifiers(item.pictures)
        // partMeta has no place for rights: a picture's copyright goes in a rightsInfo that names its part.
        var partRights: [ElementBuilder] = []
        if inlinePictures {
            for (index, picture) in item.pictures.enumerated() where !separate.contains(index) {
                if var info = rightsInfo(picture.rights) {
                    info.element.attributes.append(XMLTree.Attribute(XMLTree.Name("idrefs"), identifiers[index]))
                    partRights.append(info)
                }
            }
        }
        if let rights = rightsInfo(item.rights) {
            root.add(rights)
        } else if !partRights.isEmpty {
            // Consumers that read only the first rightsInfo as the item's (Superdesk's NewsML-G2 ingest) would give
            // a picture's usage terms to the story: an empty one, stating nothing, comes first.
            root.add(ElementBuilder("rightsInfo"))
        }
        for info in partRights { root.add(info) }
        root.add(itemMeta(item))
        root.add(contentMeta(item))
        if inlinePictures {
            for (index, picture) in item.pictures.enumerated() where !separate.contains(index) {
                root.add(partMeta(picture, index: index, identifier: identifiers[index]))
            }
        }
        if let package = item.package {
            root.add(groupSet(package))
        } else if let content = contentSet(item) {
            root.add(content)
        }
        return root.element
    }

    private func rightsInfo(_ rights: Rights) -> ElementBuilder? {
        guard !rights.isEmpty else { return nil }
        var info = ElementBuilder("rightsInfo")
        if let holder = rights.copyrightHolder {
            let reference = rights.copyrightHolderReference
            var element = ElementBuilder(
                "copyrightHolder", [("qcode", reference?.qcode), ("uri", reference?.uri), ("literal", reference?.literal)])
            element.add("name", text: holder)
            info.add(element)
        } else if let reference = rights.copyrightHolderReference {
            info.add("copyrightHolder", [("qcode", reference.qcode), ("uri", reference.uri), ("literal", reference.literal)])
        }
        info.add("copyrightNotice", text: rights.copyrightNotice)
        info.add("usageTerms", text: rights.usageTerms)
        return info
    }

    private func itemMeta(_ item: NewsItem) -> ElementBuilder {
        var meta = ElementBuilder("itemMeta")
        meta.add("itemClass", [("qcode", item.itemClassQCode ?? item.itemClass.qcode)])
        meta.add(concept("provider", item.provider ?? Concept(literal: "NewsMLKit")))
        meta.add("versionCreated", text: item.versionCreated ?? defaultVersionCreated)
        meta.add("firstCreated", text: item.firstCreated)
        meta.add("embargoed", text: item.embargoed)
        meta.add("pubStatus", [("qcode", item.publicationStatus.qcode)])
        meta.add("title", text: item.title)
        for note in item.editorialNotes { meta.add("edNote", text: note) }
        // What the plain-text reader kept out of the story (page furniture, envelope and mail headers) has no
        // element of its own: it travels as notes to the desk rather than being dropped.
        // One note a line: the XML writer folds white space inside an element, and the lines are the record.
        for property in item.preserved where property.format == "plaintext" {
            for line in Self.nonEmptyLines(of: property.serialized) { meta.add("edNote", text: line) }
        }
        for signal in item.signals { meta.add(concept("signal", signal)) }
        for link in item.links {
            // A teaser without a target still needs an identifier: derived from its title, so it is stable.
            let residref = link.residref ?? (link.href == nil ? "urn:newsmlkit:teaser:\(stableHash(link.title ?? ""))" : nil)
            var element = ElementBuilder(
                "link",
                [
                    ("rel", link.relation ?? "irel:seeAlso"), ("href", link.href), ("residref", residref),
                    ("contenttype", link.contentType),
                ])
            element.add("title", text: link.title)
            meta.add(element)
        }
        return meta
    }

    /// The text's lines that are not empty, cut at each line feed as `split(separator: "\n")` cuts them — a CR LF is one
    /// Character, which that split leaves whole — found on the bytes: the Character walk cost more than the rest of the
    /// item's metadata.
    static func nonEmptyLines(of text: String) -> [String] {
        text.withUTF8Bytes { bytes in
            var lines: [String] = []
            var start = 0
            for index in bytes.indices where bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
                if index > start { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            if bytes.count > start { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return lines
        }
    }

    private func contentMeta(_ item: NewsItem) -> ElementBuilder {
        var meta = ElementBuilder("contentMeta")
        if let urgency = item.urgency, (1...9).contains(urgency) { meta.add("urgency", text: String(urgency)) }
        meta.add("contentCreated", text: item.contentCreated)
        meta.add("contentModified", text: item.contentModified)
        if let located = item.located { meta.add(concept("located", located)) }
        for source in item.infoSources {
            var element = ElementBuilder(
                "infoSource",
                [
                    ("qcode", source.qcode), ("uri", source.uri),
                    ("literal", source.literal ?? (source.qcode == nil && source.uri == nil ? source.name : nil)),
                    ("role", source.role),
                ])
            element.add("name", text: source.name)
            meta.add(element)
        }
        for creator in item.creators { meta.add(concept("creator", creator)) }
        for contributor in item.contributors { meta.add(concept("contributor", contributor)) }
        for identifier in item.alternativeIdentifiers { meta.add("altId", text: identifier.value, [("type", identifier.type)]) }
        if let language = item.language, LanguageTag.isValid(language) { meta.add("language", [("tag", language)]) }
        for genre in item.genres { meta.add(concept("genre", genre)) }
        for keyword in item.keywords { meta.add("keyword", text: keyword) }
        for entity in item.entities { meta.add(subject(entity)) }
        meta.add("slugline", text: item.slugline)
        for headline in item.headlines { meta.add("headline", text: headline.text, [("role", headline.role)]) }
        meta.add("dateline", text: item.dateline)
        for byline in item.bylines { meta.add("by", text: byline) }
        meta.add("creditline", text: item.creditline)
        for description in item.descriptions { meta.add("description", text: description.text, [("role", description.role)]) }
        return meta
    }

    private func subject(_ entity: Entity) -> ElementBuilder {
        var attributes: [(String, String?)] = [
            ("type", entity.conceptType ?? entity.kind.conceptNature), ("qcode", entity.qcode), ("uri", entity.uri),
            (
                "literal",
                entity.qcode == nil && entity.uri == nil ? (entity.literal ?? (entity.name.isEmpty ? nil : entity.name)) : entity.literal
            ),
            ("rank", entity.rank.map(String.init)), ("relevance", entity.relevance.map(String.init)),
            ("confidence", entity.confidence.map(String.init)),
        ]
        if entity.assignment == .machine {
            // IPTC's way to say software found it: present directly in the text, extracted by a tool.
            attributes.append(("why", "why:direct"))
            attributes.append(("how", "howextr:tool"))
        } else if entity.assignment == .authority {
            attributes.append(("why", "why:direct"))
        } else if let why = entity.relation, why.contains(":"), !why.contains(" ") {
            // The source's own why, a QCode (a ninjs `rel` without a scheme is not one).
            attributes.append(("why", why))
        }
        // A faceted subject: the concept goes in `mainConcept`, beside its `facetConcept`s.
        let faceted = entity.isMainConcept || !entity.facets.isEmpty
        let identity: Set<String> = ["qcode", "uri", "literal"]
        var element = ElementBuilder("subject", faceted ? attributes.filter { !identity.contains($0.0) } : attributes)
        var named = faceted ? ElementBuilder("mainConcept", attributes.filter { identity.contains($0.0) }) : element
        let language = { (index: Int) in index < entity.nameLanguages.count ? entity.nameLanguages[index] : nil }
        named.addName(entity.name, language: language(0))
        for (index, alternative) in entity.alternativeNames.enumerated() {
            named.addName(alternative, role: "nrol:alternate", language: language(index + 1))
        }
        if faceted {
            for broader in entity.broader { element.add(concept("broader", broader)) }
            element.add(named)
            for facet in entity.facets { element.add(concept("facetConcept", facet)) }
        } else {
            element = named
            for broader in entity.broader { element.add(concept("broader", broader)) }
        }
        return element
    }

    private func concept(_ local: String, _ concept: Concept) -> ElementBuilder {
        // The source's literal as given (also beside a qcode); made from the name only when nothing else identifies it.
        let literal = concept.literal ?? (concept.qcode == nil && concept.uri == nil ? concept.names.first.map(literalToken) : nil)
        var element = ElementBuilder(
            local,
            [
                ("qcode", concept.qcode), ("uri", concept.uri), ("literal", literal), ("type", concept.type), ("role", concept.role),
                ("rel", concept.relation),
            ])
        for (index, name) in concept.names.enumerated() { element.addName(name, language: concept.language(ofName: index)) }
        for broader in concept.broader { element.add(self.concept("broader", broader)) }
        return element
    }

    private func groupSet(_ package: PackageStructure) -> ElementBuilder {
        var set = ElementBuilder("groupSet", [("root", package.rootGroup ?? package.groups.first?.identifier)])
        for group in package.groups {
            var element = ElementBuilder("group", [("id", group.identifier), ("role", group.role ?? "group:main"), ("mode", group.mode)])
            for member in group.members {
                switch member {
                case .group(let identifier):
                    element.add("groupRef", [("idref", identifier)])
                case .item(let reference):
                    var itemRef = ElementBuilder(
                        "itemRef",
                        [
                            ("residref", reference.residref), ("href", reference.href),
                            ("version", reference.version.flatMap { $0 > 0 ? String($0) : nil }),
                            ("contenttype", reference.contentType),
                        ])
                    if let itemClass = reference.itemClass, ElementBuilder.isQCode(itemClass.normalizingWhitespace()) {
                        itemRef.add("itemClass", [("qcode", itemClass)])
                    }
                    itemRef.add("title", text: reference.title)
                    element.add(itemRef)
                }
            }
            set.add(element)
        }
        return set
    }

    private func partMeta(_ picture: Picture, index: Int, identifier: String) -> ElementBuilder {
        var element = ElementBuilder("partMeta", [("partid", identifier), ("seq", String(index + 1))])
        if let caption = picture.caption { element.add("description", text: caption, [("role", "drol:caption")]) }
        element.add("creditline", text: picture.creditline)
        return element
    }

    private func contentSet(_ item: NewsItem) -> ElementBuilder? {
        var content = ElementBuilder("contentSet")
        // A text item always has content: a headline-only alert gets an empty XHTML body (consumers such as
        // Superdesk reject a text item without a contentSet).
        let emptyText =
            item.itemClass == .text && item.body.isEmpty && item.plainBody == nil && item.otherContent.isEmpty && item.renditions.isEmpty
        if !item.body.isEmpty || emptyText {
            // The source's word count, as given (none is computed: a reader of ours would take it for the source's).
            var inline = ElementBuilder(
                "inlineXML", [("contenttype", "application/xhtml+xml"), ("wordcount", item.wordCount.map(String.init))])
            inline.add(XHTMLBodyWriter().html(for: item))
            content.add(inline)
        } else if let text = item.plainBody {
            // Plain text keeps its line breaks: it is the content, not a g2normalizedString.
            var data = ElementBuilder("inlineData", [("contenttype", "text/plain")])
            data.addText(text)
            content.add(data)
        }
        for other in item.otherContent {
            var data = ElementBuilder(
                "inlineData",
                [("contenttype", other.contentType), ("rendition", other.rendition), ("wordcount", other.wordCount.map(String.init))])
            data.addText(other.text)
            content.add(data)
        }
        for rendition in item.renditions {
            content.add(
                "remoteContent",
                [
                    ("rendition", rendition.name), ("renditionuri", rendition.nameURI), ("href", rendition.href),
                    ("residref", rendition.residref),
                    ("contenttype", rendition.contentType), ("size", rendition.sizeInBytes.map(String.init)),
                    ("width", rendition.width.map(String.init)), ("height", rendition.height.map(String.init)),
                    ("duration", rendition.duration),
                ])
        }
        return content.element.children.isEmpty ? nil : content
    }
}

/// A literal attribute is an xs:NMTOKEN-like token in practice; spaces are kept out of it.
func literalToken(_ name: String) -> String {
    String(name.map { $0.isWhitespace ? "_" : $0 })
}
