import Foundation
import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// The byte-level shortcuts the readers take for speed must answer exactly what the Unicode-aware
/// Swift operations they replace would answer.
@Suite struct ByteFastPathTests {
    @Test func scalarClassesAgreeWithUnicodeProperties() {
        var mismatches: [String] = []
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let ascii = value < 0x80
            let upper = ascii ? (65...90).contains(value) : scalar.properties.isUppercase
            let lower = ascii ? (97...122).contains(value) : scalar.properties.isLowercase
            let letter = ascii ? (65...90).contains(value) || (97...122).contains(value) : scalar.properties.isAlphabetic
            let space = ascii ? value == 0x20 || (0x09...0x0D).contains(value) : scalar.properties.isWhitespace
            if scalar.isUppercaseLetter != upper { mismatches.append("upper U+\(String(value, radix: 16))") }
            if scalar.isLowercaseLetter != lower { mismatches.append("lower U+\(String(value, radix: 16))") }
            if scalar.isLetterLike != letter { mismatches.append("letter U+\(String(value, radix: 16))") }
            if scalar.isSpaceLike != space { mismatches.append("space U+\(String(value, radix: 16))") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    /// `TextProbe.maySignOff` stands before `LineRules.signOff` on every short line: it must be true wherever the
    /// expression matches — on the sign-offs of many agencies and on every line of the plain-text corpus.
    @Test func signOffPrefilterNeverHidesAMatch() throws {
        let signOffs = [
            "dpa bwh bag", "asl/tib/pid/cac", "/ritzau/", "AAP RTV", "Reuter", "  REUTER  ", "/Рейтер/", "afp", "kyodo mh", "ABC def gh",
            "NTB sp", "xx/yy",
        ]
        for line in signOffs { #expect(LineRules.signOff.matches(in: line), "\(line)") }
        var lines =
            signOffs + [
                "Emmanuel Macron", "By Jane Doe, Reuters", "Read also: Macron in Moscow", "dpa-AFX", "Reuters", "ap 12",
                "AP Photo/Evan Vucci",
                "\u{A0}dpa bwh", "Café", "",
            ]
        if let corpus = Self.corpusLines() {
            lines += corpus
            #expect(corpus.count > 2_000, "the corpus's lines were read")
        }
        var matched = 0
        for line in lines where LineRules.signOff.matchesIgnoringPrefilter(in: line) {
            matched += 1
            #expect(TextProbe.maySignOff(line), "the prefilter hides the sign-off \"\(line)\"")
        }
        #expect(matched >= signOffs.count)
        for line in ["Emmanuel Macron", "By Jane Doe, Reuters", "Read also: Macron in Moscow", "Reuters"] {
            #expect(!TextProbe.maySignOff(line), "\(line)")
        }
    }

    /// The byte and scalar prefilters before the wire tags', datelines' and paths' expressions must be true wherever
    /// the expression matches: on lines of those shapes and on every line of the plain-text corpus.
    @Test func datelineTagAndPathPrefiltersNeverHideAMatch() throws {
        let shaped = [
            "MADRID, 3 dic. (EUROPA PRESS) - El Gobierno", "Москва. 3 декабря. INTERFAX.RU - Совет",
            "AUSTIN, Texas--(BUSINESS WIRE)--Northwind Robotics", "MADRID, 3 (EUROPA PRESS) El presidente",
            "PORTLAND, Ore., Feb 26 - Red Lion",
            "Rome, 3 December 2026 (ANSA) - The",
            "Kyiv, 3 April - The",
            "Paris, 12 juin –  Le",
            "SAN JUAN DE LA, 4 août - x", "New York City Hall, 12 mai: y", "Berlin\u{A0}12 Dez. - z", "2ND LEAD: Storm hits",
            "3rd Ld-Writethru", "  1ST LEAD", "12th LEAD - x", "UPDATE 2-Oil falls", "TALKING POINT/WENDY'S", "BREAKING: Senate votes",
            "JUST IN Storm", "Germany-football/Munich/Mueller/", "a/b", "AUSTIN, Texas, Feb. 1, 2017 /PRNewswire-AsiaNet/ --",
            "MUMBAI, India, July 25, 2018/PRNewswire-AsiaNet/", "/PRNewswire/ \u{2014} ", "/Reuters/\r\n",
        ]
        let rules: [(String, Pattern)] = [
            ("dateline", LineRules.dateline), ("headlineTag", LineRules.headlineTag), ("statusLine", LineRules.statusLine),
            ("keywordPath", LineRules.keywordPath), ("datelineLine", LineRules.datelineLine),
        ]
        var lines = shaped + ["12 people died", "2024 was a year", "Emmanuel Macron", "Paris, where 3 people", "A B C D E 12 May - x"]
        if let corpus = Self.corpusLines() {
            lines += corpus
            #expect(corpus.count > 2_000, "the corpus's lines were read")
        }
        var matched: [String: Int] = [:]
        for (name, rule) in rules {
            for line in lines where rule.matchesIgnoringPrefilter(in: line) {
                matched[name, default: 0] += 1
                #expect(rule.matches(in: line), "the prefilter of \(name) hides a match in \"\(line)\"")
            }
        }
        #expect(rules.allSatisfy { (matched[$0.0] ?? 0) >= 2 }, "\(matched)")
        // What the prefilters are for: lines opening with a number or with a place and a number are not asked.
        #expect(!TextProbe.digitsOpenAnOrdinal("12 people died") && TextProbe.digitsOpenAnOrdinal(" 2ND LEAD"))
        #expect(TextProbe.digitsOpenAnOrdinal("UPDATE 1"))
        #expect(!TextProbe.digitAfterCapitalisedWords("Paris, where 3 people") && TextProbe.digitAfterCapitalisedWords("Paris, 3 juin"))
        #expect(!TextProbe.mayBeOnlyPath("Read more: a/b") && TextProbe.mayBeOnlyPath("Germany-football/Munich/"))
        #expect(!TextProbe.slashEnds("and/or more") && TextProbe.slashEnds("/PRNewswire/ --"))
    }

    /// Every line of the plain-text corpus's articles; nil when ../shared is absent.
    static func corpusLines() -> [String]? {
        guard let shared = TestPaths.sharedFolder() else { return nil }
        let folder = shared.appendingPathComponent("corpus/plaintext")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        var lines: [String] = []
        for file in files where !["json", "tsv", "md"].contains(file.pathExtension) {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            lines += text.split(whereSeparator: \.isNewline).map(String.init)
        }
        return lines
    }

    static let samples = [
        "", "a", "Emmanuel Macron (photo: Getty Images)", "“Quoted,” he said — and left…", "Café au lait", "Cafe\u{301} au lait",
        "МОСКВА, 12 февраля", "© 2024 Reuters", "👨‍👩‍👧 family", "👨\u{200D}© joined", "line\r\nbreak", "tab\there", "ÀÉÎÕÜ ß ÿ",
        String(repeating: "x", count: 300), String(repeating: "é", count: 120) + String(repeating: "e\u{301}", count: 60),
    ]

    @Test func characterCountsMatchString() {
        for sample in Self.samples {
            #expect(sample.characterCount == sample.count, "\(sample.prefix(20))")
            for limit in [0, 1, 3, 10, 30, 60, 120, 160, 301] {
                #expect(sample.isShorter(than: limit) == (sample.count < limit), "\(sample.prefix(20)) < \(limit)")
            }
        }
    }

    @Test func lowercasingOnBytesMatchesLowercased() {
        let latin1 = String(String.UnicodeScalarView((0xC0...0xFF).compactMap(Unicode.Scalar.init)))
        let cyrillic = String(String.UnicodeScalarView((0x400...0x47F).compactMap(Unicode.Scalar.init)))
        // Latin-1's upper half and U+2000–U+20FF are copied as they are: every one of them, alone and after a capital.
        let copied = (0x80...0xBF).compactMap(Unicode.Scalar.init) + (0x2000...0x20FF).compactMap(Unicode.Scalar.init)
        let punctuation = String(String.UnicodeScalarView(copied))
        let samples =
            Self.samples + ["NEW YORK", "İSTANBUL", "ΑΘΗΝΑ", "Straße", "ÉCOLE Ñandú ÿ", latin1, cyrillic, "МОСКВА Ёлка ЇЖАК", punctuation]
            + copied.map { "A\($0)B" } + ["“QUOTED” — SAID ‘HE’…", "ΟΔΟΣ’ “ΣΑΣ”", "€5 «OUI» © 2026", "\u{2126}hm \u{212A}elvin"]
            + (Self.corpusLines() ?? [])
        for sample in samples {
            #expect(sample.lowercasedOnBytes() == sample.lowercased(), "\(sample.prefix(20))")
        }
    }

    @Test func wordSetFindsExactlyItsWords() {
        var set: WordSet = ["President", "Minister", "Mr", "Zürich", "президент"]
        #expect(set.contains("President") && set.contains("Zürich") && set.contains("президент"))
        #expect(!set.contains("president") && !set.contains("Presiden") && !set.contains("Presidents") && !set.contains(""))
        #expect(set.contains(Substring("Mr. Smith".prefix(2))))
        let insertedAgain = set.insert("Mr")
        let insertedEmpty = set.insert("")
        #expect(!insertedAgain, "a word already there")
        #expect(!insertedEmpty, "the empty word is never a member")
        // Growth keeps every word findable.
        var many = WordSet()
        for number in 0..<5_000 { many.insert("word\(number)") }
        #expect(many.count == 5_000)
        #expect((0..<5_000).allSatisfy { many.contains("word\($0)") })
        #expect(!many.contains("word5000"))
        #expect(Set(WordSet(["b", "a", "b"]).words) == ["a", "b"])
    }

    @Test func byteSearchesMatchStringSearches() throws {
        let text = "He said “it is over” and “it is over” again — Zürich"
        let range = try #require(text.firstByteRange(of: "“it is over”"))
        #expect(String(text[range]) == "“it is over”")
        #expect(range.lowerBound == text.range(of: "“it is over”")?.lowerBound)
        #expect(text.firstByteRange(of: "absent") == nil)
        // The last occurrence, as `ranges(of:).last` finds it.
        for needle in ["“it is over”", "is", "Zürich", "He", "absent", " Courtesy "] {
            #expect(text.lastByteRange(of: needle) == text.ranges(of: needle).last, "\(needle)")
        }
        let credit = "Hundreds gathered at the museum on Sunday. Courtesy Louvre Courtesy Musée"
        #expect(credit.lastByteRange(of: " Courtesy ").map { String(credit[$0.upperBound...]) } == "Musée")
        #expect("ab".lastByteRange(of: "abc") == nil && "".lastByteRange(of: "a") == nil && "abc".lastByteRange(of: "") == nil)
        #expect(String(text.suffix(scalars: 6)) == "Zürich")
        #expect(String(text.suffix(scalars: 500)) == text)
        let window = text.prefixCutAtSpace(afterBytes: 5)
        #expect(window == "He said", "cut at the first space after five bytes")
        #expect("short".prefixCutAtSpace(afterBytes: 300) == "short")
        // `containsBytes` answers what `contains` answers for literal needles, on strings and substrings.
        for sample in Self.samples + [text] {
            #expect(sample.containsBytes("/") == sample.contains("/"), "\(sample.prefix(20))")
            #expect(sample.containsBytes("it is") == sample.contains("it is"), "\(sample.prefix(20))")
            #expect(sample.containsBytes("©") == sample.contains("©"), "\(sample.prefix(20))")
            #expect(sample.containsBytes(""))
            let tail = sample.dropFirst(min(3, sample.count))
            #expect(tail.containsBytes("Zürich") == tail.contains("Zürich"), "\(sample.prefix(20))")
        }
    }

    @Test func probeSetsOfUpToEightAnchorsMatchTheNaiveSearch() {
        // Six anchor bytes (':', '.', '©', '(', 'y', 'Y'): the memchr path for more than four anchors.
        let labels = ["credit:", "photo:", "credit...", "©", "(c)", "image copyright"]
        let probe = ProbeSet(anywhereIn: labels, ignoringCase: true)
        for text in Self.samples + [
            "A view of the quay. Photo: Jan Berg", "IMAGE COPYRIGHT GETTY", "(C) AP", "Credit... Reuters", "credit: x",
            "no label in this line.", "photo - no colon", "copy right", "Image copy right",
        ] {
            #expect(probe.matches(text) == labels.contains { text.lowercased().contains($0) }, "\(text)")
        }
    }

    @Test func probeSetsMatchTheNaiveSearch() {
        let needles = ["reported by", "told", "quoted by", "cited by"]
        let anywhere = ProbeSet(anywhereIn: needles)
        let caseBlind = ProbeSet(anywhereIn: ["copyright", "(c)", "©"], ignoringCase: true)
        let atStart = ProbeSet(atStart: ["read", "see also", "à lire"], ignoringCase: true, skipping: ["("])
        for text in Self.samples + [
            "He told reporters", "as reported by the daily", "COPYRIGHT 2024", "(C) AP", "© dpa", "  (Read also: x",
            "À LIRE AUSSI: y", "See Also: z", "nothing here", "quoted b", "toldx",
        ] {
            #expect(anywhere.matches(text) == needles.contains { text.contains($0) }, "\(text)")
            #expect(caseBlind.matches(text) == ["copyright", "(c)", "©"].contains { text.lowercased().contains($0) }, "\(text)")
            let start = text.drop { $0.isWhitespace || $0 == "(" }.lowercased()
            #expect(atStart.matches(text) == ["read", "see also", "à lire"].contains { start.hasPrefix($0) }, "\(text)")
        }
    }
}
