import Foundation
import NewsModel

/// A compiled regular expression with the few operations the reader needs. NSRegularExpression is
/// immutable once built, so sharing one across threads is safe.
///
/// Most lines match none of the reader's patterns, and ICU's matcher is costly even when it fails, so
/// every pattern can carry a `prefilter`: a cheap test on the text's bytes that is true whenever the
/// pattern could match (a character every match contains, the first letter every match starts with).
/// A false prefilter answers "no match" without running the expression.
///
/// Letters are written `\p{Upper}`, `\p{Lower}` and `\p{Alpha}` (binary properties), not `\p{Lu}`, `\p{Ll}` and
/// `\p{L}` (general categories): ICU builds a binary property's set once per process and copies it, but builds a
/// category's set anew at every occurrence in every expression — about 0.4 million instructions each, where compiling
/// the expressions is a quarter of a one-file conversion. For news copy they are the same letters (Alphabetic adds the
/// combining vowel signs of Indic scripts, which belong inside a word anyway).
struct Pattern: @unchecked Sendable {
    /// Alternatives with the same capture groups: a match is the leftmost one, the earlier alternative
    /// winning a tie — what one expression joined with `|` would give.
    private let expressions: [LazyExpression]
    /// A further prefilter per alternative (nil: none): an alternative whose own test fails is not run.
    private let alternativePrefilters: [(@Sendable (String) -> Bool)?]
    let prefilter: @Sendable (String) -> Bool

    /// Foundation's `_CFRegularExpressionCreate` copies a pattern longer than 255 UTF-16 units into a buffer it
    /// never frees (LeakSanitizer reports it; Swift's own Regex leaks its parse tree too). Longer rules are
    /// written as alternatives or in two steps (`StagedPattern`), each expression within this length.
    static let longestFoundationPattern = 255

    init(_ pattern: String, caseInsensitive: Bool = false, prefilter: @escaping @Sendable (String) -> Bool = { _ in true }) {
        self.init(anyOf: [pattern], caseInsensitive: caseInsensitive, prefilter: prefilter)
    }

    init(anyOf patterns: [String], caseInsensitive: Bool = false, prefilter: @escaping @Sendable (String) -> Bool = { _ in true }) {
        self.init(alternatives: patterns.map { ($0, nil) }, caseInsensitive: caseInsensitive, prefilter: prefilter)
    }

    /// Alternatives that each carry their own prefilter too; skipping one that cannot match leaves the
    /// leftmost-then-earliest result unchanged.
    init(
        alternatives: [(pattern: String, prefilter: (@Sendable (String) -> Bool)?)], caseInsensitive: Bool = false,
        prefilter: @escaping @Sendable (String) -> Bool = { _ in true }
    ) {
        let patterns = alternatives.map(\.pattern)
        alternativePrefilters = alternatives.map(\.prefilter)
        // `^` and `$` are the text's start and end: the reader matches single lines and paragraphs,
        // which lets prefilters test the start of the text.
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        expressions = patterns.map { pattern in
            precondition(
                pattern.utf16.count <= Self.longestFoundationPattern,
                "rule longer than \(Self.longestFoundationPattern) UTF-16 units: \(pattern.prefix(40))…")
            return LazyExpression(pattern, options: options)
        }
        self.prefilter = prefilter
    }

    /// The leftmost match of one alternative: its UTF-16 location and its groups ("" for a group that did not take part).
    private static func firstMatch(_ expression: LazyExpression, in text: String) -> (location: Int, groups: [String])? {
        guard let result = expression.compiled.firstMatch(in: text, options: [], range: NSRange(location: 0, length: text.utf16.count))
        else {
            return nil
        }
        return (result.range.location, groups(of: result, in: text))
    }

