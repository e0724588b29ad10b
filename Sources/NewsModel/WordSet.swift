/// A set of words compared by their UTF-8 bytes: the readers and the recogniser ask word lists about
/// every word of every article, and `Set<String>` hashes each with SipHash after a Unicode check.
/// Here most lookups end at a 256-bit table of first bytes or a length check; the others cost one
/// FNV-1a pass over the bytes, one probe of an open-addressing table and one byte comparison. Words
/// are compared as written (no canonical equivalence): the lists hold NFC text, as news copy is.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    struct Slot {
        var hash: UInt64 = 0
        /// Where the word's bytes start in `storage`, and how many there are; length 0 marks an empty slot.
        var start: Int32 = 0
        var length: Int32 = 0
        /// The order in which the word was added: lets a table keep values beside the set.
        var ordinal: Int32 = 0
    }

    /// All words' bytes back to back.
    var storage: [UInt8] = []
    var slots = [Slot](repeating: Slot(), count: 16)
    var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var shortest = Int.max
    var longest = 0
    public internal(set) var count = 0

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    // Concrete, not a generic Sequence: a generic initialiser is not specialised across modules.
    public init(_ words: [String]) {
        var capacity = 16
        while capacity < words.count * 2 { capacity *= 2 }
        slots = [Slot](repeating: Slot(), count: capacity)
        for word in words { insert(word) }
    }

    public init() {}

    /// Room for `capacity` words without growing the table.
    public mutating func reserveCapacity(_ capacity: Int) {
        var size = slots.count
        while size < capacity * 2 { size *= 2 }
        guard size > slots.count else { return }
        let old = slots
        slots = [Slot](repeating: Slot(), count: size)
        for slot in old where slot.length > 0 { place(slot) }
    }

    public var isEmpty: Bool { count == 0 }

    /// The words, in the order they were added.
    public var words: [String] {
        storage.withUnsafeBufferPointer { all in
            slots.filter { $0.length > 0 }.sorted { $0.ordinal < $1.ordinal }.map {
                String(utf8Slice: all[Int($0.start)..<Int($0.start + $0.length)])
            }
        }
    }

    // Concrete overloads: a generic `StringProtocol` path costs five times the lookup itself.
    public func contains(_ word: String) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable({ contains(bytes: $0) }) { return found }
        var copy = word
        return copy.withUTF8 { contains(bytes: $0) }
    }

    public func contains(_ word: Substring) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable({ contains(bytes: $0) }) { return found }
        return contains(String(word))
    }

    public func contains(bytes word: UnsafeBufferPointer<UInt8>) -> Bool {
        ordinal(bytes: word) != nil
    }

    /// The position at which the word was added (0 for the first word), or nil when it is not in the set.
    public func ordinal(_ word: String) -> Int? {
        if let found = word.utf8.withContiguousStorageIfAvailable({ ordinal(bytes: $0) }) { return found }
        var copy = word
        return copy.withUTF8 { ordinal(bytes: $0) }
    }

    public func ordinal(bytes word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = word.first, word.count >= shortest, word.count <= longest, Self.contains(first, in: firstBytes) else {
            return nil
        }
        let hash = Self.hash(word)
        return slots.withUnsafeBufferPointer { slots in
            storage.withUnsafeBufferPointer { all in
                let mask = slots.count - 1
                var index = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let slot = slots[index]
                    if slot.length == 0 { return nil }
                    if slot.hash == hash, Int(slot.length) == word.count, Self.equal(all, from: Int(slot.start), word) {
                        return Int(slot.ordinal)
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }

    /// Adds the word; returns false when it was already there (or is empty: an empty word is never a member).
    @discardableResult
    public mutating func insert(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { bytes in
            guard let first = bytes.first, !contains(bytes: bytes) else { return false }
            if (count + 1) * 2 > slots.count { grow() }
            let start = storage.count
            storage.append(contentsOf: bytes)
            place(Slot(hash: Self.hash(bytes), start: Int32(start), length: Int32(bytes.count), ordinal: Int32(count)))
            count += 1
            shortest = min(shortest, bytes.count)
            longest = max(longest, bytes.count)
            Self.insert(first, into: &firstBytes)
            return true
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        for slot in old where slot.length > 0 { place(slot) }
    }

    private mutating func place(_ slot: Slot) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: slot.hash) & mask
        while slots[index].length != 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    @inline(__always)
    package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        // Fold the high bits in: the table uses the low ones.
        return hash ^ (hash >> 29)
    }

    @inline(__always)
    private static func equal(_ all: UnsafeBufferPointer<UInt8>, from start: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<word.count where all[start + offset] != word[offset] { return false }
        return true
    }

    package static func insert(_ byte: UInt8, into set: inout (UInt64, UInt64, UInt64, UInt64)) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: set.0 |= bit
        case 1: set.1 |= bit
        case 2: set.2 |= bit
        default: set.3 |= bit
        }
    }

    @inline(__always)
    package static func contains(_ byte: UInt8, in set: (UInt64, UInt64, UInt64, UInt64)) -> Bool {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return set.0 & bit != 0
        case 1: return set.1 & bit != 0
        case 2: return set.2 & bit != 0
        default: return set.3 & bit != 0
        }
    }
}
