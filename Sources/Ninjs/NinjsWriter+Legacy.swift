import Foundation
import JSONSchema
import NewsMLG2
import NewsModel
import NewsXML

extension NinjsWriter {
    /// ninjs 1.x, the form deployed CMS ingest reads (Superdesk's NINJSFeedParser, Superdesk Publisher): one
    /// `headline`, `body_html`, `byline`, `description_text`, entities as `subject`/`place`/`person`/`organisation`
    /// with `scheme` and `code`, and `associations` and `renditions` as objects keyed by name. Instants are written in
    /// UTC (`Z`, whole seconds), the one form every 1.x reader parses.
    func writeLegacy(_ item: NewsItem) -> (document: JSONValue, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var object = JSONObject()
        object["uri"] = .string(Self.absoluteURI(item.guid))
        object["type"] = .string(Self.type(for: item.itemClass, diagnostics: &diagnostics))
        object["version"] = .string(String(item.version))
        for (field, value) in [
            ("firstcreated", item.firstCreated), ("versioncreated", item.versionCreated ?? defaultVersionCreated),
            ("contentcreated", item.contentCreated), ("embargoed", item.embargoed), ("expires", item.expires),
        ] {
            guard let value, let rfc = NinjsDate.rfc3339(value, field: field, diagnostics: &diagnostics) else { continue }
            object[field] = NinjsDate.utc(rfc).map(JSONValue.string)
        }
        object["pubstatus"] = .string(item.publicationStatus.rawValue)
        if let urgency = item.urgency, (1...9).contains(urgency) { object["urgency"] = .integer(urgency) }
        object["copyrightholder"] = item.rights.copyrightHolder.flatMap(Self.nonBlank)
        object["copyrightnotice"] = item.rights.copyrightNotice.flatMap(Self.nonBlank)
        object["usageterms"] = item.rights.usageTerms.flatMap(Self.nonBlank)
        object["ednote"] = Self.nonBlank(item.editorialNotes.joined(separator: "\n"))
        object["language"] = item.language.flatMap { LanguageTag.isValid($0) ? .string($0) : nil }
        object["title"] = item.title.flatMap(Self.nonBlank)
        object["slugline"] = item.slugline.flatMap(Self.nonBlank)
        object["headline"] = item.headline.flatMap(Self.nonBlank)
        object["byline"] = Self.nonBlank(item.bylines.joined(separator: ", "))
        object["located"] = (item.located?.name ?? item.dateline.flatMap(Self.placeOfDateline)).flatMap(Self.nonBlank)
        if let summary = item.descriptions.first(where: { $0.role == "drol:summary" }) ?? item.descriptions.first {
            object["description_text"] = Self.nonBlank(summary.text)
        }
        let story = item.body.filter { if case .relatedTeaser = $0 { false } else { true } }
        if !story.isEmpty {
            object["body_html"] = .string(Self.bodyFragment(item))
            let text = story.map(\.text).filter { !$0.isEmpty }
            object["charcount"] = .integer(text.reduce(0) { $0 + $1.count })
            object["wordcount"] = .integer(text.reduce(0) { $0 + $1.wordCount })
        } else if let plain = item.plainBody {
            object["body_text"] = .string(plain)
        }
        let wider = item.widerConcepts
        if !wider.isEmpty {
            let names = wider.map { $0.name ?? $0.qcode ?? $0.uri ?? $0.literal ?? "" }.joined(separator: ", ")
            diagnostics.append(.warning("ninjs.dropped", "broader and facet concepts have no ninjs form; they were left out: \(names)"))
        }
        if !item.otherContent.isEmpty {
            let names = item.otherContent.map { $0.rendition ?? $0.contentType ?? "text" }.joined(separator: ", ")
            diagnostics.append(
                .warning("ninjs.dropped", "ninjs 1.x has one body of each kind; further inline content was left out: \(names)"))
        }
        var groups: [String: [JSONValue]] = [:]
        for entity in item.entities {
            let key = Self.entityGroup(entity.kind, legacy: true)
            var entry = JSONObject()
            entry["name"] = entity.name.isEmpty ? nil : .string(entity.name)
            // 1.x names a scheme by its URI: a qcode whose alias the catalogs know is split into the scheme's URI and
            // the code; any other qcode is the code as it stands (no scheme is made up).
            if let qcode = entity.qcode, let colon = qcode.firstIndex(of: ":"),
                let scheme = catalog.schemes[String(qcode[..<colon])], Self.isAbsoluteURI(scheme)
            {
                entry["scheme"] = .string(scheme)
                entry["code"] = .string(String(qcode[qcode.index(after: colon)...]))
            } else if let code = entity.qcode ?? entity.uri ?? entity.literal {
                entry["code"] = .string(code)
            }
            guard !entry.isEmpty else { continue }
            if key == "subject" {
                entry["relevance"] = entity.relevance.map(JSONValue.integer)
                entry["confidence"] = entity.confidence.map(JSONValue.integer)
            }
            groups[key, default: []].append(.object(entry))
        }
        for (key, entries) in groups where ["person", "organisation", "place", "subject", "event", "object"].contains(key) {
            object[key] = .array(entries)
        }
        let genres = item.genres.compactMap { genre -> JSONValue? in
            var entry = JSONObject()
            entry["name"] = genre.name.map(JSONValue.string)
            entry["code"] = (genre.qcode ?? genre.literal).map(JSONValue.string)
            return entry.isEmpty ? nil : .object(entry)
        }
        object["genre"] = genres.isEmpty ? nil : .array(genres)
        var renditions = JSONObject()
        for (index, rendition) in item.renditions.enumerated() {
            guard let href = rendition.href, Self.isAbsoluteURI(href) else { continue }
            renditions[Self.key(rendition.name, fallback: "rendition\(index + 1)")] = .object(Self.rendition(rendition, href: href))
        }
        object["renditions"] = renditions.isEmpty ? nil : .object(renditions)
        var associations = JSONObject()
        for (index, picture) in item.pictures.enumerated() {
            var entry = JSONObject()
            entry["uri"] = .string(Self.absoluteURI(picture.identifier ?? "\(item.guid):picture\(index + 1)"))
            entry["type"] = "picture"
            entry["description_text"] = picture.caption.flatMap(Self.nonBlank)
            entry["byline"] = (picture.photographer ?? picture.creditline).flatMap(Self.nonBlank)
            entry["copyrightholder"] = picture.copyrightHolder.flatMap(Self.nonBlank)
            entry["copyrightnotice"] = picture.copyrightNotice.flatMap(Self.nonBlank)
            entry["usageterms"] = picture.usageTerms.flatMap(Self.nonBlank)
            var pictureRenditions = JSONObject()
            for (renditionIndex, rendition) in picture.renditions.enumerated() {
                guard let href = rendition.href, Self.isAbsoluteURI(href) else { continue }
                pictureRenditions[Self.key(rendition.name, fallback: renditionIndex == 0 ? "original" : "rendition\(renditionIndex + 1)")] =
                    .object(Self.rendition(rendition, href: href))
            }
            entry["renditions"] = pictureRenditions.isEmpty ? nil : .object(pictureRenditions)
            associations[index == 0 ? "featuremedia" : "picture\(index + 1)"] = .object(entry)
        }
        object["associations"] = associations.isEmpty ? nil : .object(associations)
        if !item.preserved.isEmpty || !item.signals.isEmpty || !item.links.isEmpty || item.package != nil {
            diagnostics.append(
                .note(
                    "ninjs.dropped",
                    "ninjs 1.x has no place for links, signals, package groups or kept source properties; they were left out"))
        }
        return (.object(object), diagnostics)
    }

