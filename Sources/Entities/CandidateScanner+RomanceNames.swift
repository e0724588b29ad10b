import NewsModel

/// Institutions that French, Italian, Spanish and Portuguese name in lower case after their first word: "Cour des
/// comptes", "Corte dei conti", "Fédération hospitalière de France", "Protezione civile", "Consejo general". The
/// capitalised run is the head alone; what follows in lower case is part of the name only in these shapes.
extension CandidateScanner {
    /// Words that open such a name: a court, council, ministry, agency … in the four languages.
    static let romanceInstitutionHeads: WordSet = [
        "Cour", "Conseil", "Fédération", "Ministère", "Tribunal", "Assemblée", "Agence", "Autorité", "Commission", "Direction",
        "Institut", "Hôpital", "Banque", "Caisse", "Chambre", "Haute", "Parquet", "Préfecture", "Syndicat", "Confédération",
        "Assistance", "Gendarmerie", "Sécurité", "Corte", "Consiglio", "Federazione", "Ministero", "Tribunale", "Agenzia",
        "Autorità", "Commissione", "Direzione", "Istituto", "Ospedale", "Cassa", "Protezione", "Procura", "Confederazione",
        // "Camera dei deputati".
        "Camera",
        "Consejo", "Federación", "Ministerio", "Audiencia", "Agencia", "Autoridad", "Comisión", "Dirección", "Instituto",
        "Fiscalía", "Confederación", "Defensor", "Conselho", "Ministério", "Agência", "Supremo",
        // Parties and movements: "Rassemblement national", "Parti socialiste", "Partido popular", "Movimento sociale".
        "Rassemblement", "Mouvement", "Parti", "Partito", "Partido", "Movimento", "Movimiento", "Frente", "Front",
        // Associations, unions, foundations, committees, observatories and professional orders ("Association des maires de
        // France", "Unione italiana vini", "Fundación española para la ciencia", "Ordre des médecins").
        "Association", "Associazione", "Asociación", "Associação", "Union", "Unione", "Unión", "União", "Fondation", "Fondazione",
        "Fundación", "Fundação", "Comité", "Comitato", "Observatoire", "Osservatorio", "Observatorio", "Ordre", "Ordine",
        "Sindacato", "Sindicato", "Conférence", "Conferenza", "Conferencia",
    ]
    /// "New" before such a head ("Nouveau Front populaire", "Nuovo Centro destra").
    static let romanceNewWords: WordSet = ["Nouveau", "Nouvelle", "Nouvel", "Nuevo", "Nueva", "Nuovo", "Nuova", "Novo", "Nova"]
    /// Endings of the adjectives such names carry ("hospitalière", "civile", "constitutionnel", "nazionale").
    static let romanceAdjectiveEndings = [
        "al", "ale", "ales", "aux", "el", "elle", "ique", "ico", "ica", "ano", "ana", "aire", "ario", "aria", "ier", "ière",
        "ien", "ienne", "ile", "il", "iste", "ista", "if", "ive", "ivo", "iva", "eur", "ore", "ior",
        // "européenne", "europea", "suprême", "suprema".
        "éen", "éenne", "ea", "eo", "ême", "ema", "emo",
        // "africaine", "américain", "romaine".
        "ain", "aine",
    ]
    /// Days and months, which follow "de" in lower case without naming a field ("le Conseil de lundi").
    static let romanceCalendarWords: WordSet = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril", "mai",
        "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "lunedì", "martedì", "mercoledì", "giovedì",
        "venerdì", "sabato", "domenica", "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "dicembre", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "enero",
        "febrero", "abril", "mayo", "junio", "julio", "septiembre", "octubre", "noviembre", "diciembre",
        // Demonstratives and quantifiers, which open a phrase of time or place after "de" ("el Consejo de este jueves",
        // "le Conseil de cette semaine", "il Consiglio di questa settimana").
        "este", "esta", "estos", "estas", "aquel", "aquella", "cette", "ceux", "celui", "questo", "questa", "quella",
        "quello", "cada", "todos", "todas", "chaque", "tous", "toutes", "ogni", "tutti", "tutte",
    ]
    /// Minister's and secretary's posts in lower case, before "de" and the portfolio ("ministra de Medio Ambiente").
    static let ministerWords: WordSet = [
        "ministro", "ministra", "ministre", "ministr", "ministryně", "viceministro", "viceministra", "secretario", "secretaria",
        "secretária", "sottosegretario", "consejero", "consejera", "conseller", "consellera", "assessore",
        // The State's prosecutor ("el fiscal general del Estado").
        "fiscal", "fiscala",
        // A ministry written in small letters, as French copy does ("le ministère des Affaires étrangères"): its portfolio
        // alone is no body's name.
        "ministère", "ministero", "ministerio", "ministério",
    ]
    /// "of" and "of the" before the field or place of such a name.
    static let romanceLinks: WordSet = ["de", "des", "du", "di", "dei", "degli", "della", "dello", "delle", "del", "do", "da", "dos"]

    /// The end of a Romance institution's name that opens with the head at `start` and goes on in lower case: one
    /// adjective, then "de" and a capitalised name ("… de France"); or directly "de" and one noun ("Cour des
    /// comptes", "Corte dei conti"). Nil when the head is followed by anything else.
    func romanceInstitutionEnd(from start: Int) -> Int? {
        guard readsRomance, start + 1 < tokens.count, Self.romanceInstitutionHeads.contains(tokens[start].bare),
            !tokens[start].trailingPunctuation, !tokens[start].hasPossessive, tokens[start + 1].isLowercase
        else { return nil }
        var end = start + 1
        if Self.isRomanceAdjective(tokens[end]) {
            end += 1
            // "… de France", "… d'Ostrava": the place or body it serves.
            guard !tokens[end - 1].trailingPunctuation else { return end }
            if end < tokens.count, tokens[end].isCapitalised, tokens[end].elision.count > 0, !tokens[end].opensBracket {
                return end + 1
            }
            if end + 1 < tokens.count, Self.romanceLinks.contains(tokens[end].word), tokens[end + 1].isCapitalised,
                !tokens[end + 1].opensBracket, !tokens[end + 1].opensQuote, !EntityWords.calendarWords.contains(tokens[end + 1].bare)
            {
                return end + 2
            }
            // "Banque africaine de développement", "Agence nationale de sécurité du médicament": "of" and a field in
            // lower case, once or twice.
            return fieldsAfter(end)
        }
        // "Cour des comptes", "Conseil de sécurité", "Corte dei conti": "of" and one noun.
        if Self.romanceLinks.contains(tokens[end].word), !tokens[end].trailingPunctuation, end + 1 < tokens.count,
            case let noun = tokens[end + 1], noun.isLowercase, noun.elision.isEmpty, noun.bare.utf8.count >= 4,
            noun.bare.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
            !Self.romanceCalendarWords.contains(noun.bare)
        {
            // "Association des maires de France", "Union des armateurs de l'Atlantique": then the place or body it serves.
            return placeServed(after: end + 2) ?? end + 2
        }
        // "Associazione armatori del Tirreno", "Unione industriali di Napoli": one plural noun, then the place it serves.
        if tokens[end].elision.isEmpty, tokens[end].bare.utf8.count >= 5, !tokens[end].trailingPunctuation,
            let served = placeServed(after: end + 1)
        {
            return served
        }
        return nil
    }

    /// The end of "de" and a capitalised name right after `end - 1` ("… de France", "… de l'Atlantique", "… del Tirreno"),
    /// when the word before it ends no clause.
    private func placeServed(after end: Int) -> Int? {
        guard end < tokens.count, !tokens[end - 1].trailingPunctuation else { return nil }
        // "… d'Ostrava": the link elided onto the name.
        if tokens[end].isCapitalised, !tokens[end].elision.isEmpty, !tokens[end].opensBracket { return end + 1 }
        guard end + 1 < tokens.count, Self.romanceLinks.contains(tokens[end].word), !tokens[end].trailingPunctuation,
            tokens[end + 1].isCapitalised, !tokens[end + 1].opensBracket, !tokens[end + 1].opensQuote,
            !EntityWords.calendarWords.contains(tokens[end + 1].bare)
        else { return nil }
        return end + 2
    }

    /// The end of up to two "of" and a lower-case noun from `start` ("de développement", "de sécurité du médicament").
    private func fieldsAfter(_ start: Int) -> Int {
        var end = start
        for _ in 0..<2 {
            guard !tokens[end - 1].trailingPunctuation, end + 1 < tokens.count, Self.romanceLinks.contains(tokens[end].word),
                !tokens[end].trailingPunctuation, case let noun = tokens[end + 1], noun.isLowercase, noun.elision.isEmpty,
                noun.bare.utf8.count >= 5, noun.bare.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
                !Self.romanceCalendarWords.contains(noun.bare)
            else { break }
            end += 2
        }
        return end
    }

    static func isRomanceAdjective(_ token: Token) -> Bool {
        let word = token.bare
        guard token.isLowercase, token.elision.isEmpty, word.utf8.count >= 5, !token.opensBracket, !token.opensQuote else { return false }
        return endsLikeRomanceAdjective(word)
    }

    /// Whether a word in small letters ends as a Romance adjective does, plural forms too ("civiles", "nationaux" (-aux
    /// is listed), "régionales").
    static func endsLikeRomanceAdjective(_ word: String) -> Bool {
        let singular = word.hasSuffixOnBytes("s") ? String(word.dropLast()) : word
        return romanceAdjectiveEndings.contains { singular.hasSuffixOnBytes($0) }
    }
}
