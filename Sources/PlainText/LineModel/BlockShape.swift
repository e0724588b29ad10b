import Foundation
import NewsModel

/// The measurements of one block that the line-role model reads: computed once per block, shared by
/// the block's own features and its neighbours'.
package struct BlockShape: Sendable {
    package var characters = 0
    package var words = 0
    /// Share of words (in tenths) that start with a capital letter, of all words that start with a letter.
    package var capitalised = 0
    /// Whether any word starts with a letter (not a line of emoji, flags, figures or marks).
    package var hasLetterWords: Bool { capitalised != 11 }
    /// Share of words (in tenths) that are short and lower case ("the", "of", "de", "и"): a language-free
    /// stand-in for stop-word density, high in running text and low in labels and navigation.
    package var shortLowercase = 0
    package var digits = 0
    package var allCaps = false
    package var start: EdgeCharacter = .none
    package var end: EdgeCharacter = .none
    package var sentences = 0
    package var cues: Cues = []
    /// The first word, lower-cased, when the block is short (cue words: "photo", "by", "advertisement").
    package var firstWord: UInt64 = 0
    package var lastWord: UInt64 = 0
    package var blankLinesBefore = 0
    package var lineCount = 1
    package var indented = false
    /// The same text stands elsewhere in the article.
    package var repeated = false
    /// Its words stand inside a longer block of the article (a pull quote, a highlight).
    package var echoed = false

    /// Format cues: shapes of lines that news copy uses for one purpose (IPTC conventions, wire habits).
    package struct Cues: OptionSet, Sendable, Hashable {
        package let rawValue: UInt64
        package init(rawValue: UInt64) { self.rawValue = rawValue }
        package static let captionWithCredit = Cues(rawValue: 1 << 0)
        package static let creditLine = Cues(rawValue: 1 << 1)
        package static let imageCaption = Cues(rawValue: 1 << 2)
        package static let galleryCounter = Cues(rawValue: 1 << 3)
        package static let relatedTeaser = Cues(rawValue: 1 << 4)
        package static let byline = Cues(rawValue: 1 << 5)
        package static let dateline = Cues(rawValue: 1 << 6)
        package static let datelineLine = Cues(rawValue: 1 << 7)
        package static let reportingTrailer = Cues(rawValue: 1 << 8)
        package static let editorsNote = Cues(rawValue: 1 << 9)
        package static let signOff = Cues(rawValue: 1 << 10)
        package static let copyright = Cues(rawValue: 1 << 11)
        package static let headlineTag = Cues(rawValue: 1 << 12)
        package static let statusLine = Cues(rawValue: 1 << 13)
        package static let keywordPath = Cues(rawValue: 1 << 14)
        package static let dateOnly = Cues(rawValue: 1 << 15)
        package static let widget = Cues(rawValue: 1 << 16)
        package static let sourceLine = Cues(rawValue: 1 << 17)
        package static let bullet = Cues(rawValue: 1 << 18)
        package static let pullQuoteAttribution = Cues(rawValue: 1 << 19)
        package static let trailingCredit = Cues(rawValue: 1 << 20)
        package static let url = Cues(rawValue: 1 << 21)
        package static let time = Cues(rawValue: 1 << 22)
        package static let year = Cues(rawValue: 1 << 23)
        package static let quotation = Cues(rawValue: 1 << 24)
        package static let startsWithQuote = Cues(rawValue: 1 << 25)
        package static let colonLabel = Cues(rawValue: 1 << 26)
        package static let pipe = Cues(rawValue: 1 << 27)
        package static let email = Cues(rawValue: 1 << 28)
        package static let sentence = Cues(rawValue: 1 << 29)
        /// What marks a line as a picture's caption or credit (a label, a credit in it, a gallery's counter).
        package static let picture: Cues = [.captionWithCredit, .trailingCredit, .imageCaption, .galleryCounter, .creditLine]
        package static let onlyNumber = Cues(rawValue: 1 << 30)
        package static let agencyWord = Cues(rawValue: 1 << 31)
        package static let questionMark = Cues(rawValue: 1 << 32)
        package static let nameLike = Cues(rawValue: 1 << 33)
        package static let bylineWord = Cues(rawValue: 1 << 34)
        /// A line that is only page furniture (`NavigationLabel`): an advertisement marker, a gallery counter.
        package static let furnitureLabel = Cues(rawValue: 1 << 35)
        /// A line that is only the label of a related-links box ("Read more", "Mehr zu diesem Thema:").
        package static let relatedLabel = Cues(rawValue: 1 << 36)
        static let count = 37
    }

    package init() {}

    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) : scalar.properties.isAlphabetic
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
    }

    /// Marks that may open a word before its first letter ("“Quote", "(left)", "* item").
    private static func isOpeningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "(", "*", "•", "-", "–", "—": return true
        default: return false
        }
    }

    init(_ text: String) {
        characters = text.characterCount
        var letterWords = 0
        var capitalWords = 0
        var shortLower = 0
        var digitCount = 0
        var lowercaseLetters = 0
        var uppercaseLetters = 0
        var sentenceStops = 0
        var marks = ByteMarks()
        var firstWord: Range<Int>?
        var lastWord: Range<Int>?
        // One pass over the scalars: words (split at spaces and tabs) and the first letter of each, letter case and
        // digit counts, sentence stops, marks. ASCII is answered by value; other scalars by their properties.
        text.withUTF8Bytes { bytes in
            var index = 0
            var wordStart: Int?
            var wordClassified = false
            var wordStartsLowercase = false
            // A word of ASCII bytes other than CR has as many Characters as bytes: its length settles "short" alone.
            var wordIsPlainASCII = true
            var previous: UInt8 = 0x20
            var digitRun = 0
            func endWord(at end: Int) {
                guard let start = wordStart else { return }
                words += 1
                if firstWord == nil { firstWord = start..<end }
                lastWord = start..<end
                if wordStartsLowercase {
                    let length = end - start
                    // Counting Characters only when the bytes cannot settle it.
                    if length <= 3
                        || !wordIsPlainASCII && length <= 12
                            && String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).count <= 3
                    {
                        shortLower += 1
                    }
                }
                wordStart = nil
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 {
                    digitRun = 0
                    if previous == UInt8(ascii: ".") || previous == UInt8(ascii: "!") || previous == UInt8(ascii: "?") {
                        sentenceStops += 1
                    }
                    endWord(at: index)
                    previous = byte
                    index += 1
                    continue
                }
                let (scalar, length) = Unicode.Scalar.decode(bytes, at: index)
                if wordStart == nil {
                    wordStart = index
                    wordClassified = false
                    wordStartsLowercase = false
                    wordIsPlainASCII = true
                }
                if byte >= 0x80 || byte == 0x0D { wordIsPlainASCII = false }
                if !wordClassified, !Self.isOpeningMark(scalar) {
                    wordClassified = true
                    if Self.isAlphabetic(scalar) {
                        letterWords += 1
                        if Self.isUppercase(scalar) { capitalWords += 1 } else { wordStartsLowercase = true }
                    }
                }
                if byte < 0x80 {
                    digitRun = byte >= 0x30 && byte <= 0x39 ? digitRun + 1 : 0
                    if digitRun >= 4 { marks.yearLike = true }
                    switch byte {
                    case 0x30...0x39: digitCount += 1
                    case 0x61...0x7A: lowercaseLetters += 1
                    case 0x41...0x5A: uppercaseLetters += 1
                    case UInt8(ascii: "\""): marks.quotation = true
                    case UInt8(ascii: "@"): marks.at = true
                    case UInt8(ascii: "|"): marks.pipe = true
                    default: break
                    }
                } else if let letterCase = Self.knownCase(of: scalar) {
                    // Latin-1's letters and the typographic punctuation (most non-ASCII scalars of news copy): no
                    // digit, the case known by value.
                    digitRun = 0
                    switch letterCase {
                    case .lower: lowercaseLetters += 1
                    case .upper: uppercaseLetters += 1
                    case .uncased: break
                    }
                    if scalar.value >= 0x201C && scalar.value <= 0x201E { marks.quotation = true }
                } else {
                    digitRun = TextProbe.isDecimalDigit(scalar) ? digitRun + 1 : 0
                    if digitRun >= 4 { marks.yearLike = true }
                    if scalar.properties.numericType != nil {
                        digitCount += 1
                    } else if scalar.properties.isLowercase {
                        lowercaseLetters += 1
                    } else if scalar.properties.isUppercase {
                        uppercaseLetters += 1
                    }
                    if Self.quotationMarks.contains(scalar) { marks.quotation = true }
                }
                previous = byte
                index += length
            }
            endWord(at: bytes.count)
        }
        func substring(_ range: Range<Int>) -> Substring {
            let utf8 = text.utf8
            return text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        }
        capitalised = letterWords == 0 ? 11 : capitalWords * 10 / letterWords
        shortLowercase = words == 0 ? 0 : shortLower * 10 / words
        digits = digitCount
        allCaps = uppercaseLetters >= 2 && lowercaseLetters == 0
        start = EdgeCharacter(text.unicodeScalars.first)
        end = EdgeCharacter(text.unicodeScalars.last)
        sentences = sentenceStops + (endsSentence(text) ? 1 : 0)
        if words <= 12, let firstWord { self.firstWord = FeatureHash.word(substring(firstWord)) }
        if words <= 12, let lastWord { self.lastWord = FeatureHash.word(substring(lastWord)) }
        cues = Self.cues(of: text, characters: characters, words: words, marks: marks)
    }

    /// Single characters the byte pass notices for the cues.
    struct ByteMarks {
        var quotation = false
        var at = false
        var pipe = false
        /// Four decimal digits in a row (`\d{4}`).
        var yearLike = false
    }

    static func cues(of text: String, characters: Int, words: Int, marks: ByteMarks) -> Cues {
        var cues: Cues = []
        // `characters` is the exact Character count: no test below counts again.
        let short = characters < 500
        if short, LineRules.captionWithCredit.matches(in: text) { cues.insert(.captionWithCredit) }
        if short, LineRules.creditLine.matches(in: text) || LineRules.imageCopyright.matches(in: text) { cues.insert(.creditLine) }
        if LineRules.imageCaption.matches(in: text) { cues.insert(.imageCaption) }
        if LineRules.galleryCounter.matches(in: text) { cues.insert(.galleryCounter) }
        if LineRules.relatedTeaser.matches(in: text) { cues.insert(.relatedTeaser) }
        if characters < 120, LineRules.byline.matches(in: LineRules.bylineText(text)) { cues.insert(.byline) }
        if LineRules.dateline.matches(in: text.prefixCutAtSpace(afterBytes: 300)) || BareAgencyDateline.match(text) != nil
            || BracketCountryDateline.match(text) != nil
        {
            cues.insert(.dateline)
        }
        if LineRules.datelineLine.matches(in: text) { cues.insert(.datelineLine) }
        if LineRules.reportingTrailer.matches(in: text) { cues.insert(.reportingTrailer) }
        if LineRules.editorsNote.matches(in: text) { cues.insert(.editorsNote) }
        if words <= 6, LineRules.signOff.matches(in: text) { cues.insert(.signOff) }
        if LineRules.isCopyrightNotice(text) { cues.insert(.copyright) }
        if LineRules.headlineTag.matches(in: text) { cues.insert(.headlineTag) }
        if LineRules.statusLine.matches(in: text) { cues.insert(.statusLine) }
        if LineRules.keywordPath.matches(in: text) { cues.insert(.keywordPath) }
        if words <= 16, LineRules.dateOnlyLine.matches(in: text) { cues.insert(.dateOnly) }
        if LineRules.widget.matches(in: text) { cues.insert(.widget) }
        if LineRules.sourceLine.matches(in: text) { cues.insert(.sourceLine) }
        if LineRules.bullet.matches(in: text) { cues.insert(.bullet) }
        if LineRules.pullQuoteAttribution.matches(in: text) { cues.insert(.pullQuoteAttribution) }
        if short, PictureCredit.mayEndWithCredit(text), PictureCredit.trailingCredit(in: text, characters: characters) != nil {
            cues.insert(.trailingCredit)
        }
        // A link line, a "Read more at …" line; a paragraph of story text citing an address is prose still.
        if words <= 30, urlProbe.matches(text) { cues.insert(.url) }
        if marks.at { cues.insert(.email) }
        if containsTime(text) { cues.insert(.time) }
        if marks.yearLike { cues.insert(.year) }
        if marks.quotation { cues.insert(.quotation) }
        if let scalar = text.unicodeScalars.first, Self.openingQuotes.contains(scalar), let first = text.first,
            "\"“„«'‘".contains(first)
        {
            cues.insert(.startsWithQuote)
        }
        if words <= 4, text.containsBytes(":"), let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) < 30 {
            cues.insert(.colonLabel)
        }
        if marks.pipe { cues.insert(.pipe) }
        if isSentence(text) { cues.insert(.sentence) }
        if words <= 2, text.allSatisfy({ $0.isNumber || $0 == " " || $0 == "/" }) { cues.insert(.onlyNumber) }
        if PictureCredit.endsWithAgency(text) { cues.insert(.agencyWord) }
        if text.hasSuffixOnBytes("?") { cues.insert(.questionMark) }
        if isNameLike(text, words: words) { cues.insert(.nameLike) }
        if words <= 8 {
            switch NavigationLabel.kind(of: text, characters: characters) {
            case .related: cues.insert(.relatedLabel)
            case .furniture: cues.insert(.furnitureLabel)
            case nil: break
            }
        }
        if let first = firstSpaceSeparatedWord(of: text, longest: 16), bylineWords.contains(trimmingPunctuation(first.lowercasedOnBytes()))
        {
            cues.insert(.bylineWord)
        }
        return cues
    }

    /// `trimmingCharacters(in: .punctuationCharacters)` without Foundation's bridging: Unicode punctuation (P*)
    /// taken off both ends.
    static func trimmingPunctuation(_ word: String) -> String {
        func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                .finalPunctuation, .otherPunctuation:
                return true
            default:
                return false
            }
        }
        let scalars = word.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isPunctuation($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isPunctuation($0) })!
        return String(scalars[start...end])
    }

    private static let urlProbe = ProbeSet(anywhereIn: ["http", "www."])
    private static let openingQuotes: Set<Unicode.Scalar> = Set("\"“„«'‘".unicodeScalars)

    /// The text's first word between spaces when it has at most `longest` bytes (nil otherwise), found on the bytes:
    /// `split(separator: " ")` walks Characters over the whole line.
    static func firstSpaceSeparatedWord(of text: String, longest: Int) -> Substring? {
        let bounds: (Int, Int)? = text.withUTF8Bytes { bytes in
            var start = 0
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            guard start < bytes.count else { return nil }
            var end = start
            while end < bytes.count, bytes[end] != 0x20 {
                end += 1
                if end - start > longest { return nil }
            }
            return (start, end)
        }
        guard let (start, end) = bounds else { return nil }
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
    }
    private static let quotationMarks: Set<Unicode.Scalar> = Set("\"“”„«»".unicodeScalars)

    enum KnownCase: Equatable { case lower, upper, uncased }

    /// The case of Latin-1's letters (U+00C0–U+00FF) and of the punctuation U+2010–U+2027 (dashes, quotation marks,
    /// bullets, the ellipsis), none of which is a number, by value — what `properties` answers, without the lookups;
    /// nil for every other scalar.
    static func knownCase(of scalar: Unicode.Scalar) -> KnownCase? {
        switch scalar.value {
        case 0xD7, 0xF7: .uncased
        case 0xC0...0xDE: .upper
        case 0xDF...0xFF: .lower
        case 0x2010...0x2027: .uncased
        default: nil
        }
    }

    /// The words that introduce an author in the languages of the corpus and their neighbours.
    static let bylineWords: Set<String> = [
        "by", "von", "par", "por", "door", "af", "di", "av", "autor", "author", "auteur", "autore", "автор",
    ]

    /// Two to four capitalised words, no digits, no sentence punctuation: the shape of a person's name.
    static func isNameLike(_ text: String, words: Int) -> Bool {
        guard (2...4).contains(words) else { return false }
        // An ASCII text holds a number exactly where it holds a digit; another asks its Characters.
        let ascii = !text.containsByte(where: { $0 >= 0x80 })
        let hasNumber = ascii ? text.containsByte(where: { $0 >= 0x30 && $0 <= 0x39 }) : text.contains(where: { $0.isNumber })
        guard !hasNumber, let last = text.last, last.isLetter else { return false }
        return text.spaceSeparatedWords.allSatisfy { word in
            word.first?.isUppercase == true && word.dropFirst().contains(where: \.isLowercase)
                || ["de", "van", "von", "da", "di", "al", "bin", "der", "le"].contains(word)
        }
    }

    /// "19:09", "9:21am", "14.12 Uhr", "14h05": a clock time.
    static func containsTime(_ text: String) -> Bool {
        // Only a colon makes a time: memchr skips to each colon of the first 400 bytes.
        text.withUTF8Bytes { all in
            let count = min(all.count, 400)
            guard count >= 4, let base = all.baseAddress else { return false }
            func digit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
            var from = 1
            while from < count - 2, let found = memchr(base + from, 0x3A, count - 2 - from) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if digit(all[index - 1]), digit(all[index + 1]), digit(all[index + 2]),
                    index + 3 >= count || !digit(all[index + 3])
                {
                    var run = 1
                    while run < index, run < 7, digit(all[index - run - 1]) { run += 1 }
                    // "December 5, 20263:45 PM ET" (NPR): the page sets the year and the time in two elements, and
                    // their text runs together.
                    let yearThenHour =
                        (run == 5 || run == 6)
                        && (all[index - run] == 0x31 && all[index - run + 1] == 0x39
                            || all[index - run] == 0x32 && all[index - run + 1] == 0x30)
                    if run <= 2 || yearThenHour { return true }
                }
                from = index + 1
            }
            // "Online seit heute, 14.12 Uhr", "14 Uhr" (German), "à 14h05" (French): a clock time without a colon, on
            // the short lines that carry publication times.
            guard count < 120 else { return false }
            for index in 1..<(count - 2) {
                let byte = all[index]
                if byte == 0x68, digit(all[index - 1]), digit(all[index + 1]), digit(all[index + 2]),
                    index + 3 >= count || !digit(all[index + 3])
                {
                    return true
                }
                if byte == 0x55, all[index + 1] == 0x68, all[index + 2] == 0x72, all[index - 1] == 0x20, index >= 2,
                    digit(all[index - 2])
                {
                    return true
                }
            }
            return false
        }
    }
}

