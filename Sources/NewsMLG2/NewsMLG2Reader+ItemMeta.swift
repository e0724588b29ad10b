import Foundation
import NewsModel
import NewsXML

extension NewsMLG2Reader {
    func readItemMeta(_ element: XMLTree.Element, into item: inout NewsItem, context: inout ReadingContext) {
        for child in element.elements {
            switch child.localName {
            case "itemClass":
                let code = child[attribute: "qcode"] ?? child[attribute: "uri"] ?? ""
                if let itemClass = ItemClass(qcode: code) {
                    item.itemClass = item.itemClass == .package ? .package : itemClass
                } else {
                    context.warn(
                        "newsml.itemClass.unknown", "the itemClass '\(code)' is not an IPTC item nature; read as text", line: child.line)
                }
                if let qcode = child[attribute: "qcode"], qcode != item.itemClass.qcode, item.itemClass != .package {
                    item.itemClassQCode = qcode
                }
            case "provider":
                item.provider = concept(child)
            case "versionCreated":
                item.versionCreated = DateRepair.dateTime(child.textContent, field: "versionCreated", line: child.line, context: &context)
            case "firstCreated":
                item.firstCreated = DateRepair.dateTime(child.textContent, field: "firstCreated", line: child.line, context: &context)
            case "embargoed":
                item.embargoed = DateRepair.dateTime(child.textContent, field: "embargoed", line: child.line, context: &context)
            case "pubStatus":
                let code = child[attribute: "qcode"] ?? ""
                if let status = PublicationStatus(qcode: code) {
                    item.publicationStatus = status
                } else {
                    context.warn(
                        "newsml.pubStatus.unknown",
                        "the pubStatus '\(code)' is not stat:usable, stat:withheld or stat:canceled; usable is assumed", line: child.line)
                }
            case "title":
                item.title = child.normalizedText
            case "edNote":
                item.editorialNotes.append(child.normalizedText)
            case "signal":
                item.signals.append(concept(child))
            case "link":
                item.links.append(
                    RelatedLink(
                        title: child.firstElement(named: "title")?.normalizedText ?? child[attribute: "title"],
                        href: child[attribute: "href"],
                        residref: child[attribute: "residref"], relation: child[attribute: "rel"],
                        contentType: child[attribute: "contenttype"]))
            case "located":
                // Seen in real feeds although the schema places it in contentMeta.
                context.warn("newsml.located.misplaced", "located inside itemMeta was moved to contentMeta", line: child.line)
                item.located = concept(child)
            default:
                context.dropped(child)
            }
        }
    }

    func concept(_ element: XMLTree.Element) -> Concept {
        let names = Self.names(element)
        return Concept(
            qcode: element[attribute: "qcode"], uri: element[attribute: "uri"], literal: element[attribute: "literal"],
            names: names.map(\.text), role: element[attribute: "role"], nameLanguages: Self.languages(names),
            type: element[attribute: "type"],
            broader: element.elements(named: "broader").map(concept), relation: element[attribute: "rel"])
    }

    /// The non-empty `name` children with their `xml:lang`.
    static func names(_ element: XMLTree.Element) -> [(text: String, language: String?)] {
        element.elements(named: "name").compactMap { name in
            let text = name.normalizedText
            guard !text.isEmpty else { return nil }
            return (text, name.attributes.first { $0.name.local == "lang" && $0.name.namespace == NewsMLG2.xmlNamespace }?.value)
        }
    }

    /// The languages of `names`, or none at all when no name has one (the common case costs no array).
    static func languages(_ names: [(text: String, language: String?)]) -> [String?] {
        names.contains { $0.language != nil } ? names.map(\.language) : []
    }

    /// Children of a concept property the model does not carry (`facet`, `definition` …), named in the item's warning.
    func reportUncarried(in element: XMLTree.Element, context: inout ReadingContext) {
        let carried: Set<String> = ["name", "broader", "mainConcept", "facetConcept"]
        for child in element.elements where !carried.contains(child.localName) { context.dropped(child) }
        for inner in element.elements where inner.localName != "name" && carried.contains(inner.localName) {
            reportUncarried(in: inner, context: &context)
        }
    }
}

