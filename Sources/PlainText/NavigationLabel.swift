import NewsModel

/// A line that is page furniture on its own: the label of a related-links box ("Read more", "Mehr zu diesem
/// Thema:", "Sur le même sujet"), an advertisement marker, a gallery counter ("Image 2 of 5", "1 of 6"), a
/// social embed or a "continues below" notice. Web pages in every language carry them; a line that is only one
/// of them is never story text, nor a subheading. The phrases are the stock vocabulary of news sites in the
/// languages the reader meets (English, German, French, Spanish, Italian, Portuguese, Dutch, Czech, Russian).
enum NavigationLabel {
    enum Kind: Equatable {
        /// Introduces related links: the short lines after it are teasers.
        case related
        /// Furniture of its own (advertisement, gallery counter, embed notice).
        case furniture
    }

    static let relatedPhrases: Set<String> = [
        "read more", "read also", "also read", "related", "related stories", "related articles", "related article", "related content",
        "related coverage", "related news", "related links", "related video", "related videos", "more videos", "watch more", "more on this",
        "more on this story", "more on this topic", "more to read", "more to explore",
        "see also", "more stories", "more news", "recommended", "recommended stories", "recommended for you",
        "you may also like", "you might also like", "most read", "most popular", "most viewed", "trending",
        "trending now", "top stories", "latest news", "latest stories", "editor's picks", "editors' picks",
        "dw recommends", "we recommend", "recommended reading", "recommended articles",
        "lesen sie auch", "lesen sie mehr", "mehr zum thema", "mehr zu diesem thema", "siehe auch", "auch interessant",
        "weitere artikel", "das könnte sie auch interessieren", "meistgelesen", "passend zum artikel", "zum thema", "mehr dazu",
        "lire aussi", "à lire aussi", "a lire aussi", "sur le même sujet", "voir aussi", "à voir aussi", "lire également",
        "à lire également", "les plus lus", "la rédaction vous conseille",
        "lee también", "leer más", "ver también", "te puede interesar", "noticias relacionadas", "más noticias",
        "lo más leído", "lo más visto", "relacionado", "relacionadas", "mirá también", "leé también", "más información",
        "leggi anche", "potrebbe interessarti", "articoli correlati", "i più letti", "per approfondire",
        "leia também", "leia mais", "veja também",
        "lees ook", "zie ook", "meest gelezen",
        "čtěte také", "čtěte též", "související", "související články", "nejčtenější", "doporučujeme", "doporučované",
        "mohlo by vás zajímat",
        "читайте также", "по теме", "смотрите также", "самое читаемое", "вам может быть интересно",
    ]

    /// The label of a summary box ("Key Takeaways", "Key points", "Das Wichtigste in Kürze"): its short lines
    /// restate the story and are kept out of it as a related box's are.
    static let summaryPhrases: Set<String> = [
        "key takeaways", "key points", "key facts", "key insights", "key takeaway", "takeaways", "at a glance", "in brief",
        "in short", "highlights", "story highlights", "what you need to know", "need to know", "what we know", "summary",
        "lo que hay que saber", "lo que debes saber", "lo que sabemos", "ce qu'il faut savoir", "ce qu’il faut savoir",
        "was sie wissen müssen", "was wir wissen", "cosa sapere", "cosa sappiamo", "что известно", "resumen", "résumé", "zusammenfassung",
        "riassunto", "shrnutí",
        "das wichtigste in kürze", "auf einen blick", "en bref", "l'essentiel", "l’essentiel", "en resumen", "claves",
        "in breve", "in sintesi", "em resumo", "in het kort", "ve zkratce", "главное",
    ]

    /// The related labels that tell the reader to read or see more, followed by a space: what comes after them on a
    /// short line without a colon only says more of the same ("zum Thema", "on this").
    private static let readingPrefixes: [String] = relatedPhrases.filter { phrase in
        phrase.contains(" ") && readingWords.contains(String(phrase.prefix { $0 != " " }))
    }.sorted().map { $0 + " " }
    private static let readingWords: Set<String> = [
        "read", "also", "see", "more", "lesen", "siehe", "mehr", "lire", "à", "a", "voir", "lee", "leé", "leer", "ver", "leggi",
        "leia", "veja", "lees", "zie", "čtěte", "читайте", "смотрите",
    ]

    /// The rails a site sets in every page, which may name the section they are for ("Most read in world news").
    static let railPhrases = ["most read", "most popular", "most viewed", "most shared", "trending", "top stories", "latest"]
    private static let railPrefixes = railPhrases.map { $0 + " in " }

