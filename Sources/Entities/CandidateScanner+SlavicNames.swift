import NewsModel

/// Institutions that Czech, Slovak and Russian name with a capital on the first word only: an adjective, perhaps one
/// more in lower case, then the body's noun — "Česká národní banka", "Poslanecká sněmovna", "Evropské unie",
/// "Государственная дума", "Верховный суд". The capitalised run is the adjective alone; the body is the whole.
extension CandidateScanner {
    /// Stems of the nouns such names end with, in every case form ("banka", "bance", "bankou"; "дума", "думы").
    private static let slavicInstitutionStems = [
        "bank", "sněmovn", "snemovn", "unie", "unii", "rad", "soud", "komis", "úřad", "polici", "univerzit", "stran",
        "agentur", "inspekc", "správ", "fond", "výbor", "vlád", "akademi", "nemocnic", "ministerstv", "senát", "hnutí",
        "pojišťovn", "komor", "svaz", "společnost", "kancelář", "institut", "asociac", "pošt", "dráh", "drah", "televiz",
        "rozhlas", "spořiteln", "zastupitelstv",
        "банк", "дум", "палат", "суд", "комисси", "служб", "прокуратур", "парти", "университет", "академи", "совет",
        "комитет", "фонд", "агентств", "инспекци", "гварди", "церкв", "церков", "рад", "федераци", "союз", "компани",
        "корпораци", "объединени", "почт", "дорог", "телевидени",
    ]
    /// Adjective endings of the three languages in their case forms (longest first).
    private static let slavicAdjectiveEndings = [
        "ého", "ému", "ých", "ými", "ém", "ým", "ou", "á", "é", "ý", "í",
        "ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие", "ую", "юю", "ом", "ем",
        "ых", "их", "ым", "им",
    ]

