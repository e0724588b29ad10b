import Foundation
import NewsModel

/// A word list file, one word per line sorted by UTF-8 bytes, searched as it is stored, the way `look(1)`
/// searches a dictionary: a binary search over byte offsets that steps back to the start of the line it lands
/// in. A shipped list is memory-mapped, so a one-file conversion reads only the few pages its lookups touch —
/// no table is built at load (hashing the given names into a set took 6 % of a one-file conversion).
///
/// A process that asks a list many times (a batch, the service, a worker) gets a hash table of the list's lines
/// after `indexedAfter` lookups: each binary search reads some twenty lines spread over the file, most of them
/// cache misses, and was the costliest function of a batch by wall time; a probe of the table reads one slot and
/// one line. The table answers exactly as the search does (a test asks both about every word of the lists).
public struct SortedWordList: Sendable {
    private let bytes: Data
    private let index: WordListIndex

    /// Lookups after which the shipped lists build their table: about twenty articles' worth, a few times what
    /// building it costs (five million instructions for the English words), never reached by a one-file conversion.
    public static let shippedIndexAfter = 2_048

    /// The list in `text`, one word per line, `#` lines ignored; nil unless it is sorted by UTF-8 bytes with no
    /// word twice (a binary search would give wrong answers). `indexedAfter` lookups build the hash table (0: at
    /// the first; `Int.max`: never).
    public init?(text: Data, indexedAfter lookups: Int = SortedWordList.shippedIndexAfter) {
        guard Self.isSorted(text) else { return nil }
        bytes = text
        index = WordListIndex(after: lookups)
    }

    /// A list whose order the caller vouches for (the shipped file: a test checks it).
    private init(unchecked text: Data) {
        bytes = text
        index = WordListIndex(after: Self.shippedIndexAfter)
    }

    /// A list the library ships (`Gazetteer/NAME`), mapped; empty when the resource is missing.
    static func shipped(_ name: String) -> SortedWordList {
        guard let url = Gazetteer.resourceFile(name), let data = try? Data(contentsOf: url, options: .alwaysMapped) else {
            return SortedWordList(unchecked: Data())
        }
        return SortedWordList(unchecked: data)
    }

    /// Whether the shipped list `name` is sorted as the search needs (a test checks every shipped list).
    public static func shippedIsSorted(_ name: String) -> Bool {
        guard let url = Gazetteer.resourceFile(name), let data = FileManager.default.contents(atPath: url.path) else { return false }
        return isSorted(data)
    }

    /// The words of the list (for tests: it walks the whole file).
    public var count: Int {
        var words = 0
        Self.forEachWord(in: bytes) { _, _, _ in words += 1 }
        return words
    }

