import NewsModel

/// Where a capitalised run begins and ends: "of" and "and" inside institutions' names, the person before "of", a
/// sentence's first word, a month that is a surname.
extension CandidateScanner {
    /// What follows "of" is a name by itself: one the gazetteer knows, or an acronym ("NASA").
    func namesAfterOf(_ start: Int, _ end: Int) -> Bool {
        if end - start == 1, Self.isAcronym(tokens[start].bare) { return true }
        return gazetteer.lookup(bares(start..<end).joined(separator: " ")) != nil
    }

    /// German's definite articles, which join nouns, not the words of a name ("von der Leyen" goes on by its "von").
    static let germanArticles: WordSet = ["der", "die", "das", "des", "dem", "den"]
    /// The plural articles of Spanish, inside a name after "de" ("Congreso de los Diputados", "Juan de los Santos").
    static let spanishPluralArticles: WordSet = ["los", "las"]
    /// German nouns for a kind of body, written before the body's name ("der Verein X", "die Partei Y").
    static let germanBodyNouns: WordSet = [
        "Verein", "Vereins", "Vereine", "Gruppe", "Gruppierung", "Partei", "Bewegung", "Organisation", "Netzwerk", "Bündnis",
        "Konzern", "Konzerns", "Unternehmen", "Unternehmens", "Firma", "Initiative", "Plattform", "Sender", "Senders",
        "Zeitung", "Magazin", "Portal", "Verband", "Verbands", "Gewerkschaft", "Stiftung", "Moschee", "Moscheeverein", "Club",
    ]

    /// A German noun for a kind of body, alone or closing a compound ("Nachrichtenagentur Reuters", "Rüstungskonzern
    /// Rheinmetall", "Autobauer Tesla", "Kurznachrichtendienst Twitter"), written before the body's name.
    static func isGermanBodyNoun(_ word: String) -> Bool {
        if germanBodyNouns.contains(word) { return true }
        guard word.utf8.count >= 8, let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
        return closesWithHead(word.lowercasedOnBytes(), germanBodyHeads)
    }

    private static let germanBodyHeads = [
        "konzern", "agentur", "zeitung", "sender", "magazin", "hersteller", "verband", "partei", "gewerkschaft", "unternehmen",
        "bauer", "riese", "dienst", "blatt", "kette", "anbieter", "händler", "versicherer", "netzwerk", "plattform", "portal",
        "stiftung", "bewegung", "gruppe", "organisation", "verein", "bündnis", "firma", "club",
    ]

    /// The first part of a German compound at `index` that names something ("SPD" of "SPD-Innenministerin", "YouTube"
    /// of "Youtube-Kanal"): an acronym, or a body or country the gazetteer knows — not a town ("Corona-Pandemie"),
    /// and not when the whole compound is a name ("Saudi-Arabien", "Nordrhein-Westfalen").
    func namedCompoundPart(at index: Int) -> String? {
        let word = tokens[index].bare
        // No hyphen byte, no hyphen: the Character search below runs only on the few words that hold one.
        guard word.utf8.contains(UInt8(ascii: "-")), let hyphen = word.firstIndex(of: "-"), hyphen > word.startIndex,
            word.index(after: hyphen) < word.endIndex,
            gazetteer.lookup(word) == nil
        else { return nil }
        let part = String(word[..<hyphen])
        guard part.count >= 2 else { return nil }
        if Self.isAcronym(part) { return EntityWords.commonAcronyms.contains(part) ? nil : part }
        guard let known = gazetteer.lookup(part),
            known.kind == .organisation || known.qcode?.hasPrefixOnBytes("iso3166") == true
        else { return nil }
        return part
    }

    /// The lower-case words after an institution's head that say what it is for ("for", "für", "pour", "para", "per").
    static let purposePrepositions: WordSet = ["for", "für", "pour", "para", "per"]
    /// The definite articles after a Romance "for" ("para la", "pour le", "per il").
    static let lowercaseRomanceArticles = WordSet(romanceArticles.words.map { $0.lowercasedOnBytes() })
    /// A German noun for a public body, alone or closing a compound ("Verband", "Bundesverband", "Zentralrat",
    /// "Bundesamt"), which names whom it serves in the genitive.
    static func isGermanBodyHead(_ word: String) -> Bool {
        let lowered = word.lowercasedOnBytes()
        return germanGenitiveBodyHeads.contains { lowered.hasSuffixOnBytes($0) }
    }
    /// A German public authority's noun, alone or closing a compound ("Landeskriminalamt", "Datenschutzbehörde",
    /// "Verfassungsschutz", "Staatsanwaltschaft", "Landespolizei").
    static func isGermanAuthority(_ word: String) -> Bool {
        let lowered = word.lowercasedOnBytes()
        return isGermanBodyHead(word) || germanAuthorityHeads.contains { lowered.hasSuffixOnBytes($0) }
    }
    private static let germanAuthorityHeads = ["behörde", "schutz", "polizei", "anwaltschaft", "direktion", "verwaltung"]