    private static func groups(of result: NSTextCheckingResult, in text: String) -> [String] {
        (0..<result.numberOfRanges).map { index in
            let groupRange = result.range(at: index)
            guard groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: text) else { return "" }
            return String(text[swiftRange])
        }
    }

    /// The capture groups of the first match (index 0 is the whole match); nil groups are "".
    func match(_ text: String) -> [String]? {
        guard prefilter(text) else { return nil }
        var best: (location: Int, groups: [String])?
        for (expression, alternativePrefilter) in zip(expressions, alternativePrefilters) {
            if let alternativePrefilter, !alternativePrefilter(text) { continue }
            guard let found = Self.firstMatch(expression, in: text) else { continue }
            if best == nil || found.location < best!.location { best = found }
            if found.location == 0 { break }
        }
        return best?.groups
    }

    /// Every match, as capture groups (of the first alternative that matches at all).
    func matches(_ text: String) -> [[String]] {
        guard prefilter(text) else { return [] }
        var range: NSRange?
        for (expression, alternativePrefilter) in zip(expressions, alternativePrefilters) {
            if let alternativePrefilter, !alternativePrefilter(text) { continue }
            let whole = range ?? NSRange(location: 0, length: text.utf16.count)
            range = whole
            let found = expression.compiled.matches(in: text, options: [], range: whole).map { Self.groups(of: $0, in: text) }
            if !found.isEmpty { return found }
        }
        return []
    }

    func matches(in text: String) -> Bool {
        prefilter(text) && matchesIgnoringPrefilter(in: text)
    }

    /// Whether an expression matches, asked without the pattern's own prefilter: what a prefilter must never
    /// contradict (the tests ask both).
    func matchesIgnoringPrefilter(in text: String) -> Bool {
        // The UTF-16 length walks a non-ASCII text: counted only once an expression is to run.
        var range: NSRange?
        for (expression, alternativePrefilter) in zip(expressions, alternativePrefilters) {
            if let alternativePrefilter, !alternativePrefilter(text) { continue }
            let whole = range ?? NSRange(location: 0, length: text.utf16.count)
            range = whole
            if expression.compiled.firstMatch(in: text, options: [], range: whole) != nil { return true }
        }
        return false
    }
}

/// A rule in two steps: an optional label ("Published:") is taken off by `prefix`, then `rest` must match
/// what follows — or the whole text, as the one-expression rule would when the label is not taken off.
/// Two steps keep each expression short enough for Foundation (see `Pattern.longestFoundationPattern`).
struct StagedPattern: @unchecked Sendable {
    let prefix: LazyExpression
    let rest: Pattern

    /// The label words the prefix expression starts with (lower case), to skip it on every other line.
    let labelStarts: ProbeSet

    init(prefix: String, labels: [String], rest: Pattern) {
        precondition(prefix.utf16.count <= Pattern.longestFoundationPattern)
        labelStarts = ProbeSet(atStart: labels, ignoringCase: true)
        self.prefix = LazyExpression(prefix, options: [.caseInsensitive])
        self.rest = rest
    }

    private func remainder(_ text: String) -> String? {
        // The label takes something off only when the text starts with white space, a colon or a label word.
        guard let first = text.unicodeScalars.first, first.isSpaceLike || first == ":" || labelStarts.matches(text) else { return nil }
        guard let found = prefix.compiled.firstMatch(in: text, options: [], range: NSRange(location: 0, length: text.utf16.count)),
            found.range.length > 0, let range = Range(found.range, in: text)
        else { return nil }
        return String(text[range.upperBound...])
    }

    func matches(in text: String) -> Bool {
        guard rest.prefilter(text) else { return false }
        if let remainder = remainder(text), rest.matches(in: remainder) { return true }
        return rest.matches(in: text)
    }

    /// The whole text as group 0 when the rule matches.
    func match(_ text: String) -> [String]? {
        matches(in: text) ? [text] : nil
    }
}