    /// Whether the list holds `word` exactly as written.
    public func contains(_ word: Substring) -> Bool {
        var word = String(word)
        let slots = index.slots(building: bytes)
        return word.withUTF8 { key in
            bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self), !key.isEmpty else { return false }
                let count = raw.count
                if let slots { return Self.probe(slots, base, count, key) }
                // `low` is always a line start; the answer, if any, starts in low..<high.
                var low = 0
                var high = count
                while low < high {
                    var start = (low + high) / 2
                    while start > low, base[start - 1] != 0x0A { start -= 1 }
                    // The line against the key byte by byte, up to the first difference (most probes differ in their
                    // first bytes): calling memchr for the line's end and memcmp for every probe cost more.
                    var offset = 0
                    var order = 0
                    if base[start] == 0x23 {
                        order = -1
                    } else {
                        while true {
                            let position = start + offset
                            let lineEnded = position >= count || base[position] == 0x0A
                            if offset == key.count {
                                order = lineEnded ? 0 : 1
                                break
                            }
                            if lineEnded {
                                order = -1
                                break
                            }
                            if base[position] != key[offset] {
                                order = base[position] < key[offset] ? -1 : 1
                                break
                            }
                            offset += 1
                        }
                    }
                    if order < 0 {
                        low = Self.lineEnd(base, from: start + offset, count: count) + 1
                    } else if order > 0 {
                        high = start
                    } else {
                        return true
                    }
                }
                return false
            }
        }
    }

    /// The hash table's answer: slots hold a line's start plus one (0: empty) in their low half and the word's
    /// hash in their high half, so most slots that are not the word are passed over without reading the file.
    private static func probe(_ slots: [UInt64], _ base: UnsafePointer<UInt8>, _ count: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        // A key with a line feed matches no line (the search's answer too), though its bytes may run over two.
        guard memchr(key.baseAddress!, 0x0A, key.count) == nil else { return false }
        let hash = WordSet.hash(key)
        let tag = hash >> 32
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var position = Int(truncatingIfNeeded: hash) & mask
            while true {
                let slot = slots[position]
                if slot == 0 { return false }
                if slot >> 32 == tag {
                    let start = Int(slot & 0xFFFF_FFFF) - 1
                    let end = start + key.count
                    if end <= count, end == count || base[end] == 0x0A, memcmp(base + start, key.baseAddress!, key.count) == 0 {
                        return true
                    }
                }
                position = (position + 1) & mask
            }
        }
    }

    /// The hash table of `text`'s words (see `probe`), at least twice as many slots as words.
    fileprivate static func hashSlots(_ text: Data) -> [UInt64] {
        var words = 0
        forEachWord(in: text) { _, _, _ in words += 1 }
        var size = 16
        while size < words * 2 { size *= 2 }
        return [UInt64](unsafeUninitializedCapacity: size) { slots, initialised in
            slots.initialize(repeating: 0)
            initialised = size
            forEachWord(in: text) { word, length, offset in
                let hash = WordSet.hash(UnsafeBufferPointer(start: word, count: length))
                var position = Int(truncatingIfNeeded: hash) & (size - 1)
                while slots[position] != 0 { position = (position + 1) & (size - 1) }
                slots[position] = (hash >> 32) << 32 | UInt64(offset + 1)
            }
        }
    }

    private static func isSorted(_ text: Data) -> Bool {
        var previous: (UnsafePointer<UInt8>, Int)? = nil
        var sorted = true
        forEachWord(in: text) { word, length, _ in
            if let (last, lastLength) = previous, compare(last, lastLength, word, length) >= 0 { sorted = false }
            previous = (word, length)
        }
        return sorted
    }

    /// Every word line of `text` (not empty, not a `#` comment), as a pointer into it, a length and its offset in the
    /// text (the offset, not the pointer, outlives the call: a small Data hands each `withUnsafeBytes` a copy of its own).
    private static func forEachWord(in text: Data, _ body: (UnsafePointer<UInt8>, Int, Int) -> Void) {
        text.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            var start = 0
            while start < raw.count {
                let end = lineEnd(base, from: start, count: raw.count)
                if end > start, base[start] != 0x23 { body(base + start, end - start, start) }
                start = end + 1
            }
        }
    }

    /// Where the line starting at `from` ends: the next line feed, or the end.
    private static func lineEnd(_ base: UnsafePointer<UInt8>, from: Int, count: Int) -> Int {
        guard let found = memchr(base + from, 0x0A, count - from) else { return count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Byte order (what Python's `sorted` gives for the script's words: code point order is UTF-8 byte order):
    /// negative, zero or positive as `a` sorts before, with or after `b`.
    private static func compare(_ a: UnsafePointer<UInt8>, _ aCount: Int, _ b: UnsafePointer<UInt8>, _ bCount: Int) -> Int {
        let common = memcmp(a, b, min(aCount, bCount))
        return common != 0 ? Int(common) : aCount - bCount
    }
}

/// The hash table a `SortedWordList` builds once it has been asked often enough; shared by the list's copies.
private final class WordListIndex: @unchecked Sendable {
    private let lock = NSLock()
    private let threshold: Int
    // Both read and written under the lock.
    private var lookups = 0
    private var built: [UInt64]?

    init(after lookups: Int) { threshold = lookups }

    /// The table, built from `text` on the lookup that reaches the threshold; nil before.
    func slots(building text: Data) -> [UInt64]? {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        lookups += 1
        guard lookups > threshold else { return nil }
        let slots = SortedWordList.hashSlots(text)
        built = slots
        return slots
    }
}
