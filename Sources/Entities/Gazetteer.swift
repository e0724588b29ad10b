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
    /// looked up on bytes, without building a lower-cased String or hashing with SipHash. These are the names
    /// added at run time (an authority file, tables read as text); they are asked before `prepared`.
    private var keys = WordSet()
    private var entries: [Entry] = []
    /// The shipped tables in their prepared form (`PreparedGazetteer`).
    private var prepared: PreparedGazetteer?

    public init() {}

    /// The rank of a city (`Entry.rank`).
    static let cityRank = 2
    /// The rank of a town of 5,000 to 50,000 people, listed by name only: below every other table (a listed company's
    /// name wins: "Solvay", "Outokumpu").
    static let townRank = 6

    /// Whether an entry is a city or a town.
    static func isTownOrCity(_ entry: Entry) -> Bool {
        entry.kind == .place && (entry.rank == cityRank || entry.rank == townRank)
    }

    /// The tables shipped with the module, read on first use: the prepared file, or the text tables when it
    /// is missing or damaged (slower, the same names).
    public static let shared: Gazetteer = {
        var gazetteer = Gazetteer()
        guard let folder = resourceFolder() else { return gazetteer }
        if let bytes = try? Data(contentsOf: folder.appendingPathComponent(PreparedGazetteer.fileName), options: .alwaysMapped),
            let prepared = PreparedGazetteer(data: bytes)
        {
            gazetteer.prepared = prepared
            return gazetteer
        }
        gazetteer.addShippedTables(in: folder)
        return gazetteer
    }()

    /// The text tables of the module's resource folder (the source of the prepared file).
    mutating func addShippedTables(in folder: URL) {
        if let text = try? String(contentsOf: folder.appendingPathComponent("places.tsv"), encoding: .utf8) {
            addPlaces(text)
        }
        if let text = try? String(contentsOf: folder.appendingPathComponent("organisations.tsv"), encoding: .utf8) {
            addOrganisations(text)
        }
        // Listed companies yield every clash: "Everest" is the mountain, "Indus" the river where a table has them.
        if let text = try? String(contentsOf: folder.appendingPathComponent("companies.tsv"), encoding: .utf8) {
            addOrganisations(text, rank: 5)
        }
    }

    /// The shipped tables read from their text form, as before they were prepared (tests compare the two).
    public static func readingTextTables() -> Gazetteer { readingTextTables(in: resourceFolder()) }

    private static func readingTextTables(in folder: URL?) -> Gazetteer {
        var gazetteer = Gazetteer()
        if let folder { gazetteer.addShippedTables(in: folder) }
        return gazetteer
    }

    /// The prepared form of the text tables, as `newsml-train gazetteer` writes it; nil without them. Read from the
    /// source tree where it is at hand — where `scripts/generate-gazetteer.py` has just written them; the built
    /// resources are a copy of the last build's, and an index made from those would be stale — else the resources.
    public static func preparedTables() -> [UInt8]? {
        let source = preparedTablesSourceFile.deletingLastPathComponent()
        let inSource = FileManager.default.fileExists(atPath: source.appendingPathComponent("places.tsv").path)
        let gazetteer = readingTextTables(in: inSource ? source : resourceFolder())
        guard gazetteer.entries.count > 0 else { return nil }
        return PreparedGazetteer.bytes(keys: gazetteer.keys.words, entries: gazetteer.entries)
    }

    /// Where the prepared file of the shipped tables belongs in the source tree (for the training command).
    public static var preparedTablesSourceFile: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Gazetteer").appendingPathComponent(
            PreparedGazetteer.fileName)
    }

    /// Whether bytes are a prepared gazetteer that holds together (what loading checks before it uses one).
    public static func isPreparedTable(_ bytes: [UInt8]) -> Bool { PreparedGazetteer(data: Data(bytes))?.holdsTogether() == true }

    /// Whether the shipped tables came from the prepared file (tests check that it is used).
    public var usesPreparedTables: Bool { prepared != nil }

    /// How many names the gazetteer knows.
    public var nameCount: Int { keys.count + (prepared?.count ?? 0) }

    public func lookup(_ name: String) -> Entry? {
        // Names in ASCII, Latin-1 or Cyrillic (nearly all) are folded to lower case into a small buffer; others take the String path.
        let folded: Found?? = name.withUTF8Bytes { bytes in
            guard bytes.count <= 256 else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { buffer -> Found?? in
                guard String.lowercaseUTF8(bytes, into: buffer) else { return nil }
                var key = UnsafeBufferPointer(rebasing: buffer[0..<bytes.count])
                if key.starts(with: "the ".utf8) { key = UnsafeBufferPointer(rebasing: key[4...]) }
                if let ordinal = keys.ordinal(bytes: key) { return .some(.added(ordinal)) }
                if let index = prepared?.entryIndex(bytes: key) { return .some(.prepared(index)) }
                // "Newcastle-under-Lyme", "Stratford-upon-Avon": a town's lower-case links hyphenated, where GeoNames spaces
                // them ("Newcastle under Lyme"). Asked only on a miss, of a name with a lower-case word after a hyphen.
                guard Self.hasLowerCaseHyphenatedPart(bytes) else { return .some(nil) }
                let start = bytes.count - key.count
                for position in start..<bytes.count where buffer[position] == UInt8(ascii: "-") { buffer[position] = UInt8(ascii: " ") }
                let spaced = UnsafeBufferPointer(rebasing: buffer[start..<bytes.count])
                if let ordinal = keys.ordinal(bytes: spaced) { return .some(.added(ordinal)) }
                return .some(prepared?.entryIndex(bytes: spaced).map { .prepared($0) })
            }
        }
        let found: Found?
        if let folded {
            found = folded
        } else {
            let key = Self.key(name)
            found = keys.ordinal(key).map { .added($0) } ?? prepared?.entryIndex(key).map { .prepared($0) }
        }
        switch found {
        case .added(let ordinal): return entries[ordinal]
        case .prepared(let index): return prepared?.entry(index)
        case nil:
            // (A macron's letter is no Latin-1 one: only a name that took the String path above may have one.)
            return (Self.spelledOutAbbreviation(name) ?? (folded == nil ? Self.withoutMacrons(name) : nil)).flatMap { lookup($0) }
        }
    }

    /// "Whāngarei", "Tōkyō", "Ōsaka": Māori and Hepburn spellings mark long vowels with a macron that GeoNames' names
    /// (and most copy) leave out; the name with plain vowels, or nil where it has no macron.
    static func withoutMacrons(_ name: String) -> String? {
        // On the bytes, asked at every miss: a macron vowel is 0xC4 0x80/0x81/0x92/0x93/0xAA/0xAB or 0xC5 0x8C/0x8D/0xAA/0xAB
        // (Czech and Polish letters share the lead bytes, not the pairs).
        var lead: UInt8 = 0
        let hasMacron = name.utf8.contains { byte in
            defer { lead = byte }
            switch lead {
            case 0xC4: return byte == 0x80 || byte == 0x81 || byte == 0x92 || byte == 0x93 || byte == 0xAA || byte == 0xAB
            case 0xC5: return byte == 0x8C || byte == 0x8D || byte == 0xAA || byte == 0xAB
            default: return false
            }
        }
        guard hasMacron else { return nil }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: name.unicodeScalars.map { macronVowels[$0] ?? $0 })
        return String(result)
    }
    private static let macronVowels: [Unicode.Scalar: Unicode.Scalar] = [
        "ā": "a", "ē": "e", "ī": "i", "ō": "o", "ū": "u", "Ā": "A", "Ē": "E", "Ī": "I", "Ō": "O", "Ū": "U",
    ]

    /// "St. Paul", "Ft. Lauderdale", "Mt. Vernon": American copy abbreviates the saint, the fort and the mount that
    /// GeoNames spells out ("Saint Paul"); the name with the word written in full, or nil.
    static func spelledOutAbbreviation(_ name: String) -> String? {
        // On the bytes: a lookup misses for most of a story's capitalised words, and this is asked at every miss.
        let utf8 = name.utf8
        var bytes = utf8.makeIterator()
        guard let first = bytes.next(), first == 0x53 || first == 0x46 || first == 0x4D, bytes.next() == 0x74, let third = bytes.next()
        else { return nil }
        let full: String
        switch first {
        case 0x53: full = "Saint "
        case 0x46: full = "Fort "
        default: full = "Mount "
        }
        // "St. Paul", "St Paul" (only the saint goes without the stop: "Ft Worth", "Mt Kenya" are rare and ambiguous).
        if third == 0x2E, bytes.next() == 0x20 { return full + String(name.utf8.dropFirst(4))! }
        if third == 0x20, first == 0x53 { return full + String(name.utf8.dropFirst(3))! }
        return nil
    }

    /// Whether a name has a lower-case word after a hyphen and a capitalised word after it ("Newcastle-under-Lyme").
    private static func hasLowerCaseHyphenatedPart(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3 else { return false }
        var sawLowerCasePart = false
        for position in 0..<(bytes.count - 1) where bytes[position] == UInt8(ascii: "-") {
            let next = bytes[position + 1]
            if next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z") {
                sawLowerCasePart = true
            } else if sawLowerCasePart && next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z") {
                return true
            }
        }
        return false
    }

    private enum Found {
        case added(Int)
        case prepared(Int)
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
        // A shipped name of the same or a higher rank stays (the rule of a clash within the tables).
        if let index = prepared?.entryIndex(key), let shipped = prepared?.entry(index), shipped.rank <= entry.rank { return }
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
                case "city": Self.cityRank
                case "region": 3
                case "town": Self.townRank
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

    mutating func addOrganisations(_ text: String, rank: Int = 1) {
        for columns in Self.rows(text) {
            guard columns.count >= 4 else { continue }
            let entry = Entry(
                kind: .organisation, name: columns[1], qcode: nil,
                uri: columns[3].isEmpty ? nil : "http://www.wikidata.org/entity/\(columns[3])", rank: rank)
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
