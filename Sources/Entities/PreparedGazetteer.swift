import Foundation
import NewsModel

/// The shipped gazetteer as `newsml-train gazetteer` prepares it from the tables in `Gazetteer/`: the name
/// keys as a ready hash set, and per key the place or organisation it names, its strings in one run of bytes.
/// It loads by copying arrays, without splitting, hashing or building a String per row; a one-file
/// conversion used to spend a third of its time reading the text tables.
struct PreparedGazetteer: Sendable {
    static let magic: UInt64 = 0x3130_5A41_474B_4D4E  // "NMKGAZ01", little-endian
    static let fileName = "gazetteer.index"

    private let keys: WordSet
    /// The entry of each key, by the key's ordinal.
    private let entryOfKey: [UInt32]
    /// Four values per entry: its kind, rank and URI prefix (a byte each), and the strings of its name, qcode
    /// and URI without that prefix (`noString`: none).
    private let records: [UInt32]
    /// String `i` is `stringBytes[stringStarts[i]..<stringStarts[i + 1]]`.
    private let stringStarts: [UInt32]
    private let stringBytes: [UInt8]
    private static let noString = UInt32.max
    /// The beginnings nearly every URI shares, written once here instead of once per place (index 0: none).
    private static let uriPrefixes = ["", "https://sws.geonames.org/", "http://www.wikidata.org/entity/"]

    var count: Int { keys.count }

    func ordinal(bytes: UnsafeBufferPointer<UInt8>) -> Int? { keys.ordinal(bytes: bytes) }
    func ordinal(_ key: String) -> Int? { keys.ordinal(key) }

    func entry(ordinal: Int) -> Gazetteer.Entry {
        let base = Int(entryOfKey[ordinal]) * 4
        return Gazetteer.Entry(
            kind: Entity.Kind.allCases[Int(records[base] & 0xFF)], name: string(records[base + 1]) ?? "",
            qcode: string(records[base + 2]), uri: string(records[base + 3]).map { Self.uriPrefixes[Int(records[base] >> 16 & 0xFF)] + $0 },
            rank: Int(Int8(truncatingIfNeeded: records[base] >> 8)))
    }

    private func string(_ index: UInt32) -> String? {
        guard index != Self.noString else { return nil }
        let start = Int(stringStarts[Int(index)])
        let end = Int(stringStarts[Int(index) + 1])
        return stringBytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// Reads a prepared file; nil when it is not one or does not hold together (then the text tables are read).
    init?(bytes: [UInt8]) {
        guard let parsed = bytes.withUnsafeBytes({ Self.parse($0) }) else { return nil }
        (keys, entryOfKey, records, stringStarts, stringBytes) = parsed
    }

    /// Reads the file's bytes as they were read from disk (no copy into an array first).
    init?(data: Data) {
        guard let parsed = data.withUnsafeBytes({ Self.parse($0) }) else { return nil }
        (keys, entryOfKey, records, stringStarts, stringBytes) = parsed
    }

    private static func parse(_ raw: UnsafeRawBufferPointer) -> (WordSet, [UInt32], [UInt32], [UInt32], [UInt8])? {
        var reader = PreparedBytesReader(raw)
        guard reader.uint64() == Self.magic, let keys = WordSet(reading: &reader),
            let entryCount = reader.uint32().map(Int.init), let entryOfKey = reader.uint32s(keys.count),
            let records = reader.uint32s(entryCount * 4), let stringCount = reader.uint32().map(Int.init),
            let stringStarts = reader.uint32s(stringCount + 1), let stringBytes = reader.byteRun(), reader.isAtEnd
        else { return nil }
        // Every reference in range, so that a damaged file is refused here rather than trapping on a lookup.
        guard entryOfKey.allSatisfy({ Int($0) < entryCount }), stringStarts.last.map(Int.init) == stringBytes.count,
            zip(stringStarts, stringStarts.dropFirst()).allSatisfy({ $0 <= $1 })
        else { return nil }
        for entry in 0..<entryCount {
            let header = records[entry * 4]
            guard Int(header & 0xFF) < Entity.Kind.allCases.count, Int(header >> 16 & 0xFF) < Self.uriPrefixes.count else { return nil }
            for field in 1...3 where records[entry * 4 + field] != Self.noString && Int(records[entry * 4 + field]) >= stringCount {
                return nil
            }
        }
        return (keys, entryOfKey, records, stringStarts, stringBytes)
    }

    /// The prepared form of a gazetteer's keys (in the order they were added) and their entries.
    static func bytes(keys: WordSet, entries: [Gazetteer.Entry]) -> [UInt8] {
        var writer = PreparedBytesWriter()
        writer.append(magic)
        keys.write(to: &writer)
        // One record per distinct entry (a place and its aliases share one), strings stored once each.
        var entryIndex: [Gazetteer.Entry: UInt32] = [:]
        var records: [UInt32] = []
        var entryOfKey: [UInt32] = []
        var stringIndex: [String: UInt32] = [:]
        var stringStarts: [UInt32] = [0]
        var stringBytes: [UInt8] = []
        func reference(_ string: String?) -> UInt32 {
            guard let string else { return noString }
            if let index = stringIndex[string] { return index }
            let index = UInt32(stringIndex.count)
            stringIndex[string] = index
            stringBytes.append(contentsOf: string.utf8)
            stringStarts.append(UInt32(stringBytes.count))
            return index
        }
        for entry in entries {
            if let index = entryIndex[entry] {
                entryOfKey.append(index)
                continue
            }
            let index = UInt32(records.count / 4)
            entryIndex[entry] = index
            entryOfKey.append(index)
            let kind = UInt32(Entity.Kind.allCases.firstIndex(of: entry.kind)!)
            let rank = UInt32(UInt8(bitPattern: Int8(clamping: entry.rank)))
            var uri = entry.uri
            var prefix = 0
            if let full = entry.uri, let known = uriPrefixes.indices.dropFirst().first(where: { full.hasPrefix(uriPrefixes[$0]) }) {
                prefix = known
                uri = String(full.dropFirst(uriPrefixes[known].count))
            }
            records += [kind | rank << 8 | UInt32(prefix) << 16, reference(entry.name), reference(entry.qcode), reference(uri)]
        }
        writer.append(UInt32(records.count / 4))
        for index in entryOfKey { writer.append(index) }
        for value in records { writer.append(value) }
        writer.append(UInt32(stringStarts.count - 1))
        for start in stringStarts { writer.append(start) }
        writer.append(bytes: stringBytes)
        return writer.bytes
    }
}