/// What a block starts or ends with: letter case, digit, and the punctuation that matters at the edges of a line.
/// The raw values are part of the fitted features: do not renumber.
package enum EdgeCharacter: UInt8, Sendable {
    case none = 0
    case fullStop, exclamation, question, colon, comma, quote, bracket, dash, bullet, slash, copyright, ellipsis
    case digit, uppercase, lowercase, otherLetter, other

    init(_ scalar: Unicode.Scalar?) {
        guard let scalar else {
            self = .none
            return
        }
        switch scalar {
        case ".": self = .fullStop
        case "!": self = .exclamation
        case "?": self = .question
        case ":": self = .colon
        case ",", ";": self = .comma
        case "\"", "“", "”", "„", "«", "»", "'", "‘", "’": self = .quote
        case "(", ")", "[", "]": self = .bracket
        case "-", "–", "—", "_": self = .dash
        case "*", "•", "·", "▪": self = .bullet
        case "|", "/": self = .slash
        case "©": self = .copyright
        case "…": self = .ellipsis
        default:
            if scalar.properties.numericType != nil {
                self = .digit
            } else if scalar.properties.isUppercase {
                self = .uppercase
            } else if scalar.properties.isLowercase {
                self = .lowercase
            } else if scalar.properties.isAlphabetic {
                self = .otherLetter
            } else {
                self = .other
            }
        }
    }

    /// A sentence stop: full stop, exclamation or question mark.
    package var endsSentence: Bool { self == .fullStop || self == .exclamation || self == .question }
}
