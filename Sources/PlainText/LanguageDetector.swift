import NewsModel

/// Tells the language of an article from its script and most frequent short words.
enum LanguageDetector {
    private static let danish = [
        "og", "det", "er", "en", "til", "på", "af", "den", "med", "som", "har", "for", "ikke", "blev", "fra", "var", "de", "at", "efter",
    ]
    /// Norwegian shares most short words with Danish: its list is Danish's with the words the two spell apart, so that
    /// those decide (a tie stays Danish).
    private static let norwegianSpellings = ["af": "av", "blev": "ble", "efter": "etter"]

    private static let stopwords: [(String, Set<String>)] = [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "said", "by", "he", "it", "as", "at", "from"]),
        (
            "de",
            [
                "der", "die", "und", "das", "den", "ist", "nicht", "mit", "sich", "auf", "für", "ein", "eine", "dem", "des", "im", "auch",
                "wurde",
            ]
        ),
        (
            "fr",
            ["le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "qui", "du", "au", "sur", "pas", "par", "il", "avec"]
        ),
        ("es", ["el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para", "se", "es", "al", "su", "como", "lo"]),
        (
            "nl",
            ["de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "die", "ook", "bij", "werd", "naar"]
        ),
        ("da", Set(danish)),
        (
            "it",
            ["il", "di", "che", "e", "la", "per", "un", "non", "è", "della", "del", "con", "una", "sono", "alla", "anche", "dei", "nel"]
        ),
        ("pt", ["o", "de", "que", "e", "do", "da", "em", "um", "para", "não", "com", "uma", "os", "no", "na", "por", "mais", "foi"]),
        ("sv", ["och", "att", "det", "i", "som", "en", "på", "är", "för", "med", "av", "till", "den", "inte", "har", "om", "var", "ett"]),
        ("pl", ["i", "w", "nie", "na", "się", "z", "że", "do", "to", "jest", "o", "jak", "ale", "po", "co", "tak", "przez", "dla"]),
        ("cs", ["a", "se", "na", "je", "že", "v", "to", "s", "z", "do", "o", "jako", "ale", "pro", "by", "už", "jsou", "který"]),
        ("sk", ["a", "sa", "na", "je", "že", "v", "to", "s", "z", "do", "o", "ako", "ale", "pre", "by", "už", "sú", "ktorý"]),
        ("ro", ["și", "în", "de", "la", "cu", "că", "pe", "nu", "din", "o", "un", "pentru", "care", "sunt", "este", "mai", "au", "fost"]),
        (
            "hu",
            ["a", "az", "és", "hogy", "nem", "is", "egy", "meg", "de", "van", "volt", "már", "csak", "el", "ki", "mint", "vagy", "után"]
        ),
        ("no", Set(danish.map { norwegianSpellings[$0] ?? $0 })),
        ("ru", ["и", "в", "не", "на", "что", "с", "по", "это", "как", "он", "из", "за", "его", "был", "для", "от", "также", "года"]),
        ("uk", ["і", "в", "не", "на", "що", "з", "та", "це", "як", "він", "до", "за", "його", "був", "для", "від", "також", "року"]),
    ]

    /// A word of up to 16 UTF-8 bytes packed into two integers: looked up without building a String.
    private struct PackedWord: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0

        init() {}

        init(_ word: String) {
            for byte in word.utf8 { _ = append(byte) }
        }

        /// False when the word is longer than 16 bytes (no stop word is).
        mutating func append(_ byte: UInt8) -> Bool {
            guard count < 16 else { return false }
            if count < 8 { low |= UInt64(byte) << (8 * UInt64(count)) } else { high |= UInt64(byte) << (8 * UInt64(count - 8)) }
            count += 1
            return true
        }
    }

    /// Each stop word with the languages it belongs to, so that every word costs one lookup: an
    /// open-addressing table on the packed bytes (hashing each word with SipHash cost a third of detection).
    private struct StopwordTable {
        var keys: [PackedWord?]
        var languages: [[Int]]

        init(_ lists: [(String, Set<String>)]) {
            keys = [PackedWord?](repeating: nil, count: 1024)
            languages = [[Int]](repeating: [], count: 1024)
            for (index, (_, words)) in lists.enumerated() {
                for word in words {
                    let packed = PackedWord(word)
                    var slot = Self.slot(packed)
                    while let key = keys[slot], key != packed { slot = (slot + 1) & 1023 }
                    keys[slot] = packed
                    languages[slot].append(index)
                }
            }
        }

        @inline(__always)
        static func slot(_ word: PackedWord) -> Int {
            let mixed = (word.low &* 0x9E37_79B9_7F4A_7C15) ^ (word.high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(word.count)
            return Int(truncatingIfNeeded: mixed >> 54)
        }

        /// The slot of `word`, whose languages are `languages[slot]`; nil when it is no stop word.
        func slot(of word: PackedWord) -> Int? {
            var slot = Self.slot(word)
            while let key = keys[slot] {
                if key == word { return slot }
                slot = (slot + 1) & 1023
            }
            return nil
        }
    }

    private static let languagesByWord = StopwordTable(stopwords)

    static func detect(_ item: NewsItem) -> String? {
        var tally = Tally(table: languagesByWord, languages: stopwords.count)
        if let headline = item.headline { tally.read(headline) }
        for block in item.body.prefix(12) where tally.budget > 0 { tally.read(block.text) }
        guard tally.wordCount >= 3 else { return nil }
        var best: (index: Int, score: Int)?
        for (index, score) in tally.scores.enumerated() where score > (best?.score ?? 0) { best = (index, score) }
        // One short word in common ("a" is Czech, Slovak, Hungarian and Romanian) does not make a language: a text
        // in a language without a list is untagged rather than tagged wrongly.
        guard let best, tally.distinct[best.index] >= 2 else { return nil }
        let language = stopwords[best.index].0
        // Ukrainian and Russian share most short words; the letters і ї є ґ settle it.
        if language == "ru" || language == "uk" { return tally.ukrainianLetters > tally.russianLetters ? "uk" : "ru" }
        return language
    }

    /// The counts while reading: a struct with mutating methods, not closures over local variables
    /// (those live in heap boxes and cost an indirection on every letter).
    private struct Tally {
        let table: StopwordTable
        var scores: [Int]
        var wordCount = 0
        var ukrainianLetters = 0
        var russianLetters = 0
        /// A few thousand characters tell the language as well as ten megabytes do.
        var budget = 3_000
        var word = PackedWord()
        var wordIsLong = false

        /// How many different stop words of each language the text used, and which it used.
        var distinct: [Int]
        var seen = [Bool](repeating: false, count: 1024)

        init(table: StopwordTable, languages: Int) {
            self.table = table
            scores = [Int](repeating: 0, count: languages)
            distinct = [Int](repeating: 0, count: languages)
        }

        mutating func read(_ text: String) {
            // On bytes: ASCII directly, other scalars decoded from their bytes.
            text.withUTF8Bytes { bytes in
                var index = 0
                while index < bytes.count, budget > 0 {
                    budget -= 1
                    let lead = bytes[index]
                    if lead < 0x80 {
                        if lead >= 97 && lead <= 122 || lead == 39 {
                            append(lead)
                        } else if lead >= 65 && lead <= 90 {
                            append(lead + 32)
                        } else {
                            finishWord()
                        }
                        index += 1
                        continue
                    }
                    let (scalar, length) = Unicode.Scalar.decode(bytes, at: index)
                    read(scalar)
                    index += length
                }
            }
            finishWord()
        }

        private mutating func read(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            if value < 128 {
                if value >= 97 && value <= 122 || value == 39 {
                    append(UInt8(value))
                } else if value >= 65 && value <= 90 {
                    append(UInt8(value + 32))
                } else {
                    finishWord()
                }
            } else if value == 0x2019 || scalar.isLetterLike {
                switch value {
                case 0x0456, 0x0457, 0x0454, 0x0491, 0x0406, 0x0407, 0x0404, 0x0490: ukrainianLetters += 1
                case 0x044B, 0x044D, 0x044A, 0x042B, 0x042D, 0x042A, 0x0451: russianLetters += 1
                default: break
                }
                let lower = scalar.properties.isUppercase ? (scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar) : scalar
                for byte in UTF8.encode(lower)! { append(byte) }
            } else {
                finishWord()
            }
        }

        private mutating func finishWord() {
            guard word.count > 0 || wordIsLong else { return }
            wordCount += 1
            if !wordIsLong, let slot = table.slot(of: word) {
                for language in table.languages[slot] { scores[language] += 1 }
                if !seen[slot] {
                    seen[slot] = true
                    for language in table.languages[slot] { distinct[language] += 1 }
                }
            }
            word = PackedWord()
            wordIsLong = false
        }

        private mutating func append(_ byte: UInt8) {
            if !word.append(byte) { wordIsLong = true }
        }
    }
}
