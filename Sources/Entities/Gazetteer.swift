import Foundation
import NewsModel

/// Known places and organisations with their identifiers, loaded once from the compact tables in
/// `Gazetteer/` (GeoNames for places, Wikidata for organisations) plus an optional authority file.
public struct Gazetteer: Sendable {
    public struct Entry: Sendable, Hashable {
        public var kind: Entity.Kind
        public var name: String
        public var qcode: String?
        public var uri: String?
        /// Country, continent, city, region or organisation: places of higher rank win a name clash.
        var rank: Int
        /// From the newsroom's authority file.
        var isAuthority: Bool { rank < 0 }
    }

    /// Names as keys (lower case, without a leading "the "), and the entry of each key at its ordinal:
    /// looked up on bytes, without building a lower-cased String or hashing with SipHash.
    private var keys = WordSet()
    private var entries: [Entry] = []

    public init() {}

    /// The tables shipped with the module, read on first use.
    public static let shared: Gazetteer = {
        var gazetteer = Gazetteer()
        if let folder = resourceFolder() {
            if let text = try? String(contentsOf: folder.appendingPathComponent("places.tsv"), encoding: .utf8) {
                gazetteer.addPlaces(text)
            }
            if let text = try? String(contentsOf: folder.appendingPathComponent("organisations.tsv"), encoding: .utf8) {
                gazetteer.addOrganisations(text)
            }
        }
        return gazetteer
    }()

    public func lookup(_ name: String) -> Entry? {
        // Names in ASCII, Latin-1 or Cyrillic (nearly all) are folded to lower case into a small buffer; others take the String path.
        let folded: Int?? = name.withUTF8Bytes { bytes in
            guard bytes.count <= 256 else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { buffer -> Int?? in
                guard String.lowercaseUTF8(bytes, into: buffer) else { return nil }
                var key = UnsafeBufferPointer(rebasing: buffer[0..<bytes.count])
                if key.starts(with: "the ".utf8) { key = UnsafeBufferPointer(rebasing: key[4...]) }
                return .some(keys.ordinal(bytes: key))
            }
        }
        if let folded { return folded.map { entries[$0] } }
        return keys.ordinal(Self.key(name)).map { entries[$0] }
    }

    static func key(_ name: String) -> String {
        let text = name.lowercasedOnBytes()
        // "the " on bytes: hasPrefix compares Characters, and this runs for every gazetteer name and lookup.
        if text.utf8.starts(with: "the ".utf8) { return String(text.utf8.dropFirst(4))! }
        return text
    }

    private mutating func add(_ entry: Entry, names: [String]) {
        for name in names { add(entry, name: name) }
    }

    private mutating func add(_ entry: Entry, name: String) {
        guard !name.isEmpty else { return }
        let key = Self.key(name)
        if let ordinal = keys.ordinal(key) {
            if entries[ordinal].rank > entry.rank { entries[ordinal] = entry }
            return
        }
        guard keys.insert(key) else { return }
        entries.append(entry)
    }

    /// `kind name aliases iso3166 geonames wikidata`: countries are linked by their ISO code (qcode) and
    /// Wikidata id (URI), other places by their GeoNames id, or their Wikidata id when GeoNames has none.
    mutating func addPlaces(_ text: String) {
        let rows = Self.rows(text)
        entries.reserveCapacity(entries.count + rows.count + rows.count / 8)
        keys.reserveCapacity(keys.count + rows.count + rows.count / 8)
        for columns in rows {
            guard columns.count >= 5 else { continue }
            let rank =
                switch columns[0] {
                case "country": 0
                case "continent": 1
                case "city": 2
                case "region": 3
                default: 4
                }
            let geonames = columns[4].isEmpty ? nil : "https://sws.geonames.org/" + columns[4] + "/"
            let wikidata = columns.count > 5 && !columns[5].isEmpty ? "http://www.wikidata.org/entity/" + columns[5] : nil
            let isCountry = columns[0] == "country"
            let entry = Entry(
                kind: .place, name: columns[1], qcode: isCountry && !columns[3].isEmpty ? "iso3166-1a2:\(columns[3])" : nil,
                uri: isCountry ? (wikidata ?? geonames) : (geonames ?? wikidata), rank: rank)
            add(entry, name: columns[1])
            if !columns[2].isEmpty { add(entry, names: Self.aliases(columns[2])) }
        }
    }

    mutating func addOrganisations(_ text: String) {
        for columns in Self.rows(text) {
            guard columns.count >= 4 else { continue }
            let entry = Entry(
                kind: .organisation, name: columns[1], qcode: nil,
                uri: columns[3].isEmpty ? nil : "http://www.wikidata.org/entity/\(columns[3])", rank: 1)
            add(entry, names: [columns[1]] + Self.aliases(columns[2]))
        }
    }

    /// A newsroom's authority file: `name<TAB>aliases(|)<TAB>type<TAB>URI` per line; it takes precedence.
    public mutating func addAuthority(_ text: String) {
        for columns in Self.rows(text) {
            guard columns.count >= 4, let kind = Entity.Kind(rawValue: columns[2]) ?? Entity.Kind(conceptNature: columns[2]) else {
                continue
            }
            let entry = Entry(kind: kind, name: columns[0], qcode: nil, uri: columns[3].isEmpty ? nil : columns[3], rank: -1)
            add(entry, names: [columns[0]] + Self.aliases(columns[1]))
        }
    }

    /// The rows of a tab-separated table without its `#` comment lines, split on bytes: the tables load on the
    /// first conversion, and splitting on Characters doubled the time of a one-file run.
    static func rows(_ text: String) -> [[String]] {
        var text = text
        return text.withUTF8 { bytes in
            var rows: [[String]] = []
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                if lineEnd > lineStart, bytes[lineStart] != 0x23 {
                    var columns: [String] = []
                    var columnStart = lineStart
                    for position in lineStart...lineEnd where position == lineEnd || bytes[position] == 0x09 {
                        columns.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[columnStart..<position]), as: UTF8.self))
                        columnStart = position + 1
                    }
                    rows.append(columns)
                }
                lineStart = lineEnd + 1
            }
            return rows
        }
    }

    static func aliases(_ column: String) -> [String] {
        column.isEmpty ? [] : column.utf8.split(separator: 0x7C).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The module's resource folder (the gazetteer tables and the fitted entity weights).
    private static func resourceFolder() -> URL? {
        ResourceLocator.folder(
            bundle: "NewsMLKit_Entities", folder: "Gazetteer", sourceFolder: URL(fileURLWithPath: #filePath).deletingLastPathComponent())
    }

    static func resourceFile(_ name: String) -> URL? {
        guard let url = resourceFolder()?.appendingPathComponent(name), FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }
}