    /// The story as an HTML fragment (the body's children, without the XHTML document around them).
    static func bodyFragment(_ item: NewsItem) -> String {
        let html = XHTMLBodyWriter().html(for: item)
        guard let body = html.firstElement(named: "body") else { return "" }
        let writer = XMLWriter(indentation: "")
        return body.elements.map {
            writer.serialize(XMLTree(root: $0.removingNamespace()), includeDeclaration: false).trimmingWhitespace()
        }.joined(separator: "\n")
    }

    private static func rendition(_ rendition: Rendition, href: String) -> JSONObject {
        var entry = JSONObject()
        entry["href"] = .string(href)
        entry["mimetype"] = rendition.contentType.flatMap(Self.nonBlank)
        entry["width"] = rendition.width.map(JSONValue.integer)
        entry["height"] = rendition.height.map(JSONValue.integer)
        entry["sizeinbytes"] = rendition.sizeInBytes.map(JSONValue.integer)
        return entry
    }

    /// A property name 1.x allows for renditions and associations (letters, digits, underscore).
    private static func key(_ name: String?, fallback: String) -> String {
        guard let name else { return fallback }
        let tail = name.split(separator: ":").last.map(String.init) ?? name
        let cleaned = String(
            tail.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") })
        return cleaned.isEmpty ? fallback : cleaned
    }
}