    private static let germanGenitiveBodyHeads = [
        "verband", "rat", "bund", "institut", "verein", "gesellschaft", "kammer", "akademie", "stiftung", "partei", "ministerium",
        "amt", "vereinigung", "gewerkschaft", "konferenz", "kommission", "gericht", "senat", "universität",
    ]

    /// Words for bodies that are named for their subject after "on".
    static let deliberatingBodies: WordSet = [
        "Commission", "Committee", "Subcommittee", "Council", "Conference", "Panel", "Forum", "Summit", "Convention", "Force",
    ]
    /// The words that join the two fields of an institution's subject ("… of Volcanology and Seismology").
    static let fieldConjunctions: WordSet = ["and", "und", "et", "y", "e"]

    /// The run from `start` to the conjunction at `and` is an institution and its subject ("Institute of
    /// Volcanology", "Zentrum für Radikalisierungsforschung": an organisation word, then "of" or a purpose word,
    /// then one or two capitalised words), and one capitalised word ends the name after the conjunction — not an acronym,
    /// nor a name the gazetteer knows ("Department of Justice and FBI", "… and Pentagon" are two names). Two
    /// capitalised words may end it too ("Department of Health and Human Services", "… of Housing and Urban
    /// Development"), or three ("… for Volcanology and Geological Hazard Mitigation"), unless the first is a given name
    /// before a word that is no ordinary word ("… of Justice and John Smith" are two names).
    func endsInstitutionSubject(from start: Int, and: Int) -> Bool {
        guard and - start >= 3, and + 1 < tokens.count else { return false }
        let subject = tokens[and - 1]
        // The first field may have two words too ("Office of Disaster Preparedness and Emergency Management").
        let linkIndex =
            and - start >= 4 && tokens[and - 2].isCapitalised && !tokens[and - 2].trailingPunctuation
                && !tokens[and - 2].hasPossessive ? and - 3 : and - 2
        let link = tokens[linkIndex]
        guard subject.isCapitalised, !subject.hasPossessive, link.isLowercase,
            link.word == "of" || Self.purposePrepositions.contains(link.word),
            (start..<linkIndex).contains(where: { Self.namesBody(tokens[$0].bare) })
        else { return false }
        func endsField(_ word: Token, at index: Int) -> Bool {
            word.isCapitalised && !Self.isAcronym(word.bare) && !word.opensQuote && !word.opensBracket
                && gazetteer.lookup(word.bare) == nil
                && (index + 1 == tokens.count || !tokens[index + 1].isCapitalised || tokens[index + 1].opensBracket
                    || word.trailingPunctuation || word.hasPossessive)
        }
        let after = tokens[and + 1]
        if endsField(after, at: and + 1) { return true }
        // "Urban" is a given name too; "Urban Development" is a field when its next word is an ordinary word.
        guard and + 2 < tokens.count,
            !GivenNames.containsName(Substring(after.bare)) || EnglishWords.listing(Substring(tokens[and + 2].bare)) == 2
        else { return false }
        // Up to three words ("Centre for Volcanology and Geological Hazard Mitigation").
        for last in (and + 2)...min(and + 3, tokens.count - 1) {
            let inner = tokens[last - 1]
            guard Self.isFieldWord(inner), !inner.trailingPunctuation, gazetteer.lookup(inner.bare) == nil else { return false }
            if endsField(tokens[last], at: last) { return true }
        }
        return false
    }

    /// "Ministry of Trade, Industry and Energy", "Department for Digital, Culture, Media and Sport": an institution's
    /// fields listed with commas, the last after "and", are one name. The run from `start` holds the institution's word,
    /// "of" or a purpose word and the first field, which ends with the comma at `comma`. No field is a country or a
    /// given name ("the Ministry of Defence, Russia and Ukraine" are three names).
    func listedFieldsEnd(from start: Int, comma: Int) -> Int? {
        let first = tokens[comma]
        guard comma - start >= 2, Self.endsWithComma(first), comma + 2 < tokens.count,
            let link = (start + 1..<comma).first(where: { tokens[$0].word == "of" || Self.purposePrepositions.contains(tokens[$0].word) }),
            comma - link <= 2, (start..<link).contains(where: { Self.namesBody(tokens[$0].bare) })
        else { return nil }
        func isField(_ token: Token) -> Bool {
            Self.isFieldWord(token) && gazetteer.lookup(token.bare)?.qcode?.hasPrefixOnBytes("iso3166") != true
        }
        var next = comma + 1
        for _ in 0..<4 {
            var end = next
            while end < tokens.count, end - next < 2, isField(tokens[end]) {
                end += 1
                if tokens[end - 1].trailingPunctuation { break }
            }
            guard end < tokens.count else { return nil }
            if end > next, tokens[end - 1].trailingPunctuation {
                // Another field and its comma.
                guard Self.endsWithComma(tokens[end - 1]) else { return nil }
                next = end
                continue
            }
            // "… and" (after a field, or after the comma of a list that puts one before it), then the last field.
            guard Self.fieldConjunctions.contains(tokens[end].word), end + 1 < tokens.count else { return nil }
            // (The last is no given name: "… and John Smith" is a person.)
            guard !GivenNames.containsName(Substring(tokens[end + 1].bare)) else { return nil }
            var last = end + 1
            while last < tokens.count, last - (end + 1) < 3, isField(tokens[last]) {
                last += 1
                if tokens[last - 1].trailingPunctuation { break }
            }
            return last > end + 1 ? last : nil
        }
        return nil
    }