/// Repairs the date-time mistakes real feeds make, saying so each time.
public enum DateRepair {
    /// A valid xs:dateTime, repaired if possible (whitespace, `+0100` offsets, a space for `T`), else nil.
    static func dateTime(_ raw: String, field: String, line: Int, context: inout ReadingContext) -> String? {
        let trimmed = raw.normalizingWhitespace()
        if trimmed.isEmpty {
            context.warn("newsml.date.empty", "\(field) is empty; it was left out", line: line)
            return nil
        }
        var value = trimmed
        if value.count >= 19, value[value.index(value.startIndex, offsetBy: 10)] == " " {
            value = String(value.prefix(10)) + "T" + String(value.dropFirst(11))
        }
        // `+0100` → `+01:00`
        if value.count >= 5 {
            let tail = value.suffix(5)
            if let sign = tail.first, sign == "+" || sign == "-", tail.dropFirst().allSatisfy(\.isNumber), value.count > 19 {
                value = String(value.dropLast(5)) + String(sign) + tail.dropFirst().prefix(2) + ":" + tail.suffix(2)
            }
        }
        guard isDateTime(value) else {
            context.warn("newsml.date.invalid", "\(field) '\(trimmed)' is not an ISO 8601 date-time; it was left out", line: line)
            return nil
        }
        if value != raw {
            if value != trimmed {
                context.warn("newsml.date.repaired", "\(field) '\(trimmed)' was repaired to '\(value)'", line: line)
            }
        }
        return value
    }

    /// xs:dateTime as NewsML-G2 uses it: `YYYY-MM-DDThh:mm:ss[.fff][Z|±hh:mm]`, with real calendar days,
    /// times and offsets (at most ±14:00), as libxml2's schema validation checks them.
    public static func isDateTime(_ value: String) -> Bool {
        let scalars = Array(value.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count else { return nil }
            var result = 0
            for index in range {
                guard (48...57).contains(scalars[index]) else { return nil }
                result = result * 10 + Int(scalars[index] - 48)
            }
            return result
        }
        guard scalars.count >= 19, let year = number(0..<4), scalars[4] == 45, let month = number(5..<7), scalars[7] == 45,
            let day = number(8..<10), scalars[10] == 84, let hour = number(11..<13), scalars[13] == 58, let minute = number(14..<16),
            scalars[16] == 58, let second = number(17..<19)
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard year > 0, (1...12).contains(month), day >= 1, day <= days[month - 1], minute < 60, second < 60,
            hour < 24 || (hour == 24 && minute == 0 && second == 0)
        else { return false }
        var index = 19
        if index < scalars.count, scalars[index] == 46 {
            index += 1
            let start = index
            while index < scalars.count, (48...57).contains(scalars[index]) { index += 1 }
            if index == start { return false }
        }
        if index == scalars.count { return true }
        if scalars[index] == 90 { return index + 1 == scalars.count }
        guard scalars[index] == 43 || scalars[index] == 45, scalars.count == index + 6, let offsetHour = number(index + 1..<index + 3),
            scalars[index + 3] == 58, let offsetMinute = number(index + 4..<index + 6)
        else { return false }
        return offsetMinute < 60 && (offsetHour < 14 || (offsetHour == 14 && offsetMinute == 0))
    }

    /// xs:date, xs:gYearMonth, xs:gYear or xs:dateTime (NewsML-G2's truncated date-time).
    static func truncatedDateTime(_ raw: String, field: String, line: Int, context: inout ReadingContext) -> String? {
        let trimmed = raw.normalizingWhitespace()
        if isTruncatedDate(trimmed) { return trimmed }
        return dateTime(raw, field: field, line: line, context: &context)
    }

    /// `^\d{4}$`, `^\d{4}-\d{2}$` or `^\d{4}-\d{2}-\d{2}$`. ASCII text (every agency's dates) is read on its bytes; other
    /// text, or text ending in a line terminator (before which ICU's `$` also matches), is asked of the expressions,
    /// whose `\d` takes any decimal digit. Foundation builds a cache key for each search by printing its options, which
    /// cost a NewsML-G2 conversion 3 % of its instructions.
    static func isTruncatedDate(_ text: String) -> Bool {
        let verdict: Bool? =
            text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
                guard !bytes.contains(where: { $0 >= 0x80 }), !(bytes.last.map { (0x0A...0x0D).contains($0) } ?? false) else { return nil }
                func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { (48...57).contains(bytes[$0]) } }
                switch bytes.count {
                case 4: return digits(0..<4)
                case 7: return digits(0..<4) && bytes[4] == 0x2D && digits(5..<7)
                case 10: return digits(0..<4) && bytes[4] == 0x2D && digits(5..<7) && bytes[7] == 0x2D && digits(8..<10)
                default: return false
                }
            } ?? nil
        if let verdict { return verdict }
        let shapes = [#"^\d{4}$"#, #"^\d{4}-\d{2}$"#, #"^\d{4}-\d{2}-\d{2}$"#]
        return shapes.contains(where: { text.range(of: $0, options: .regularExpression) != nil })
    }
}
