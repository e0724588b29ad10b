import NewsModel

/// The words either side of one mention of an entity in its text, as the acceptance step reads them: the
/// previous word lower-cased ("in", "the", "minister"; "" at a sentence start), the next word lower-cased
/// ("said", "'s", "newspaper"), and a small shape code (sentence start, possessive, inside brackets).
struct MentionContext {
    var previous = ""
    var next = ""
    /// 1 sentence start, 2 followed by a possessive, 4 bracketed: added up.
    var shape = 0
    /// After a comma: "who" or "which", or the noun an article introduces ("Sherine Abed, a neonatologist";
    /// "Flexport, a freight company"; "Makilala, a town in …"), lower-cased; "" when none.
    var apposition = ""
    /// The name stands alone in brackets right after a word in ordinary capitals ("Nancy Faeser (SPD)", "Hizb
    /// ut-Tahrir (HuT)"): an affiliation or an abbreviation, not a dateline's agency ("HONOLULU (AP)").
    var bracketedAfterName = false

    /// `text` is the block's UTF-16 code units (mention offsets count them), made once per block by the caller.
    init(utf16 text: [UInt16], offset: Int, length: Int) {
        guard offset >= 0, length > 0, offset + length <= text.count else { return }
        // Backwards over spaces and punctuation, then the word before.
        var cursor = offset
        var sawSentenceEnd = false
        // Only a full stop right after the word before: "Mr. Trump", "J. Smith" — an abbreviation's, maybe.
        var onlyAbbreviationStop = true
        while cursor > 0, !Self.isLetter(text[cursor - 1]) {
            switch text[cursor - 1] {
            case 0x2E:  // .
                sawSentenceEnd = true
                if cursor - 2 >= 0, !Self.isLetter(text[cursor - 2]) { onlyAbbreviationStop = false }
            case 0x21, 0x3F, 0x3A:  // ! ? :
                sawSentenceEnd = true
                onlyAbbreviationStop = false
            case 0x28: shape |= 4  // (
            default: break
            }
            cursor -= 1
        }
        if cursor == 0 { sawSentenceEnd = true }
        var wordStart = cursor
        while wordStart > 0, Self.isLetter(text[wordStart - 1]) { wordStart -= 1 }
        if sawSentenceEnd, onlyAbbreviationStop, cursor > 0, Self.isAbbreviation(text[wordStart..<cursor]) {
            sawSentenceEnd = false
        }
        if sawSentenceEnd {
            shape |= 1
        } else {
            previous = Self.word(text[wordStart..<cursor], lowercased: true)
        }
        // Forwards: a possessive, then the next word.
        var forward = offset + length
        if forward < text.count, text[forward] == 0x27 || text[forward] == 0x2019 { shape |= 2 }
        while forward < text.count, !Self.isLetter(text[forward]) { forward += 1 }
        var wordEnd = forward
        while wordEnd < text.count, Self.isLetter(text[wordEnd]) { wordEnd += 1 }
        next = Self.word(text[forward..<wordEnd], lowercased: true)
        apposition = Self.apposition(in: text, after: offset + length)
        if offset >= 2, text[offset - 1] == 0x28, text[offset - 2] == 0x20, offset + length < text.count, text[offset + length] == 0x29,
            !sawSentenceEnd, wordStart < cursor, let first = text[wordStart..<cursor].first,
            first >= 0x41 && first <= 0x5A || first >= 0xC0,
            text[wordStart..<cursor].contains(where: { $0 >= 0x61 && $0 <= 0x7A || $0 >= 0xDF && $0 <= 0xFF })
        {
            bracketedAfterName = true
        }
    }

    /// The apposition after a name: ", who", ", which", or the head noun of ", a/an/the [adjective …] noun" (of the
    /// first six lower-case words, the last before a preposition or relative word, or the last read).
    private static func apposition(in text: [UInt16], after end: Int) -> String {
        var cursor = end
        // A possessive ending ("'s") stays with the name.
        if cursor + 1 < text.count, text[cursor] == 0x27 || text[cursor] == 0x2019, text[cursor + 1] == 0x73 { cursor += 2 }
        guard cursor + 1 < text.count, text[cursor] == 0x2C, text[cursor + 1] == 0x20 else { return "" }
        cursor += 2
        var words: [String] = []
        while words.count < 6, cursor < text.count {
            var wordEnd = cursor
            while wordEnd < text.count, isLetter(text[wordEnd]) || text[wordEnd] == 0x2D { wordEnd += 1 }
            guard wordEnd > cursor else { break }
            let word = Self.word(text[cursor..<wordEnd], lowercased: false)
            // Only lower-case words: "Ahmad Lawan, Senate Leader" is a title, not this kind of apposition.
            guard word.first?.isLowercase == true else { break }
            words.append(word)
            cursor = wordEnd
            guard cursor < text.count, text[cursor] == 0x20 else { break }
            cursor += 1
        }
        guard let first = words.first else { return "" }
        if first == "who" || first == "which" { return first }
        guard ["a", "an", "the"].contains(first), words.count >= 2 else { return "" }
        let rest = words.dropFirst()
        let head = rest.firstIndex(where: { appositionEnds.contains($0) }).map { rest[rest.startIndex..<$0] } ?? rest[...]
        return head.last ?? ""
    }