    /// A capitalised word that may name a field of an institution's subject: no acronym, not opening a quotation or a
    /// bracket, not in the possessive.
    static func isFieldWord(_ token: Token) -> Bool {
        token.isCapitalised && !isAcronym(token.bare) && !token.opensQuote && !token.opensBracket && !token.hasPossessive
    }

    /// A comma follows the word (the punctuation after it ends no sentence, closes no quotation and is no colon), which a
    /// name listing fields may go on past, and which the name keeps as it is written.
    static func endsWithComma(_ token: Token) -> Bool {
        token.trailingPunctuation && !token.endsSentence && !token.closesQuote && !token.endsWithColon && !token.hasPossessive
    }

    /// "U.S. Customs and Border Protection (CBP)": the acronym in brackets after the capitalised words past "and"
    /// spells the words on both sides of it (a place's initials before them aside) — one body, not two.
    func joinsIntoBracketedAcronym(from start: Int, and: Int) -> Bool {
        var end = and + 1
        while end < tokens.count, end - and <= 4, tokens[end].isCapitalised, !tokens[end].opensBracket {
            end += 1
            if tokens[end - 1].trailingPunctuation { break }
        }
        guard end < tokens.count, end > and + 1, !tokens[end - 1].trailingPunctuation, tokens[end].opensBracket,
            Self.isAcronym(tokens[end].bare)
        else { return false }
        let acronym = tokens[end].bare
        let initials = (start..<end).filter { $0 != and && tokens[$0].isCapitalised }.compactMap { tokens[$0].bare.first }
        return acronym.count >= 3 && initials.count - acronym.count <= 1 && String(initials).hasSuffixOnBytes(acronym)
    }

    /// The acronym in brackets right after the run is its words' initials: "Gewerkschaft Deutscher Lokomotivführer
    /// (GDL)" — the run is the name whole, as the body spells it.
    func spellsAcronymAfter(_ run: Range<Int>) -> Bool {
        guard run.upperBound < tokens.count, case let next = tokens[run.upperBound], next.opensBracket,
            Self.isAcronym(next.bare)
        else { return false }
        return Resolver.acronym(of: bares(run).joined(separator: " ")) == next.bare
    }

    /// A word that names a body wherever it stands in a name: "Institute", "Bundesamt", "Datenschutzbehörde".
    static func namesBody(_ word: String) -> Bool {
        EntityWords.organisationWords.contains(word) || EntityWords.organisationBeginnings.contains(word)
            || EntityWords.hasOrganisationSuffix(Substring(word))
    }

    /// "Trinidad and Tobago", "Bosnia and Herzegovina": the gazetteer knows the words before "and" at `and`, "and" and
    /// one or two capitalised words after it as one name.
    func knownWithAnd(from start: Int, and: Int) -> Bool {
        let before = bares(start..<and).joined(separator: " ")
        var after = ""
        for end in (and + 1)..<min(and + 3, tokens.count) {
            guard tokens[end].isCapitalised else { return false }
            after += (after.isEmpty ? "" : " ") + tokens[end].bare
            if gazetteer.lookup(before + " and " + after) != nil { return true }
            if tokens[end].trailingPunctuation || tokens[end].hasPossessive { return false }
        }
        return false
    }

    /// The capitalised run starting at `start` ends with an organisation word ("Exchange Commission").
    func endsInOrganisationWord(from start: Int) -> Bool {
        var end = start
        // Not into a bracket: "Management Council (NDRRMC)" ends at "Council".
        while end < tokens.count, tokens[end].isCapitalised, end - start < 5, end == start || !tokens[end].opensBracket {
            end += 1
            if tokens[end - 1].trailingPunctuation || tokens[end - 1].hasPossessive { break }
        }
        return end > start && EntityWords.organisationWords.contains(tokens[end - 1].bare)
    }

