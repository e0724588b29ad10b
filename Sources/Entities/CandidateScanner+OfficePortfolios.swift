import NewsModel

/// An office's portfolio in capitals: "Commissioner for the Environment and Water Resources, Tokunbo Wahab", "the
/// ministry's Director of Public Affairs, Kunle Adeshina". Its ordinary words name what the office holder answers for,
/// no body — English copy capitalises them after the office's title.
extension CandidateScanner {
    /// Whether the run from `start` (its words `words`) is all ordinary words and stands in an office's portfolio: after
    /// the office's title and "of" or "for", capitalised ordinary words, "the", "and", "&" or a comma only between them.
    func isOfficePortfolio(start: Int, words: [String]) -> Bool {
        guard readsEnglish, start >= 2 else { return false }
        // The office first, on the tokens alone (most names have none before them); the dictionary only then.
        var index = start - 1
        var link: Int?
        while index >= 1, start - index <= 8 {
            let token = tokens[index]
            // (A portfolio of several parts lists them with commas: "Minister for Culture, Heritage and the Gaeltacht".)
            if token.trailingPunctuation, token.endsSentence || token.closesQuote || !token.isCapitalised { return false }
            if token.word == "of" || token.word == "for" {
                link = index
                break
            }
            guard token.isCapitalised || Self.portfolioJoins.contains(token.word) else { return false }
            index -= 1
        }
        guard let link else { return false }
        let office = tokens[link - 1]
        guard office.isCapitalised, !office.trailingPunctuation,
            Self.governmentOffices.contains(office.bare) || Self.officeTitles.contains(office.bare)
        else { return false }
        // A minister's or a commissioner's portfolio after either; a director's, a head's after "for" — after "of" only
        // where no word names a body ("Director of Public Affairs", not "Director of Bluebird Ventures").
        guard
            Self.governmentOffices.contains(office.bare) || tokens[link].word == "for"
                || !words.contains(where: { EntityWords.organisationWords.contains($0) })
        else { return false }
        return ((link + 1)..<start).allSatisfy({
            Self.portfolioJoins.contains(tokens[$0].word) || Self.isOrdinaryWord(Substring(tokens[$0].bare))
        }) && words.allSatisfy({ Self.portfolioJoins.contains($0) || Self.isOrdinaryWord(Substring($0)) })
    }

    private static func isOrdinaryWord(_ word: Substring) -> Bool { EnglishWords.listing(word) & 2 != 0 }

    private static let portfolioJoins: Set<String> = ["the", "and", "&", "of"]

    /// Government offices named with their portfolio after "of" or "for".
    static let governmentOffices: WordSet = ["Commissioner", "Minister", "Secretary", "Undersecretary", "Under-Secretary"]
    /// Other offices with a portfolio ("Director for …", "Special Adviser on …" aside).
    static let officeTitles: WordSet = [
        "Director", "Adviser", "Advisor", "Spokesman", "Spokeswoman", "Spokesperson", "Director-General", "Head", "Chair", "Chairman",
        "Chairperson", "Deputy", "Coordinator",
    ]

    /// "la ministra de Hacienda", "el ministro de Justicia", "il ministro della Giustizia": the Romance languages set the
    /// office in small letters, then its link and the portfolio's capitalised words — no body's or place's name.
    func isRomanceOfficePortfolio(start: Int, words: [String]) -> Bool {
        readsRomance && start >= 2 && words.count <= 3 && !tokens[start - 1].trailingPunctuation
            && Self.romancePortfolioLinks.contains(tokens[start - 1].word) && Self.romanceOffices.contains(tokens[start - 2].word)
    }

    private static let romancePortfolioLinks: WordSet = [
        "de", "del", "della", "degli", "delle", "dello", "di", "des", "du", "da", "do", "das", "dos",
    ]
    private static let romanceOffices: WordSet = [
        "ministro", "ministra", "ministre", "ministri", "ministros", "ministras", "consejero", "consejera", "conseiller",
        "conseillère", "secretario", "secretaria", "secrétaire", "sottosegretario", "viceministro", "assessore", "conselheiro",
    ]
}
