import Foundation
import NewsModel

/// The shipped gazetteer as `newsml-train gazetteer` prepares it from the tables in `Gazetteer/`, searched where
/// it lies: the file is memory-mapped and holds its own open-addressing hash table, so loading it builds nothing
/// and a one-file conversion reads only the pages its lookups touch (copying the arrays and re-placing every
/// name in a hash table took a tenth of a one-file conversion, and grew with the table).
///
/// Layout, little-endian, sections 8-byte aligned: a header of ten 32-bit fields after the magic (slot count,
/// key count, entry count, string count, key bytes, string bytes, shortest and longest key, and two reserved),
/// the 256-bit set of first key bytes, then the slots (16 bytes: 32-bit hash, key start, key length, entry),
/// the keys' bytes, the entries (four 32-bit values: kind, rank and URI prefix in a byte each; the strings
/// of the name, qcode and URI without that prefix), the strings' start offsets and the strings' bytes.
/// Every read is bounds-checked, so a damaged file gives no entry rather than a trap.
struct PreparedGazetteer: Sendable {
    static let magic: UInt64 = 0x3230_5A41_474B_4D4E  // "NMKGAZ02", little-endian
    static let fileName = "gazetteer.index"
    private static let headerSize = 8 + 10 * 4 + 32
    private static let slotSize = 16
    private static let noString = UInt32.max
    /// The beginnings nearly every URI shares, written once here instead of once per place (index 0: none).
    private static let uriPrefixes = ["", "https://sws.geonames.org/", "http://www.wikidata.org/entity/"]

    /// The file's bytes (mapped, read-only).
    private let data: Data
    private let slotCount: Int
    let count: Int
    private let entryCount: Int
    private let stringCount: Int
    private let shortest: Int
    private let longest: Int
    private let firstBytes: (UInt64, UInt64, UInt64, UInt64)
    private let slotsOffset: Int
    private let keysOffset: Int
    private let keysLength: Int
    private let entriesOffset: Int
    private let startsOffset: Int
    private let stringsOffset: Int
    private let stringsLength: Int

