import NewsModel

/// What the words around a name say it is, beyond the name's own shape: a list it stands in with known places, a
/// firm's noun written before it.
extension CandidateScanner {
    /// Whether the single capitalised word at `index`, which the gazetteer does not know, stands in a list of single
    /// capitalised words ("Barra, Tiree and Colonsay") of which another is a place the gazetteer knows, or before a
    /// comma and such a place ("Watertown, Massachusetts"): a list names things of one kind, and small islands, towns and
    /// villages are what the gazetteer lacks.
    func isListedWithKnownPlace(_ index: Int) -> Bool {
        guard !tokens[index].hasPossessive else { return false }
        func isItem(_ item: Int) -> Bool {
            tokens[item].isCapitalised && !tokens[item].hasPossessive && !tokens[item].opensBracket && !tokens[item].opensQuote
                && !tokens[item].isCode && !tokens[item].isLocatedAdjective
                && (item == 0 || !tokens[item - 1].isCapitalised || tokens[item - 1].trailingPunctuation)
                && (item + 1 == tokens.count || !tokens[item + 1].isCapitalised || tokens[item].trailingPunctuation)
        }
        // A comma, as the tokenizer keeps it: punctuation after the word that ends no sentence, opens no label and closes
        // no quotation (a semicolon too).
        func endsWithComma(_ item: Int) -> Bool {
            tokens[item].trailingPunctuation && !tokens[item].endsSentence && !tokens[item].endsWithColon && !tokens[item].closesQuote
        }
        func isKnownPlace(_ item: Int) -> Bool { gazetteer.lookup(tokens[item].bare)?.kind == .place }
        // The other items, found on the tokens alone; a list joins its last item by a conjunction ("the U.S., Covertible
        // currency areas" is none).
        var items: [Int] = []
        var sawConjunction = false
        // Backwards: "…, X" or "… and X".
        var item = index
        while true {
            if item >= 2, EntityWords.conjunctions.contains(tokens[item - 1].word),
                !tokens[item - 2].trailingPunctuation
                    || endsWithComma(item - 2), isItem(item - 2)
            {
                item -= 2
                sawConjunction = true
            } else if item >= 1, endsWithComma(item - 1), isItem(item - 1) {
                item -= 1
            } else {
                break
            }
            items.append(item)
        }
        // Forwards: "X, …" or "X and …".
        item = index
        while item + 1 < tokens.count {
            if endsWithComma(item), isItem(item + 1) {
                item += 1
            } else if !tokens[item].trailingPunctuation, item + 2 < tokens.count, EntityWords.conjunctions.contains(tokens[item + 1].word),
                isItem(item + 2)
            {
                item += 2
                sawConjunction = true
            } else {
                break
            }
            items.append(item)
        }
        // "Watertown, Massachusetts", "Marksville, Louisiana": a town, then after a comma the state or country it is in.
        let mayBeTownThenRegion =
            endsWithComma(index) && items.contains(index + 1) && (index == 0 || !EntityWords.conjunctions.contains(tokens[index - 1].word))
        guard sawConjunction || mayBeTownThenRegion else { return false }
        let listed = sawConjunction ? items.contains(where: isKnownPlace) : isKnownPlace(index + 1)
        // The word's own lookup last: most words stand in no list.
        return listed && gazetteer.lookup(tokens[index].bare) == nil
    }

    /// Lower-case nouns for a firm or a group written before its name in French, Spanish, Italian and Portuguese, and in
    /// Czech, Polish and Russian.
    static let firmNouns: WordSet = [
        "société", "entreprise", "compagnie", "firme", "groupe", "empresa", "compañía", "companhia", "grupo", "azienda",
        "società", "compagnia", "gruppo", "ditta",
        // In the nominative only: the genitive follows a post ("šéf firmy …", "директор компании …").
        "firma", "společnost", "podnik", "koncern", "spółka", "компания", "фирма", "концерн", "холдинг",
    ]

    /// One of `firmNouns`, alone or after an elided article ("l'entreprise", "l’azienda").
    static func isFirmNoun(_ word: String) -> Bool {
        if firmNouns.contains(word) { return true }
        guard word.utf8.first == UInt8(ascii: "l"), let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }),
            word.distance(from: word.startIndex, to: apostrophe) == 1
        else { return false }
        return firmNouns.contains(String(word[word.index(after: apostrophe)...]))
    }
}
