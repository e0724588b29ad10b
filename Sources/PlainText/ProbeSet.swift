import Foundation
import NewsModel

/// Needles for a pattern's prefilter, prepared once. Anywhere in a line: memchr skips to each needle's
/// rarest byte when the needles have at most eight such anchors (eight memchr passes cost less than a table
/// lookup per byte: the picture-credit labels' scan halved), or one pass over the bytes tries a
/// position only when its byte can begin a needle. At the start: the needles with the line's first byte.
/// ASCII letters compare without case when `ignoringCase`; other bytes compare exactly — except that a
/// text starting with a non-ASCII letter is asked through `TextProbe.startsWithAny`, which folds Unicode case.
struct ProbeSet: Sendable {
    enum Place: Sendable {
        /// Anywhere in the text; with a limit, in its first (positive) or last (negative) bytes.
        case anywhere(within: Int?)
        /// At the start, after white space and the `skipping` scalars.
        case atStart(skipping: Set<Unicode.Scalar>)
    }

    private let place: Place
    private let strings: [String]
    private let ignoringCase: Bool
    private let longestNeedle: Int
    /// Whether a byte can start a needle (both cases of a letter when `ignoringCase`).
    private var startTable = [Bool](repeating: false, count: 256)
    /// All needles' bytes back to back, grouped by their (folded) first byte: the needles starting with
    /// byte `b` are `needleRanges[needleGroups[b]]`, each a range of `needleBytes`.
    private var needleBytes: [UInt8] = []
    private var needleRanges: [Range<Int>] = []
    private var needleGroups = [Range<Int>](repeating: 0..<0, count: 256)
    /// For `anywhere`: each needle is found through its rarest byte (its anchor), so that memchr can skip
    /// through the text: `anchors` lists (the needle's range in `needleBytes`, the anchor's offset) grouped by
    /// anchor byte, `anchorGroups[b]` being the anchors on byte `b`; a letter anchor of a case-blind needle is
    /// listed in both cases.
    private var anchors: [(needle: Range<Int>, offset: Int)] = []
    private var anchorGroups = [Range<Int>](repeating: 0..<0, count: 256)
    private var anchorBytes: [UInt8] = []
    private var hasEmptyNeedle = false
    /// The ASCII members of `atStart`'s `skipping`, as bits (byte `b` is bit `b % 64` of word `b / 64`): the start's
    /// byte loop asks these, where a Set lookup hashed every leading byte.
    private var skippedASCII: (UInt64, UInt64) = (0, 0)

    init(anywhereIn needles: [String], ignoringCase: Bool = false, within limit: Int? = nil) {
        self.init(place: .anywhere(within: limit), needles: needles, ignoringCase: ignoringCase)
    }

    init(atStart needles: [String], ignoringCase: Bool = false, skipping: Set<Unicode.Scalar> = []) {
        self.init(place: .atStart(skipping: skipping), needles: needles, ignoringCase: ignoringCase)
    }

    private init(place: Place, needles: [String], ignoringCase: Bool) {
        self.place = place
        self.strings = needles
        self.ignoringCase = ignoringCase
        self.longestNeedle = needles.map(\.utf8.count).max() ?? 0
        // The needles' bytes, ASCII lower-cased when `ignoringCase`.
        let folded = needles.map { needle in needle.utf8.map { ignoringCase ? TextProbe.lowercase($0) : $0 } }
        // Grouped by first byte with a counting sort, each group in the needles' order: the reader builds some hundred
        // probe sets when a process starts, and asking every needle for each of 256 bytes was a tenth of a one-file run.
        let byFirstByte = Self.grouped(folded.map { $0.first })
        for first in 0...255 {
            let groupStart = needleRanges.count
            for position in byFirstByte.positions[byFirstByte.starts[first]..<byFirstByte.starts[first + 1]] {
                let needle = folded[position]
                needleRanges.append(needleBytes.count..<needleBytes.count + needle.count)
                needleBytes.append(contentsOf: needle)
            }
            needleGroups[first] = groupStart..<needleRanges.count
        }
        hasEmptyNeedle = folded.contains(where: \.isEmpty)
        var anchorList: [(byte: UInt8, needle: Range<Int>, offset: Int)] = []
        for range in needleRanges {
            let needle = needleBytes[range]
            let offset =
                needle.indices.min { Self.frequency(needle[$0], ignoringCase) < Self.frequency(needle[$1], ignoringCase) }!
                - range.lowerBound
            let byte = needle[range.lowerBound + offset]
            for variant in ignoringCase && byte >= 97 && byte <= 122 ? [byte, byte - 32] : [byte] {
                anchorList.append((variant, range, offset))
                if !anchorBytes.contains(variant) { anchorBytes.append(variant) }
            }
        }
        let byAnchorByte = Self.grouped(anchorList.map { Optional($0.byte) })
        for byte in 0...255 {
            let groupStart = anchors.count
            for position in byAnchorByte.positions[byAnchorByte.starts[byte]..<byAnchorByte.starts[byte + 1]] {
                anchors.append((anchorList[position].needle, anchorList[position].offset))
            }
            anchorGroups[byte] = groupStart..<anchors.count
        }
        if case .atStart(let skipping) = place {
            for scalar in skipping where scalar.isASCII {
                let value = scalar.value
                if value < 64 { skippedASCII.0 |= 1 << UInt64(value) } else { skippedASCII.1 |= 1 << UInt64(value - 64) }
            }
        }
        for needle in folded {
            guard let first = needle.first else { continue }
            for byte in ignoringCase ? [first, TextProbe.uppercase(first)] : [first] { startTable[Int(byte)] = true }
        }
    }

