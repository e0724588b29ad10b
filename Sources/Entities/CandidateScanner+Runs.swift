import NewsModel

/// Reading one capitalised run: where it ends, where the name in it starts, and the titles before it.
extension CandidateScanner {
    /// The capitalised run being read and what its words have said so far.
    struct ScannedRun {
        /// Where the name starts (after articles, titles and nouns that are no part of it) and where it ends.
        var start: Int
        var end: Int
        var titled = false
        /// Where a member's letters after the name stand ("Kemi Badenoch MP").
        var postNominal: Int?
        var introducedAsBody = false
        /// The end of the nouns a place in the genitive qualifies ("Deutschlands Kanzler").
        var qualifiedNounsEnd: Int?
        var afterGermanPlaceNoun = false
        /// The run follows a label's colon ("Why it matters: The vote …").
        var afterLabel = false
    }

    /// What the scan does at a capitalised token.
    enum RunStep {
        /// Read the run up to `end`.
        case read(end: Int)
        /// Go on from `to`: the run is a date, a road, a state, a model number … (a name found there is in the result).
        case skip(to: Int)
    }

    /// The capitalised run at `index` (with connectors inside, "Bank of England"), or what it is instead of a name.
    func readableRun(from index: Int, sentenceInitial: Bool, skipped: inout [Bool], result: inout [Candidate]) -> RunStep {
        let tokens = self.tokens
        // The whole capitalised run, with connectors inside ("Bank of England").
        var runEnd = capitalisedRunEnd(from: index, skipped: skipped)
        guard runEnd > index else {
            return .skip(to: index + 1)
        }
        // "Frankenholz Die Polizei sucht …" (a regional page's dateline without its dash): a German article inside a
        // run opens the next sentence or phrase; no name goes on over it.
        if capitalisesNouns, runEnd - index >= 3,
            let article = ((index + 1)..<runEnd).first(where: { Self.germanCapitalisedArticles.contains(tokens[$0].word) })
        {
            runEnd = article
        }
        // "Policie České republiky", "vláda Slovenskej republiky": Czech and Slovak write a state's formal name with its
        // noun in lower case, which the capitalised run stops before. A body's noun before the name names the state's
        // body, whole; other words before it are a run of their own, the state's name the next.
        if lowercasesInstitutionNames, runEnd - index >= 2, runEnd < tokens.count, !tokens[runEnd - 1].trailingPunctuation,
            field(runEnd, \.isLowercase), let (_, end) = knownLowercaseContinuation(from: runEnd - 1), end > runEnd
        {
            if runEnd - index == 2, Self.isSlavicBodyNoun(tokens[index].bare) {
                result.append(bodyName(index..<end))
                return .skip(to: end)
            }
            runEnd -= 1
        }
        // "(D-New York)", "(R-South Dakota)", "(D-Minn.)": an American legislator's party and state — the party
        // letter no name of its own, the state a place however it is abbreviated.
        if tokens[index].opensBracket, Self.isPartyAffiliation(tokens[index].bare) {
            let tag = bares(index..<runEnd).joined(separator: " ")
            if let state = USStateAbbreviations.state(named: String(tag.dropFirst(2))) { result.append(knownName(state, at: index)) }
            return .skip(to: runEnd)
        }
        // "held March Nine": Reuters' 1980s copy spells a day below ten as a word; a month and that word are a date.
        if runEnd == index + 2, EntityWords.calendarWords.contains(field(index, \.bare)),
            Self.dayWords.contains(field(index + 1, \.bare))
        {
            return .skip(to: runEnd)
        }
        // "Washington, D.C.": the district's letters after the city's name and its comma are the city's, no body.
        if runEnd == index + 1, index > 0, field(index, \.word) == "D.C." || field(index, \.bare) == "DC",
            field(index - 1, \.bare) == "Washington", field(index - 1, \.trailingPunctuation)
        {
            return .skip(to: runEnd)
        }
        // "against the U.S. Dollar", "U.S. Pressure": Reuters' wire copy of the 1980s capitalises the word after a
        // country's initials. Initials the gazetteer knows, then one word the dictionary has only in small letters,
        // that names no body, place or title and that the gazetteer does not know with them ("U.S. Treasury", "U.S.
        // Fed"), are the country and a noun.
        // (After "The" opening the sentence too: "The U.K. Exported 535,460 tonnes"; and before a name the gazetteer
        // knows, which is a name of its own: "U.S. Carmaker General Motors", "in the U.S. And Japan".)
        if readsEnglish, case let head = runEnd == index + 3 && field(index, \.word) == "The" ? index + 1 : index,
            runEnd == head + 2
                || runEnd > head + 2 && field(head, \.word) != "The"
                    && gazetteer.lookup(bares((head + 2)..<runEnd).joined(separator: " ")) != nil,
            field(head, \.isInitials), !field(head + 1, \.hasPossessive),
            case let noun = field(head + 1, \.bare), EnglishWords.listing(Substring(noun)) == 2 || Self.wireUnits.contains(noun),
            !EntityWords.organisationWords.contains(noun), !EntityWords.placeWords.contains(noun), !Self.isTitle(noun),
            gazetteer.lookup(field(head, \.word))?.kind == .place, gazetteer.lookup(noun) == nil,
            gazetteer.lookup(field(head, \.word) + " " + noun) == nil
        {
            skipped[head + 1] = true
            runEnd = head + 1
        }
        // "Secaucus, N.J.", "Hialeah, Fla.": the AP's abbreviation of a state after a town and its comma is the state
        // (N.J. had been an organisation, its full stops read as an acronym's).
        if runEnd == index + 1, index > 0, field(index - 1, \.isCapitalised), field(index - 1, \.trailingPunctuation),
            !field(index - 1, \.endsSentence), field(index, \.trailingPunctuation) || field(index, \.isInitials),
            let state = USStateAbbreviations.associatedPressState(field(index, \.word))
        {
            result.append(knownName(state, at: index))
            return .skip(to: runEnd)
        }
        // "US Highway 175", "State Route 78", "Highway 365": a road's name goes on over its number (a road is a
        // place; "State Route" had been a body). A sentence's first common word is no part of it ("On Highway 1").
        if readsEnglish, let end = numberedRoadEnd(runEnd: runEnd) {
            var start = index
            if sentenceInitial, runEnd - start >= 2, startsWithCommonWord(at: start, runEnd: runEnd) { start += 1 }
            while start + 1 < runEnd, EntityWords.clauseStarters.contains(tokens[start].bare) { start += 1 }
            // ("just South of Hwy 365": what stands before a connector says where on the road, no part of its name.)
            if let connector = (start..<(runEnd - 1)).last(where: { tokens[$0].isLowercase }) { start = connector + 1 }
            var road = knownName(bares(start..<end).joined(separator: " "), at: start)
            road.isNumberedRoad = true
            result.append(road)
            return .skip(to: end)
        }
        // "Airbus A320-200", "Boeing 737 MAX": a maker before a model's number names a product, not the maker.
        if runEnd < tokens.count, Self.isModelNumber(field(runEnd, \.bare)), !field(runEnd - 1, \.trailingPunctuation) {
            return .skip(to: runEnd + 1)
        }
        return .read(end: runEnd)
    }

