import Foundation
import JSONSchema
import NewsMLG2
import NewsModel
import NewsXML

/// Writes an item as ninjs 3.2 or 2.3, mapped from the model the way IPTC's guide maps NewsML-G2:
/// entities as people/organisations/places/subjects, pictures as `picture` associations with caption and
/// credit in `descriptions`, the body as XHTML, dates as RFC 3339. Keys are sorted by the JSON writer.
public struct NinjsWriter: Sendable {
    public var version: NinjsVersion
    public var bodyStyle: NinjsBodyStyle
    /// Expands qcodes to the absolute URIs ninjs wants.
    public var catalog: SchemeCatalog
    /// `versionCreated` for items that have none.
    public var defaultVersionCreated: String?

    public init(
        version: NinjsVersion = .v3_2, bodyStyle: NinjsBodyStyle = .xhtml, catalog: SchemeCatalog = .iptc,
        defaultVersionCreated: String? = nil
    ) {
        self.version = version
        self.bodyStyle = bodyStyle
        self.catalog = catalog
        self.defaultVersionCreated = defaultVersionCreated
    }

    /// The ninjs document and what had to be assumed or left out on the way.
    public func write(_ item: NewsItem) -> (document: JSONValue, diagnostics: [Diagnostic]) {
        if version == .v1_7 { return writeLegacy(item) }
        var diagnostics: [Diagnostic] = []
        var object = JSONObject()
        object["standard"] = ["name": "ninjs", "version": .string(version.rawValue), "schema": .string(version.schemaURI)]
        fill(&object, with: item, diagnostics: &diagnostics)
        if !item.pictures.isEmpty {
            let pictures = item.pictures.enumerated().map { index, picture in
                association(for: picture, index: index, of: item, diagnostics: &diagnostics)
            }
            object["associations"] = .array(pictures + (object["associations"]?.array ?? []))
        }
        return (.object(object), diagnostics)
    }

    public func data(_ item: NewsItem) -> (data: Data, diagnostics: [Diagnostic]) {
        let (document, diagnostics) = write(item)
        return (JSONWriter().data(document), diagnostics)
    }

    private func key(_ name: String) -> String { version.key(name) }

    // MARK: The item