    /// The positions of `keys` ordered by key (stably, nil keys left out), and where each key's run starts
    /// (`starts[key] ..< starts[key + 1]`).
    private static func grouped(_ keys: [UInt8?]) -> (positions: [Int], starts: [Int]) {
        var starts = [Int](repeating: 0, count: 257)
        for key in keys { if let key { starts[Int(key) + 1] += 1 } }
        for byte in 0..<256 { starts[byte + 1] += starts[byte] }
        var next = starts
        var positions = [Int](repeating: 0, count: starts[256])
        for (position, key) in keys.enumerated() {
            guard let key else { continue }
            positions[next[Int(key)]] = position
            next[Int(key)] += 1
        }
        return (positions, starts)
    }

    func matches(_ text: String) -> Bool {
        switch place {
        case .anywhere(let limit):
            return text.withUTF8Bytes { all in
                guard let limit else { return occurs(in: all) }
                let count = min(abs(limit), all.count)
                return occurs(in: UnsafeBufferPointer(rebasing: limit >= 0 ? all[0..<count] : all[(all.count - count)...]))
            }
        case .atStart(let skipping):
            return starts(text, skipping: skipping)
        }
    }

    private func occurs(in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = haystack.baseAddress, !haystack.isEmpty else { return false }
        if hasEmptyNeedle { return true }
        // Few distinct anchors ("y" of "reported by", "q" of "quoted by", "/", "#"): memchr skips to them. The
        // buffers are taken once, outside the loops: each hit is then checked without reference counting.
        if anchorBytes.count <= 8 {
            return needleBytes.withUnsafeBufferPointer { bytes in
                anchors.withUnsafeBufferPointer { anchors in
                    anchorBytes.withUnsafeBufferPointer { anchorBytes in
                        for anchor in anchorBytes {
                            let group = anchorGroups[Int(anchor)]
                            var index = 0
                            while index < haystack.count {
                                guard let found = memchr(base + index, Int32(anchor), haystack.count - index) else { break }
                                let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                                for entry in anchors[group]
                                where Self.matches(bytes[entry.needle], in: haystack, at: position - entry.offset, ignoringCase) {
                                    return true
                                }
                                index = position + 1
                            }
                        }
                        return false
                    }
                }
            }
        }
        return startTable.withUnsafeBufferPointer { table in
            for index in haystack.indices where table[Int(haystack[index])] && matchesNeedle(in: haystack, at: index) { return true }
            return false
        }
    }

    private static func matches(
        _ needle: Slice<UnsafeBufferPointer<UInt8>>, in haystack: UnsafeBufferPointer<UInt8>, at start: Int,
        _ ignoringCase: Bool
    ) -> Bool {
        guard start >= 0, start + needle.count <= haystack.count else { return false }
        var position = start
        for byte in needle {
            let candidate = haystack[position]
            if (ignoringCase ? TextProbe.lowercase(candidate) : candidate) != byte { return false }
            position += 1
        }
        return true
    }

    /// a … z in English text, per cent.
    private static let letterFrequencies: [Double] = [
        6.5, 1.3, 2.5, 3.5, 10, 2, 1.8, 5, 6, 0.1, 0.6, 3.5, 2, 6, 6, 1.7, 0.1, 5, 5.5, 7, 2.5, 0.9, 2, 0.1, 1.7, 0.1,
    ]

    /// How often a byte occurs in news copy, roughly (per cent): an anchor is the needle's rarest byte.
    private static func frequency(_ byte: UInt8, _ ignoringCase: Bool) -> Double {
        switch byte {
        case 0x20: return 15
        case 97...122:
            let own = letterFrequencies[Int(byte - 97)]
            return ignoringCase ? own + 0.3 : own
        case 65...90: return ignoringCase ? letterFrequencies[Int(byte - 65)] + 0.3 : 0.3
        case 48...57: return 0.5
        case 0x2E, 0x2C: return 1
        case 0x80...: return 0.5
        default: return 0.2
        }
    }

    private func starts(_ text: String, skipping: Set<Unicode.Scalar>) -> Bool {
        let verdict: Bool? = text.withUTF8Bytes { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // Non-ASCII at the start (a no-break space, "•", "À"): the Unicode-aware probe decides.
                if byte >= 0x80 { return nil }
                let skipped = byte < 64 ? skippedASCII.0 >> UInt64(byte) & 1 == 1 : skippedASCII.1 >> UInt64(byte - 64) & 1 == 1
                guard byte == 0x20 || (0x09...0x0D).contains(byte) || skipped else { break }
                index += 1
            }
            guard index < bytes.count else { return false }
            if matchesNeedle(in: bytes, at: index) { return true }
            // A non-ASCII letter within reach may match a needle in another case: ask the Unicode-aware probe.
            guard ignoringCase else { return false }
            let reach = bytes[index..<min(bytes.count, index + longestNeedle)]
            return reach.contains { $0 >= 0x80 } ? nil : false
        }
        if let verdict { return verdict }
        return TextProbe.startsWithAny(text, strings, ignoringCase: ignoringCase, skipping: skipping)
    }

    private func matchesNeedle(in haystack: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let available = haystack.count - index
        let group = needleGroups[Int(fold(haystack[index]))]
        guard !group.isEmpty else { return false }
        return needleBytes.withUnsafeBufferPointer { bytes in
            needleRanges.withUnsafeBufferPointer { ranges in
                for range in ranges[group] where range.count <= available {
                    var offset = 0
                    while offset < range.count, fold(haystack[index + offset]) == bytes[range.lowerBound + offset] { offset += 1 }
                    if offset == range.count { return true }
                }
                return false
            }
        }
    }

    @inline(__always)
    private func fold(_ byte: UInt8) -> UInt8 { ignoringCase ? TextProbe.lowercase(byte) : byte }
}