/// Cheap tests for pattern prefilters, true whenever the pattern could match: byte case folding for
/// `ProbeSet`, the Unicode-aware start test it falls back to, and the shapes a few rules need (digits,
/// list markers, datelines).
enum TextProbe {
    @inline(__always)
    static func lowercase(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    @inline(__always)
    static func uppercase(_ byte: UInt8) -> UInt8 { byte >= 97 && byte <= 122 ? byte - 32 : byte }

    /// True when the text, after leading white space (and any of `skipping`), starts with one of the
    /// strings; `ignoringCase` compares lower-cased text with lower-case prefixes.
    static func startsWithAny(_ text: String, _ prefixes: [String], ignoringCase: Bool = false, skipping: Set<Unicode.Scalar> = []) -> Bool
    {
        let scalars = text.unicodeScalars.drop { $0.isSpaceLike || skipping.contains($0) }
        guard let first = scalars.first else { return false }
        // Most prefixes differ in their first letter: compare that before walking the rest.
        let head = ignoringCase ? folded(first) : first
        return prefixes.contains { prefix in
            guard prefix.unicodeScalars.first == head else { return false }
            return ignoringCase
                ? scalars.starts(with: prefix.unicodeScalars, by: { folded($0) == $1 }) : scalars.starts(with: prefix.unicodeScalars)
        }
    }

    /// The scalar in lower case (ASCII by value, others through their Unicode mapping when upper case).
    @inline(__always)
    static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x80 { return scalar.value >= 65 && scalar.value <= 90 ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar }
        guard scalar.properties.isUppercase else { return scalar }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    static func containsDigit(_ text: String) -> Bool { text.containsByte { $0 >= 48 && $0 <= 57 } }

    /// Whether a line of at most 400 bytes names cookies ("cookie", "Cookies", "COOKIE"), for the cookie notice's rule.
    static func mentionsCookies(_ text: String) -> Bool { text.utf8.count <= 400 && cookieProbe.matches(text) }
    private static let cookieProbe = ProbeSet(anywhereIn: ["cookie"], ignoringCase: true)
    /// Whether a line of at most 160 bytes names comments in one of the reader's languages, for the empty comment
    /// section's rule.
    static func mentionsComments(_ text: String) -> Bool { text.utf8.count <= 160 && commentProbe.matches(text) }
    /// Whether a line of at most 120 bytes names a print view's or a back link's toolbar ("Print this article",
    /// "Back to article", "Email this story").
    static func mentionsPrintView(_ text: String) -> Bool { text.utf8.count <= 120 && printViewProbe.matches(text) }
    private static let printViewProbe = ProbeSet(
        anywhereIn: ["print this", "back to article", "back to the article", "email this", "e-mail this"], ignoringCase: true)
    private static let commentProbe = ProbeSet(
        anywhereIn: ["comment", "kommentar", "comentario", "komentář", "коммент", "Коммент"], ignoringCase: true)

    /// Whether the first scalar after white space and list bullets ("*", "•", "·", "-") is a decimal digit.
    static func startsWithDigit(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !$0.isSpaceLike && !bulletMarks.contains($0) }) else { return false }
        return isDecimalDigit(first)
    }

    /// Whether `text` can be a sign-off code (`LineRules.signOff`): letters, white space and slashes only, and
    /// either a slash or a first word that is "Reuter", an agency's code in lower case or two to five capitals.
    /// Every short line is asked: this keeps the expression from being compiled and run on headlines and names.
    static func maySignOff(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
            var slash = false
            for byte in bytes where byte < 0x80 && !isLetter(byte) && !isSpace(byte) {
                guard byte == UInt8(ascii: "/") else { return false }
                slash = true
            }
            if slash { return true }
            var start = 0
            while start < bytes.count, isSpace(bytes[start]) { start += 1 }
            var end = start
            while end < bytes.count, isLetter(bytes[end]) { end += 1 }
            // Other white space or a letter outside ASCII where the first word stands: not decided on the bytes.
            if end < bytes.count, bytes[end] >= 0x80 { return true }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if (2...5).contains(word.count), word.allSatisfy({ (0x41...0x5A).contains($0) }) { return true }
            return signOffWords.contains(String(decoding: word, as: UTF8.self))
        }
    }

    /// The first words `LineRules.signOff` accepts besides capitals.
    private static let signOffWords: Set<String> = [
        "Reuter", "REUTER", "dpa", "afp", "ap", "aap", "ansa", "efe", "apa", "tca", "sda", "kyodo", "belga", "anp", "ntb",
        "ritzau", "tt", "stt",
    ]

    /// A line of bullets and white space only ("*", "- *").
    static func isOnlyMarks(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.isSpaceLike || bulletMarks.contains($0) }
    }

    /// `^\s*(?:[*•·▪‣◦–-]|\d{1,2}[.)])\s`: a bullet, or a number of one or two digits with "." or ")", then white space.
    static func startsWithListMarker(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.drop(while: \.isSpaceLike)
        guard let first = scalars.first else { return false }
        if listMarks.contains(first) { return scalars.dropFirst().first?.isSpaceLike == true }
        var digits = 0
        while let scalar = scalars.first, isDecimalDigit(scalar), digits < 3 {
            digits += 1
            scalars = scalars.dropFirst()
        }
        guard digits == 1 || digits == 2, let mark = scalars.first, mark == "." || mark == ")" else { return false }
        return scalars.dropFirst().first?.isSpaceLike == true
    }

    /// `\d{n}` somewhere: `length` decimal digits in a row.
    static func containsDigitRun(_ text: String, length: Int) -> Bool {
        var run = 0
        for scalar in text.unicodeScalars {
            run = isDecimalDigit(scalar) ? run + 1 : 0
            if run >= length { return true }
        }
        return false
    }

    /// `\d[./]\d` somewhere ("03.03.2021", "3/3/21").
    static func containsDigitSeparatedByDotOrSlash(_ text: String) -> Bool {
        var previous: (Unicode.Scalar, Unicode.Scalar)?
        for scalar in text.unicodeScalars {
            if let (first, mark) = previous, isDecimalDigit(first), mark == "." || mark == "/", isDecimalDigit(scalar) { return true }
            previous = (previous?.1 ?? " ", scalar)
        }
        return false
    }

    /// `^\s*(?:—|–|--)\s*\p{Upper}`: a dash, then a capital letter (the attribution of a pull quote).
    static func startsWithDashThenCapital(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.drop(while: \.isSpaceLike)
        guard let first = scalars.first else { return false }
        if first == "—" || first == "–" {
            scalars = scalars.dropFirst()
        } else if first == "-", scalars.dropFirst().first == "-" {
            scalars = scalars.dropFirst(2)
        } else {
            return false
        }
        return scalars.first { !$0.isSpaceLike }?.isUppercaseLetter ?? false
    }

    /// A bracket closing within the first 60 bytes, a digit within the 12 bytes before its opening: the shape of
    /// "New Delhi, Dec 3 (PTI) The …", which sets no dash after the agency.
    static func agencyAfterDate(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            let count = min(bytes.count, 60)
            // Each closing bracket followed by a space (a province's bracket may come first: "LOS ALCÁZARES (MURCIA),
            // 25 (EUROPA PRESS)").
            for close in 0..<count where bytes[close] == UInt8(ascii: ")") && close + 1 < bytes.count && bytes[close + 1] == 0x20 {
                guard let open = (0..<close).last(where: { bytes[$0] == UInt8(ascii: "(") }) else { continue }
                if (max(0, open - 12)..<open).contains(where: { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }) { return true }
            }
            return false
        }
    }

    /// "(MURCIA), 25": a bracket closed, a comma, and the day — a province after the town in Europa Press's datelines.
    static func provinceBeforeDay(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            let count = min(bytes.count, 60)
            return (0..<count).contains { index in
                index + 3 < bytes.count && bytes[index] == UInt8(ascii: ")") && bytes[index + 1] == UInt8(ascii: ",")
                    && bytes[index + 2] == 0x20 && bytes[index + 3] >= 0x30 && bytes[index + 3] <= 0x39
            }
        }
    }

    /// The shape of a dateline without a date: capitalised words (commas and full stops between them, an
    /// agency in brackets or slashes) up to a dash, underscore or colon followed by white space, within the
    /// first 200 bytes. A lower-case word or a digit before that separator rules it out.
    static func startsWithCapitalisedWordsThenSeparator(_ text: String) -> Bool {
        var atWordStart = true
        var agencyEnd: Unicode.Scalar?
        var bytes = 0
        var scalars = text.unicodeScalars.makeIterator()
        var current = scalars.next()
        while let scalar = current, bytes < 200 {
            let next = scalars.next()
            bytes += scalar.utf8.count
            defer { current = next }
            if let end = agencyEnd {
                if scalar == end {
                    agencyEnd = nil
                    atWordStart = true
                }
                continue
            }
            switch scalar {
            case "(":
                agencyEnd = ")"
                continue
            case "/":
                agencyEnd = "/"
                continue
            case "-", "–", "—", "_", ":":
                if let next, next.isSpaceLike || (scalar == "-" && next == "-") { return true }
                continue
            default: break
            }
            if scalar.isSpaceLike || scalar == "," || scalar == "." {
                atWordStart = true
                continue
            }
            if atWordStart {
                guard scalar.isUppercaseLetter else { return false }
                atWordStart = false
            }
        }
        return false
    }

    /// "BAD AROLSEN. Zu einem …", "WEIMAR. Die Polizei …": one to three words in capitals (four letters or more in
    /// all), a full stop, a space and a capitalised word — the dateline of German regional papers. What
    /// `dateline`'s capitals-and-full-stop alternative needs, read on the first scalars.
    static func capitalsThenFullStop(_ text: String) -> Bool {
        // (Most lines go on in small letters after their first: two bytes tell, before any scalar is decoded.)
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next(), first >= 0x41 && first <= 0x5A || first >= 0xC3, let second = bytes.next(),
            !(second >= 0x61 && second <= 0x7A)
        else { return false }
        var letters = 0
        var words = 1
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar.isUppercaseLetter {
                letters += 1
            } else if scalar == " " || scalar == "-" {
                words += 1
                guard words <= 3 else { return false }
            } else if scalar == "." {
                guard letters >= 4, scalars.next() == " ", let next = scalars.next(), next.isUppercaseLetter,
                    let after = scalars.next()
                else { return false }
                return after.isLowercaseLetter
            } else {
                return false
            }
            if letters > 30 { return false }
        }
        return false
    }

    /// Whether a word after the text's first one to four starts with a decimal digit, each word before it with a capital:
    /// what a dateline with the day before the month needs ("Madrid, 3 dic.": `dateline`'s alternatives with
    /// `\p{Upper}…(?: \p{Upper}…){0,3},?\s+\d`). A digit anywhere in the first 200 bytes let most paragraphs through.
    static func digitAfterCapitalisedWords(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first.isUppercaseLetter else { return false }
        var words = 1
        var afterSpace = false
        while let scalar = scalars.next() {
            if scalar.isSpaceLike {
                afterSpace = true
                continue
            }
            guard afterSpace else { continue }
            if isDecimalDigit(scalar) { return true }
            words += 1
            if words > 4 || !scalar.isUppercaseLetter { return false }
            afterSpace = false
        }
        return false
    }

    /// False when the text, after white space, starts with a decimal digit that no ordinal ending ("2ND", "3rd") follows:
    /// the only digits the wire status tags start with (`headlineTag`, `statusLine`). Lines opening with a number are
    /// common in copy, and each ran the tags' expressions.
    static func digitsOpenAnOrdinal(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.drop(while: \.isSpaceLike)
        guard let first = scalars.first, isDecimalDigit(first) else { return true }
        scalars = scalars.drop(while: isDecimalDigit)
        let ending = String(String.UnicodeScalarView(scalars.prefix(2))).lowercasedOnBytes()
        return ending == "st" || ending == "nd" || ending == "rd" || ending == "th"
    }

    /// Whether the text can be only a keyword path (`keywordPath`: letters, digits, "-", "_", spaces and slashes from
    /// start to end): no other ASCII byte but a line ending's.
    static func mayBeOnlyPath(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            bytes.allSatisfy { byte in
                byte >= 0x80 || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                    || byte == 0x2D || byte == 0x5F || byte == 0x20 || byte == 0x2F || byte == 0x0A || byte == 0x0D
            }
        }
    }

    /// Whether a slash ends the text once white space and dashes are taken off its end (`datelineLine`:
    /// "… /PRNewswire/ --"). Bytes outside ASCII are taken off too: they may be a no-break space or a long dash.
    static func slashEnds(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var end = bytes.count
            while end > 0,
                bytes[end - 1] >= 0x80 || bytes[end - 1] == 0x2D || bytes[end - 1] == 0x20 || (0x09...0x0D).contains(bytes[end - 1])
            {
                end -= 1
            }
            return end > 0 && bytes[end - 1] == 0x2F
        }
    }

    private static let bulletMarks: Set<Unicode.Scalar> = ["*", "•", "·", "-"]
    private static let listMarks: Set<Unicode.Scalar> = ["*", "•", "·", "▪", "‣", "◦", "–", "-"]

    /// `\d` as ICU reads it: any decimal digit, not only ASCII.
    static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value >= 48 && scalar.value <= 57) : scalar.properties.numericType == .decimal
    }
}
