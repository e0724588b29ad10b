import NewsModel

/// The candidate a run's name makes, with what its neighbours say of it (the acceptance step's features).
extension CandidateScanner {
    /// Adds the candidate for `name` (the run's words as the article writes them) unless it is no name: a sentence's
    /// first common word, a nationality, a month, a holiday, a minister's or an office's portfolio, a grade's label.
    func addCandidate(
        named name: String, words: [String], run: ScannedRun, from index: Int, sentenceInitial: Bool, located: Bool,
        personBeforeOf: Bool, ofAPerson: Bool, shouting: Bool, into result: inout [Candidate]
    ) {
        let tokens = self.tokens
        let lowercaseWords = self.lowercaseWords
        let (start, runEnd, titled) = (run.start, run.end, run.titled)
        let (introducedAsBody, afterGermanPlaceNoun, afterLabel) = (run.introducedAsBody, run.afterGermanPlaceNoun, run.afterLabel)
        let initialHere = sentenceInitial && start == index
        let nextToken = runEnd < tokens.count ? tokens[runEnd] : nil
        let next = nextToken.map { $0.isLowercase ? $0.word : "" } ?? ""
        let previous = start > 0 ? tokens[start - 1] : nil
        let previousWord = previous.map { $0.isLowercase && !$0.trailingPunctuation ? $0.word : "" } ?? ""
        // (After a label's colon too: "Police: Man arrested after chase".)
        let isSingleCommonWord =
            (initialHere || afterLabel && start == index) && words.count == 1
            && (EntityWords.commonStarters.contains(name) || openers.contains(name) || EntityWords.articles.contains(name)
                || lowercaseWords.contains(name.lowercasedOnBytes())
                // "Investigators said", "Officials believe": a word the dictionary lists only in lower case.
                || readsEnglish && EnglishWords.listing(Substring(name)) == 2)
        if !name.isEmpty, !isSingleCommonWord, !EntityWords.nationalities.contains(name), !EntityWords.calendarWords.contains(name),
            !EntityWords.holidays.contains(name),
            !Self.isNotAName(words), !(words.count == 1 && EntityWords.commonAcronyms.contains(name)),
            // "Flight MH370": the word before a flight's number is no name either.
            !(words.count == 1 && nextToken.map { Self.isFlightNumber($0.bare) } == true),
            // "la ministra de Medio Ambiente", "el ministro de Economía": a minister's portfolio, no name of its own
            // (a country the gazetteer knows is kept: "ministro de Brasil").
            // ("el ministro ruso de Asuntos Exteriores", "el fiscal general del Estado": an adjective may follow the office.)
            // ("le ministre de la Défense", "el ministro de la Presidencia": "of the" in two words, before one word; not
            // a body's name of more: "el teniente fiscal de la Secretaría Técnica".)
            !(start >= 2 && Self.romanceLinks.contains(previousWord)
                && (Self.ministerWords.contains(field(start - 2, \.word))
                    || start >= 3 && field(start - 2, \.isLowercase) && !field(start - 2, \.trailingPunctuation)
                        && Self.ministerWords.contains(field(start - 3, \.word)))
                && gazetteer.lookup(name) == nil
                || words.count == 1 && start >= 3 && previousWord == "la" && field(start - 2, \.word) == "de"
                    && Self.ministerWords.contains(field(start - 3, \.word)) && gazetteer.lookup(name) == nil),
            // "Commissioner for the Environment and Water Resources", "Director of Public Affairs": an office's portfolio.
            // (A town's name that is an ordinary word is the portfolio's there: "Minister for Enterprise and Innovation".)
            !(isOfficePortfolio(start: start, words: words) && gazetteer.lookup(name).map(Gazetteer.isTownOrCity) != false),
            // ("el ministro de Justicia": the Romance office, its portfolio, though a town is called so; a country's or a
            // region's name stays one.)
            !(isRomanceOfficePortfolio(start: start, words: words)
                && gazetteer.lookup(name).map({ $0.kind != .place || Gazetteer.isTownOrCity($0) }) != false),
            // "a Category 3 storm", "Level 4 restrictions": an ordinary word before a grade's number labels the grade.
            !(words.count == 1 && !field(runEnd - 1, \.trailingPunctuation) && nextToken.map { Self.isGradeNumber($0.bare) } == true
                && EnglishWords.listing(Substring(name)) == 2)
        {
            var candidate = Candidate(
                text: name, block: block, offset: tokens[start].offset, sentenceInitial: initialHere,
                titled: titled, followedByVerb: EntityWords.verbs.contains(next) && !tokens[runEnd - 1].trailingPunctuation,
                afterLocativePreposition: located || EntityWords.locatives.contains(previousWord)
                    || (previousWord == "the" && start >= 2 && EntityWords.locatives.contains(tokens[start - 2].word)),
                followedByAuxiliary: EntityWords.auxiliaries.contains(next))
            candidate.afterArticle = previousWord == "the"
            candidate.honorific = titled && start > 0 && EntityWords.honorifics.contains(tokens[start - 1].bare)
            candidate.introducedAsBody = introducedAsBody
            candidate.personBeforeOf = personBeforeOf
            candidate.ofAPerson = ofAPerson
            candidate.previousWord = previousWord
            if let previous, !previous.trailingPunctuation,
                previous.isCapitalised
                    && (EntityWords.articles.contains(previous.bare) || Self.frenchSentenceArticles.contains(previous.bare))
                    || previous.bare.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) && !previous.bare.isEmpty
            {
                candidate.articleOrNumberBefore = previous.bare
            }
            candidate.afterPlaceNounOf =
                start >= 2 && Self.placeNounLinks.contains(previousWord)
                && (Self.placeNounsBeforeOf.contains(field(start - 2, \.word))
                    || Self.townBodyNounsBeforeOf.contains(field(start - 2, \.word)) && runEnd - start == 1)
                || inflectsNames && Self.slavicTownNouns.contains(previousWord) || afterGermanPlaceNoun
                || readsRomance && Self.romanceLocalityNouns.contains(previousWord)
                // "del barrio de Ferrol Vello", "nella frazione di San Marco": the noun, then its link.
                || readsRomance && start >= 2 && Self.romanceLinks.contains(previousWord)
                    && Self.romanceLocalityNouns.contains(field(start - 2, \.word))
            // "External Security Coordination": every word also written in lower case is a phrase, not a person's name.
            candidate.wordsAllCommon = words.count >= 2 && words.allSatisfy { lowercaseWords.contains(String($0).lowercasedOnBytes()) }
            candidate.writtenInLowerCase = words.count == 1 && lowercaseWords.contains(name.lowercasedOnBytes())
            candidate.listedWithPlace = runEnd - start == 1 && isListedWithKnownPlace(start)
            candidate.beforeStateAbbreviation =
                runEnd < tokens.count && field(runEnd - 1, \.trailingPunctuation) && !field(runEnd - 1, \.endsSentence)
                && (field(runEnd, \.trailingPunctuation) || field(runEnd, \.isInitials))
                && USStateAbbreviations.associatedPressState(field(runEnd, \.word)) != nil
            candidate.inShoutingText = shouting
            candidate.nextWord = tokens[runEnd - 1].trailingPunctuation || tokens[runEnd - 1].hasPossessive ? "" : next
            candidate.employsNamedPerson =
                !candidate.nextWord.isEmpty && EntityWords.jobNouns.contains(candidate.nextWord) && runEnd + 1 < tokens.count
                && !field(runEnd, \.trailingPunctuation) && field(runEnd + 1, \.isCapitalised)
            if let nextToken, nextToken.opensBracket, Self.isAcronym(nextToken.bare) { candidate.acronymAfter = nextToken.bare }
            candidate.ownsCompanyPart = field(runEnd - 1, \.hasPossessive) && ownsCompanyPart(at: runEnd)
            candidate.describedAsBody =
                field(runEnd - 1, \.trailingPunctuation) && !field(runEnd - 1, \.endsSentence) && !field(runEnd - 1, \.closesQuote)
                && isDescribedAsBody(from: runEnd)
            // "la société Brandvold Logistique", "la empresa Brandvold Logística", "l'azienda …": the Romance languages write
            // the kind of firm in lower case before its name, as German writes "die Firma".
            // (Not before a given name: "ředitel společnosti Matěj Šandera", "директор компании Сергей …" name the
            // company's director.)
            if readsRomance || inflectsNames, let previous, previous.isLowercase, !previous.trailingPunctuation,
                Self.isFirmNoun(previous.bare), !Self.isGivenName(tokens[start].bare)
            {
                candidate.introducedAsBody = true
            }
            result.append(candidate)
        }
    }
}