    /// Where the name in the run starts: after a sentence's article or first common word, a descriptor, a compass
    /// point's initial, and German's nouns for a body, an authority or a place.
    func runStart(from index: Int, to runEnd: Int, sentenceInitial: Bool) -> ScannedRun {
        let tokens = self.tokens
        var runEnd = runEnd
        var start = index
        // "Les États-Unis", "Die Schweiz" opening a sentence: the article is not part of a name the gazetteer
        // knows without it ("Los Angeles", "El Salvador", "Le Monde" keep theirs).
        if runEnd - start >= 2, EntityWords.articles.contains(tokens[start].bare) {
            let whole = bares(start..<runEnd).joined(separator: " ")
            let rest = bares((start + 1)..<runEnd).joined(separator: " ")
            if gazetteer.lookup(whole) == nil, gazetteer.lookup(rest) != nil { start += 1 }
        }
        // "El Banco de España ha advertido …": a Romance article opening a sentence is the sentence's, before a name
        // of two words or more the gazetteer does not know with it (English "The" may begin a name: "The Beatles";
        // so may a surname: "Le Pen a déclaré …").
        if sentenceInitial, start == index, runEnd - start >= 3, Self.romanceArticles.contains(tokens[start].bare),
            gazetteer.lookup(bares(start..<runEnd).joined(separator: " ")) == nil
        {
            start += 1
        }
        while start + 1 < runEnd, EntityWords.clauseStarters.contains(tokens[start].bare),
            !irishArticleOpensName(at: start, runEnd: runEnd)
        {
            start += 1
        }
        // "Mother-of-two Laura Spooner", "Officer-in-Charge Mahabbat Kobir": a descriptor or a title hyphenated round
        // "of" or "in" opens no name.
        if runEnd - start >= 3, tokens[start].bare.containsBytes("-of-") || tokens[start].bare.containsBytes("-in-") { start += 1 }
        // "S. Illinois" (southern Illinois, as Reuters' weather copy writes it): a compass point's initial before a
        // place is no part of the place's name — unless the point names a place of its own ("N. Carolina" is
        // North Carolina, "W. Virginia" West Virginia).
        if runEnd - start >= 2, case let word = field(start, \.word), word.utf8.count == 2, word.utf8.last == UInt8(ascii: "."),
            let point = Self.compassInitials[word]
        {
            let rest = bares((start + 1)..<runEnd).joined(separator: " ")
            if gazetteer.lookup(rest)?.kind == .place, gazetteer.lookup(point + " " + rest) == nil,
                gazetteer.lookup(bares(start..<runEnd).joined(separator: " ")) == nil
            {
                start += 1
            }
        }
        // After a label's colon a sentence starts too ("Why it matters: The vote …", "What's next: The Congressional
        // Budget Office …", "Celtics: At Charlotte on Wednesday"), whose first common word is no part of the name.
        let afterLabel = index > 0 && tokens[index - 1].endsWithColon
        if sentenceInitial || afterLabel, start == index, runEnd - start >= 2, startsWithCommonWord(at: start, runEnd: runEnd) {
            start += 1
        }
        var introducedAsBody = false
        var qualifiedNounsEnd: Int?
        var afterGermanPlaceNoun = false
        // "Firma Brandvold Logistika převezme areál", "Společnost …" opening a sentence: the firm's noun, capitalised
        // only because the sentence starts with it, is no part of its name.
        if sentenceInitial, start == index, runEnd - start >= 2, readsRomance || inflectsNames, !capitalisesNouns,
            Self.isFirmNoun(tokens[start].bare.lowercasedOnBytes()),
            gazetteer.lookup(bares(start..<runEnd).joined(separator: " ")) == nil
        {
            start += 1
            introducedAsBody = true
        }
        if capitalisesNouns {
            // "Das Bundesamt für …" opening a sentence: the article is no part of a name ("Der Spiegel", known, keeps it).
            if runEnd - start >= 2, EntityWords.articles.contains(tokens[start].bare),
                gazetteer.lookup(bares(start..<runEnd).joined(separator: " ")) == nil
            {
                start += 1
            }
            // "Verein Liberale Vielfalt", "Gruppe Muslim Interaktiv": German names a body's kind before its name.
            // (Unless the acronym in brackets after it spells the noun too: "Gewerkschaft Deutscher
            // Lokomotivführer (GDL)" is the union's own name.)
            if runEnd - start >= 2, Self.isGermanBodyNoun(tokens[start].bare),
                gazetteer.lookup(bares(start..<runEnd).joined(separator: " ")) == nil
            {
                // ("Verband der Automobilindustrie": the noun before a genitive is the name's own first word.)
                // (Nor before an adjective in the genitive plural: "Verband Deutscher Reeder", "Verein Deutscher
                // Ingenieure" name whom they serve so.)
                let namesWhomItServes =
                    start + 1 < runEnd
                    && (["der", "des"].contains(tokens[start + 1].word)
                        || runEnd - start >= 3 && tokens[start + 1].bare.hasSuffixOnBytes("er")
                            && Resolver.isGermanAdjective(tokens[start + 1].bare))
                if !spellsAcronymAfter(start..<runEnd), !namesWhomItServes { start += 1 }
                introducedAsBody = true
            }
            // "Datenschutzbehörde Nordrhein-Westfalen", "Verfassungsschutz Mecklenburg-Vorpommerns": an authority's noun
            // before the place it serves (or the place's genitive) is that authority's name, not a person's.
            if runEnd - start >= 2, Self.isGermanAuthority(tokens[start].bare),
                case let place = bares((start + 1)..<runEnd).joined(separator: " "),
                gazetteer.lookup(place)?.kind == .place || runEnd - start == 2 && gazetteer.genitivePlace(of: place) != nil
            {
                introducedAsBody = true
            }
            // "Bund der Steuerzahler", "Zentralrat der Juden": a body's noun before the genitive of whom it serves.
            if runEnd - start >= 3, ["der", "des"].contains(tokens[start + 1].word), Self.isGermanBodyHead(tokens[start].bare) {
                introducedAsBody = true
            }
            // "Richtung Jena", "Landkreis Gotha", "Gemeinde Uhlstädt": German's noun for a town, an area or a direction
            // before the place's name is no part of it, as "the town of" is not in English.
            // ("Richtung Autobahn", "Richtung Innenstadt": a direction names a place only when the gazetteer knows it.)
            // (Or a compound that closes with one: "in Fahrtrichtung München", "die Partnerstadt Nantes".)
            if runEnd - start >= 2,
                Self.germanPlaceNouns.contains(tokens[start].bare)
                    || capitalisesNouns && Self.closesWithGermanPlaceNoun(tokens[start].bare)
                        && gazetteer.lookup(tokens[start].bare) == nil,
                gazetteer.lookup(bares(start..<runEnd).joined(separator: " ")) == nil
            {
                afterGermanPlaceNoun = !tokens[start].bare.hasSuffixOnBytes("richtung") && tokens[start].bare != "Richtung"
                start += 1
            }
            // "Terrormiliz Islamischer Staat": a capitalised common noun before a name the gazetteer knows whole.
            if runEnd - start >= 3, gazetteer.lookup(bares(start..<runEnd).joined(separator: " ")) == nil,
                let known = (start + 1...runEnd - 2).first(where: {
                    gazetteer.lookup(bares($0..<runEnd).joined(separator: " ")) != nil
                })
            {
                start = known
            }
            // "Deutschlands Kanzler", "Europas Wirtschaft": a place in the genitive opens the run of nouns it
            // qualifies; the place is a name of its own (the resolver finds its nominative), the nouns are none.
            if runEnd - start >= 2, gazetteer.genitivePlace(of: tokens[start].bare) != nil,
                gazetteer.lookup(bares(start..<runEnd).joined(separator: " ")) == nil
            {
                qualifiedNounsEnd = runEnd
                runEnd = start + 1
            }
        }
        var run = ScannedRun(start: start, end: runEnd)
        run.introducedAsBody = introducedAsBody
        run.qualifiedNounsEnd = qualifiedNounsEnd
        run.afterGermanPlaceNoun = afterGermanPlaceNoun
        run.afterLabel = afterLabel
        return run
    }

