import NewsModel

extension CandidateScanner {
    private static let romanceStreetLinks: WordSet = [
        "di", "del", "della", "dei", "degli", "delle", "dello", "de", "du", "des", "la", "le", "les", "los", "las", "do", "da", "dos",
        "das",
    ]

    /// The end of a street's name that starts at `index` with a Romance noun for a street in small letters: the noun,
    /// then capitalised words and the small words that join them ("via Niccolò Machiavelli", "rue de la Paix"), ending on
    /// a capitalised word. Nil where no capitalised word follows the noun ("nel corso della giornata", "à la place de").
    func romanceStreetEnd(from index: Int) -> Int? {
        guard index + 1 < tokens.count, tokens[index].isLowercase, !tokens[index].trailingPunctuation,
            EntityWords.romanceStreetNouns.contains(tokens[index].word)
        else { return nil }
        // ("à la place de …" is "instead of".)
        if tokens[index].word == "place", index >= 2, tokens[index - 1].word == "la", tokens[index - 2].word == "à" { return nil }
        var cursor = index + 1
        var end: Int?
        // Capitalised words and the small words between them; the name ends on a capitalised word.
        while cursor < tokens.count, cursor - index <= 6 {
            let token = tokens[cursor]
            if token.isCapitalised, !token.opensQuote {
                end = cursor + 1
                if token.trailingPunctuation { break }
            } else if !Self.romanceStreetLinks.contains(token.word) || token.trailingPunctuation {
                break
            }
            cursor += 1
        }
        return end
    }
}
