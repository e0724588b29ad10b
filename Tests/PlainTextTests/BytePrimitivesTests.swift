import Foundation
import NewsModel
import Testing

@testable import PlainText

/// The byte-level primitives the reader and the recogniser call tens of thousands of times an article must answer
/// exactly what the Unicode-aware operations they stand in for answer: on texts made to tell them apart (combining
/// marks, precomposed and decomposed letters, CR LF, emoji with modifiers, characters that decompose to ASCII) and on
/// every line of the plain-text corpus.
@Suite struct BytePrimitivesTests {
    static let trickyTexts = [
        "Café au lait", "Cafe\u{301} au lait", "Cafe", "e\u{301}", "é", "\r\nabc", "abc\r\n", "abc\r", "—Reporting by Ann Lee",
        "– Edited by", "👍🏽 ok", "ok 👍🏽", "Bundesamt", "Bundesnetzagentur", "Europäische Kommission", "ЕС", "", " ", "x",
        "\u{212A}elvin", "Kelvin", "a;b", "a\u{037E}", "Photo by Jane Doe", "photo: AFP", "Fotó: MTI", "Ex-President", "Americans",
        "Lyonnaisers", "ﬁnance", "İstanbul", "straße", "STRASSE", "\u{A0}Menu", "x\u{200D}y", "\u{0600}1", "\u{0600}", "—Reporting",
    ]
    static let affixes = [
        "Caf", "Cafe", "Café", "Cafe\u{301}", "e", "é", "\r", "\r\n", "\n", "abc", "—", "–", "👍", "👍🏽", "amt", "Bundes", "",
        "x", " ", "ok", "\u{301}", "K", "\u{212A}", ";", "\u{037E}", "photo by ", "photo", "foto ", "ers", "ans", "Ex-", "fi", "ﬁ",
        "I", "İ", "ss", "ß", "y", "\u{200D}y", "Kommission", "Menu", "\u{0600}",
    ]

    static func texts() -> [String] { trickyTexts + (ByteFastPathTests.corpusLines() ?? []) }

    @Test func affixesOnBytesAnswerAsCharactersDo() {
        var disagreements: [String] = []
        var asked = 0
        let corpus = ByteFastPathTests.corpusLines() ?? []
        // The tricky texts against every affix; each corpus line against the affixes the rules ask and its own first and
        // last words, whole and cut (so that the bytes often match and the next byte decides).
        let ruleAffixes = ["photo by ", "foto ", "ers", "ans", "Ex-", "—", "–", "Bundes", "amt", "\r", " ", "e", "é"]
        let cases =
            Self.trickyTexts.map { ($0, Self.affixes) }
            + corpus.map { line -> (String, [String]) in
                let words = line.split(separator: " ")
                let own = [
                    words.first.map(String.init), words.first.map { String($0.prefix(3)) }, words.last.map(String.init),
                    words.last.map { String($0.suffix(3)) },
                ].compactMap { $0 }
                return (line, ruleAffixes + own)
            }
        for (text, affixes) in cases {
            let lowered = text.lowercased()
            let slice = text.dropFirst()
            for affix in affixes {
                asked += 1
                if text.hasPrefixOnBytes(affix) != text.hasPrefix(affix) {
                    disagreements.append("prefix \(affix.debugDescription) of \(text.debugDescription)")
                }
                if text.hasSuffixOnBytes(affix) != text.hasSuffix(affix) {
                    disagreements.append("suffix \(affix.debugDescription) of \(text.debugDescription)")
                }
                if lowered.hasPrefixOnBytes(affix) != lowered.hasPrefix(affix) {
                    disagreements.append("prefix \(affix.debugDescription) of \(lowered.debugDescription)")
                }
                if slice.hasSuffixOnBytes(affix) != slice.hasSuffix(affix) {
                    disagreements.append("suffix \(affix.debugDescription) of \(slice.debugDescription)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        #expect(asked >= Self.trickyTexts.count * Self.affixes.count)
    }

    /// Words split at the space byte (a space that a joiner or a combining mark extends still splits: the words are
    /// the bytes between spaces, as they always were).
    @Test func spaceSeparatedWordsAreTheBytesBetweenSpaces() {
        for text in Self.texts() + [
            "  two  spaces  ", " lead", "trail ", "a\u{301} b", "\u{A0}no break\u{A0}space", "language: \u{200D}hay",
        ] {
            let expected = text.utf8.split(separator: 0x20).map { String(Substring($0)) }
            #expect(text.spaceSeparatedWords.map(String.init) == expected, "\(text.debugDescription)")
            #expect(text.spaceSeparatedWordCount == expected.count, "\(text.debugDescription)")
        }
    }

    @Test func utf16UnitsAreTheUTF16View() {
        for text in Self.texts() + ["𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and 😀", "中文 日本語 한국어", "\u{10FFFF}", "\u{FFFF}\u{10000}"] {
            #expect(text.utf16Units == Array(text.utf16), "\(text.debugDescription)")
        }
    }

    @Test func byteSearchFindsTheFirstOccurrence() {
        let needles = ["a", "the", " ", "e\u{301}", "é", "—", "👍", "Reuters", "photo", "xyz", "aa"]
        for text in Self.texts() + ["aaa", "abab", "the then theme"] {
            let bytes = Array(text.utf8)
            for needle in needles {
                let pattern = Array(needle.utf8)
                let expected = bytes.indices.first { start in
                    start + pattern.count <= bytes.count && Array(bytes[start..<start + pattern.count]) == pattern
                }
                let found = text.firstByteRange(of: needle).map { text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound) }
                #expect(found == expected, "\(needle.debugDescription) in \(text.debugDescription)")
            }
        }
    }
}

extension BytePrimitivesTests {
    /// The block shape's by-value case of Latin-1's letters and the typographic punctuation is what the scalar
    /// properties say, and none of them is a number.
    @Test func knownCasesAreTheScalarProperties() {
        var known = 0
        for value in UInt32(0x80)...0x2FFF {
            guard let scalar = Unicode.Scalar(value), let letterCase = BlockShape.knownCase(of: scalar) else { continue }
            known += 1
            let expected: BlockShape.KnownCase =
                scalar.properties.isLowercase ? .lower : scalar.properties.isUppercase ? .upper : .uncased
            #expect(letterCase == expected, "U+\(String(value, radix: 16))")
            #expect(scalar.properties.numericType == nil, "U+\(String(value, radix: 16))")
        }
        #expect(known == 64 + 24)
    }
}

extension BytePrimitivesTests {
    /// The navigation label's leading marks, asked by scalar, are the Characters of "*•·-–—>»" under Character
    /// equality: every single-scalar Character up to U+2FFF, and marks with a combining mark or a joiner after them.
    @Test func leadingMarksAreTheMarksAsCharacters() {
        var characters = (UInt32(0)...0x2FFF).compactMap(Unicode.Scalar.init).map(Character.init)
        characters += ["-\u{301}", "·\u{200D}", "»\u{FE0F}", "\u{0387}"]
        for character in characters {
            #expect(NavigationLabel.isLeadingMark(character) == "*•·-–—>»".contains(character), "\(character.debugDescription)")
        }
    }
}
