import Foundation
import JSONSchema
import NewsMLG2
import NewsModel
import NewsXML

/// Reads ninjs 1.x, 2.x and 3.x (and the common 1.x dialect with `guid`, `body_html`, `description_text`)
/// into the model. Properties the model has no place for are reported as dropped, never lost silently.
public struct NinjsReader: Sendable {
    public var catalog: SchemeCatalog
    public var maximumDepth: Int

    public init(catalog: SchemeCatalog = .iptc, maximumDepth: Int = 256) {
        self.catalog = catalog
        self.maximumDepth = maximumDepth
    }

    public func read(_ data: Data, file: String? = nil) -> (batch: NewsBatch, diagnostics: [Diagnostic]) {
        let document: JSONValue
        do {
            document = try JSONParser(maximumDepth: maximumDepth).parse(data)
        } catch {
            if let lines = jsonLines(data) {
                // JSON Lines: one ninjs object a line, read like the items of an array.
                let (batch, diagnostics) = read(lines, file: file, data: data, pointerBase: "")
                let note = Diagnostic.note(
                    "ninjs.envelope", "read as JSON Lines: \(lines.count) objects, one a line", at: SourceLocation(file: file, line: 1))
                return (batch, [note] + diagnostics)
            }
            return (
                NewsBatch(),
                [
                    .error(
                        "ninjs.syntax", "the input is not JSON: \(error.message)",
                        at: SourceLocation(file: file, line: error.line, column: error.column))
                ]
            )
        }
        var envelopeNote: [Diagnostic] = []
        var pointerBase = ""
        let items: [JSONValue]
        switch document {
        case .object(let object):
            // A feed page ({"total": 1, "item": [{…}]}): the one array of objects under a name feeds use.
            if object["uri"] == nil, object["guid"] == nil,
                let (name, elements) = Self.envelopeNames.lazy.compactMap({ name in object[name]?.array.map { (name, $0) } }).first,
                !elements.isEmpty, elements.allSatisfy({ $0.object != nil })
            {
                items = elements
                pointerBase = "/\(name)"
                envelopeNote = [
                    .note(
                        "ninjs.envelope", "read the \(elements.count) ninjs objects of the feed envelope's '\(name)' array",
                        at: SourceLocation(file: file, line: 1))
                ]
            } else {
                items = [document]
            }
        case .array(let elements): items = elements
        default:
            return (
                NewsBatch(),
                [
                    .error(
                        "ninjs.root", "a ninjs document is a JSON object; this one is \(document.typeName)",
                        at: SourceLocation(file: file, line: 1, column: 1))
                ]
            )
        }
        let single = items.count == 1 && document.object != nil && pointerBase.isEmpty
        let (batch, diagnostics) = read(items, file: file, data: data, pointerBase: single ? nil : pointerBase)
        return (batch, envelopeNote + diagnostics)
    }

    /// The names feed APIs give the array of items in their envelope.
    static let envelopeNames = ["item", "items", "data", "results"]

    /// Items in order; `pointerBase` nil for a lone object (its pointer is the root).
    private func read(_ items: [JSONValue], file: String?, data: Data, pointerBase: String?) -> (NewsBatch, [Diagnostic]) {
        var context = NinjsReadingContext(file: file, data: data)
        var batch = NewsBatch()
        for (index, element) in items.enumerated() {
            let pointer = pointerBase.map { "\($0)/\(index)" } ?? ""
            guard let object = element.object else {
                context.error("ninjs.root", "item \(index + 1) is \(element.typeName), not a ninjs object", pointer: pointer)
                continue
            }
            if let item = readItem(object, pointer: pointer, context: &context) { batch.items.append(item) }
        }
        return (batch, context.diagnostics)
    }

