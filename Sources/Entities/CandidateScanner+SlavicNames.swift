import NewsModel

/// Institutions that Czech, Slovak and Russian name with a capital on the first word only: an adjective, perhaps one
/// more in lower case, then the body's noun — "Česká národní banka", "Poslanecká sněmovna", "Evropské unie",
/// "Государственная дума", "Верховный суд". The capitalised run is the adjective alone; the body is the whole.
extension CandidateScanner {
    /// Stems of the nouns such names end with, in every case form ("banka", "bance", "bankou"; "дума", "думы").
    private static let slavicInstitutionStems = [
        "bank", "sněmovn", "snemovn", "unie", "unii", "rad", "soud", "komis", "úřad", "polici", "univerzit", "stran",
        "agentur", "inspekc", "správ", "fond", "výbor", "vlád", "akademi", "nemocnic", "ministerstv", "senát", "hnutí",
        "pojišťovn", "komor", "svaz", "společnost", "kancelář", "institut", "asociac",
        "банк", "дум", "палат", "суд", "комисси", "служб", "прокуратур", "парти", "университет", "академи", "совет",
        "комитет", "фонд", "агентств", "инспекци", "гварди", "церкв", "церков", "рад", "федераци", "союз", "компани",
        "корпораци", "объединени",
    ]
    /// Adjective endings of the three languages in their case forms (longest first).
    private static let slavicAdjectiveEndings = [
        "ého", "ému", "ých", "ými", "ém", "ým", "ou", "á", "é", "ý", "í",
        "ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие", "ую", "юю", "ом", "ем",
        "ых", "их", "ым", "им",
    ]

    /// The end of a Czech, Slovak or Russian institution's name that opens with the capitalised adjective at `start`
    /// and goes on in lower case with at most one more adjective and the body's noun; nil otherwise.
    func slavicInstitutionEnd(from start: Int) -> Int? {
        // The cheap tests first, each read in place: this is asked of every capitalised word of the article.
        guard lowercasesInstitutionNames, start + 1 < tokens.count,
            tokens.withUnsafeBufferPointer({ $0[start + 1].isLowercase && !$0[start].trailingPunctuation && !$0[start].hasPossessive }),
            Self.isSlavicAdjective(tokens.withUnsafeBufferPointer { $0[start].bare })
        else { return nil }
        var end = start + 1
        if Self.isSlavicAdjective(tokens[end].bare), !tokens[end].trailingPunctuation, end + 1 < tokens.count, tokens[end + 1].isLowercase {
            end += 1
        }
        let noun = tokens[end].bare.lowercased()
        guard Self.slavicInstitutionStems.contains(where: { noun.hasPrefix($0) && noun.count <= $0.count + 4 }) else { return nil }
        // "Opoziční hnutí ANO", "opoziční strana SPD": the kind of body before its name, not a name of its own.
        if end + 1 < tokens.count, !tokens[end].trailingPunctuation, !tokens[end + 1].opensBracket, Self.isAcronym(tokens[end + 1].bare) {
            return nil
        }
        return end + 1
    }

    /// An adjective by its ending — not a verbal noun, which ends the same way ("zasedání", "заседание": "the meeting").
    /// On the bytes: past its first letter a word of five letters or more is in small letters, as the endings are.
    static func isSlavicAdjective(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        guard bytes.count >= 5, word.unicodeScalars.count >= 5 else { return false }
        func endsWith(_ ending: [UInt8]) -> Bool { bytes.count > ending.count && bytes.suffix(ending.count).elementsEqual(ending) }
        return adjectiveEndingBytes.contains(where: endsWith) && !verbalNounEndingBytes.contains(where: endsWith)
    }
    private static let adjectiveEndingBytes = slavicAdjectiveEndings.map { Array($0.utf8) }
    private static let verbalNounEndingBytes = ["ние", "тие", "ání", "ení", "ění", "ítí", "utí", "ýní"].map { Array($0.utf8) }
}