    /// "Theresa May", "Ben March": a month name after a capitalised first name is a surname unless a number follows.
    func isSurnameMonth(at index: Int) -> Bool {
        let month = tokens[index].bare
        guard index > 0,
            Self.surnameMonths.contains(month)
                || Self.surnameMonthAbbreviations.contains(month) && Self.isGivenName(tokens[index - 1].bare),
            tokens[index - 1].isCapitalised, !EntityWords.calendarWords.contains(tokens[index - 1].bare),
            !tokens[index - 1].trailingPunctuation,
            // (After a title too when a given name comes before the month: "Prime Minister Theresa May".)
            index < 2 || !tokens[index - 2].isCapitalised || tokens[index - 2].trailingPunctuation
                || Self.isGivenName(tokens[index - 1].bare),
            // (A given name that is a town's name too still opens a person's: "Miroslav Jul", "Theresa May".)
            gazetteer.lookup(tokens[index - 1].bare) == nil || Self.isGivenName(tokens[index - 1].bare)
        else { return false }
        guard index + 1 < tokens.count else { return true }
        return !(tokens[index + 1].word.first?.isNumber ?? false)
    }

    private static let surnameMonths: WordSet = ["May", "March", "June", "April", "August"]
    /// Abbreviations of months that are surnames too, after a given name only ("Miroslav Jul").
    private static let surnameMonthAbbreviations: WordSet = ["Jul", "Jun", "Mar"]

    /// "The Baltimore Sun", "the Toronto Sun": "Sun" closing a paper's name after a place, not Sunday's abbreviation
    /// (which a date follows: "Sun, Jan 5", "Sun 5 Jan").
    func isNewspaperSun(at index: Int) -> Bool {
        guard tokens[index].bare == "Sun", index > 0, tokens[index - 1].isCapitalised, !tokens[index - 1].trailingPunctuation,
            !EntityWords.calendarWords.contains(tokens[index - 1].bare)
        else { return false }
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        return !(next.word.first?.isNumber ?? false) && !EntityWords.calendarWords.contains(next.bare)
    }

    /// "An Bord Pleanála has extended …": Irish names its bodies with its article; before two capitalised words or more
    /// of which the first is one no English dictionary, gazetteer or list of nationalities knows, "An" opening an English
    /// sentence is the name's ("An Alibaba spokesman", "An Israeli official" are English; "An Cheol-soo" is a Korean name).
    func irishArticleOpensName(at start: Int, runEnd: Int) -> Bool {
        guard readsEnglish, runEnd - start >= 3, tokens[start].bare == "An" else { return false }
        let next = tokens[start + 1].bare
        return EnglishWords.listing(Substring(next)) == 0 && gazetteer.lookup(next) == nil && !EntityWords.nationalities.contains(next)
            && !next.contains("-")
    }

    static let russianAbstractEndings = ["ние", "ость", "ство"]

    /// Endings of English adjectives and participles ("Furious", "Delighted", "Defiant", "Tearful", "Combative").
    static let describingSuffixes = ["ed", "ous", "ful", "ive", "ant", "ent", "less"]

