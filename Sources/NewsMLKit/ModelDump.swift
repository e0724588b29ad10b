import Foundation
import NewsModel

/// A readable tree of what NewsMLKit understood of an item — what `newsml inspect` prints.
public enum ModelDump {
    public static func text(_ batch: NewsBatch) -> String {
        batch.items.map(text).joined(separator: "\n")
    }

    public static func text(_ item: NewsItem) -> String {
        var lines: [String] = []
        func add(_ label: String, _ value: String?) { if let value, !value.isEmpty { lines.append("\(label): \(value)") } }
        add("item", "\(item.guid) (version \(item.version), \(item.itemClass.rawValue), \(item.publicationStatus.rawValue))")
        add("provider", item.provider?.name ?? item.provider?.literal ?? item.provider?.qcode)
        add("versionCreated", item.versionCreated)
        add("firstCreated", item.firstCreated)
        add("contentCreated", item.contentCreated)
        add("embargoed", item.embargoed)
        add("urgency", item.urgency.map(String.init))
        add("language", item.language)
        for headline in item.headlines { add("headline" + (headline.role.map { " [\($0)]" } ?? ""), headline.text) }
        add("slugline", item.slugline)
        for byline in item.bylines { add("by", byline) }
        add("dateline", item.dateline)
        add("located", item.located?.name)
        add("creditline", item.creditline)
        for description in item.descriptions { add("description" + (description.role.map { " [\($0)]" } ?? ""), description.text) }
        for source in item.infoSources { add("source", [source.name, source.qcode, source.role].compactMap { $0 }.joined(separator: " ")) }
        if !item.keywords.isEmpty { add("keywords", item.keywords.joined(separator: ", ")) }
        for (index, picture) in item.pictures.enumerated() {
            lines.append("picture \(index + 1):")
            if let caption = picture.caption { lines.append("  caption: \(caption)") }
            if let credit = picture.creditline { lines.append("  credit: \(credit)") }
            for rendition in picture.renditions { lines.append("  rendition: \(rendition.href ?? rendition.residref ?? "?")") }
        }
        if !item.body.isEmpty { lines.append("body:") }
        for block in item.body {
            switch block {
            case .paragraph(let text): lines.append("  [p] \(text)")
            case .subheading(let text, let level): lines.append("  [h\(level)] \(text)")
            case .quote(let quote):
                lines.append("  [quote\(quote.speaker.map { " by \($0)" } ?? "")] \(quote.text)")
            case .list(let entries, _): entries.forEach { lines.append("  [li] \($0)") }
            case .figure(let index): lines.append("  [figure] picture \(index + 1)")
            case .relatedTeaser(let link): lines.append("  [related] \(link.title ?? link.href ?? "")")
            case .preservedMarkup(let markup): lines.append("  [markup] \(markup.prefix(80))")
            }
        }
        if let plain = item.plainBody { lines.append("text: \(plain.prefix(200))") }
        for rendition in item.renditions {
            add(
                "rendition",
                [rendition.name, rendition.href ?? rendition.residref, rendition.contentType].compactMap { $0 }.joined(separator: " "))
        }
        if !item.entities.isEmpty { lines.append("entities:") }
        for entity in item.entities {
            let identifier = entity.qcode ?? entity.uri ?? entity.literal.map { "literal \($0)" } ?? "no identifier"
            let aliases = entity.alternativeNames.isEmpty ? "" : " (also \(entity.alternativeNames.joined(separator: ", ")))"
            lines.append("  \(entity.kind.rawValue): \(entity.name)\(aliases) — \(identifier)")
        }
        for note in item.editorialNotes { add("note", note) }
        for link in item.links {
            add("link", [link.relation, link.title, link.href ?? link.residref].compactMap { $0 }.joined(separator: " "))
        }
        if !item.rights.isEmpty {
            add(
                "copyright",
                [item.rights.copyrightHolder, item.rights.copyrightNotice, item.rights.usageTerms].compactMap { $0 }.joined(
                    separator: " · "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ batch: NewsBatch) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(batch), as: UTF8.self)) ?? "{}"
    }
}