    /// Reads a prepared file; nil when it is not one or its sizes do not add up (then the text tables are read).
    init?(data: Data) {
        guard data.count >= Self.headerSize else { return nil }
        let header: [UInt64] = data.withUnsafeBytes { raw in
            [raw.loadUnaligned(as: UInt64.self)] + (0..<10).map { UInt64(raw.loadUnaligned(fromByteOffset: 8 + $0 * 4, as: UInt32.self)) }
                + (0..<4).map { raw.loadUnaligned(fromByteOffset: 48 + $0 * 8, as: UInt64.self) }
        }
        guard UInt64(littleEndian: header[0]) == Self.magic else { return nil }
        let fields = header[1...10].map { Int(UInt32(littleEndian: UInt32(truncatingIfNeeded: $0))) }
        let (slotCount, keyCount, entryCount, stringCount, keysLength, stringsLength, shortest, longest) =
            (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7])
        guard slotCount > 0, slotCount & (slotCount - 1) == 0, keyCount * 2 <= slotCount, shortest <= longest else { return nil }
        slotsOffset = Self.headerSize
        keysOffset = slotsOffset + slotCount * Self.slotSize
        entriesOffset = Self.aligned(keysOffset + keysLength)
        startsOffset = entriesOffset + entryCount * 16
        stringsOffset = Self.aligned(startsOffset + (stringCount + 1) * 4)
        guard Self.aligned(stringsOffset + stringsLength) == data.count else { return nil }
        self.data = data
        self.slotCount = slotCount
        self.count = keyCount
        self.entryCount = entryCount
        self.stringCount = stringCount
        self.keysLength = keysLength
        self.stringsLength = stringsLength
        self.shortest = shortest
        self.longest = longest
        firstBytes = (
            UInt64(littleEndian: header[11]), UInt64(littleEndian: header[12]), UInt64(littleEndian: header[13]),
            UInt64(littleEndian: header[14])
        )
    }

    private static func aligned(_ offset: Int) -> Int { (offset + 7) & ~7 }

    /// The entry index of a key (lower case, without "the "), or nil when the table does not hold it.
    func entryIndex(bytes key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = key.first, key.count >= shortest, key.count <= longest, WordSet.contains(first, in: firstBytes) else {
            return nil
        }
        let hash = UInt32(truncatingIfNeeded: WordSet.hash(key))
        return data.withUnsafeBytes { raw -> Int? in
            let mask = slotCount - 1
            var index = Int(hash) & mask
            for _ in 0..<slotCount {
                let slot = slotsOffset + index * Self.slotSize
                let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: slot + 8, as: UInt32.self)))
                if length == 0 { return nil }
                if UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: slot, as: UInt32.self)) == hash, length == key.count {
                    let start = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: slot + 4, as: UInt32.self)))
                    guard start + length <= keysLength else { return nil }
                    if memcmp(raw.baseAddress! + keysOffset + start, key.baseAddress!, length) == 0 {
                        let entry = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: slot + 12, as: UInt32.self)))
                        return entry < entryCount ? entry : nil
                    }
                }
                index = (index + 1) & mask
            }
            return nil
        }
    }

    func entryIndex(_ key: String) -> Int? {
        var key = key
        return key.withUTF8 { entryIndex(bytes: $0) }
    }

    func entry(_ index: Int) -> Gazetteer.Entry? {
        guard index >= 0, index < entryCount else { return nil }
        return data.withUnsafeBytes { raw -> Gazetteer.Entry? in
            let base = entriesOffset + index * 16
            func value(_ field: Int) -> UInt32 {
                UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: base + field * 4, as: UInt32.self))
            }
            func string(_ reference: UInt32) -> String?? {
                guard reference != Self.noString else { return .some(nil) }
                guard Int(reference) < stringCount else { return nil }
                let at = startsOffset + Int(reference) * 4
                let start = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                let end = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at + 4, as: UInt32.self)))
                guard start <= end, end <= stringsLength else { return nil }
                return String(
                    decoding: UnsafeRawBufferPointer(rebasing: raw[(stringsOffset + start)..<(stringsOffset + end)]), as: UTF8.self)
            }
            let header = value(0)
            guard Int(header & 0xFF) < Entity.Kind.allCases.count, Int(header >> 16 & 0xFF) < Self.uriPrefixes.count,
                let name = string(value(1)), let qcode = string(value(2)), let uri = string(value(3))
            else { return nil }
            return Gazetteer.Entry(
                kind: Entity.Kind.allCases[Int(header & 0xFF)], name: name ?? "", qcode: qcode,
                uri: uri.map { Self.uriPrefixes[Int(header >> 16 & 0xFF)] + $0 }, rank: Int(Int8(truncatingIfNeeded: header >> 8)))
        }
    }

    /// Whether every slot, key and entry of the file is in range (what tests ask of a damaged file; loading
    /// does not walk the file, lookups check what they read).
    func holdsTogether() -> Bool {
        for index in 0..<entryCount where entry(index) == nil { return false }
        return data.withUnsafeBytes { raw in
            var keys = 0
            for index in 0..<slotCount {
                let slot = slotsOffset + index * Self.slotSize
                let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: slot + 8, as: UInt32.self)))
                guard length > 0 else { continue }
                let start = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: slot + 4, as: UInt32.self)))
                let entry = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: slot + 12, as: UInt32.self)))
                guard start + length <= keysLength, entry < entryCount else { return false }
                let key = UnsafeBufferPointer(
                    start: (raw.baseAddress! + keysOffset + start).assumingMemoryBound(to: UInt8.self), count: length)
                guard
                    UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: slot, as: UInt32.self))
                        == UInt32(truncatingIfNeeded: WordSet.hash(key))
                else { return false }
                keys += 1
            }
            return keys == count
        }
    }

    /// The prepared form of keys (lower case, in the order they were added) and each key's entry.
    static func bytes(keys: [String], entries: [Gazetteer.Entry]) -> [UInt8] {
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
            if let full = entry.uri, let known = uriPrefixes.indices.dropFirst().first(where: { full.hasPrefixOnBytes(uriPrefixes[$0]) }) {
                prefix = known
                uri = String(full.dropFirst(uriPrefixes[known].count))
            }
            records += [kind | rank << 8 | UInt32(prefix) << 16, reference(entry.name), reference(entry.qcode), reference(uri)]
        }
        var slotCount = 16
        while slotCount < keys.count * 2 { slotCount *= 2 }
        var slots = [(hash: UInt32, start: UInt32, length: UInt32, entry: UInt32)](repeating: (0, 0, 0, 0), count: slotCount)
        var keyBytes: [UInt8] = []
        var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var shortest = Int.max
        var longest = 0
        for (ordinal, key) in keys.enumerated() {
            var key = key
            key.withUTF8 { bytes in
                let hash = UInt32(truncatingIfNeeded: WordSet.hash(bytes))
                var index = Int(hash) & (slotCount - 1)
                while slots[index].length != 0 { index = (index + 1) & (slotCount - 1) }
                slots[index] = (hash, UInt32(keyBytes.count), UInt32(bytes.count), entryOfKey[ordinal])
                keyBytes.append(contentsOf: bytes)
                WordSet.insert(bytes[0], into: &firstBytes)
                shortest = min(shortest, bytes.count)
                longest = max(longest, bytes.count)
            }
        }
        var writer = PreparedBytesWriter()
        writer.append(magic)
        for field in [
            slotCount, keys.count, records.count / 4, stringStarts.count - 1, keyBytes.count, stringBytes.count, shortest, longest, 0, 0,
        ] {
            writer.append(UInt32(field))
        }
        for word in [firstBytes.0, firstBytes.1, firstBytes.2, firstBytes.3] { writer.append(word) }
        for slot in slots {
            for value in [slot.hash, slot.start, slot.length, slot.entry] { writer.append(value) }
        }
        writer.append(raw: keyBytes)
        writer.alignTo8()
        for value in records { writer.append(value) }
        for start in stringStarts { writer.append(start) }
        writer.alignTo8()
        writer.append(raw: stringBytes)
        writer.alignTo8()
        return writer.bytes
    }
}