    /// The first word of a sentence-initial run is an ordinary word capitalised by its position: a common
    /// sentence opener, or a word the article also writes in lower case — unless it begins a known name.
    func startsWithCommonWord(at start: Int, runEnd: Int) -> Bool {
        let first = tokens[start].bare
        // "The US": the gazetteer ignores an article, so it cannot vouch for one.
        if first == "The" { return true }
        // "Mr. Trump said", "Dr. Fauci": an honorific opening a sentence says a person follows; the title loop strips it.
        if EntityWords.honorifics.contains(first) { return false }
        if EntityWords.commonStarters.contains(first) || openers.contains(first) {
            return gazetteer.lookup(first + " " + tokens[start + 1].bare) == nil && !irishArticleOpensName(at: start, runEnd: runEnd)
        }
        // "Shares of Reliance Industries", "Thousands of Ukrainians": an ordinary plural before "of".
        if !tokens[start + 1].isCapitalised, first.hasSuffixOnBytes("s"), !EntityWords.organisationWords.contains(first),
            !EntityWords.placeBeginnings.contains(first), gazetteer.lookup(first) == nil
        {
            return true
        }
        // "Продвижение Демешина", "Деятельность компании": a Russian abstract noun (verbal "-ние", "-ость", "-ство")
        // opens the sentence; no one's name ends so.
        if inflectsNames, first.utf8.count >= 12, Self.russianAbstractEndings.contains(where: { first.hasSuffixOnBytes($0) }),
            gazetteer.lookup(first) == nil
        {
            return true
        }
        // "Getting Disney+ to work", "Putting Ireland first": a gerund opens the sentence, not a name — unless a word for a
        // place alone follows it, which it names ("Downing Street insisted …", "Flushing Meadows").
        if first.count > 5, first.hasSuffixOnBytes("ing"), !Self.isGivenName(first), gazetteer.lookup(first) == nil,
            !EntityWords.organisationWords.contains(first),
            !(runEnd - start == 2 && EntityWords.placeWords.contains(tokens[start + 1].bare))
        {
            return true
        }
        // "Neither Brazil", "North Ahmad Lawan": a word the dictionary has only in lower case, before a known name
        // or a given name, is the sentence's first word, not the name's.
        // A word that opens bodies' names keeps its run ("Air Canada said", "Real Madrid won").
        if EnglishWords.listing(Substring(first)) == 2, !EntityWords.organisationWords.contains(first),
            !EntityWords.placeBeginnings.contains(first), !EntityWords.compassWords.contains(first),
            !EntityWords.organisationBeginnings.contains(first)
        {
            let restWords = bares((start + 1)..<runEnd)
            let rest = restWords.joined(separator: " ")
            let whole = first + " " + rest
            let personAfter =
                restWords.count == 2 && Self.isGivenName(restWords[0]) && !EntityWords.organisationWords.contains(restWords[1])
                && !EntityWords.legalForms.contains(Substring(restWords[1]))
            if gazetteer.lookup(whole) == nil, gazetteer.lookup(first + " " + restWords[0]) == nil,
                gazetteer.lookup(rest) != nil || personAfter
            {
                return true
            }
        }
        // "Furious Koeman half-time team talk …", "Delighted Lukaku said": an adjective or participle the dictionary has
        // only in lower case, before one word it does not have at all (a surname), describes the person it opens on.
        if runEnd - start == 2, EnglishWords.listing(Substring(first)) == 2,
            Self.describingSuffixes.contains(where: { first.hasSuffixOnBytes($0) }),
            EnglishWords.listing(Substring(tokens[start + 1].bare)) == 0, !EntityWords.organisationWords.contains(tokens[start + 1].bare),
            !EntityWords.placeWords.contains(tokens[start + 1].bare), !EntityWords.organisationBeginnings.contains(first),
            !EntityWords.placeBeginnings.contains(first), gazetteer.lookup(first + " " + tokens[start + 1].bare) == nil
        {
            return true
        }
        guard lowercaseWords.contains(first.lowercasedOnBytes()) else { return false }
        if EntityWords.organisationWords.contains(first) || EntityWords.placeBeginnings.contains(first) || Self.isTitle(first) {
            return false
        }
        // "<Beryllium International Corp> said it has signed …" though the story writes "a beryllium mine": a name that
        // closes on its legal form is a company's, its first word and all.
        if EntityWords.legalForms.contains(tokens[runEnd - 1].bare) { return false }
        if EntityWords.nationalities.contains(first) { return false }
        let rest = bares(start..<runEnd).joined(separator: " ")
        return gazetteer.lookup(rest) == nil && gazetteer.lookup(first + " " + tokens[start + 1].bare) == nil
    }

    /// "Wendy's International Inc": one or two capitalised words from `start`, then a legal form, close a firm's name
    /// that opens with a possessive.
    private func legalFormCloses(from start: Int) -> Bool {
        for length in 1...2 {
            let form = start + length
            guard form < tokens.count, !field(form - 1, \.trailingPunctuation), !field(form - 1, \.hasPossessive),
                field(form - 1, \.isCapitalised)
            else { return false }
            if EntityWords.legalForms.contains(field(form, \.bare)) { return true }
        }
        return false
    }

    /// Whether the words from `start` through `end` (a capitalised word past the run) are a name the gazetteer knows.
    private func namesKnownPlace(from start: Int, through end: Int) -> Bool {
        end < tokens.count && gazetteer.lookup(bares(start..<(end + 1)).joined(separator: " ")) != nil
    }

    /// German titles of nobility, which a name's "von" follows as it follows a given name.
    static let nobilityTitles: WordSet = [
        "Freiherr", "Freifrau", "Graf", "Gräfin", "Prinz", "Prinzessin", "Fürst", "Fürstin", "Herzog", "Herzogin", "Baron", "Baronin",
        "Ritter", "Edler",
    ]

