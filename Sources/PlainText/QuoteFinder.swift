import Foundation
import NewsModel

/// Finds direct quotations in paragraphs and, where the sentence says it, who spoke them.
enum QuoteFinder {
    static let quotation = Pattern(#"(?:"([^"]{8,})"|“([^”]{8,})”|«\s?([^»]{8,}?)\s?»|„([^“”]{8,})[“”]|``([^']{8,})'')"#,
                                   prefilter: { TextProbe.containsAny($0, ["\"", "“", "«", "„", "``"]) })
    static let speechVerbs = "said|says|stated|told|added|noted|declared|explained|insisted|warned|stressed|emphasized|emphasised|asked|replied|wrote|continued|argued|claimed|recalled|acknowledged|admitted|announced|sagte|erklärte|a déclaré|a dit|dijo|afirmó|заявил|сказал|заявив|сказав"
    static let speakerAfter = Pattern(#"^[,.]?\s*(?:(he|she|they)\s+(?:\w+\s+)?(?:"# + speechVerbs + #")|(?:"# + speechVerbs + #")\s+((?:[\p{Lu}][\p{L}.'’\-]+\s+){0,3}[\p{Lu}][\p{L}'’\-]+)|((?:[\p{Lu}][\p{L}.'’\-]+\s+){0,3}[\p{Lu}][\p{L}'’\-]+)\s+(?:"# + speechVerbs + #"))"#)
    static let speakerBefore = Pattern(#"((?:[\p{Lu}][\p{L}.'’\-]+\s+){0,3}[\p{Lu}][\p{L}'’\-]+)\s+(?:"# + speechVerbs + #")(?:\s+[\w\s]{0,40})?[,:]\s*$"#)
    static let personName = Pattern(#"\b([\p{Lu}][\p{Ll}'’\-]+(?:\s+[\p{Lu}][\p{Ll}'’\-]+)+)"#)

    static func attributeQuotes(in item: inout NewsItem) {
        var lastPerson: String?
        for index in item.body.indices {
            guard case .paragraph(let text) = item.body[index] else { continue }
            if let match = quotation.match(text) {
                let quoted = match.dropFirst().first { !$0.isEmpty } ?? ""
                let whole = match[0]
                let parts = text.components(separatedBy: whole)
                let after = parts.count > 1 ? parts[1] : ""
                let before = parts.first ?? ""
                var speaker: String?
                if let found = speakerAfter.match(after) {
                    if !found[1].isEmpty { speaker = lastPerson } else { speaker = [found[2], found[3]].first { !$0.isEmpty } }
                } else if let found = speakerBefore.match(before) {
                    speaker = found[1]
                }
                if let candidate = speaker, let full = fullName(for: candidate, in: item, upTo: index) { speaker = full }
                item.body[index] = .quote(Quote(text: text, quotation: quoted.trimmingWhitespace().stripping(",."), speaker: speaker))
            }
            if let person = personName.matches(text).last?[1] { lastPerson = lastWords(person) }
        }
    }

    /// "Macron" → "Emmanuel Macron" when the article named the person in full before.
    private static func fullName(for name: String, in item: NewsItem, upTo index: Int) -> String? {
        guard !name.contains(" ") else { return name }
        for block in item.body[..<index].reversed() {
            for match in personName.matches(block.text) where match[1].hasSuffix(" " + name) {
                return lastWords(match[1])
            }
        }
        return name
    }

    /// "French President Emmanuel Macron" → "Emmanuel Macron": titles before the name are dropped.
    private static func lastWords(_ run: String) -> String {
        let words = run.split(separator: " ")
        return words.suffix(2).joined(separator: " ")
    }
}