    /// The objects of a JSON Lines document (every non-blank line a JSON object, at least two); nil otherwise.
    private func jsonLines(_ data: Data) -> [JSONValue]? {
        var objects: [JSONValue] = []
        for line in data.split(separator: 0x0A) where !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            guard let value = try? JSONParser(maximumDepth: maximumDepth).parse(Data(line)), value.object != nil else { return nil }
            objects.append(value)
        }
        return objects.count >= 2 ? objects : nil
    }

    func readItem(_ object: JSONObject, pointer: String, context: inout NinjsReadingContext) -> NewsItem? {
        var fields = NinjsFields(object: object, pointer: pointer)
        let guid: String
        if let uri = fields.string("uri") {
            guid = uri
        } else if let legacy = fields.string("guid") {
            context.warn(
                "ninjs.dialect", "\"guid\" is not ninjs; it was read as \"uri\" (a Superdesk-style 1.x dialect)", pointer: pointer + "/guid"
            )
            guid = legacy
        } else {
            context.error("ninjs.uri.missing", "the item has no \"uri\"; ninjs requires one", pointer: pointer)
            return nil
        }
        let itemIdentifier = Self.guid(from: guid, alternativeIdentifiers: object)
        // "uri": "" (or only white space) identifies nothing; an item must be identified to be converted.
        guard !itemIdentifier.trimmingWhitespace().isEmpty else {
            context.error("ninjs.uri.missing", "the item's \"uri\" is empty; ninjs requires an identifier", pointer: pointer + "/uri")
            return nil
        }
        var item = NewsItem(guid: itemIdentifier)
        if let type = fields.string("type") {
            item.itemClass = ItemClass(rawValue: type) ?? .text
            if ItemClass(rawValue: type) == nil {
                context.warn("ninjs.type", "type \"\(type)\" is not a ninjs type; text was assumed", pointer: pointer + "/type")
            }
        }
        if let version = fields.value("version") {
            if let number = version.integer ?? version.string.flatMap({ Int($0) }) {
                item.version = max(1, number)
            } else {
                context.warn(
                    "ninjs.version", "version \(JSONWriter(indent: false).string(version)) is not a number; version 1 was assumed",
                    pointer: pointer + "/version")
            }
        }
        func date(_ names: String...) -> String? {
            for name in names {
                guard let value = fields.string(name) else { continue }
                return Self.dateTime(
                    value, field: name, pointer: pointer + "/" + (fields.object[name] != nil ? name : name.lowercased()), context: &context)
            }
            return nil
        }
        item.firstCreated = date("firstCreated")
        item.versionCreated = date("versionCreated")
        item.contentCreated = date("contentCreated")
        item.embargoed = date("embargoedUntil", "embargoed")
        item.expires = date("expires")
        if let status = fields.string("pubStatus") {
            item.publicationStatus = PublicationStatus(rawValue: status) ?? .usable
            if PublicationStatus(rawValue: status) == nil {
                context.warn(
                    "ninjs.pubStatus", "pubStatus \"\(status)\" is not usable, withheld or canceled; usable was assumed",
                    pointer: pointer + "/pubStatus")
            }
        }
        item.urgency = fields.value("urgency")?.integer
        item.rights = Rights(
            copyrightHolder: fields.string("copyrightHolder"), copyrightNotice: fields.string("copyrightNotice"),
            usageTerms: fields.string("usageTerms"))
        if let note = fields.string("edNote") { item.editorialNotes = [note] }
        if let language = fields.string("language") {
            if LanguageTag.isValid(language) {
                item.language = language
            } else {
                context.warn(
                    "ninjs.language.invalid", "language '\(language.prefix(40))' is not a BCP 47 tag; it was left out",
                    pointer: pointer + "/language")
            }
        }
        item.title = fields.string("title")
        item.slugline = fields.string("slugline")
        if let by = fields.string("by") ?? fields.string("byline") { item.bylines = [by] }
        if let located = fields.string("located") { item.located = Concept(names: [located]) }
        readTexts(&fields, into: &item, context: &context)
        readEntities(&fields, into: &item, context: &context)
        readRenditions(&fields, into: &item, context: &context)
        readAssociations(&fields, into: &item, context: &context)
        for entry in fields.array("altIds") {
            guard let value = entry["value"]?.string else { continue }
            if entry["role"]?.string == "guid" { continue }
            item.alternativeIdentifiers.append(
                AlternativeIdentifier(value: value, type: entry["role"]?.string.map { Self.qcode($0, scheme: "altidrole") }))
        }
        if let legacy = fields.value("altIds")?.object {
            for (role, value) in legacy {
                if let text = value.string {
                    item.alternativeIdentifiers.append(AlternativeIdentifier(value: text, type: Self.qcode(role, scheme: "altidrole")))
                }
            }
        }
        for entry in fields.array("genres") + fields.array("genre") {
            item.genres.append(concept(entry, scheme: nil))
        }
        for entry in fields.array("infoSources") + fields.array("infosource") {
            let role = entry["role"]?.string ?? entry["rel"]?.string
            if role == "provider" {
                item.provider = concept(entry, scheme: nil)
                continue
            }
            let identifier = identifier(entry)
            item.infoSources.append(
                InfoSource(
                    name: entry["name"]?.string, qcode: identifier.qcode, uri: identifier.uri,
                    role: role.map { Self.qcode($0, scheme: "isrol") }))
        }
        fields.consume(["standard", "$standard", "representationType", "profile", "mimetype", "charcount", "wordcount", "guid", "uri"])
        for name in fields.unread {
            context.warn(
                "ninjs.dropped", "the property \"\(name)\" has no place in the model; it was left out", pointer: pointer + "/" + name)
        }
        return item
    }

    // MARK: Headlines, descriptions, bodies

    private func readTexts(_ fields: inout NinjsFields, into item: inout NewsItem, context: inout NinjsReadingContext) {
        for entry in fields.array("headlines") {
            guard let value = entry["value"]?.string else { continue }
            let role = entry["role"]?.string
            item.headlines.append(TextWithRole(value, role: role == nil || role == "main" ? nil : Self.qcode(role!, scheme: "hltype")))
        }
        if let headline = fields.string("headline") { item.headlines.insert(TextWithRole(headline), at: 0) }
        for (name, value) in fields.prefixed("headline_") {
            if let text = value.string { item.headlines.append(TextWithRole(text, role: "hltype:\(name)")) }
        }
        for entry in fields.array("descriptions") {
            guard let value = entry["value"]?.string else { continue }
            let contentType = entry["contentType"]?.string ?? entry["contenttype"]?.string
            let text = contentType.map { $0.contains("html") } == true ? Self.textOfMarkup(value) : value
            switch entry["role"]?.string {
            case "creditline": item.creditline = text
            case "dateline": item.dateline = text
            case "related": item.body.append(.relatedTeaser(RelatedLink(title: text)))
            case let role: item.descriptions.append(TextWithRole(text, role: role.map { Self.qcode($0, scheme: "drol") }))
            }
        }
        for (name, value) in fields.prefixed("description_") {
            guard let text = value.string else { continue }
            if name == "html" || name == "text" || name == "xhtml" {
                if name == "text" && item.descriptions.contains(where: { $0.role == "drol:summary" }) { continue }
                item.descriptions.append(TextWithRole(name == "text" ? text : Self.textOfMarkup(text), role: "drol:summary"))
            } else {
                item.descriptions.append(TextWithRole(text, role: "drol:\(name)"))
            }
        }
        var bodies: [(contentType: String, value: String, role: String?, wordCount: Int?, given: String?)] = fields.array("bodies")
            .compactMap { entry in
                guard let value = entry["value"]?.string else { return nil }
                let given = entry["contentType"]?.string ?? entry["contenttype"]?.string
                return (
                    given ?? "text/plain", value, entry["role"]?.string, (entry["wordCount"] ?? entry["wordcount"])?.integer, given
                )
            }
        for (name, value) in fields.prefixed("body_") {
            guard let text = value.string else { continue }
            bodies.append((name == "text" ? "text/plain" : name == "nitf" ? "text/vnd.IPTC.NITF" : "text/html", text, nil, nil, nil))
        }
        var pictures = item.pictures
        for body in bodies {
            let isMarkup =
                body.contentType.contains("html") || body.contentType.contains("xml") || body.contentType.contains("nitf")
                || body.contentType.contains("NITF")
            if isMarkup, item.body.filter({ if case .relatedTeaser = $0 { false } else { true } }).isEmpty {
                var blocks: [BodyBlock] = []
                if let root = Self.parseMarkup(body.value) {
                    BodyReader(headline: item.headline).read(root, into: &blocks, pictures: &pictures)
                    if blocks.isEmpty, !root.normalizedText.isEmpty { blocks = [.paragraph(root.normalizedText)] }
                } else {
                    context.warn(
                        "ninjs.body.markup", "a \(body.contentType) body is not well-formed; its text was kept as paragraphs",
                        pointer: fields.pointer + "/bodies")
                    blocks = Self.paragraphs(Self.textOfMarkup(body.value))
                }
                item.body = blocks + item.body
            } else if !isMarkup, item.plainBody == nil, body.role == nil || body.role == "main" || body.role == "text" {
                item.plainBody = body.value
                if item.body.allSatisfy({ if case .relatedTeaser = $0 { true } else { false } }) {
                    item.body = Self.paragraphs(body.value) + item.body
                }
            } else if body.given != nil || body.role != nil {
                // Another form of the story (a rendition with a role of its own, a second markup body): kept as given.
                item.otherContent.append(
                    InlineText(text: body.value, contentType: body.given, rendition: body.role, wordCount: body.wordCount))
            }
        }
        item.pictures = pictures
    }

    static func paragraphs(_ text: String) -> [BodyBlock] {
        text.components(separatedBy: "\n\n").map { $0.normalizingWhitespace() }.filter { !$0.isEmpty }.map { .paragraph($0) }
    }

    /// Markup in a JSON string: XHTML, HTML fragments (several roots, HTML entities) or NITF.
    static func parseMarkup(_ markup: String) -> XMLTree.Element? {
        var text = markup.trimmingWhitespace()
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>") { text = String(text[end.upperBound...]) }
        let wrapped = "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + text + "</div>"
        let result = XMLDocumentParser.parse(Data(wrapped.utf8))
        return result.diagnostics.hasErrors ? nil : result.tree?.root
    }

    static func textOfMarkup(_ markup: String) -> String {
        if let root = parseMarkup(markup) { return root.normalizedText }
        return withoutTags(markup).normalizingWhitespace()
    }

    /// Every `<[^>]+>` replaced by a space, as the regular expression replaces them (leftmost first, each running to
    /// the first ">" after at least one other character), found on the bytes: Foundation compiled the expression
    /// anew for each call, two million instructions.
    static func withoutTags(_ markup: String) -> String {
        var markup = markup
        return markup.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "<"), index + 2 < bytes.count, bytes[index + 1] != UInt8(ascii: ">"),
                    let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">"))
                {
                    output.append(0x20)
                    index = close + 1
                } else {
                    output.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    // MARK: Entities

    private func readEntities(_ fields: inout NinjsFields, into item: inout NewsItem, context: inout NinjsReadingContext) {
        let groups: [(names: [String], kind: Entity.Kind)] = [
            (["people", "person"], .person), (["organisations", "organisation"], .organisation), (["places", "place"], .place),
            (["subjects", "subject"], .subject), (["events", "event"], .event), (["objects", "object"], .object),
        ]
        for group in groups {
            for name in group.names {
                for entry in fields.array(name) {
                    let rel = entry["rel"]?.string
                    if group.kind == .subject, rel == "keyword", let keyword = entry["name"]?.string {
                        item.keywords.append(keyword)
                        continue
                    }
                    if group.kind == .person, rel == "creator" || rel == "contributor" {
                        let person = concept(entry, scheme: nil)
                        if rel == "creator" { item.creators.append(person) } else { item.contributors.append(person) }
                        continue
                    }
                    let identifier = identifier(entry)
                    var kind = group.kind
                    if kind == .subject, let uri = identifier.uri ?? identifier.qcode, uri.contains("cpnat") { kind = .subject }
                    let creator = entry["creator"]?.string
                    item.entities.append(
                        Entity(
                            kind: kind, name: entry["name"]?.string ?? "", qcode: identifier.qcode, uri: identifier.uri,
                            literal: identifier.literal, confidence: entry["confidence"]?.integer, relevance: entry["relevance"]?.integer,
                            relation: rel == "about" ? nil : rel, assignment: creator == "machine" ? .machine : .source))
                }
            }
        }
    }

    /// A ninjs identifier as the model keeps it: a URI under a known scheme becomes a qcode again.
    private func identifier(_ entry: JSONValue) -> (qcode: String?, uri: String?, literal: String?) {
        if let scheme = entry["scheme"]?.string, let code = entry["code"]?.string {
            // ninjs 1.x: scheme URI plus code.
            let uri = scheme + code
            return (catalog.qcode(forURI: uri), catalog.qcode(forURI: uri) == nil ? uri : nil, nil)
        }
        let literal = entry["literal"]?.string ?? entry["code"]?.string
        if let uri = entry["uri"]?.string {
            if let qcode = catalog.qcode(forURI: uri) { return (qcode, nil, literal == qcode ? nil : literal) }
            return (nil, uri, literal)
        }
        if let literal, literal.contains(":"), !literal.contains(" ") { return (literal, nil, nil) }
        return (nil, nil, literal)
    }

    private func concept(_ entry: JSONValue, scheme: String?) -> Concept {
        let identifier = identifier(entry)
        return Concept(
            qcode: identifier.qcode, uri: identifier.uri, literal: identifier.literal, names: entry["name"]?.string.map { [$0] } ?? [])
    }

    // MARK: Renditions and associations

    private func readRenditions(_ fields: inout NinjsFields, into item: inout NewsItem, context: inout NinjsReadingContext) {
        item.renditions = Self.renditions(fields.value("renditions"))
    }

    static func renditions(_ value: JSONValue?) -> [Rendition] {
        var entries: [(String?, JSONValue)] = []
        if let array = value?.array { entries = array.map { ($0["name"]?.string, $0) } }
        if let object = value?.object { entries = object.map { ($0.key, $0.value) } }
        return entries.map { name, entry in
            Rendition(
                name: name.map { "rnd:" + $0 }, href: entry["href"]?.string,
                contentType: entry["contentType"]?.string ?? entry["contenttype"]?.string ?? entry["mimetype"]?.string,
                width: entry["width"]?.integer, height: entry["height"]?.integer,
                sizeInBytes: (entry["sizeInBytes"] ?? entry["sizeinbytes"])?.integer,
                duration: entry["duration"]?.double.map { $0.rounded() == $0 ? String(Int($0)) : String($0) })
        }
    }

    private func readAssociations(_ fields: inout NinjsFields, into item: inout NewsItem, context: inout NinjsReadingContext) {
        var entries: [(String, JSONValue)] = []
        if let array = fields.value("associations")?.array { entries = array.map { ($0["name"]?.string ?? "", $0) } }
        if let object = fields.value("associations")?.object { entries = object.map { ($0.key, $0.value) } }
        if item.itemClass == .composite || item.itemClass == .package {
            item.package = Self.package(from: entries.map(\.1))
            if item.package?.groups.isEmpty == false { return }
            item.package = nil
        }
        for (name, entry) in entries {
            guard let association = entry.object else { continue }
            let type = association["type"]?.string
            let isPicture = type == "picture" || type == "graphic" || (type == nil && name.lowercased().contains("pic"))
            let uri = association["uri"]?.string ?? association["guid"]?.string
            if isPicture {
                var picture = Picture(identifier: uri)
                var descriptions: [(String?, String)] = []
                for description in association["descriptions"]?.array ?? [] {
                    if let value = description["value"]?.string { descriptions.append((description["role"]?.string, value)) }
                }
                for (key, value) in association where key.hasPrefix("description_") {
                    if let text = value.string { descriptions.append((nil, Self.textOfMarkup(text))) }
                }
                picture.caption =
                    descriptions.first { $0.0 == "caption" }?.1 ?? descriptions.first {
                        $0.0 == nil || $0.0 == "text" || $0.0 == "summary"
                    }?.1
                    ?? (association["headlines"]?.array?.first?["value"]?.string) ?? association["headline"]?.string
                picture.creditline = descriptions.first { $0.0 == "creditline" }?.1
                picture.photographer = association["by"]?.string ?? association["byline"]?.string
                picture.copyrightHolder = (association["copyrightHolder"] ?? association["copyrightholder"])?.string
                picture.copyrightNotice = (association["copyrightNotice"] ?? association["copyrightnotice"])?.string
                picture.usageTerms = (association["usageTerms"] ?? association["usageterms"])?.string
                picture.renditions = Self.renditions(association["renditions"])
                item.pictures.append(picture)
            } else if let uri {
                let title = association["headlines"]?.array?.first?["value"]?.string ?? association["headline"]?.string
                let relation = association["rel"]?.string
                item.links.append(
                    RelatedLink(title: title, href: uri, relation: relation.map { Self.qcode($0, scheme: "irel") } ?? "irel:seeAlso"))
            } else {
                context.warn(
                    "ninjs.dropped", "the association \"\(name)\" has no uri and is not a picture; it was left out",
                    pointer: fields.pointer + "/associations")
            }
        }
    }

    /// A composite's associations as package groups, one group per `rel` (3.x) in order of appearance.
    static func package(from associations: [JSONValue]) -> PackageStructure {
        var groups: [PackageGroup] = []
        for association in associations {
            guard let target = association["uri"]?.string ?? association["guid"]?.string else { continue }
            let rel = association["rel"]?.string ?? "main"
            let identifier =
                rel.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" }
                    && !(rel.first?.isNumber ?? true) ? rel : "group\(groups.count + 1)"
            let reference = ItemReference(
                residref: target, version: association["version"]?.string.flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil },
                itemClass: association["type"]?.string.map { "ninat:\($0)" },
                title: association["headlines"]?.array?.first?["value"]?.string ?? association["headline"]?.string)
            if let index = groups.firstIndex(where: { $0.identifier == identifier }) {
                groups[index].members.append(.item(reference))
            } else {
                groups.append(PackageGroup(identifier: identifier, role: Self.qcode(rel, scheme: "group"), members: [.item(reference)]))
            }
        }
        guard groups.count > 1 else { return PackageStructure(rootGroup: groups.first?.identifier, groups: groups) }
        let root = PackageGroup(
            identifier: groups.contains { $0.identifier == "root" } ? "root-group" : "root", role: "group:root",
            members: groups.map { .group($0.identifier) })
        return PackageStructure(rootGroup: root.identifier, groups: [root] + groups)
    }

    /// A date-time NewsML-G2 can carry: kept as is, a date alone completed to midnight UTC, anything else
    /// ("Last Tuesday") left out — each repair named in a warning.
    static func dateTime(_ value: String, field: String, pointer: String, context: inout NinjsReadingContext) -> String? {
        let trimmed = value.trimmingWhitespace()
        if DateRepair.isDateTime(trimmed) { return trimmed }
        if trimmed.count == 10, DateRepair.isDateTime(trimmed + "T00:00:00Z") {
            context.warn(
                "ninjs.date.repaired", "\(field) '\(trimmed)' is a date without a time; midnight UTC was assumed", pointer: pointer)
            return trimmed + "T00:00:00Z"
        }
        context.warn("ninjs.date.invalid", "\(field) '\(trimmed)' is not a date-time; it was left out", pointer: pointer)
        return nil
    }

    // MARK: Helpers

    /// A plain role word becomes a qcode of the IPTC scheme NewsML-G2 uses for that role.
    static func qcode(_ role: String, scheme: String) -> String {
        let code = String(role.unicodeScalars.map { $0.properties.isWhitespace ? "_" : Character($0) })
        return code.contains(":") ? code : "\(scheme):\(code)"
    }

    /// The guid an item had before it was written as ninjs (kept in `altIds`), else its uri.
    static func guid(from uri: String, alternativeIdentifiers object: JSONObject) -> String {
        for entry in (object["altIds"] ?? object["altids"])?.array ?? [] where entry["role"]?.string == "guid" {
            if let value = entry["value"]?.string { return value }
        }
        return uri
    }
}

