import NewsModel

/// Names that start in a shape of their own, read before the capitalised run at a token is.
extension CandidateScanner {
    /// A name at `index` in a shape of its own — a numbered or a Romance or Slavic street, a quoted body's name, a name
    /// the gazetteer knows that goes on in lower case, a Romance or Slavic institution, a surname two people share, a
    /// German compound naming a body — or a token that opens no name. Adds the name to `result` and gives the token the
    /// scan goes on from; nil when the capitalised run at `index` is to be read.
    func nameOfItsOwnShape(at index: Int, skipped: [Bool], result: inout [Candidate]) -> Int? {
        let tokens = self.tokens
        if readsEnglish, !skipped[index], let street = numberedStreet(at: index) {
            result.append(knownName(bares(street).joined(separator: " "), at: street.lowerBound))
            return street.upperBound
        }
        // "via Santa Caterina", "rue de la Paix", "calle Alcalá": a street of Romance copy, its noun in small letters
        // before the name (it had been a person: "Santa Caterina"; or the city the street is named after: "via Roma").
        if readsRomance, tokens[index].isLowercase, let end = romanceStreetEnd(from: index) {
            result.append(knownName(bares(index..<end).joined(separator: " "), at: index))
            return end
        }
        // "компания «Метрострой Северной столицы»": a body's quoted name after the noun for its kind, whole (its own
        // words in small letters too), though quotation marks otherwise set off a work's title.
        if let end = quotedBodyEnd(from: index) {
            result.append(bodyName(index..<end))
            return end
        }
        // "Тверской улицы", "площадь Революции", "náměstí Míru": a street or square of Russian or Czech copy, its
        // noun in small letters before or after the name.
        // (After a sentence's opening preposition too: "В Каменском районе …", "На Тверской улице …".)
        if inflectsNames,
            case let head = openers.contains(tokens[index].bare) && index + 1 < tokens.count && tokens[index].isCapitalised
                && !tokens[index].trailingPunctuation ? index + 1 : index,
            let end = slavicStreetEnd(from: head)
        {
            result.append(knownName(bares(head..<end).joined(separator: " "), at: head))
            return end
        }
        guard tokens[index].isCapitalised, !skipped[index], !tokens[index].isContraction, !tokens[index].isCode else {
            return index + 1
        }
        // "Carini (PA)", "Patti (Me)": Italian copy gives a town's province by its code in brackets — no body's name.
        if readsRomance, index > 0, tokens[index].opensBracket, tokens[index - 1].isCapitalised, tokens[index].word.utf8.count == 2,
            Self.italianProvinceCodes.contains(tokens[index].word.uppercased())
        {
            return index + 1
        }
        // "République tchèque", "Emirats arabes unis", "Arabia saudita": a name the gazetteer knows that goes on
        // in lower case, as names do in French, Spanish and Italian; also after an article ("Les Emirats …").
        let known =
            knownLowercaseContinuation(from: index)
            ?? (EntityWords.articles.contains(tokens[index].bare) ? knownLowercaseContinuation(from: index + 1) : nil)
        if let (from, end) = known {
            result.append(knownName(bares(from..<end).joined(separator: " "), at: from))
            return end
        }
        // (After an article, or a sentence's opening word: "À l’Assemblée nationale, …".)
        if readsRomance,
            case let head = (EntityWords.articles.contains(tokens[index].bare) || openers.contains(tokens[index].bare))
                && index + 1 < tokens.count ? index + 1 : index,
            let end = romanceInstitutionEnd(from: head)
                // "Nouveau Front populaire", "Nueva Izquierda …": "new" before the head is part of the name.
                ?? (Self.romanceNewWords.contains(tokens[head].bare) && !tokens[head].trailingPunctuation
                    ? romanceInstitutionEnd(from: head + 1) : nil)
        {
            let words = [tokens[head].bare] + ((head + 1)..<end).map { tokens[$0].elision + tokens[$0].bare }
            var candidate = knownName(words.joined(separator: " "), at: head)
            candidate.introducedAsBody = true
            result.append(candidate)
            return end
        }
        // "Ministerstvo vnitra", "В Министерстве финансов": after a sentence's opening preposition too.
        if lowercasesInstitutionNames,
            case let head = openers.contains(tokens[index].bare) && index + 1 < tokens.count ? index + 1 : index,
            let end = slavicHeadFirstEnd(from: head)
        {
            result.append(bodyName(head..<end))
            return end
        }
        if let end = slavicInstitutionEnd(from: index) {
            result.append(bodyName(index..<end))
            return end
        }
        if let name = sharedSurnameName(at: index) {
            result.append(knownName(name, at: index))
            return index + 1
        }
        if let whole = truncatedCompound(at: index) {
            result.append(knownName(whole, at: index))
            return index + 1
        }
        // "SPD-Innenministerin", "FDP-nahen", "Youtube-Kanal": a German compound whose first part is an acronym or a
        // body or country the gazetteer knows names it; the compound itself is no name.
        if capitalisesNouns, let named = namedCompoundPart(at: index) {
            result.append(knownName(named, at: index))
            return index + 1
        }
        return nil
    }
}
