import NewsModel

/// The words either side of one mention of an entity in its text, as the acceptance step reads them: the
/// previous word lower-cased ("in", "the", "minister"; "" at a sentence start), the next word lower-cased
/// ("said", "'s", "newspaper"), and a small shape code (sentence start, possessive, inside brackets).
struct MentionContext {
    var previous = ""
    var next = ""
    /// 1 sentence start, 2 followed by a possessive, 4 bracketed: added up.
    var shape = 0

    init(text: String, offset: Int, length: Int) {
        let utf16 = text.utf16
        guard offset >= 0, length > 0, offset + length <= utf16.count else { return }
        let start = utf16.index(utf16.startIndex, offsetBy: offset)
        let end = utf16.index(start, offsetBy: length)
        guard let lower = start.samePosition(in: text.unicodeScalars), let upper = end.samePosition(in: text.unicodeScalars) else {
            return
        }
        let scalars = text.unicodeScalars
        // Backwards over spaces and punctuation, then the word before.
        var cursor = lower
        var sawSentenceEnd = cursor == scalars.startIndex
        while cursor > scalars.startIndex {
            let before = scalars[scalars.index(before: cursor)]
            if before.properties.isAlphabetic || before.properties.numericType != nil { break }
            if before == "." || before == "!" || before == "?" || before == ":" { sawSentenceEnd = true }
            if before == "(" { shape |= 4 }
            cursor = scalars.index(before: cursor)
        }
        if cursor == scalars.startIndex { sawSentenceEnd = true }
        var wordStart = cursor
        while wordStart > scalars.startIndex, scalars[scalars.index(before: wordStart)].properties.isAlphabetic {
            wordStart = scalars.index(before: wordStart)
        }
        if sawSentenceEnd {
            shape |= 1
        } else {
            previous = String(String.UnicodeScalarView(scalars[wordStart..<cursor])).lowercased()
        }
        // Forwards: a possessive, then the next word.
        var forward = upper
        if forward < scalars.endIndex, scalars[forward] == "'" || scalars[forward] == "’" { shape |= 2 }
        while forward < scalars.endIndex, !scalars[forward].properties.isAlphabetic { forward = scalars.index(after: forward) }
        var wordEnd = forward
        while wordEnd < scalars.endIndex, scalars[wordEnd].properties.isAlphabetic { wordEnd = scalars.index(after: wordEnd) }
        next = String(String.UnicodeScalarView(scalars[forward..<wordEnd])).lowercased()
    }

    /// What the previous word says of the name, in classes that hold in unseen copy: 0 none (sentence start),
    /// 1 a locative preposition, 2 an article, 3 "of" and its kin, 4 "and"/"or", 5 a speech or action verb,
    /// 6 "by"/"with"/"for", 7 a title or role word, 8 any other word.
    var previousClass: Int {
        if previous.isEmpty { return 0 }
        if Self.locatives.contains(previous) { return 1 }
        if Self.articles.contains(previous) { return 2 }
        if EntityWords.connectors.contains(previous) { return 3 }
        if Self.conjunctions.contains(previous) { return 4 }
        if EntityWords.verbs.contains(previous) { return 5 }
        if Self.agents.contains(previous) { return 6 }
        if Self.roles.contains(previous) { return 7 }
        return 8
    }

    /// What the next word says: 0 none, 1 a speech or action verb, 2 an auxiliary, 3 an outlet noun, 4 an
    /// organisation or institution noun, 5 a person noun, 6 "and"/"or", 7 a preposition, 8 any other word.
    var nextClass: Int {
        if next.isEmpty { return 0 }
        if EntityWords.auxiliaries.contains(next) { return 2 }
        if EntityWords.verbs.contains(next) { return 1 }
        if EntityWords.outletNouns.contains(next) { return 3 }
        if EntityWords.organisationNouns.contains(next) || EntityWords.institutionNouns.contains(next) { return 4 }
        if EntityWords.personNouns.contains(next) { return 5 }
        if Self.conjunctions.contains(next) { return 6 }
        if Self.locatives.contains(next) || EntityWords.connectors.contains(next) { return 7 }
        return 8
    }

    private static let locatives: WordSet = [
        "in", "to", "from", "near", "across", "outside", "inside", "into", "at", "towards", "toward", "via", "throughout",
        "en", "à", "au", "aux", "nach", "aus", "im", "bei", "nel", "nella", "a", "v", "ve", "do", "z", "ze", "в", "во", "из",
    ]
    private static let articles: WordSet = ["the", "la", "le", "les", "el", "los", "las", "der", "die", "das", "dem", "den", "il", "lo"]
    private static let conjunctions: WordSet = ["and", "or", "und", "oder", "et", "ou", "y", "o", "e", "a", "i", "и"]
    private static let agents: WordSet = ["by", "with", "for", "against", "von", "par", "por", "para", "pour", "mit", "con", "avec"]
    private static let roles: WordSet = [
        "president", "minister", "chancellor", "mayor", "governor", "senator", "secretary", "chairman", "chief", "executive",
        "director", "spokesman", "spokeswoman", "spokesperson", "leader", "coach", "manager", "founder", "officer", "judge",
        "prosecutor", "ambassador", "commissioner", "professor", "dr", "mr", "mrs", "ms", "sen", "rep", "gov", "striker",
        "analyst", "economist", "author", "actor", "singer", "player", "colleague", "son", "daughter", "wife", "husband",
    ]
}