    /// The end of the capitalised run that starts at `index`, with the connectors inside a name ("Bank of England",
    /// "Securities and Exchange Commission", "Ministerio de la Presidencia"), and without trailing lower-case words.
    func capitalisedRunEnd(from index: Int, skipped: [Bool]) -> Int {
        var runEnd = index
        while runEnd < tokens.count, !skipped[runEnd] {
            // The token by its index: binding it copied the whole token (three strings) for every word of a run.
            let at = runEnd
            if tokens[at].isCapitalised, !tokens[at].isContraction, !tokens[at].isCode,
                runEnd == index || !EntityWords.calendarWords.contains(tokens[at].bare) || isSurnameMonth(at: runEnd)
                    || isNewspaperSun(at: runEnd)
            {
                if runEnd > index, tokens[at].opensQuote || tokens[at].opensBracket { break }
                if runEnd > index, capitalisesNouns, namedCompoundPart(at: runEnd) != nil { break }
                // "programu Doprava Evropské unie": a Czech or Russian institution named with its first word capitalised
                // starts a name of its own inside the run.
                if runEnd > index, lowercasesInstitutionNames, slavicInstitutionEnd(from: at) != nil || slavicHeadFirstEnd(from: at) != nil
                {
                    break
                }
                // "London Metal Exchange CMAL3", "Airbus A320": a code of letters and digits after a name is a
                // ticker or a model, not more of the name.
                if runEnd > index, tokens[at].bare.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { break }
                runEnd += 1
                if tokens[at].trailingPunctuation {
                    if let end = listedFieldsEnd(from: index, comma: at) { runEnd = end }
                    break
                }
                // "U.S. Attorney’s Office", "Sheriff’s Department", "Casey's Bar", "McDonald's Corp": a possessive
                // inside a body's name, before the word for the body; not after a name of its own ("Britain's", "NASA's
                // Office of the Inspector General").
                if tokens[at].hasPossessive {
                    guard runEnd < tokens.count, tokens[runEnd].isCapitalised,
                        Self.possessiveHeads.contains(tokens[runEnd].bare) || EntityWords.legalForms.contains(tokens[runEnd].bare)
                            // (One word before the possessive: "John Lydon's Public Image Ltd" is a person's band.)
                            || runEnd - 1 == index && legalFormCloses(from: runEnd),
                        gazetteer.lookup(tokens[at].bare) == nil, runEnd - 1 > index || !Self.isAcronym(tokens[at].bare)
                    else { break }
                }
                // "Colleges Employers’ Association" goes on; "the Chinese Academy of Sciences’ FAST" ends at the
                // plural possessive: what follows is the body's, not part of its name.
                if tokens[at].pluralApostrophe != nil {
                    guard runEnd < tokens.count,
                        Self.possessiveHeads.contains(tokens[runEnd].bare)
                            || EntityWords.organisationWords.contains(tokens[runEnd].bare)
                    else { break }
                }
                // "… in the U.S. The …": initials end a sentence when a sentence starter follows.
                // (Or a word the article's language opens sentences with: "na sociální síti X. Tehdy uvedla …".)
                if tokens[at].isInitials, runEnd < tokens.count,
                    EntityWords.commonStarters.contains(tokens[runEnd].bare) || openers.contains(tokens[runEnd].bare)
                {
                    break
                }
            } else if runEnd > index, !tokens[at].isCapitalised,
                // Portuguese "do" ("Maria do Rosário Palma Ramalho", "Rio Grande do Sul"), in Romance copy — elsewhere
                // ("do" is Czech and Polish for "to") only inside a name the gazetteer knows ("Mato Grosso do Sul").
                EntityWords.connectors.contains(tokens[at].word)
                    || tokens[at].word == "do" && (readsRomance || namesKnownPlace(from: index, through: runEnd + 1)),
                runEnd + 1 < tokens.count,
                // (Nor a connector that ends a sentence: "Dobrý den. Jeden z …" — Czech "den", "day", is Dutch's "den".)
                tokens[runEnd + 1].isCapitalised, !tokens[runEnd - 1].trailingPunctuation, !tokens[at].trailingPunctuation,
                // "convicted Hartley of Zoe's manslaughter": a surname, "of" and a name's possessive are two names ("Bank of
                // America's", "Prince of Wales's", "Statue of Liberty's" go on).
                !(field(runEnd + 1, \.hasPossessive) && field(at, \.word) == "of" && runEnd - index == 1
                    && !Self.namesBody(field(index, \.bare)) && !EntityWords.placeWords.contains(field(index, \.bare))
                    && !EntityWords.placeBeginnings.contains(field(index, \.bare)) && !Self.isTitle(field(index, \.bare))),
                // "Texas Commerce Bancshares Inc of Houston": a legal form closes a company's name; "of" after it says where
                // the company is.
                !(tokens[at].word == "of" && EntityWords.legalForms.contains(tokens[runEnd - 1].bare)),
                // Spanish and Italian "al" is "to the" before a body's name ("los Presupuestos al Congreso de los
                // Diputados"), not the Arabic article.
                !(readsRomance && tokens[at].word == "al" && EntityWords.organisationBeginnings.contains(tokens[runEnd + 1].bare)),
                // "alla Mobilità del Comune di Roma": a portfolio, then "of" and a body named head first — the body's name
                // starts at its head (an institution of that body keeps it: "Universidad de la Comunidad de Madrid").
                !(readsRomance && EntityWords.organisationBeginnings.contains(tokens[runEnd + 1].bare)
                    && !(index..<runEnd).contains(where: {
                        Self.namesBody(tokens[$0].bare) || EntityWords.organisationBeginnings.contains(tokens[$0].bare)
                            || Self.isTitle(tokens[$0].bare) || Self.romanceInstitutionHeads.contains(tokens[$0].bare)
                    })),
                !(capitalisesNouns && Self.germanArticles.contains(tokens[at].word)),
                // German "von" is a name's particle after a given name or a title of nobility ("Ursula von der Leyen",
                // "Freiherr von Stein"); after a noun it is "of" or "from" ("in der Nähe von Ingolstadt", "Bürgermeister
                // von Köln"), and the nouns of German copy are capitalised.
                !(capitalisesNouns && tokens[at].word == "von" && !Self.isGivenName(tokens[runEnd - 1].bare)
                    && !Self.nobilityTitles.contains(tokens[runEnd - 1].bare)),
                // "los sindicatos CCOO y UGT", "Comisiones Obreras y UGT", "Cataluña y Madrid": "y" joins surnames ("Ortega y
                // Gasset") and the parts of a name the gazetteer knows ("Castilla y León"), not a name and an acronym, nor
                // a place and the next name of a list.
                !(tokens[at].word == "y"
                    && (Self.isAcronym(tokens[runEnd + 1].bare)
                        || gazetteer.lookup(bares(index..<runEnd).joined(separator: " ")) != nil
                            && !namesKnownPlace(from: index, through: runEnd + 1)))
            {
                runEnd += 1
            } else if runEnd > index, tokens[at].word == "of" || tokens[at].word == "for", runEnd + 2 < tokens.count,
                tokens[runEnd + 1].word == "the",
                tokens[runEnd + 2].isCapitalised, !tokens[at].trailingPunctuation, !tokens[runEnd + 1].trailingPunctuation,
                !tokens[runEnd - 1].trailingPunctuation, Self.namesBody(tokens[runEnd - 1].bare)
            {
                // "Office of the Inspector General", "Bank of the West", "Museum of the City of New York": "of the"
                // after a word for a body goes on with its name ("Secretary of the Treasury" names no body); so does
                // "for the" ("Kiel Institute for the World Economy", "Institute for the Study of War").
                runEnd += 2
            } else if runEnd > index, readsRomance, Self.purposePrepositions.contains(tokens[at].word), runEnd + 2 < tokens.count,
                Self.lowercaseRomanceArticles.contains(tokens[runEnd + 1].word), tokens[runEnd + 2].isCapitalised,
                !tokens[at].trailingPunctuation, !tokens[runEnd + 1].trailingPunctuation, !tokens[runEnd - 1].trailingPunctuation,
                !tokens[runEnd - 1].hasPossessive, (index..<runEnd).contains(where: { Self.namesBody(tokens[$0].bare) })
            {
                // "Fondo Mundial para la Naturaleza", "Comisión para la Verdad", "Fondation pour la Recherche Médicale",
                // "Agenzia per la Cybersicurezza": a body named for its purpose, "for the" in the Romance languages.
                runEnd += 2
            } else if runEnd > index, !tokens[at].isCapitalised, EntityWords.connectors.contains(tokens[at].word),
                runEnd + 2 < tokens.count,
                !tokens[at].trailingPunctuation,
                // ("y la", "& the" are no "of the": "Cataluña y la Comunidad de Madrid" are two.)
                tokens[at].word != "y", tokens[at].word != "&",
                EntityWords.connectors.contains(tokens[runEnd + 1].word)
                    || tokens[at].word == "de" && Self.spanishPluralArticles.contains(tokens[runEnd + 1].word),
                tokens[runEnd + 2].isCapitalised,
                !tokens[runEnd - 1].trailingPunctuation
            {
                // "Ministerio de la Presidencia", "Banco de la Nación", "Ministère de la Culture", "Congreso de los
                // Diputados": "of the" inside a name.
                runEnd += 2
            } else if runEnd > index, !tokens[at].isCapitalised, Self.purposePrepositions.contains(tokens[at].word),
                runEnd + 1 < tokens.count,
                tokens[runEnd + 1].isCapitalised, !tokens[runEnd - 1].trailingPunctuation,
                // ("Blues Incorporated for The Rolling Stones": a capitalised article after "for" opens another name.)
                !EntityWords.articles.contains(tokens[runEnd + 1].word),
                !tokens[runEnd - 1].hasPossessive,
                (index..<runEnd).contains(where: { Self.namesBody(tokens[$0].bare) })
            {
                // "Max Planck Institute for Radio Astronomy", "Office for Students", "Zentrum für …": an institution's
                // name goes on with what it is for.
                runEnd += 1
            } else if runEnd > index, capitalisesNouns, tokens[at].word == "der" || tokens[at].word == "des",
                runEnd + 1 < tokens.count, tokens[runEnd + 1].isCapitalised, !tokens[runEnd - 1].trailingPunctuation,
                !tokens[at].trailingPunctuation, Self.isGermanBodyHead(tokens[runEnd - 1].bare)
            {
                // "Verband der Automobilindustrie", "Bund der Steuerzahler", "Zentralrat der Juden": a German body is
                // named for whom it serves in the genitive (the articles join no other names).
                runEnd += 1
            } else if runEnd > index, tokens[at].word == "on", runEnd + 1 < tokens.count, tokens[runEnd + 1].isCapitalised,
                !tokens[runEnd - 1].trailingPunctuation, Self.deliberatingBodies.contains(tokens[runEnd - 1].bare),
                !EntityWords.calendarWords.contains(tokens[runEnd + 1].bare)
            {
                // "Commission on Audit", "Council on Foreign Relations", "Intergovernmental Panel on Climate Change": a
                // body that deliberates is named for its subject after "on" (not "the Council on Tuesday").
                runEnd += 1
            } else if runEnd > index, Self.fieldConjunctions.contains(tokens[at].word), !tokens[runEnd - 1].trailingPunctuation,
                endsInstitutionSubject(from: index, and: runEnd)
            {
                // "Institute of Volcanology and Seismology", "Zentrum für Radikalisierungsforschung und Prävention":
                // the second field of an institution's subject is part of its name.
                runEnd += 1
            } else if runEnd > index, case let conjunction = field(at, \.word), conjunction == "and" || conjunction == "&",
                !tokens[runEnd - 1].trailingPunctuation,
                !EntityWords.legalForms.contains(tokens[runEnd - 1].bare),
                // "Larsen & Toubro and Afcons Infrastructure": a name joined by "&" is whole before "and".
                !(conjunction == "and" && (index..<runEnd).contains { tokens[$0].word == "&" }),
                // "Avanti West Coast, CrossCountry and Great Western Railway": the last two names of a list.
                !(index > 0 && tokens[index - 1].isCapitalised && tokens[index - 1].trailingPunctuation),
                // "Gen Bipin Rawat and Army chief …": a title's holder before "and" is a person, not a body's first words.
                !((max(index, 1)..<runEnd).contains {
                    Self.isTitle(field($0 - 1, \.bare)) && !EntityWords.organisationWords.contains(field($0, \.bare))
                }),
                // (A club's or a firm's name is whole before "and": "Blackburn Rovers and Bolton Wanderers", "Lakeside Capital
                // and Ridge Partners" are two — not "Securities and Exchange Commission", a body's word on both sides.)
                runEnd - index <= 2 && (endsInOrganisationWord(from: runEnd + 1) || knownWithAnd(from: index, and: runEnd))
                    && !EntityWords.clubWords.contains(tokens[runEnd - 1].bare)
                    && !(runEnd - index == 2 && EntityWords.organisationWords.contains(tokens[runEnd - 1].bare)
                        && runEnd + 1 < tokens.count && !EntityWords.organisationWords.contains(tokens[runEnd + 1].bare))
                    || (endsInOrganisationWord(from: runEnd + 1)
                        && !(index..<runEnd).contains { EntityWords.organisationWords.contains(tokens[$0].bare) })
                    || joinsIntoBracketedAcronym(from: index, and: runEnd)
                    // "Standard and Poor's Corp": one word the gazetteer does not know by itself, "and", a word in the
                    // possessive and a legal form — one firm's name, as Reuters writes it ("Ford and Chrysler Corp" are
                    // two).
                    || conjunction == "and" && runEnd - index == 1 && runEnd + 2 < tokens.count
                        && tokens[runEnd + 1].isCapitalised && tokens[runEnd + 1].hasPossessive
                        && EntityWords.legalForms.contains(tokens[runEnd + 2].bare) && gazetteer.lookup(tokens[index].bare) == nil
            {
                // (Longer: "National Disaster Risk Reduction and Management Council" — one body when no word for a
                // body comes before "and", so that two bodies named in a row stay two.)
                // "Securities and Exchange Commission": "and" inside an organisation's name.
                runEnd += 1
            } else {
                break
            }
        }
        while runEnd > index, !tokens[runEnd - 1].isCapitalised { runEnd -= 1 }
        // "contro la Banda Il sindaco: …" (a headline's two parts run together): a Romance article in capitals before a word
        // in small letters opens the next phrase; it closes no name.
        if readsRomance, runEnd - index >= 2, runEnd < tokens.count, tokens[runEnd].isLowercase,
            Self.romanceArticles.contains(tokens[runEnd - 1].bare)
        {
            runEnd -= 1
        }
        return runEnd
    }
}