    private func fill(_ object: inout JSONObject, with item: NewsItem, diagnostics: inout [Diagnostic]) {
        let uri = Self.absoluteURI(item.guid)
        object["uri"] = .string(uri)
        var alternativeIdentifiers = item.alternativeIdentifiers.map { identifier -> JSONValue in
            var entry = JSONObject()
            entry["role"] = identifier.type.map { .string(Self.code($0)) }
            entry["value"] = .string(identifier.value)
            return .object(entry)
        }
        if uri != item.guid { alternativeIdentifiers.insert(["role": "guid", "value": .string(item.guid)], at: 0) }
        object[key("altIds")] = alternativeIdentifiers.isEmpty ? nil : .array(alternativeIdentifiers)
        object["type"] = .string(Self.type(for: item.itemClass, diagnostics: &diagnostics))
        object["version"] = .string(String(item.version))
        for (field, value) in [
            ("firstCreated", item.firstCreated), ("versionCreated", item.versionCreated ?? defaultVersionCreated),
            ("contentCreated", item.contentCreated), ("embargoedUntil", item.embargoed), ("expires", item.expires),
        ] {
            guard let value else { continue }
            object[key(field)] = NinjsDate.rfc3339(value, field: field, diagnostics: &diagnostics).flatMap(Self.nonBlank)
        }
        if object[key("versionCreated")] == nil, let fallback = defaultVersionCreated, NinjsDate.isRFC3339(fallback) {
            object[key("versionCreated")] = .string(fallback)
        }
        if item.contentModified != nil {
            diagnostics.append(.note("ninjs.dropped", "contentModified has no ninjs property; it was left out"))
        }
        object[key("pubStatus")] = .string(item.publicationStatus.rawValue)
        if let urgency = item.urgency {
            if (1...9).contains(urgency) {
                object["urgency"] = .integer(urgency)
            } else {
                diagnostics.append(.warning("ninjs.urgency.dropped", "urgency \(urgency) is outside ninjs' 1…9; it was left out"))
            }
        }
        object[key("copyrightHolder")] = item.rights.copyrightHolder.flatMap(Self.nonBlank)
        object[key("copyrightNotice")] = item.rights.copyrightNotice.flatMap(Self.nonBlank)
        object[key("usageTerms")] = item.rights.usageTerms.flatMap(Self.nonBlank)
        object[key("edNote")] = Self.nonBlank(
            item.editorialNotes.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: "\n"))
        object["language"] = item.language.flatMap { LanguageTag.isValid($0) ? .string($0) : nil }
        object["title"] = item.title.flatMap(Self.nonBlank)
        object["slugline"] = item.slugline.flatMap(Self.nonBlank)
        object["by"] = Self.nonBlank(item.bylines.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: ", "))
        object["located"] = (item.located?.name ?? item.dateline.flatMap(Self.placeOfDateline)).flatMap(Self.nonBlank)
        object["headlines"] = texts(item.headlines, defaultRole: "main")
        var descriptions = texts(item.descriptions, defaultRole: nil)?.array ?? []
        if let creditline = item.creditline { descriptions.append(["role": "creditline", "value": .string(creditline)]) }
        if let dateline = item.dateline { descriptions.append(["role": "dateline", "value": .string(dateline)]) }
        for teaser in item.body.compactMap(Self.teaser) where teaser.href.map(Self.isAbsoluteURI) != true {
            if let title = teaser.title { descriptions.append(["role": "related", "value": .string(title)]) }
        }
        object["descriptions"] = descriptions.isEmpty ? nil : .array(descriptions)
        object["bodies"] = bodies(for: item)
        writeEntities(item, into: &object)
        object["genres"] = concepts(item.genres, rel: nil)
        var sources = item.infoSources.map { source -> JSONValue in
            var entry = JSONObject()
            entry["name"] = source.name.flatMap(Self.nonBlank)
            entry["role"] = source.role.map { .string(Self.code($0)) }
            setIdentifier(&entry, uri: source.uri, qcode: source.qcode)
            return .object(entry)
        }
        if let provider = item.provider {
            var entry = JSONObject()
            entry["name"] = provider.name.flatMap(Self.nonBlank)
            entry["role"] = "provider"
            setIdentifier(&entry, uri: provider.uri, qcode: provider.qcode ?? provider.literal)
            sources.insert(.object(entry), at: 0)
        }
        object[key("infoSources")] = sources.isEmpty ? nil : .array(sources)
        let renditions = item.renditions.enumerated().compactMap { rendition(for: $1, index: $0, diagnostics: &diagnostics) }
        object["renditions"] = renditions.isEmpty ? nil : .array(renditions)
        var associations: [JSONValue] = []
        if let package = item.package {
            for group in package.groups {
                for case .item(let reference) in group.members {
                    guard let target = reference.residref ?? reference.href else { continue }
                    var entry = JSONObject()
                    entry["name"] = .string("item-\(associations.count + 1)")
                    entry["uri"] = .string(Self.absoluteURI(target))
                    if let itemClass = reference.itemClass.flatMap({ ItemClass(qcode: $0) }) {
                        entry["type"] = .string(Self.type(for: itemClass, diagnostics: &diagnostics))
                    }
                    entry["version"] = reference.version.flatMap { $0 > 0 ? .string(String($0)) : nil }
                    if let title = reference.title { entry["headlines"] = [["value": .string(title)]] }
                    if version == .v3_2 { entry["rel"] = .string(group.role.map(Self.code) ?? "member") }
                    associations.append(.object(entry))
                }
            }
        }
        let related =
            item.links.filter { $0.href.map(Self.isAbsoluteURI) == true || $0.residref.map(Self.isAbsoluteURI) == true }
            + item.body.compactMap(Self.teaser).filter { $0.href.map(Self.isAbsoluteURI) == true }
        if !related.isEmpty || !associations.isEmpty {
            object["associations"] = .array(
                associations
                    + related.enumerated().map { index, link in
                        var entry = JSONObject()
                        entry["name"] = .string("related-\(index + 1)")
                        entry["uri"] = .string(link.href ?? link.residref ?? "")
                        if let title = link.title { entry["headlines"] = [["value": .string(title)]] }
                        if version == .v3_2 { entry["rel"] = .string(link.relation.map(Self.code) ?? "seeAlso") }
                        return .object(entry)
                    })
        }
        let teaserTitles = Set(item.body.compactMap(Self.teaser).compactMap(\.title))
        let unplaced = item.links.filter { link in
            link.href.map(Self.isAbsoluteURI) != true && link.residref.map(Self.isAbsoluteURI) != true
                && !(link.title.map(teaserTitles.contains) ?? false)
        }.count
        if unplaced > 0 {
            diagnostics.append(.note("ninjs.dropped", "\(unplaced) link(s) without an absolute URI have no ninjs form; they were left out"))
        }
        if !item.signals.isEmpty {
            diagnostics.append(
                .note(
                    "ninjs.dropped",
                    "signals (\(item.signals.compactMap { $0.qcode ?? $0.uri }.joined(separator: ", "))) have no ninjs property; they were left out"
                ))
        }
        let wider = item.widerConcepts
        if !wider.isEmpty {
            let names = wider.map { $0.name ?? $0.qcode ?? $0.uri ?? $0.literal ?? "" }.joined(separator: ", ")
            diagnostics.append(.warning("ninjs.dropped", "broader and facet concepts have no ninjs form; they were left out: \(names)"))
        }
        if !item.preserved.isEmpty {
            let names = Set(item.preserved.map(\.container)).sorted().joined(separator: ", ")
            diagnostics.append(.warning("ninjs.dropped", "NewsML-G2 properties with no ninjs form were left out: \(names)"))
        }
    }

    private func texts(_ entries: [TextWithRole], defaultRole: String?) -> JSONValue? {
        guard !entries.isEmpty else { return nil }
        return .array(
            entries.enumerated().map { index, entry in
                var value = JSONObject()
                value["value"] = .string(entry.text)
                value["role"] = (entry.role.map(Self.code) ?? (index == 0 ? defaultRole : nil)).flatMap(Self.nonBlank)
                return .object(value)
            })
    }

    /// The words of a text, split at white space — on the bytes when the text is ASCII (each byte a Character, but for
    /// CR LF, white space either way), walking Characters otherwise: counting a long story by Characters was a tenth
    /// of writing its ninjs.
    private func bodies(for item: NewsItem) -> JSONValue? {
        var result: [JSONValue] = []
        let story = item.body.filter { if case .relatedTeaser = $0 { return false } else { return true } }
        if !story.isEmpty {
            let text = story.map(\.text).filter { !$0.isEmpty }
            let words = text.reduce(0) { $0 + $1.wordCount }
            let characters = text.reduce(0) { $0 + $1.characterCount }
            var body = JSONObject()
            switch bodyStyle {
            case .xhtml:
                var html = XHTMLBodyWriter().html(for: item)
                html.declarations = [.init(prefix: "", uri: "http://www.w3.org/1999/xhtml")]
                let serialized = XMLWriter().serialize(XMLTree(root: html), includeDeclaration: false)
                body[key("contentType")] = "application/xhtml+xml"
                body["value"] = .string(serialized.trimmingWhitespace())
            case .text:
                body[key("contentType")] = "text/plain"
                body["value"] = .string(text.joined(separator: "\n\n"))
            }
            body["role"] = "main"
            body[key("charCount")] = .integer(characters)
            body[key("wordCount")] = .integer(words)
            result.append(.object(body))
        }
        if let plain = item.plainBody {
            var body = JSONObject()
            body[key("contentType")] = "text/plain"
            body["value"] = .string(plain)
            body["role"] = story.isEmpty ? "main" : "text"
            result.append(.object(body))
        }
        // Further forms of the content (an agency's text rendition beside its XHTML), as they were read.
        for other in item.otherContent {
            var body = JSONObject()
            body[key("contentType")] = other.contentType.map(JSONValue.string)
            body["value"] = .string(other.text)
            body["role"] = other.rendition.map(JSONValue.string)
            body[key("wordCount")] = other.wordCount.map(JSONValue.integer)
            result.append(.object(body))
        }
        return result.isEmpty ? nil : .array(result)
    }

    // MARK: Entities

    /// The property an entity of this kind goes in: plural in 2.x/3.x ("people"), singular in 1.x ("person").
    static func entityGroup(_ kind: Entity.Kind, legacy: Bool) -> String {
        switch kind {
        case .person: legacy ? "person" : "people"
        case .organisation: legacy ? "organisation" : "organisations"
        case .place, .pointOfInterest: legacy ? "place" : "places"
        case .event: legacy ? "event" : "events"
        case .object: legacy ? "object" : "objects"
        case .subject: legacy ? "subject" : "subjects"
        }
    }

    private func writeEntities(_ item: NewsItem, into object: inout JSONObject) {
        var groups: [String: [JSONValue]] = [:]
        for entity in item.entities {
            let group = Self.entityGroup(entity.kind, legacy: false)
            var entry = JSONObject()
            entry["name"] = entity.name.isEmpty ? nil : .string(entity.name)
            entry["rel"] = .string(entity.relation.map(Self.code) ?? "about")
            setIdentifier(&entry, uri: entity.uri, qcode: entity.qcode ?? entity.literal)
            if group == "subjects" {
                entry["confidence"] = entity.confidence.map { .integer(min(100, max(0, $0))) }
                entry["relevance"] = entity.relevance.map { .integer(min(100, max(0, $0))) }
                if entity.assignment == .machine { entry["creator"] = "machine" }
            }
            groups[group, default: []].append(.object(entry))
        }
        for keyword in item.keywords {
            groups["subjects", default: []].append(["name": .string(keyword), "rel": "keyword"])
        }
        for (rel, people) in [("creator", item.creators), ("contributor", item.contributors)] {
            for person in people {
                var entry = JSONObject()
                entry["name"] = person.name.flatMap(Self.nonBlank)
                entry["rel"] = .string(rel)
                setIdentifier(&entry, uri: person.uri, qcode: person.qcode ?? person.literal)
                groups["people", default: []].append(.object(entry))
            }
        }
        if version == .v2_3, let events = groups["events"] {
            // 2.x events carry no `id`; the shape is the same otherwise.
            groups["events"] = events
        }
        for (group, entries) in groups { object[group] = .array(entries) }
    }

    private func concepts(_ concepts: [Concept], rel: String?) -> JSONValue? {
        guard !concepts.isEmpty else { return nil }
        return .array(
            concepts.map { concept in
                var entry = JSONObject()
                entry["name"] = concept.name.flatMap(Self.nonBlank)
                setIdentifier(&entry, uri: concept.uri, qcode: concept.qcode ?? concept.literal)
                return .object(entry)
            })
    }

    /// ninjs `uri` must be an absolute URI: a qcode is expanded through the catalog, and what cannot be
    /// expanded goes to `literal` instead.
    private func setIdentifier(_ entry: inout JSONObject, uri rawURI: String?, qcode rawQcode: String?) {
        // An empty qcode="" or uri="" in the input identifies nothing, and ninjs forbids empty literals.
        let uri = rawURI.flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 }
        let qcode = rawQcode.flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 }
        if let uri, Self.isAbsoluteURI(uri) {
            entry["uri"] = .string(uri)
            if let qcode, catalog.uri(forQcode: qcode) != uri { entry["literal"] = .string(qcode) }
        } else if let qcode, let expanded = catalog.uri(forQcode: qcode), Self.isAbsoluteURI(expanded) {
            entry["uri"] = .string(expanded)
        } else if let code = qcode ?? uri {
            entry["literal"] = .string(code)
        }
    }

    // MARK: Pictures and renditions

    private func association(for picture: Picture, index: Int, of item: NewsItem, diagnostics: inout [Diagnostic]) -> JSONValue {
        var object = JSONObject()
        object["name"] = .string("picture-\(index + 1)")
        object["uri"] = .string(Self.absoluteURI(picture.identifier ?? "\(item.guid):picture\(index + 1)"))
        object["type"] = "picture"
        if version == .v3_2 { object["rel"] = "illustration" }
        var descriptions: [JSONValue] = []
        if let caption = picture.caption { descriptions.append(["role": "caption", "value": .string(caption)]) }
        if let creditline = picture.creditline { descriptions.append(["role": "creditline", "value": .string(creditline)]) }
        object["descriptions"] = descriptions.isEmpty ? nil : .array(descriptions)
        object["by"] = picture.photographer.flatMap(Self.nonBlank)
        object[key("copyrightHolder")] = picture.copyrightHolder.flatMap(Self.nonBlank)
        object[key("copyrightNotice")] = picture.copyrightNotice.flatMap(Self.nonBlank)
        object[key("usageTerms")] = picture.usageTerms.flatMap(Self.nonBlank)
        let renditions = picture.renditions.enumerated().compactMap { rendition(for: $1, index: $0, diagnostics: &diagnostics) }
        object["renditions"] = renditions.isEmpty ? nil : .array(renditions)
        return .object(object)
    }

    private func rendition(for rendition: Rendition, index: Int, diagnostics: inout [Diagnostic]) -> JSONValue? {
        var object = JSONObject()
        object["name"] = .string(rendition.name.map(Self.code) ?? (index == 0 ? "main" : "rendition-\(index + 1)"))
        if let href = rendition.href ?? rendition.residref {
            if Self.isAbsoluteURI(href) {
                object["href"] = .string(href)
            } else {
                diagnostics.append(
                    .note(
                        "ninjs.rendition.relative",
                        "rendition '\(href)' is not an absolute URI; ninjs keeps its other properties without href"))
            }
        }
        object[key("contentType")] = rendition.contentType.flatMap(Self.nonBlank)
        object["width"] = rendition.width.map(JSONValue.integer)
        object["height"] = rendition.height.map(JSONValue.integer)
        object[key("sizeInBytes")] = rendition.sizeInBytes.map(JSONValue.integer)
        if let duration = rendition.duration {
            if let seconds = Double(duration) {
                object["duration"] = seconds.rounded() == seconds ? .integer(Int(seconds)) : .number(seconds)
            }
        }
        return .object(object)
    }

    // MARK: Helpers

    /// ninjs text properties are left out rather than written empty.
    static func nonBlank(_ text: String) -> JSONValue? {
        text.trimmingWhitespace().isEmpty ? nil : .string(text)
    }

    static func teaser(_ block: BodyBlock) -> RelatedLink? {
        if case .relatedTeaser(let link) = block { return link }
        return nil
    }

    /// ninjs roles and names are plain words; NewsML-G2's IPTC qcodes lose their scheme prefix.
    static func code(_ qcode: String) -> String {
        for prefix in ["hltype:", "drol:", "isrol:", "altidrole:", "rnd:", "irel:", "crol:", "ctrol:", "group:"]
        where qcode.hasPrefix(prefix) {
            return String(qcode.dropFirst(prefix.count))
        }
        return qcode
    }

    static func type(for itemClass: ItemClass, diagnostics: inout [Diagnostic]) -> String {
        switch itemClass {
        case .text, .picture, .graphic, .audio, .video, .composite: return itemClass.rawValue
        case .package: return "composite"
        case .concept, .planning, .event:
            diagnostics.append(
                .warning("ninjs.type", "a \(itemClass.rawValue) item has no ninjs type this writer emits; it was written as text"))
            return "text"
        }
    }

    static func isAbsoluteURI(_ text: String) -> Bool { FormatChecker.isAbsoluteURI(text) }

    /// The guid when it is an absolute URI, else a URN that carries it (the guid itself goes to `altIds`).
    static func absoluteURI(_ guid: String) -> String {
        if isAbsoluteURI(guid) { return guid }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~:@!$&'()*+,;="))
        let escaped = guid.addingPercentEncoding(withAllowedCharacters: allowed) ?? stableHash(guid)
        return "urn:newsmlkit:guid:" + escaped
    }

    static func placeOfDateline(_ dateline: String) -> String? {
        let city = dateline.split(separator: ",").first.map { String($0).trimmingWhitespace() }
        return city?.isEmpty == false ? city : nil
    }
}
