import Foundation
import NewsModel

/// What must survive a conversion, compared between the item read from the input and the item read
/// back from the output. Returns one line per loss.
public enum ItemSurvival {
    public struct Checks: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let identity = Checks(rawValue: 1)
        public static let dates = Checks(rawValue: 2)
        public static let subjects = Checks(rawValue: 4)
        public static let creditline = Checks(rawValue: 8)
        public static let renditions = Checks(rawValue: 16)
        public static let body = Checks(rawValue: 32)
        public static let pictures = Checks(rawValue: 64)
        /// ninjs has one `places` list: NewsML-G2's geoArea and poi both land there.
        public static let placesMerged = Checks(rawValue: 128)
        public static let all: Checks = [.identity, .dates, .subjects, .creditline, .renditions, .body, .pictures]
    }

    /// `catalog`: when given, a subject's qcode and its URI under the catalog count as the same identifier (a
    /// format that has URIs only, ninjs, gives back the qcode form of a URI the source wrote).
    public static func losses(
        from original: NewsItem, to converted: NewsItem, checking checks: Checks = .all, catalog: SchemeCatalog? = nil
    ) -> [String] {
        var losses: [String] = []
        func check<T: Equatable>(_ name: String, _ left: T, _ right: T) {
            if left != right { losses.append("\(name): \(left) → \(right)") }
        }
        if checks.contains(.identity) {
            check("guid", original.guid, converted.guid)
            check("version", original.version, converted.version)
            check("headline", original.headline?.normalizingSpaces, converted.headline?.normalizingSpaces)
        }
        if checks.contains(.dates) {
            check("versionCreated", instant(original.versionCreated), instant(converted.versionCreated))
            check("firstCreated", instant(original.firstCreated), instant(converted.firstCreated))
        }
        if checks.contains(.subjects) {
            func key(_ entity: Entity) -> String {
                let kind = checks.contains(.placesMerged) && entity.kind == .pointOfInterest ? Entity.Kind.place : entity.kind
                let expanded = entity.qcode.flatMap { qcode in catalog?.uri(forQcode: qcode) }
                return "\(kind.rawValue) \(expanded ?? entity.qcode ?? entity.uri ?? entity.literal ?? entity.name)"
            }
            let before = Set(original.entities.map(key))
            let after = Set(converted.entities.map(key))
            let missing = before.subtracting(after)
            if !missing.isEmpty { losses.append("subjects lost: \(missing.sorted().prefix(5))") }
        }
        if checks.contains(.creditline) {
            check("creditline", original.creditline?.normalizingSpaces, converted.creditline?.normalizingSpaces)
        }
        if checks.contains(.renditions) {
            check(
                "renditions", original.renditions.map { $0.href ?? $0.residref ?? "" },
                converted.renditions.map { $0.href ?? $0.residref ?? "" })
        }
        if checks.contains(.body) { check("body text", bodyText(original), bodyText(converted)) }
        if checks.contains(.pictures) {
            check(
                "picture captions", original.pictures.map { $0.caption?.normalizingSpaces },
                converted.pictures.map { $0.caption?.normalizingSpaces })
            check(
                "picture credits", original.pictures.map { $0.creditline?.normalizingSpaces },
                converted.pictures.map { $0.creditline?.normalizingSpaces })
        }
        return losses
    }

    /// Story text, whitespace-normalised (teasers and figures are not story text).
    public static func bodyText(_ item: NewsItem) -> String {
        let blocks = item.body.filter(\.isStoryText).map(\.text)
        let text = blocks.isEmpty ? (item.plainBody ?? "") : blocks.joined(separator: " ")
        return text.normalizingSpaces
    }

    /// A date as an instant, so that `2026-01-01T10:00:00+01:00` equals `2026-01-01T09:00:00Z`; dates without a
    /// zone count as UTC (ninjs needs a zone and NewsMLKit says when it assumed UTC).
    public static func instant(_ text: String?) -> Double? {
        guard var text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if text.count == 10 { text += "T00:00:00" }
        let hasZone = text.hasSuffix("Z") || text.dropFirst(19).contains("+") || text.dropFirst(19).contains("-")
        if !hasZone { text += "Z" }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date.timeIntervalSince1970 }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)?.timeIntervalSince1970
    }
}

extension String {
    var normalizingSpaces: String { split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
}
