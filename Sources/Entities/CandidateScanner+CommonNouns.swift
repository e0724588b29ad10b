import NewsModel

extension CandidateScanner {
    /// Whether the one-word name at `index` is a German noun there: after an indefinite article, after "am"/"im" or a
    /// definite article when the gazetteer knows it as a town (not a country's or a region's name), or
    /// "Anfang"/"Mitte"/"Ende" before a month, or "zu Ende".
    func isGermanCommonNounUse(at index: Int, name: String) -> Bool {
        if index + 1 < tokens.count, Self.germanTimeNouns.contains(name), !tokens[index].trailingPunctuation,
            Self.germanMonths.contains(tokens[index + 1].bare)
        {
            return true
        }
        guard index > 0, tokens[index - 1].isLowercase, !tokens[index - 1].trailingPunctuation else { return false }
        // "Eine Ära geht zu Ende": the idiom, not Ende on Flores.
        if name == "Ende", tokens[index - 1].word == "zu" { return true }
        // An adjective's strong ending with no article before it ("nach tagelangem Regen", "bei schönem Wetter", "gutes
        // Essen") declines a noun: a town's name takes no adjective without an article.
        if Self.hasStrongAdjectiveEnding(tokens[index - 1].word), isTownOnly(name) { return true }
        // (Adjectives may stand between: "ein sehr realistisches Bild".)
        var back = index - 1
        while back > 0, index - back < 4, tokens[back].isLowercase, !tokens[back].trailingPunctuation,
            !Self.germanIndefiniteArticles.contains(tokens[back].word)
        {
            back -= 1
        }
        if tokens[back].isLowercase, !tokens[back].trailingPunctuation, Self.germanIndefiniteArticles.contains(tokens[back].word) {
            return gazetteer.lookup(name) != nil
        }
        // A town's name takes no article ("in Walldorf"): after one, adjectives between ("an der Stelle", "die schwache
        // Stelle"), the word is a noun.
        var article = index - 1
        while article > 0, index - article <= 2, Self.hasGermanAdjectiveEnding(tokens[article].word), tokens[article - 1].isLowercase,
            !tokens[article - 1].trailingPunctuation
        {
            article -= 1
        }
        let word = tokens[article].word
        return (Self.germanPlaceContractions.contains(word) || Self.germanDefiniteArticles.contains(word)) && isTownOnly(name)
    }
    /// "-em" or "-es" after at least three more letters ("tagelangem", "schönes"; determiners such as "diesem" mark a
    /// noun as well), and not one of the conjunctions that end so ("trotzdem", "nachdem").
    private static func hasStrongAdjectiveEnding(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 5, let last = bytes.last, last == UInt8(ascii: "m") || last == UInt8(ascii: "s"),
            bytes.dropLast().last == UInt8(ascii: "e")
        else { return false }
        return !notAdjectives.contains(word)
    }
    private static let notAdjectives: WordSet = ["trotzdem", "nachdem", "seitdem", "außerdem", "zudem", "indem", "alles"]

    /// "-e", "-en", "-er", "-es", "-em" after at least two more letters, read on the bytes.
    private static func hasGermanAdjectiveEnding(_ word: String) -> Bool {
        let bytes = Array(word.utf8.suffix(2))
        guard word.utf8.count >= 4, let last = bytes.last else { return false }
        return last == UInt8(ascii: "e") || bytes[0] == UInt8(ascii: "e") && "nrsm".utf8.contains(last)
    }
    private static let germanDefiniteArticles: WordSet = ["der", "die", "das", "den", "dem", "des"]
    private static let germanIndefiniteArticles: WordSet = ["ein", "eine", "einen", "einem", "einer", "eines"]
    private static let germanPlaceContractions: WordSet = ["am", "im", "vom", "zum", "beim"]
    private static let germanTimeNouns: WordSet = ["Anfang", "Mitte", "Ende"]
    private static let germanMonths: WordSet = [
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
        "Dezember",
    ]

    /// "la Constitución", "le Président": a definite article in small letters before one word the gazetteer knows as a
    /// town makes it a common noun of the Romance languages (Constitución and Président are towns); countries and regions
    /// take the article ("la France", "la Lombardia"), and towns that do write it with a capital ("La Paz", "Le Havre").
    func isRomanceCommonNounUse(at index: Int, name: String) -> Bool {
        guard index > 0, tokens[index - 1].isLowercase, !tokens[index - 1].trailingPunctuation,
            Self.romanceDefiniteArticles.contains(tokens[index - 1].word)
        else { return false }
        return isTownOnly(name)
    }

    /// Whether the gazetteer knows the name as a town or city: not a country, a continent, a region or department, nor a
    /// celestial body (those take articles: "la Lombardia", "dans le Calvados", "la Lune").
    private func isTownOnly(_ name: String) -> Bool {
        guard let known = gazetteer.lookup(name) else { return false }
        return Gazetteer.isTownOrCity(known)
    }
    private static let romanceDefiniteArticles: WordSet = ["la", "el", "le", "il", "lo"]
}