    /// Titles, roles and the places or bodies they are of, before (or inside, or closing) the run: the name starts
    /// after them; the places and bodies they name are candidates of their own.
    func nameAfterTitles(_ run: inout ScannedRun, result: inout [Candidate]) {
        let tokens = self.tokens
        var start = run.start
        var runEnd = run.end
        var titled = run.titled
        var postNominal = run.postNominal
        let introducedAsBody = run.introducedAsBody
        // Title and nationality words before a name say what it is, but are not part of it — unless they
        // begin a known name or an organisation's name ("European Union", "European Investment Bank").
        let keepsLeadingWord =
            start + 1 < runEnd
            && (gazetteer.lookup(tokens[start].bare + " " + tokens[start + 1].bare) != nil
                || EntityWords.organisationWords.contains(tokens[start + 1].bare)
                // "General Automation Inc", "President Riverboat Casinos Inc": a legal form closing the run makes it a
                // firm's name, whose first word is no title.
                || tokens[start + 1].isCapitalised && EntityWords.legalForms.contains(tokens[runEnd - 1].bare)
                // "Queen Elizabeth Prize Foundation", "King Edward VII Hospital", "Queen Mary University": a body
                // named after a monarch keeps the title.
                || runEnd - start >= 3 && Self.royalTitles.contains(field(start, \.bare))
                    && (EntityWords.organisationWords.contains(tokens[runEnd - 1].bare)
                        || Self.possessiveHeads.contains(tokens[runEnd - 1].bare))
                // "Economist Intelligence Unit": a role's word opening a body's name of three words or more, a
                // capitalised word that is no given name after it, is the name's first word ("Founder of Ceres
                // Robotics Inc" is not).
                || runEnd - start >= 3 && Self.isTitle(field(start, \.bare))
                    && EntityWords.organisationWords.contains(tokens[runEnd - 1].bare)
                    && field(start + 1, \.isCapitalised) && !Self.isGivenName(field(start + 1, \.bare))
                    && !Self.isTitle(field(start + 1, \.bare))
                || (EntityWords.nationalities.contains(tokens[start].bare)
                    && (EntityWords.organisationWords.contains(tokens[runEnd - 1].bare)
                        || EntityWords.placeWords.contains(tokens[runEnd - 1].bare)
                        // "American Civil Liberties Union of Texas": the body's word before its place.
                        || runEnd - start >= 4
                            && ((start + 2)..<(runEnd - 1)).contains(where: {
                                EntityWords.connectors.contains(field($0, \.word))
                                    && EntityWords.organisationWords.contains(field($0 - 1, \.bare))
                            })))
                // "Southern California Edison", "Western Australia Police": a compass adjective before a place the
                // gazetteer knows, and more name after it, opens the name.
                || runEnd - start >= 3 && Self.compassAdjectives.contains(field(start, \.bare))
                    && gazetteer.lookup(field(start + 1, \.bare))?.kind == .place
                // "the Finance Bill", "the Defence Act": a portfolio before a law's word names the law, not a
                // minister called "Bill".
                || Self.portfolios.contains(field(start, \.bare)) && EntityWords.thingEndings.contains(field(runEnd - 1, \.bare)))
        while !keepsLeadingWord, !introducedAsBody, start < runEnd {
            // "King Street", "Queen Square", "Bishop Road": a title before a word for a place names the place.
            if runEnd - start == 2, EntityWords.placeWords.contains(tokens[start + 1].bare) { break }
            // (Not a title in the possessive: "Queen's Park", "the Sheriff's Station" are places, no one's title.)
            // ("M. Guéant": French copy's "Monsieur" before a surname, not an initial.)
            let isRole =
                !tokens[start].hasPossessive
                && (Self.isTitle(tokens[start].word) || Self.isTitle(tokens[start].bare) || isCapitalisedRole(start, before: runEnd)
                    || readsRomance && tokens[start].word == "M." && runEnd - start == 2
                    || abbreviatesOffice(at: start, before: runEnd) || isRankBeforeGivenName(at: start, before: runEnd))
            // "Christian Lindner": a word for a faith or a nation that is also a given name, before a surname, opens the name.
            guard
                isRole
                    || EntityWords.nationalities.contains(tokens[start].bare)
                        && !(start + 2 == runEnd && Self.isGivenName(tokens[start].bare)
                            && Surnames.contains(Substring(tokens[start + 1].bare)))
            else { break }
            if isRole { titled = true }
            start += 1
        }
        // "Mayor of Gdańsk", "President of the Council": what follows "of" is a place or body, not the titled person.
        let titleOfSomewhere = titled && start < runEnd && !tokens[start].isCapitalised
        if start < runEnd, !tokens[start].isCapitalised { titled = false }
        while start < runEnd, !tokens[start].isCapitalised { start += 1 }
        // "Chief Justice of India Surya Kant", "Mayor of Gdańsk Paweł Adamowicz": the place the title is of,
        // then its holder by a given name — two names, the second titled.
        if titleOfSomewhere, let holder = holderAfterPlace(from: start, to: runEnd) {
            result.append(knownName(bares(start..<holder).joined(separator: " "), at: start))
            start = holder
            titled = true
        } else if let member = memberAfterBody(from: start, to: runEnd) {
            result.append(knownName(bares(start..<member).joined(separator: " "), at: start))
            start = member
        }
        // A title inside the run ("New York Governor Andrew Cuomo"): the name is what follows it; what
        // comes before is kept only when the gazetteer knows it (a place or organisation).
        // Not when only titles follow it: "Office of the Inspector General" is a body's name.
        // Nor when one ordinary word follows it: "National Premier Leagues", "General Assembly" name no one.
        // (Nor when "and" follows it: "NAACP Legal Defense and Educational Fund" is one body.)
        if runEnd - start > 2,
            let titleIndex = (start + 1..<runEnd - 1).last(where: {
                Self.isTitle(tokens[$0].word) || isRankBeforeGivenName(at: $0, before: runEnd)
            }),
            (titleIndex + 1..<runEnd).contains(where: { !Self.isTitle(tokens[$0].word) }), tokens[titleIndex + 1].isCapitalised,
            !(readsEnglish && runEnd - titleIndex == 2 && EnglishWords.listing(Substring(field(runEnd - 1, \.bare))) == 2),
            // (Nor where a body's word closes the run: "Springfield Police Major Crimes Unit" is one body.)
            !EntityWords.organisationWords.contains(field(runEnd - 1, \.bare))
        {
            var prefixEnd = titleIndex
            while prefixEnd > start, Self.isTitle(tokens[prefixEnd - 1].word) { prefixEnd -= 1 }
            // The longest known beginning: "San Diego" of "San Diego Police Chief Shelley Zimmerman".
            // "The New York State Attorney General": the article is no part of the known name before the title.
            let first = EntityWords.articles.contains(tokens[start].bare) && prefixEnd - start >= 2 ? start + 1 : start
            let before = bares(first..<prefixEnd)
            let known = (1...max(1, before.count)).reversed().first(where: {
                $0 <= before.count && gazetteer.lookup(before[..<$0].joined(separator: " ")) != nil
            })
            if before.count >= 2, (known ?? 0) < 2, let last = before.last, EntityWords.organisationWords.contains(last) {
                // "Indiana State Teachers Association President Keith Gambill": the body the title is of — unless
                // a known name of two words or more begins it ("San Diego Police Chief", "White House Press Secretary").
                result.append(knownName(before.joined(separator: " "), at: first))
            } else if before.count >= 2, let last = before.last, Self.countyWords.contains(last),
                (known ?? before.count - 1) == before.count - 1
            {
                // "Santa Barbara County Sheriff Bill Brown", "Jefferson County Commissioner …": the county (or state
                // or province) the title is of, its word included — not only the town of its name.
                result.append(knownName(before.joined(separator: " "), at: first))
            } else if let known {
                result.append(knownName(before[..<known].joined(separator: " "), at: first))
            } else if before.count == 1, Self.isAcronym(before[0]) {
                // "NASA Administrator …": a body's acronym before the office, as before a role word the list lacks.
                result.append(knownName(before[0], at: first))
            }
            start = titleIndex + 1
            titled = true
            while start < runEnd, !tokens[start].isCapitalised {
                start += 1
                titled = false
            }
        }
        // "Kemi Badenoch MP", "Pearse Doherty TD": a member's letters after a person's name are no part of it (a
        // place before them, "the Ipswich MP", is the constituency, read below).
        if runEnd - start >= 3, tokens[runEnd - 1].bare.utf8.count <= 3, Self.postNominals.contains(tokens[runEnd - 1].bare),
            !tokens[runEnd - 2].trailingPunctuation,
            isNameShaped(tokens[runEnd - 2].bare), isNameShaped(tokens[runEnd - 3].bare),
            gazetteer.lookup(bares(start..<(runEnd - 1)).joined(separator: " ")) == nil
        {
            runEnd -= 1
            titled = true
            postNominal = runEnd
        }
        // "The Lagos State Governor, Babajide Sanwo-Olu", "the Ipswich Mayor said": a run that ends in a title
        // names the place or body the title is of; the title is no part of that name.
        if runEnd - start >= 2, Self.isTitle(tokens[runEnd - 1].word) || Self.isTitle(tokens[runEnd - 1].bare) {
            var end = runEnd - 1
            while end > start, Self.isTitle(tokens[end - 1].word) || Self.isTitle(tokens[end - 1].bare) { end -= 1 }
            let first = EntityWords.articles.contains(tokens[start].bare) && end - start >= 2 ? start + 1 : start
            if end > first, !tokens[end - 1].trailingPunctuation,
                gazetteer.lookup(bares(first..<end).joined(separator: " ")) != nil
                    || end - first >= 2 && EntityWords.placeWords.contains(tokens[end - 1].bare)
            {
                start = first
                runEnd = end
            }
        }
        // "Cleveland DL Larry Ogunjobi", "Chicago QB Justin Fields": a position's or role's abbreviation before a
        // given name and a surname; the person's name starts after it, and what comes before is kept when the
        // gazetteer knows it.
        if runEnd - start >= 3, case let given = runEnd - 2, Self.isShortAbbreviation(tokens[given - 1].bare),
            !tokens[given - 1].trailingPunctuation, Self.isGivenName(tokens[given].bare), tokens[runEnd - 1].isCapitalised,
            !EntityWords.organisationWords.contains(tokens[runEnd - 1].bare), !EntityWords.placeWords.contains(tokens[runEnd - 1].bare)
        {
            let before = bares(start..<(given - 1)).joined(separator: " ")
            if !before.isEmpty, gazetteer.lookup(before) != nil {
                result.append(knownName(before, at: start))
            }
            start = given
            titled = true
        }
        // "Secretary of State Mike Pompeo", "NASA Administrator Jim Bridenstine", "Tanaiste Leo Varadkar": role
        // words the title list does not know stand before a given name; the person's name starts at it.
        if let given = givenNameStart(start: start, runEnd: runEnd) ?? portfolioHolderStart(start: start, runEnd: runEnd) {
            let before = bares(start..<given).joined(separator: " ")
            // "Tribunal Supremo Ángel Hurtado", "Guardia Civil Juan Pérez": an institution named head first (its
            // first word opens organisations' names) and no role word — the body the person is of.
            let institution =
                given - start >= 2 && tokens[given - 1].isCapitalised
                && EntityWords.organisationBeginnings.contains(tokens[start].bare)
                && !(start..<given).contains { Self.isTitle(tokens[$0].word) || Self.isTitle(tokens[$0].bare) }
            // "президент России Владимир Путин": a language that declines names puts the country a title is of,
            // in the genitive, before the holder's name; the resolver finds its nominative.
            let declinedCountry = inflectsNames && given - start == 1 && !Self.isAcronym(tokens[start].bare)
            let known =
                gazetteer.lookup(before) != nil || institution || declinedCountry
                ? before : Self.isAcronym(tokens[start].bare) ? tokens[start].bare : nil
            // "Minister for Enterprise Peter Burke", "Secretary of Transportation Sean Duffy": the title's portfolio,
            // no place or body of its own — unless it is a country ("Minister for Ireland").
            let portfolio =
                start >= 2 && (tokens[start - 1].word == "for" || tokens[start - 1].word == "of")
                && (Self.isTitle(tokens[start - 2].word) || Self.isTitle(tokens[start - 2].bare))
                && gazetteer.lookup(before)?.qcode?.hasPrefixOnBytes("iso3166") != true
            if let known, !portfolio {
                result.append(knownName(known, at: start))
            }
            start = given
            titled = true
        }
        // "Předseda SPD Tomio Okamura", "Председатель ЦБ Эльвира Набиуллина": after a role word, a body's acronym
        // and two name-shaped words are the body and its person (the lists need not know the given name).
        if runEnd - start == 3, tokens[start].bare.utf8.count <= 12, Self.isAcronym(tokens[start].bare),
            tokens[start].bare.unicodeScalars.count <= 6, !tokens[start].trailingPunctuation,
            titled || Self.isGivenName(tokens[start + 1].bare),
            (start + 1..<runEnd).allSatisfy({ isNameShaped(tokens[$0].bare) }),
            gazetteer.lookup(bares(start..<runEnd).joined(separator: " ")) == nil,
            gazetteer.lookup(bares((start + 1)..<runEnd).joined(separator: " ")) == nil,
            gazetteer.lookup(tokens[runEnd - 1].bare)?.kind != .place
        {
            result.append(knownName(tokens[start].bare, at: start))
            start += 1
            titled = true
        }
        // "… nimmt Islamexperte Guido Steinberg Bezug": in German a noun can follow a person's name in the same run of
        // capitals; a given name and a known surname end the name there when the next word is no name.
        if capitalisesNouns, runEnd - start >= 3, Self.isGivenName(tokens[start].bare),
            Surnames.contains(Substring(tokens[runEnd - 2].bare)), !tokens[runEnd - 2].trailingPunctuation,
            case let last = Substring(tokens[runEnd - 1].bare), !Surnames.contains(last), !GivenNames.containsName(last),
            gazetteer.lookup(String(last)) == nil
        {
            runEnd -= 1
        }
        run.start = start
        run.end = runEnd
        run.titled = titled
        run.postNominal = postNominal
    }
}