    /// A body's noun in one of its case forms ("Policie", "Vláda", "Soudu"), by the institutions' stems.
    static func isSlavicBodyNoun(_ word: String) -> Bool {
        let noun = word.lowercasedOnBytes()
        return slavicInstitutionStems.contains(where: { noun.hasPrefixOnBytes($0) && noun.count <= $0.count + 4 })
    }

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
        guard Self.isSlavicBodyNoun(tokens[end].bare) else { return nil }
        // "Opoziční hnutí ANO", "opoziční strana SPD": the kind of body before its name, not a name of its own.
        if end + 1 < tokens.count, !tokens[end].trailingPunctuation, !tokens[end + 1].opensBracket, Self.isAcronym(tokens[end + 1].bare) {
            return nil
        }
        return fieldAndPlaceEnd(from: end + 1)
    }

    /// Where a Slavic body's name ends that goes on from `end` with its field ("Федеральная служба безопасности") and the
    /// country or town it serves, in the genitive ("Следственный комитет России", "районный суд Петербурга").
    private func fieldAndPlaceEnd(from start: Int) -> Int {
        var end = start
        while end < tokens.count, !tokens[end - 1].trailingPunctuation, Self.slavicFieldWords.contains(tokens[end].bare) { end += 1 }
        if startsPlaceName(at: end) {
            end += 1
        } else if !tokens[end - 1].trailingPunctuation, end + 1 < tokens.count, Self.placePrepositions.contains(tokens[end].word),
            tokens[end + 1].isCapitalised, namesPlace(tokens[end + 1].bare)
        {
            // "Městský soud v Brně", "Krajský úřad ve Zlíně": Czech names a court or an office's seat with "in".
            end += 2
        }
        return end
    }
    private static let placePrepositions: WordSet = ["v", "ve"]

    /// Heads of the bodies Czech and Russian name head first with their field in lower case after them, in their
    /// case forms: "Ministerstvo vnitra", "ministerstva financí", "Министерство финансов", "в Министерстве
    /// экономического развития". The field is what the rest of the name is, so it is read from `slavicFieldWords`.
    private static let slavicHeadFirstStems = ["ministerstv", "министерств", "úřad", "управлени", "департамент", "служб"]
    /// The words of a ministry's or office's field as the two languages write it in the genitive after the head
    /// ("vnitra", "zahraničních věcí", "práce a sociálních věcí", "обороны", "иностранных дел", "науки и высшего
    /// образования"): a closed table of portfolios, where a lower-case word after the head could also be a verb.
    static let slavicFieldWords: WordSet = [
        "vnitra", "financí", "obrany", "zdravotnictví", "spravedlnosti", "kultury", "dopravy", "zemědělství", "školství",
        "mládeže", "tělovýchovy", "průmyslu", "obchodu", "zahraničních", "zahraničí", "věcí", "práce", "sociálních",
        "životního", "prostředí", "pro", "místní", "regionální", "rozvoj", "rozvoje", "energetiky", "informatiky", "vlády",
        "financií", "hospodárstva", "spravodlivosti", "zdravotníctva", "školstva", "dopravy",
        "финансов", "обороны", "юстиции", "здравоохранения", "образования", "просвещения", "культуры", "транспорта",
        "энергетики", "труда", "спорта", "строительства", "промышленности", "торговли", "сельского", "хозяйства",
        "иностранных", "внутренних", "дел", "экономического", "развития", "природных", "ресурсов", "экологии", "цифрового",
        "науки", "высшего", "социальной", "защиты", "связи", "безопасности", "налоговой", "таможенной", "исполнения",
        "наказаний", "здравоохранения", "туризма", "информации",
    ]
    /// "a", "и": a second field joined to the first ("průmyslu a obchodu", "промышленности и торговли").
    private static let slavicFieldJoiners: WordSet = ["a", "i", "и"]

    /// The end of a Czech or Russian body named head first with its field from `slavicFieldWords` after it ("Ministerstvo
    /// životního prostředí", "Министерство финансов России": the country it serves, a name the gazetteer knows, is part
    /// of it); nil when the head has no field from the table after it.
    func slavicHeadFirstEnd(from start: Int) -> Int? {
        guard lowercasesInstitutionNames, start + 1 < tokens.count, !tokens[start].trailingPunctuation, !tokens[start].hasPossessive,
            tokens[start + 1].isLowercase, Self.slavicFieldWords.contains(tokens[start + 1].bare)
        else { return nil }
        let head = tokens[start].bare.lowercasedOnBytes()
        guard Self.slavicHeadFirstStems.contains(where: { head.hasPrefixOnBytes($0) && head.count <= $0.count + 3 }) else { return nil }
        var end = start + 1
        while end < tokens.count, !tokens[end - 1].trailingPunctuation {
            let token = tokens[end]
            if Self.slavicFieldWords.contains(token.bare) {
                end += 1
            } else if Self.slavicFieldJoiners.contains(token.bare), end + 1 < tokens.count, !token.trailingPunctuation,
                Self.slavicFieldWords.contains(tokens[end + 1].bare)
            {
                end += 2
            } else {
                break
            }
        }
        // "… развития России", "… financí ČR", "Департамент транспорта Москвы": the country or town it serves, in the
        // genitive.
        return startsPlaceName(at: end) ? end + 1 : end
    }

    /// Whether the token at `index` names, right after the name before it (no punctuation between), the place that name
    /// serves: a capitalised `namesPlace` word, not in brackets.
    private func startsPlaceName(at index: Int) -> Bool {
        !tokens[index - 1].trailingPunctuation && index < tokens.count && tokens[index].isCapitalised && !tokens[index].opensBracket
            && namesPlace(tokens[index].bare)
    }

    /// A place's name in a case form ("России", "Чехии", "Ruska", "Петербурга"), or a country's as written ("ČR",
    /// "Россия"): a town as written is no genitive — "České spořitelny David" names no town.
    private func namesPlace(_ word: String) -> Bool {
        if let entry = gazetteer.lookup(word), entry.kind == .place { return entry.qcode?.hasPrefixOnBytes("iso3166") == true }
        guard word.count >= 5, !Self.isGivenName(word) else { return false }
        for (ending, nominatives) in Resolver.caseEndings where word.hasSuffixOnBytes(ending) {
            let stem = word.dropLast(ending.count)
            if nominatives.contains(where: { gazetteer.lookup(String(stem) + $0)?.kind == .place }) { return true }
        }
        return false
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

    /// Where a Russian or Czech street's name ends, if one starts at `index`: a capitalised word then the street noun
    /// ("Тверской улицы", "Красная площадь"), or the noun then a capitalised word ("площадь Революции", "ulice Národní");
    /// or a region's, its adjective then the region's noun ("Ростовской области").
    func slavicStreetEnd(from index: Int) -> Int? {
        guard index + 1 < tokens.count, !tokens[index].trailingPunctuation else { return nil }
        if tokens[index].isCapitalised, tokens[index + 1].isLowercase, !tokens[index].opensQuote,
            EntityWords.slavicStreetNouns.contains(tokens[index + 1].bare)
        {
            return index + 2
        }
        if tokens[index].isLowercase, tokens[index + 1].isCapitalised, !tokens[index + 1].opensQuote,
            EntityWords.slavicStreetNouns.contains(tokens[index].bare)
        {
            return index + 2
        }
        // "Ростовской области", "Краснодарского края", "Jihočeského kraje": a region or district, its adjective capitalised
        // and its noun in small letters — the place is both words, not the adjective alone.
        if tokens[index].isCapitalised, tokens[index + 1].isLowercase, !tokens[index].opensQuote,
            EntityWords.slavicRegionNouns.contains(tokens[index + 1].bare), Self.isSlavicAdjective(tokens[index].bare)
        {
            return index + 2
        }
        return nil
    }
}
