import NewsModel

/// Institutions that Czech, Slovak and Russian name with a capital on the first word only: an adjective, perhaps one
/// more in lower case, then the body's noun — "Česká národní banka", "Poslanecká sněmovna", "Evropské unie",
/// "Государственная дума", "Верховный суд". The capitalised run is the adjective alone; the body is the whole.
extension CandidateScanner {
    /// Stems of the nouns such names end with, in every case form ("banka", "bance", "bankou"; "дума", "думы").
    static let slavicInstitutionStems = [
        "bank", "sněmovn", "snemovn", "unie", "unii", "rad", "soud", "komis", "úřad", "polici", "univerzit", "stran",
        "agentur", "inspekc", "správ", "fond", "výbor", "vlád", "akademi", "nemocnic", "ministerstv", "senát", "hnutí",
        "банк", "дум", "палат", "суд", "комисси", "служб", "прокуратур", "парти", "университет", "академи", "совет",
        "комитет", "фонд", "агентств", "инспекци", "гварди", "церкв", "церков", "рад", "федераци",
    ]
    /// Adjective endings of the three languages in their case forms (longest first).
    static let slavicAdjectiveEndings = [
        "ého", "ému", "ých", "ými", "ém", "ým", "ou", "á", "é", "ý", "í",
        "ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие", "ую", "юю", "ом", "ем",
        "ых", "их", "ым", "им",
    ]

    /// The end of a Czech, Slovak or Russian institution's name that opens with the capitalised adjective at `start`
    /// and goes on in lower case with at most one more adjective and the body's noun; nil otherwise.
    func slavicInstitutionEnd(from start: Int) -> Int? {
        guard lowercasesInstitutionNames, start + 1 < tokens.count, tokens[start].isCapitalised, !tokens[start].trailingPunctuation,
            !tokens[start].hasPossessive, Self.isSlavicAdjective(tokens[start].bare), tokens[start + 1].isLowercase
        else { return nil }
        var end = start + 1
        if Self.isSlavicAdjective(tokens[end].bare), !tokens[end].trailingPunctuation, end + 1 < tokens.count, tokens[end + 1].isLowercase {
            end += 1
        }
        let noun = tokens[end].bare.lowercased()
        guard Self.slavicInstitutionStems.contains(where: { noun.hasPrefix($0) && noun.count <= $0.count + 4 }) else { return nil }
        return end + 1
    }

    /// An adjective by its ending — not a verbal noun, which ends the same way ("zasedání", "заседание": "the meeting").
    static func isSlavicAdjective(_ word: String) -> Bool {
        let lowered = word.lowercased()
        return lowered.count >= 5 && slavicAdjectiveEndings.contains { lowered.hasSuffix($0) }
            && !verbalNounEndings.contains { lowered.hasSuffix($0) }
    }
    private static let verbalNounEndings = ["ние", "тие", "ání", "ení", "ění", "ítí", "utí", "ýní"]
}
