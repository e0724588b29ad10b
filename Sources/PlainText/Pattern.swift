import Foundation
import NewsModel

/// A compiled regular expression with the few operations the reader needs. NSRegularExpression is
/// immutable once built, so sharing one across threads is safe.
///
/// Most lines match none of the reader's patterns, and ICU's matcher is costly even when it fails, so
/// every pattern can carry a `prefilter`: a cheap test on the text's bytes that is true whenever the
/// pattern could match (a character every match contains, the first letter every match starts with).
/// A false prefilter answers "no match" without running the expression.
struct Pattern: @unchecked Sendable {
    let expression: NSRegularExpression
    let prefilter: @Sendable (String) -> Bool

    init(_ pattern: String, caseInsensitive: Bool = false, prefilter: @escaping @Sendable (String) -> Bool = { _ in true }) {
        // `^` and `$` are the text's start and end: the reader matches single lines and paragraphs,
        // which lets prefilters test the start of the text.
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        // The patterns are constants of this module; a typo must fail every test at once.
        expression = try! NSRegularExpression(pattern: pattern, options: options)
        self.prefilter = prefilter
    }

    /// The capture groups of the first match (index 0 is the whole match); nil groups are "".
    func match(_ text: String) -> [String]? {
        guard prefilter(text) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        guard let result = expression.firstMatch(in: text, options: [], range: range) else { return nil }
        return (0..<result.numberOfRanges).map { index in
            let groupRange = result.range(at: index)
            guard groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: text) else { return "" }
            return String(text[swiftRange])
        }
    }

    /// Every match, as capture groups.
    func matches(_ text: String) -> [[String]] {
        guard prefilter(text) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, options: [], range: range).map { result in
            (0..<result.numberOfRanges).map { index in
                let groupRange = result.range(at: index)
                guard groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: text) else { return "" }
                return String(text[swiftRange])
            }
        }
    }

    func matches(in text: String) -> Bool {
        guard prefilter(text) else { return false }
        return expression.firstMatch(in: text, options: [], range: NSRange(text.startIndex..., in: text)) != nil
    }
}

/// Byte-level probes for pattern prefilters. They look at UTF-8 code units only, so they are exact for
/// ASCII and for the multi-byte characters given as strings.
enum TextProbe {
    /// True when the text contains any of the strings (ASCII letters compared without case when `ignoringCase`).
    static func containsAny(_ text: String, _ needles: [String], ignoringCase: Bool = false) -> Bool {
        var text = text
        return text.withUTF8 { haystack in
            needles.contains { needle in contains(haystack, Array(needle.utf8), ignoringCase: ignoringCase) }
        }
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], ignoringCase: Bool) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        let lastStart = haystack.count - needle.count
        var index = 0
        while index <= lastStart {
            if equal(haystack[index], first, ignoringCase) {
                var offset = 1
                while offset < needle.count, equal(haystack[index + offset], needle[offset], ignoringCase) { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }

    @inline(__always)
    private static func equal(_ byte: UInt8, _ other: UInt8, _ ignoringCase: Bool) -> Bool {
        if byte == other { return true }
        guard ignoringCase else { return false }
        return lowercase(byte) == lowercase(other)
    }

    @inline(__always)
    static func lowercase(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// The first byte that is not an ASCII space or tab.
    static func firstVisibleByte(_ text: String) -> UInt8? {
        text.utf8.first { $0 != 32 && $0 != 9 }
    }

    /// True when the text, after leading white space (and any of `skipping`), starts with one of the
    /// strings; `ignoringCase` compares lower-cased text with lower-case prefixes.
    static func startsWithAny(_ text: String, _ prefixes: [String], ignoringCase: Bool = false, skipping: Set<Unicode.Scalar> = []) -> Bool {
        let scalars = text.unicodeScalars.drop { $0.isSpaceLike || skipping.contains($0) }
        guard let first = scalars.first else { return false }
        // Most prefixes differ in their first letter: compare that before walking the rest.
        let head = ignoringCase ? folded(first) : first
        return prefixes.contains { prefix in
            guard prefix.unicodeScalars.first == head else { return false }
            return ignoringCase ? scalars.starts(with: prefix.unicodeScalars, by: { folded($0) == $1 }) : scalars.starts(with: prefix.unicodeScalars)
        }
    }

    /// The scalar in lower case (ASCII by value, others through their Unicode mapping when upper case).
    @inline(__always)
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x80 { return scalar.value >= 65 && scalar.value <= 90 ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar }
        guard scalar.properties.isUppercase else { return scalar }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    /// True when one of the strings occurs in the first `limit` bytes (or the last, for a negative limit).
    static func containsAny(_ text: String, _ needles: [String], within limit: Int) -> Bool {
        let bytes = limit >= 0 ? Array(text.utf8.prefix(limit)) : Array(text.utf8.suffix(-limit))
        return bytes.withUnsafeBufferPointer { haystack in
            needles.contains { contains(haystack, Array($0.utf8), ignoringCase: false) }
        }
    }

    static func containsDigit(_ text: String) -> Bool { text.utf8.contains { $0 >= 48 && $0 <= 57 } }

    /// Byte length after removing surrounding ASCII white space.
    static func trimmedByteCount(_ text: String) -> Int {
        let bytes = text.utf8
        let leading = bytes.prefix { $0 == 32 || $0 == 9 }.count
        guard leading < bytes.count else { return 0 }
        let trailing = bytes.reversed().prefix { $0 == 32 || $0 == 9 }.count
        return bytes.count - leading - trailing
    }
}
