import NewsModel

extension CandidateScanner {
    /// The end (after the closing quotation mark) of a body's name quoted after the noun for its kind, as Russian, Czech
    /// and the Romance languages write firms, parties and clubs: "компания «Метрострой Северной столицы»", "společnost
    /// „Energetika Plus“", "la société « Les Echos »". Nil when the word before the quotation is no such noun or the
    /// quotation does not close within eight words.
    func quotedBodyEnd(from start: Int) -> Int? {
        guard !readsEnglish, start > 0, field(start, \.opensQuote), field(start, \.isCapitalised),
            Self.bodyKindNouns.contains(field(start - 1, \.word).lowercasedOnBytes())
                || Self.bodyKindAcronyms.contains(field(start - 1, \.word))
        else { return nil }
        var end = start
        while end < tokens.count, end - start < 8 {
            if field(end, \.closesQuote) { return end + 1 }
            if end > start, field(end, \.opensQuote) || field(end, \.endsSentence) { return nil }
            end += 1
        }
        return nil
    }

    /// Nouns for a firm, party, club or institution that stand before its quoted name, in their cases (Russian, Czech)
    /// and in the Romance languages.
    private static let bodyKindNouns: Set<String> = [
        "компания", "компании", "компанию", "компанией", "группа", "группы", "группу", "группой", "концерн", "концерна",
        "холдинг", "холдинга", "банк", "банка", "завод", "завода", "фирма", "фирмы", "партия", "партии", "партию",
        "движение", "движения", "организация", "организации", "фонд", "фонда", "корпорация", "корпорации", "клуб", "клуба",
        "агентство", "агентства", "телеканал", "телеканала", "газета", "газеты", "издание", "издания", "театр", "театра",
        "společnost", "společnosti", "firma", "firmy", "skupina", "skupiny", "banka", "banky", "strana", "strany", "hnutí",
        "klub", "klubu", "société", "groupe", "entreprise", "association", "empresa", "compañía", "grupo", "asociación",
        "società", "gruppo", "azienda", "associazione",
        // Airlines, state corporations, operators and retail chains ("Авиакомпания «Аэрофлот»", "госкорпорация «Росатом»",
        // "la compagnie « Air France »").
        "авиакомпания", "авиакомпании", "авиакомпанию", "авиакомпанией", "госкорпорация", "госкорпорации", "госкорпорацию",
        "оператор", "оператора", "ритейлер", "ритейлера", "сеть", "сети", "aerolinky", "compagnie", "aerolínea", "compagnia",
    ]
    /// Russian legal forms before a firm's quoted name ("ООО «Ромашка»", "ПАО «Газпром»").
    private static let bodyKindAcronyms: Set<String> = ["ООО", "АО", "ПАО", "ЗАО", "ОАО", "НКО", "ФГУП", "ГУП", "МУП", "a.s.", "s.r.o."]
}
