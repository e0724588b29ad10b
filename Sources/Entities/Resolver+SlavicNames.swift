import NewsModel

/// People's names in the Slavic languages, which decline them: "Юрия Лужкова" (of Yuri Luzhkov), "Davida Moyese"
/// (of David Moyes). A declined given name tells the case, since its nominative is a given name the lists know, and
/// so which person of the article the declined form names.
extension Resolver {
    /// Case endings of given names and what the nominative has instead, longest first within a script: "Юрия" →
    /// "Юрий", "Бориса" → "Борис", "Анны" → "Анна", "Davida" → "David", "Declanem" → "Declan", "Tomáše" → "Tomáš".
    static let givenNameEndings: [(ending: String, nominative: [String])] = [
        ("ом", [""]), ("ем", ["й", "ь"]), ("ой", ["а"]), ("ей", ["я", "ь"]), ("ии", ["ия", "ий"]), ("ью", ["ь"]),
        ("а", [""]), ("я", ["й", "ь"]), ("у", ["", "а"]), ("ю", ["й", "я", "ь"]), ("е", ["", "а", "й"]), ("ы", ["а"]),
        ("и", ["я", "ь", "а"]),
        ("owi", [""]), ("ovi", [""]), ("em", [""]), ("ou", ["a"]), ("a", [""]), ("e", [""]), ("u", ["", "a"]), ("y", ["a"]),
        ("ě", ["a"]),
    ]

    /// The nominative of a declined given name: a given name the word is without a case ending ("Davida" is a given
    /// name as written too; only a person of the article with the nominative's name and the surname confirms it).
    static func nominativeGivenName(of word: Substring) -> String? {
        guard word.count >= 3 else { return nil }
        for (ending, nominatives) in givenNameEndings where word.hasSuffixOnBytes(ending) && word.count >= ending.count + 2 {
            let stem = word.dropLast(ending.count)
            for nominative in nominatives {
                let form = String(stem) + nominative
                if GivenNames.containsName(Substring(form)) { return form }
            }
            return nil
        }
        return nil
    }
}