    /// The word of `units`, lower-cased when asked. ASCII words (nearly all) are built from their bytes: the
    /// generic UTF-16 transcoder cost thousands of instructions a word.
    private static func word(_ units: ArraySlice<UInt16>, lowercased: Bool) -> String {
        guard units.allSatisfy({ $0 < 0x80 }) else {
            let word = String(decoding: units, as: UTF16.self)
            return lowercased ? word.lowercasedOnBytes() : word
        }
        return String(unsafeUninitializedCapacity: units.count) { buffer in
            var index = 0
            for unit in units {
                let byte = UInt8(truncatingIfNeeded: unit)
                buffer[index] = lowercased && byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                index += 1
            }
            return index
        }
    }

    /// A title's abbreviation ("Mr", "Dr", "Sen", "Gov") or an initial ("J"): the full stop after it ends no
    /// sentence.
    private static func isAbbreviation(_ word: ArraySlice<UInt16>) -> Bool {
        if word.count == 1 { return word.first.map { $0 >= 0x41 && $0 <= 0x5A } == true }
        guard word.count <= 5 else { return false }
        return titleAbbreviations.contains(Self.word(word, lowercased: true))
    }
    private static let titleAbbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "rev",
        "hon", "st", "pres", "supt", "insp", "det", "mme", "mlle", "sr", "sra", "hr", "fr", "engr", "barr",
    ]

    /// Words after an apposition's head noun ("a town in …", "a company based …", "a doctor who …").
    private static let appositionEnds: WordSet = [
        "of", "in", "at", "for", "from", "on", "based", "that", "who", "which", "with", "and", "near",
    ]

    /// Letters as far as a word boundary needs: ASCII letters and digits, and everything from Latin-1's letters
    /// up except the general punctuation block (dashes, curly quotes, spaces).
    private static func isLetter(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0xC0...0x1FFF, 0x2070...0xFFFF: unit != 0xD7 && unit != 0xF7 && unit != 0x3000
        default: false
        }
    }

    /// What the previous word says of the name, in classes that hold in unseen copy: 0 none (sentence start),
    /// 1 a locative preposition, 2 an article, 3 "of" and its kin, 4 "and"/"or", 5 a speech or action verb,
    /// 6 "by"/"with"/"for", 7 a title or role word, 8 any other word.
    var previousClass: Int {
        if previous.isEmpty { return 0 }
        if Self.isLocative(previous) { return 1 }
        if Self.articles.contains(previous) { return 2 }
        if EntityWords.connectors.contains(previous) { return 3 }
        if EntityWords.conjunctions.contains(previous) { return 4 }
        if EntityWords.verbs.contains(previous) { return 5 }
        if Self.agents.contains(previous) { return 6 }
        if Self.roles.contains(previous) { return 7 }
        return 8
    }

    /// What the next word says: 0 none, 1 a speech or action verb, 2 an auxiliary, 3 an outlet noun, 4 an
    /// organisation or institution noun, 5 a person noun, 6 "and"/"or", 7 a preposition, 8 any other word, 9 a
    /// noun for a place ("province", "area").
    var nextClass: Int {
        if next.isEmpty { return 0 }
        if EntityWords.auxiliaries.contains(next) { return 2 }
        if EntityWords.verbs.contains(next) { return 1 }
        if EntityWords.outletNouns.contains(next) { return 3 }
        if EntityWords.organisationNouns.contains(next) || EntityWords.institutionNouns.contains(next) { return 4 }
        if EntityWords.personNouns.contains(next) { return 5 }
        if EntityWords.placeNouns.contains(next) { return 9 }
        if EntityWords.conjunctions.contains(next) { return 6 }
        if Self.isLocative(next) || EntityWords.connectors.contains(next) { return 7 }
        return 8
    }

    /// The English locatives of `EntityWords`, and those of the other languages the reader sees.
    private static func isLocative(_ word: String) -> Bool {
        EntityWords.locatives.contains(word) || otherLocatives.contains(word)
    }
    private static let otherLocatives: WordSet = [
        "en", "à", "au", "aux", "nach", "aus", "im", "bei", "nel", "nella", "a", "v", "ve", "do", "z", "ze", "в", "во", "из",
    ]
    private static let articles: WordSet = ["the", "la", "le", "les", "el", "los", "las", "der", "die", "das", "dem", "den", "il", "lo"]
    private static let agents: WordSet = ["by", "with", "for", "against", "von", "par", "por", "para", "pour", "mit", "con", "avec"]
    private static let roles: WordSet = {
        var roles = englishRoles
        for role in EntityWords.otherLanguageRoles { _ = roles.insert(role) }
        return roles
    }()
    private static let englishRoles: WordSet = [
        "president", "minister", "chancellor", "mayor", "governor", "senator", "secretary", "chairman", "chief", "executive",
        "director", "spokesman", "spokeswoman", "spokesperson", "leader", "coach", "manager", "founder", "officer", "judge",
        "prosecutor", "ambassador", "commissioner", "professor", "dr", "mr", "mrs", "ms", "sen", "rep", "gov", "striker",
        "analyst", "economist", "author", "actor", "singer", "player", "colleague", "son", "daughter", "wife", "husband",
    ]
}
