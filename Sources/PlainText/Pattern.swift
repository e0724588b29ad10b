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
    /// One compiled alternative.
    private enum Expression {
        case foundation(NSRegularExpression)
        /// Swift's own engine, for rules too long for Foundation (see `longestFoundationPattern`).
        case swift(Regex<AnyRegexOutput>)
    }

    /// Alternatives with the same capture groups: a match is the leftmost one, the earlier alternative
    /// winning a tie — what one expression joined with `|` would give.
    private let expressions: [Expression]
    let prefilter: @Sendable (String) -> Bool

    /// Foundation's `_CFRegularExpressionCreate` copies a pattern longer than 255 UTF-16 units into a buffer it
    /// never frees (LeakSanitizer reports it). Long rules are split into alternatives where that is simple;
    /// the two that cannot be (the dateline and the date line) run on Swift's engine, which is slower but only
    /// sees the few lines their prefilters let through.
    static let longestFoundationPattern = 255

    init(_ pattern: String, caseInsensitive: Bool = false, prefilter: @escaping @Sendable (String) -> Bool = { _ in true }) {
        self.init(anyOf: [pattern], caseInsensitive: caseInsensitive, prefilter: prefilter)
    }

    init(anyOf patterns: [String], caseInsensitive: Bool = false, prefilter: @escaping @Sendable (String) -> Bool = { _ in true }) {
        // `^` and `$` are the text's start and end: the reader matches single lines and paragraphs,
        // which lets prefilters test the start of the text.
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        // The patterns are constants of this module; a typo must fail every test at once.
        expressions = patterns.map { pattern in
            if pattern.utf16.count <= Self.longestFoundationPattern {
                return .foundation(try! NSRegularExpression(pattern: pattern, options: options))
            }
            let regex = try! Regex(pattern).matchingSemantics(.unicodeScalar).wordBoundaryKind(.simple)
            return .swift(caseInsensitive ? regex.ignoresCase() : regex)
        }
        self.prefilter = prefilter
    }

    /// The leftmost match of one alternative: its UTF-16 location and its groups ("" for a group that did not take part).
    private static func firstMatch(_ expression: Expression, in text: String) -> (location: Int, groups: [String])? {
        switch expression {
        case .foundation(let regex):
            guard let result = regex.firstMatch(in: text, options: [], range: NSRange(text.startIndex..., in: text)) else { return nil }
            let groups = (0..<result.numberOfRanges).map { index -> String in
                let groupRange = result.range(at: index)
                guard groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: text) else { return "" }
                return String(text[swiftRange])
            }
            return (result.range.location, groups)
        case .swift(let regex):
            guard let match = try? regex.firstMatch(in: text) else { return nil }
            let groups = (0..<match.output.count).map { match.output[$0].substring.map(String.init) ?? "" }
            return (text.utf16.distance(from: text.startIndex, to: match.range.lowerBound), groups)
        }
    }

    /// The capture groups of the first match (index 0 is the whole match); nil groups are "".
    func match(_ text: String) -> [String]? {
        guard prefilter(text) else { return nil }
        var best: (location: Int, groups: [String])?
        for expression in expressions {
            guard let found = Self.firstMatch(expression, in: text) else { continue }
            if best == nil || found.location < best!.location { best = found }
            if found.location == 0 { break }
        }
        return best?.groups
    }

    /// Every match, as capture groups (of the first alternative that matches at all).
    func matches(_ text: String) -> [[String]] {
        guard prefilter(text) else { return [] }
        for expression in expressions {
            let found: [[String]]
            switch expression {
            case .foundation(let regex):
                found = regex.matches(in: text, options: [], range: NSRange(text.startIndex..., in: text)).map { result in
                    (0..<result.numberOfRanges).map { index in
                        let groupRange = result.range(at: index)
                        guard groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: text) else { return "" }
                        return String(text[swiftRange])
                    }
                }
            case .swift(let regex):
                found = text.matches(of: regex).map { match in (0..<match.output.count).map { match.output[$0].substring.map(String.init) ?? "" } }
            }
            if !found.isEmpty { return found }
        }
        return []
    }

    func matches(in text: String) -> Bool {
        guard prefilter(text) else { return false }
        return expressions.contains { expression in
            switch expression {
            case .foundation(let regex): regex.firstMatch(in: text, options: [], range: NSRange(text.startIndex..., in: text)) != nil
            case .swift(let regex): (try? regex.firstMatch(in: text)) != nil
            }
        }
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