    static let furniturePhrases: Set<String> = [
        "advertisement", "advertising", "sponsored", "sponsored content", "story continues below",
        "story continues below advertisement", "story continues below gallery", "article continues below",
        "continue reading", "continue reading below", "view this post on instagram", "view this post on twitter",
        "a post shared by", "skip advertisement", "close", "previous", "next", "prev", "listen", "listen to this article", "watch",
        "video ad feedback",
        // A link to the whole story under its excerpt, in the languages of the copy.
        "read full article", "read the full article", "read entire article", "read full story", "read the full story",
        "leggi articolo completo", "leggi l'articolo completo", "continua a leggere", "lire la suite", "weiterlesen",
        "číst dál", "читать далее",
        // A site's navigation, on lines of its own above the story.
        "menu", "main menu", "open menu", "close menu", "toggle navigation", "navigation", "skip to content",
        "skip to main content", "press \"enter\" to skip to content", "search",
        // "The story continues after the advertisement" in the other languages.
        "la suite après cette publicité", "la suite après la publicité", "weiter nach der anzeige", "weiterlesen nach der anzeige",
        "artikel wird unter der werbung fortgesetzt", "continúa después de la publicidad", "sigue después de la publicidad",
        "l'articolo continua sotto la pubblicità", "continua dopo la pubblicità", "článek pokračuje pod reklamou",
        "продолжение после рекламы",
        // The boxes of an academic news site's head ("Authors", "Disclosure statement", "Partners": who funds the writers).
        "authors", "disclosure statement", "partners",
        "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "publicidade", "advertentie", "reklama",
        "реклама",
    ]

    /// Words a gallery counter may start with ("Image 2 of 5", "Foto 3 von 12").
    private static let counterWords: Set<String> = ["image", "photo", "picture", "slide", "foto", "bild", "imagen", "photos"]
    private static let counterJoiners: Set<String> = ["of", "/", "von", "de", "sur", "di", "z", "из"]

    /// `characters`: the text's Character count when the caller knows it.
    /// One of "*•·-–—>»" (as Character equality has it: U+0387 GREEK ANO TELEIA is canonically "·"), by its one scalar —
    /// a String's `contains` walked the marks' Characters for every leading character of every short line.
    static func isLeadingMark(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return false }
        switch scalar {
        case "*", "•", "·", "\u{0387}", "-", "–", "—", ">", "»": return true
        default: return false
        }
    }

    static func kind(of text: String, characters: Int? = nil) -> Kind? {
        guard characters.map({ $0 < 80 }) ?? text.isShorter(than: 80) else { return nil }
        var label = Substring(text.lowercasedOnBytes())
        while let first = label.first, first.isWhitespace || Self.isLeadingMark(first) { label = label.dropFirst() }
        while let last = label.last, last.isWhitespace || last == ":" || last == "：" || last == "»" || last == "›" {
            label = label.dropLast()
        }
        guard !label.isEmpty else { return nil }
        let phrase = String(label)
        if relatedPhrases.contains(phrase) || summaryPhrases.contains(phrase) { return .related }
        if furniturePhrases.contains(phrase) { return .furniture }
        // The words only when a rule below needs them: splitting every short line was most of this test's cost.
        var split: [Substring]?
        func words() -> [Substring] {
            if let split { return split }
            let words = phrase.spaceSeparatedWords
            split = words
            return words
        }
        // "Lesen Sie mehr zum Thema", "Read more on this": a reading imperative's label with a few words more.
        if readingWords.contains(String(phrase.prefix { $0 != " " })),
            let prefix = readingPrefixes.first(where: { phrase.hasPrefixOnBytes($0) })
        {
            let rest = phrase.dropFirst(prefix.count)
            if !rest.contains(where: { $0 == ":" || $0 == "|" }), String(rest).spaceSeparatedWords.count <= 3 { return .related }
        }
        // "Also on rt.com", "More from The Hill", "More from South China Morning Post:": a related box named after its
        // site — a longer name only as a label, with its colon.
        if phrase.hasPrefixOnBytes("also on ") || phrase.hasPrefixOnBytes("more from "),
            words().count <= 4 || words().count <= 7 && text.utf8.last(where: { $0 != 0x20 && $0 != 0x0A }) == UInt8(ascii: ":")
        {
            return .related
        }
        // "Most read in world news", "Most viewed in UK news": a site's rail named after its section.
        if railPrefixes.contains(where: { phrase.hasPrefixOnBytes($0) }), words().count <= 8 { return .related }
        if phrase.hasPrefixOnBytes("follow us") || phrase == "follow author" || phrase == "follow the author" { return .furniture }
        // What is left needs a number: a line without a digit (nor a byte that could start one) is none of it.
        guard phrase.containsByte(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 >= 0x80 }) else { return nil }
        if phrase.hasPrefixOnBytes("show all ") && words().count == 3 && words()[2].allSatisfy(\.isNumber) { return .furniture }
        // Gallery counters: "1 of 6", "Image 2 of 5", "3/12".
        var counter = words()[...]
        if let first = counter.first, counterWords.contains(String(first)) { counter = counter.dropFirst() }
        if counter.count == 3, counter.first!.allSatisfy(\.isNumber), counterJoiners.contains(String(counter[counter.startIndex + 1])),
            counter.last!.allSatisfy(\.isNumber)
        {
            return .furniture
        }
        return nil
    }
}
