/// A set of words compared by their UTF-8 bytes: the readers and the recogniser ask word lists about
/// every word of every article, and `Set<String>` hashes each with SipHash after a Unicode check.
/// Here a lookup is one FNV-1a pass over the bytes, one probe of an open-addressing table and one
/// byte comparison. Words are compared as written (no canonical equivalence): the lists hold NFC
/// text, as news copy is.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// All words' bytes back to back; word `n` spans `bounds[n]`.
    private var storage: [UInt8] = []
    private var bounds: [Range<Int>] = []
    /// Open addressing, linear probing: a slot holds a word's index plus one, or zero when empty.
    private var slots: [Int32]
    private var hashes: [UInt64]

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    public init(_ words: some Sequence<String>) {
        slots = [Int32](repeating: 0, count: 16)
        hashes = [UInt64](repeating: 0, count: 16)
        for word in words { insert(word) }
    }

    public var count: Int { bounds.count }
    public var isEmpty: Bool { bounds.isEmpty }

    /// The words, in the order they were added.
    public var words: [String] {
        storage.withUnsafeBufferPointer { all in bounds.map { String(utf8Slice: all[$0]) } }
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
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return storage.withUnsafeBufferPointer { all in
            while true {
                let entry = Int(slots[slot])
                if entry == 0 { return false }
                if hashes[slot] == hash, Self.equal(all[bounds[entry - 1]], word) { return true }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds the word; returns false when it was already there.
    @discardableResult
    public mutating func insert(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { bytes in
            if contains(bytes: bytes) { return false }
            if (bounds.count + 1) * 2 > slots.count { grow() }
            let start = storage.count
            storage.append(contentsOf: bytes)
            bounds.append(start..<storage.count)
            place(index: bounds.count - 1, hash: Self.hash(bytes))
            return true
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        hashes = [UInt64](repeating: 0, count: slots.count)
        let words = bounds
        storage.withUnsafeBufferPointer { all in
            for (index, range) in words.enumerated() { place(index: index, hash: Self.hash(UnsafeBufferPointer(rebasing: all[range]))) }
        }
    }

    private mutating func place(index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
        hashes[slot] = hash
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        // Fold the high bits in: the table uses the low ones.
        return hash ^ (hash >> 29)
    }

    @inline(__always)
    private static func equal(_ stored: Slice<UnsafeBufferPointer<UInt8>>, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard stored.count == word.count else { return false }
        var index = 0
        var storedIndex = stored.startIndex
        while index < word.count {
            if stored[storedIndex] != word[index] { return false }
            index += 1
            storedIndex += 1
        }
        return true
    }
}
