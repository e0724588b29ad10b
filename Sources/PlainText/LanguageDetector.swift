import NewsModel

/// Tells the language of an article from its script and most frequent short words.
enum LanguageDetector {
    private static let stopwords: [(String, Set<String>)] = [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "said", "by", "he", "it", "as", "at", "from"]),
        ("de", ["der", "die", "und", "das", "den", "ist", "nicht", "mit", "sich", "auf", "für", "ein", "eine", "dem", "des", "im", "auch", "wurde"]),
        ("fr", ["le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "qui", "du", "au", "sur", "pas", "par", "il", "avec"]),
        ("es", ["el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para", "se", "es", "al", "su", "como", "lo"]),
        ("nl", ["de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "die", "ook", "bij", "werd", "naar"]),
        ("da", ["og", "det", "er", "en", "til", "på", "af", "den", "med", "som", "har", "for", "ikke", "blev", "fra", "var", "de", "at"]),
        ("ru", ["и", "в", "не", "на", "что", "с", "по", "это", "как", "он", "из", "за", "его", "был", "для", "от", "также", "года"]),
        ("uk", ["і", "в", "не", "на", "що", "з", "та", "це", "як", "він", "до", "за", "його", "був", "для", "від", "також", "року"]),
    ]

    static func detect(_ item: NewsItem) -> String? {
        var text = item.headline ?? ""
        for block in item.body.prefix(12) { text += " " + block.text }
        // A few thousand characters tell the language as well as ten megabytes do.
        if text.utf8.count > 20_000 { text = String(text.prefix(20_000)) }
        let words = text.lowercased().split { !$0.isLetter && $0 != "’" && $0 != "'" }
        guard words.count >= 3 else { return nil }
        var best: (String, Int)?
        for (language, set) in stopwords {
            let score = words.reduce(0) { $0 + (set.contains(String($1)) ? 1 : 0) }
            if score > (best?.1 ?? 0) { best = (language, score) }
        }
        // Ukrainian and Russian share most short words; the letters і ї є ґ settle it.
        if let language = best?.0, language == "ru" || language == "uk" {
            let ukrainianLetters = text.unicodeScalars.filter { "іїєґІЇЄҐ".unicodeScalars.contains($0) }.count
            let russianLetters = text.unicodeScalars.filter { "ыэъЫЭЪё".unicodeScalars.contains($0) }.count
            return ukrainianLetters > russianLetters ? "uk" : "ru"
        }
        return best?.0
    }
}