/// The properties of one ninjs object, whatever the version's spelling; remembers what was read.
struct NinjsFields {
    let object: JSONObject
    let pointer: String
    private(set) var read: Set<String> = []

    init(object: JSONObject, pointer: String) {
        self.object = object
        self.pointer = pointer
    }

    /// The value under a 3.x name or its 2.x/1.x lower-case spelling.
    mutating func value(_ name: String) -> JSONValue? {
        for candidate in [name, name.lowercased()] {
            if let found = object[candidate] {
                read.insert(candidate)
                return found
            }
        }
        return nil
    }

    mutating func string(_ name: String) -> String? {
        guard let value = value(name) else { return nil }
        if let text = value.string { return text }
        if let number = value.integer { return String(number) }
        return nil
    }

    mutating func array(_ name: String) -> [JSONValue] { value(name)?.array ?? [] }

    mutating func prefixed(_ prefix: String) -> [(String, JSONValue)] {
        object.filter { $0.key.hasPrefix(prefix) }.map { key, value in
            read.insert(key)
            return (String(key.dropFirst(prefix.count)), value)
        }.sorted { $0.0 < $1.0 }
    }

    mutating func consume(_ names: [String]) { read.formUnion(names) }

    var unread: [String] { object.keys.filter { !read.contains($0) } }
}

struct NinjsReadingContext {
    let file: String?
    let data: Data
    var diagnostics: [Diagnostic] = []

    init(file: String?, data: Data) {
        self.file = file
        self.data = data
    }

    /// Read once, at the first diagnostic: most documents have none.
    private var locations: JSONLocations?

    mutating func location(_ pointer: String) -> SourceLocation {
        if locations == nil { locations = JSONParser().locations(in: data) }
        let position = locations?.location(of: pointer)
        return SourceLocation(file: file, line: position?.line, column: position?.column, pointer: pointer)
    }

    mutating func warn(_ id: String, _ message: String, pointer: String) {
        diagnostics.append(.warning(id, message, at: location(pointer)))
    }

    mutating func error(_ id: String, _ message: String, pointer: String) {
        diagnostics.append(.error(id, message, at: location(pointer)))
    }
}
