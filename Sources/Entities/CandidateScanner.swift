import NewsModel

/// Splits tokens into capitalised runs ("French President Emmanuel Macron's" → title + "Emmanuel Macron")
/// and leaves out what is not a name: sentence-initial common words, titles of works in quotes, events.
struct CandidateScanner {
    let tokens: [Token]
    let block: Int
    let lowercaseWords: WordSet
    let gazetteer: Gazetteer
    /// The sentence-opening function words of the article's language (`EntityWords.sentenceOpeners`).
    var openers: WordSet = []
    /// The article's language capitalises every noun (German): its articles join no names ("Vizevorsitzender des
    /// Vereins"), its compounds hold names ("SPD-Innenministerin"), its nouns for bodies come before their names.
    var capitalisesNouns = false
    /// The article is in English, the spelling dictionary's language (`EnglishWords`).
    var readsEnglish = false
    /// Tokens naming a product the text describes by its colour or an event named with a possessive
    /// (`describedProductRuns(in:)`, `possessiveEventRuns(in:)`): no name of anyone's.
    var namedThings: [Range<Int>] = []
    /// The language declines names (Czech, Russian …): a name may stand in the genitive before another.
    var inflectsNames = false
    /// The article is in French, Italian, Spanish or Portuguese, which name institutions in lower case after their
    /// first word (`romanceInstitutionEnd`).
    var readsRomance = false
    /// The article is in Czech, Slovak or Russian, which capitalise an institution's first word only
    /// (`slavicInstitutionEnd`).
    var lowercasesInstitutionNames = false

    /// The nouns for towns and areas that name one after "of" ("the town of …", "il comune di …", "la ville de …").
    static let placeNounsBeforeOf: WordSet = [
        "town", "village", "city", "hamlet", "suburb", "municipality", "borough", "township", "parish", "county", "province",
        "comune", "città", "paese", "frazione", "provincia", "ville", "commune", "ciudad", "pueblo", "localidad", "municipio",
        "cidade", "município",
    ]
    /// Nouns for a town's office, officers or people, whose "of" names the town ("the mayor of Bethel", "la mairie de
    /// Lalinde", "la gendarmerie de Saint-Aignan", "el alcalde de Teruel", "il sindaco di Carini", "les habitants de …").
    static let townBodyNounsBeforeOf: WordSet = [
        "mayor", "residents", "mairie", "maire", "gendarmerie", "préfecture", "sous-préfecture", "habitants", "alcalde",
        "alcaldesa", "ayuntamiento", "vecinos", "sindaco", "sindaca", "abitanti",
    ]
    /// Italian, Spanish and French nouns for a locality or a quarter, right before its name ("in località Romito Magra",
    /// "nel quartiere Libertà", "en el barrio Los Pinos", "au lieu-dit Les Granges").
    static let romanceLocalityNouns: WordSet = [
        "località", "frazione", "contrada", "quartiere", "rione", "barrio", "aldea", "lieu-dit", "hameau",
    ]
    /// The words that make a place's name an administrative division's, kept before a title ("Santa Barbara County
    /// Sheriff").
    static let countyWords: WordSet = ["County", "Parish", "Province", "State", "District", "Borough", "Township", "Municipality"]
    /// Russian and Czech nouns for a town, right before its name, in the nominative and locative ("в городе Тула", "v
    /// obci Lány") — not the genitive, which belongs to a title ("губернатором города Александром Бегловым").
    static let slavicTownNouns: WordSet = [
        "город", "городе", "село", "селе", "деревня", "деревне", "посёлок", "посёлке", "поселок", "поселке", "obec", "obci",
        "město", "městě", "vesnice", "vesnici",
    ]
    /// Italy's province codes (ISO 3166-2:IT), as copy writes them after a town ("Carini (PA)").
    static let italianProvinceCodes: WordSet = [
        "AG", "AL", "AN", "AO", "AR", "AP", "AT", "AV", "BA", "BT", "BL", "BN", "BG", "BI", "BO", "BZ", "BS", "BR", "CA", "CL", "CB",
        "CE", "CT", "CZ", "CH", "CO", "CS", "CR", "KR", "CN", "EN", "FM", "FE", "FI", "FG", "FC", "FR", "GE", "GO", "GR", "IM", "IS",
        "SP", "AQ", "LT", "LE", "LC", "LI", "LO", "LU", "MC", "MN", "MS", "MT", "ME", "MI", "MO", "MB", "NA", "NO", "NU", "OR", "PD",
        "PA", "PR", "PV", "PG", "PU", "PE", "PC", "PI", "PT", "PN", "PZ", "PO", "RG", "RA", "RC", "RE", "RI", "RN", "RM", "RO", "SA",
        "SS", "SV", "SI", "SR", "SO", "SU", "TA", "TE", "TR", "TO", "TP", "TN", "TV", "TS", "UD", "VA", "VE", "VB", "VC", "VR", "VV",
        "VI", "VT",
    ]
    /// German nouns for a town, an area or a direction, written right before the place's name ("Richtung Jena", "im
    /// Landkreis Gotha", "die Gemeinde Uhlstädt", "in der Hauptstadt Berlin").
    static let germanPlaceNouns: WordSet = [
        "Richtung", "Stadt", "Gemeinde", "Landkreis", "Kreis", "Stadtteil", "Ortsteil", "Stadtbezirk", "Bezirk", "Hauptstadt",
        "Landeshauptstadt", "Metropole", "Großstadt", "Kleinstadt", "Ort", "Dorf", "Raum", "Großraum", "Kanton", "Bundesland",
        "Anschlussstelle", "Autobahnkreuz", "Autobahndreieck", "Ortschaft", "Marktgemeinde", "Kreisstadt", "Hansestadt",
    ]
    /// A German compound that closes with a noun for a town, an area or a direction ("Fahrtrichtung", "Partnerstadt",
    /// "Nachbargemeinde", "Ballungsraum"), a word of four letters or more before it — and no town's own name ("Ingolstadt":
    /// the caller asks the gazetteer).
    static func closesWithGermanPlaceNoun(_ word: String) -> Bool {
        guard word.utf8.count >= 9 else { return false }
        return germanPlaceNounEndings.contains { word.hasSuffixOnBytes($0) && word.utf8.count >= $0.utf8.count + 4 }
    }
    private static let germanPlaceNounEndings = ["richtung", "stadt", "gemeinde", "kreis", "bezirk", "raum"]

    /// German's articles as a sentence opens with them.
    static let germanCapitalisedArticles: WordSet = ["Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer"]
    static let placeNounLinks: WordSet = ["of", "di", "de", "del", "du", "d'", "do", "da"]
    private static let royalTitles: WordSet = ["King", "Queen", "Prince", "Princess"]

    /// One field of a token, read in place: the array's subscript copies the whole token (three strings) first.
    @inline(__always) func field<Value>(_ index: Int, _ path: KeyPath<Token, Value>) -> Value {
        tokens.withUnsafeBufferPointer { $0[index][keyPath: path] }
    }
    private static let compassInitials = ["N.": "North", "S.": "South", "E.": "East", "W.": "West"]

    /// An aircraft's or a product's model: a capital letter and three digits ("A320-200", "B737"), or three digits and a
    /// series ("737", "787-9"). Not a ticker ("CMAL3"), a flight ("MH370"), a year ("2026") nor a count ("100").
    static func isModelNumber(_ word: String) -> Bool {
        // Most words open with a letter in lower case or a capital followed by one: answered by two bytes.
        var bytes = word.utf8.makeIterator()
        guard let first = bytes.next(), first >= 0x30 && first <= 0x39 || first >= 0x41 && first <= 0x5A else { return false }
        var letters = first >= 0x41 ? 1 : 0
        var digits = letters == 0 ? 1 : 0
        while let byte = bytes.next(), byte != UInt8(ascii: "-") {
            if byte >= 0x41 && byte <= 0x5A, digits == 0 {
                letters += 1
            } else if byte >= 0x30 && byte <= 0x39 {
                digits += 1
            } else {
                return false
            }
        }
        guard digits >= 3 else { return false }
        // "737", "787-9"; not a year or a count ("2026", "100").
        if letters == 0 { return digits == 3 && first != UInt8(ascii: "1") && first != UInt8(ascii: "2") }
        // "A320", "B737", "E190": one letter and three digits (two letters are a flight's number: "MH370").
        return letters == 1 && digits == 3
    }

    /// Marks tokens inside quoted titles ("'A Most Violent Year'", "“Pillow Talk”") and after work nouns.
    private func workTitleTokens() -> [Bool] {
        var inTitle = [Bool](repeating: false, count: tokens.count)
        var index = 0
        while index < tokens.count {
            if tokens[index].opensQuote, tokens[index].isCapitalised {
                var end = index
                var capitalised = 0
                var isTitle = false
                while end < tokens.count, end - index < 10 {
                    let current = tokens[end]
                    if current.isCapitalised { capitalised += 1 } else if !Self.titleFunctionWords.contains(current.word) { break }
                    if current.closesQuote {
                        isTitle = true
                        break
                    }
                    if current.endsSentence || (current.trailingPunctuation && !current.closesQuote && current.word.last != ":") { break }
                    end += 1
                }
                // A quoted name the gazetteer knows ("Islamischer Staat") is that name, not a work's title.
                if isTitle, capitalised >= 1, end < tokens.count,
                    gazetteer.lookup(bares(index..<(end + 1)).joined(separator: " ")) == nil
                {
                    for covered in index...end { inTitle[covered] = true }
                    index = end + 1
                    continue
                }
            }
            // Flags first: the word list is asked only about a lower-case word before a capitalised one.
            if tokens[index].isLowercase, index + 1 < tokens.count, tokens[index + 1].isCapitalised,
                Self.workNouns.contains(tokens[index].word)
            {
                var end = index + 1
                // Function words go on where a capital follows them, one or two words on ("premio Nobel de la Paz").
                func goesOn(_ at: Int) -> Bool {
                    guard Self.titleFunctionWords.contains(tokens[at].word), at + 1 < tokens.count else { return false }
                    return tokens[at + 1].isCapitalised
                        || (Self.titleFunctionWords.contains(tokens[at + 1].word) && at + 2 < tokens.count && tokens[at + 2].isCapitalised)
                }
                while end < tokens.count, tokens[end].isCapitalised || goesOn(end) {
                    inTitle[end] = true
                    if tokens[end].trailingPunctuation && !tokens[end].isInitials { break }
                    end += 1
                }
                index = end
                continue
            }
            index += 1
        }
        return inTitle
    }

    /// Most words of two letters or more are in capitals.
    func isShouting() -> Bool {
        var words = 0
        var capitals = 0
        for index in tokens.indices where tokens[index].bare.utf8.count >= 2 && (tokens[index].isCapitalised || tokens[index].isLowercase) {
            words += 1
            if tokens[index].isCapitalised, !Self.hasLowercase(tokens[index].bare) { capitals += 1 }
        }
        return words >= 2 && capitals * 10 >= words * 6
    }

    /// Whether a scalar of `word` is lower case: an ASCII one answers on the bytes; the Unicode property is
    /// looked up only for a word with no ASCII lower-case letter and some other byte.
    static func hasLowercase(_ word: String) -> Bool {
        let ascii: Bool? = word.withUTF8Bytes { bytes in
            var other = false
            for byte in bytes {
                if byte >= 0x61 && byte <= 0x7A { return true }
                if byte >= 0x80 { other = true }
            }
            return other ? nil : false
        }
        return ascii ?? word.unicodeScalars.contains(where: \.properties.isLowercase)
    }

    /// Reuters' abbreviations of money, capitalised after a country's initials as the rest of its nouns are ("33 mln
    /// U.S. Dlrs").
    static let wireUnits: WordSet = ["Dlr", "Dlrs", "Cts", "Stg"]

    func scan() -> [Candidate] {
        // The closures below read these as locals: one that reads a property of `self` copies the whole scanner
        // (a dozen references to retain and release) each time it is made.
        let tokens = self.tokens
        let lowercaseWords = self.lowercaseWords
        var result: [Candidate] = []
        var skipped = workTitleTokens()
        for run in namedThings { for covered in run { skipped[covered] = true } }
        // German's polite "you" is capitalised wherever it stands ("Haben Sie Fragen?", "Wissen Sie, was Sie Montag
        // erwartet?"): it opens or joins no name.
        if capitalisesNouns {
            for index in tokens.indices where Self.germanPolitePronouns.contains(tokens[index].word) { skipped[index] = true }
        }
        // So is Czech's and Slovak's polite "you" inside a sentence ("na Vaši otázku odpovídám", "Děkujeme Vám").
        if lowercasesInstitutionNames {
            for index in tokens.indices.dropFirst()
            where Self.slavicPolitePronouns.contains(tokens[index].word) && !tokens[index - 1].endsSentence {
                skipped[index] = true
            }
        }
        let shouting = isShouting()
        var index = 0
        // Where the name after a person's "of" starts ("Joseph Doyle of | Smith Barney").
        var afterPersonOf: Int?
        while index < tokens.count {
            if readsEnglish, !skipped[index], let street = numberedStreet(at: index) {
                result.append(knownName(bares(street).joined(separator: " "), at: street.lowerBound))
                index = street.upperBound
                continue
            }
            // "via Santa Caterina", "rue de la Paix", "calle Alcalá": a street of Romance copy, its noun in small letters
            // before the name (it had been a person: "Santa Caterina"; or the city the street is named after: "via Roma").
            if readsRomance, tokens[index].isLowercase, let end = romanceStreetEnd(from: index) {
                result.append(knownName(bares(index..<end).joined(separator: " "), at: index))
                index = end
                continue
            }
            // "компания «Метрострой Северной столицы»": a body's quoted name after the noun for its kind, whole (its own
            // words in small letters too), though quotation marks otherwise set off a work's title.
            if let end = quotedBodyEnd(from: index) {
                result.append(bodyName(index..<end))
                index = end
                continue
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
                index = end
                continue
            }
            guard tokens[index].isCapitalised, !skipped[index], !tokens[index].isContraction, !tokens[index].isCode else {
                index += 1
                continue
            }
            // "Carini (PA)", "Patti (Me)": Italian copy gives a town's province by its code in brackets — no body's name.
            if readsRomance, index > 0, tokens[index].opensBracket, tokens[index - 1].isCapitalised, tokens[index].word.utf8.count == 2,
                Self.italianProvinceCodes.contains(tokens[index].word.uppercased())
            {
                index += 1
                continue
            }
            // "République tchèque", "Emirats arabes unis", "Arabia saudita": a name the gazetteer knows that goes on
            // in lower case, as names do in French, Spanish and Italian; also after an article ("Les Emirats …").
            let known =
                knownLowercaseContinuation(from: index)
                ?? (EntityWords.articles.contains(tokens[index].bare) ? knownLowercaseContinuation(from: index + 1) : nil)
            if let (from, end) = known {
                result.append(knownName(bares(from..<end).joined(separator: " "), at: from))
                index = end
                continue
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
                index = end
                continue
            }
            // "Ministerstvo vnitra", "В Министерстве финансов": after a sentence's opening preposition too.
            if lowercasesInstitutionNames,
                case let head = openers.contains(tokens[index].bare) && index + 1 < tokens.count ? index + 1 : index,
                let end = slavicHeadFirstEnd(from: head)
            {
                result.append(bodyName(head..<end))
                index = end
                continue
            }
            if let end = slavicInstitutionEnd(from: index) {
                result.append(bodyName(index..<end))
                index = end
                continue
            }
            if let name = sharedSurnameName(at: index) {
                result.append(knownName(name, at: index))
                index += 1
                continue
            }
            if let whole = truncatedCompound(at: index) {
                result.append(knownName(whole, at: index))
                index += 1
                continue
            }
            // "SPD-Innenministerin", "FDP-nahen", "Youtube-Kanal": a German compound whose first part is an acronym or a
            // body or country the gazetteer knows names it; the compound itself is no name.
            if capitalisesNouns, let named = namedCompoundPart(at: index) {
                result.append(knownName(named, at: index))
                index += 1
                continue
            }
            // (So is a sentence starter after initials, which end the sentence before it: "… in the U.S. And Japan …", as
            // Reuters' 1980s copy capitalises the word after a country's initials.)
            let sentenceInitial =
                index == 0 || tokens[index - 1].endsSentence || tokens[index].opensQuote
                || tokens[index - 1].isInitials
                    && (EntityWords.commonStarters.contains(tokens[index].bare) || openers.contains(tokens[index].bare))
            // The whole capitalised run, with connectors inside ("Bank of England").
            var runEnd = capitalisedRunEnd(from: index, skipped: skipped)
            guard runEnd > index else {
                index += 1
                continue
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
                    index = end
                    continue
                }
                runEnd -= 1
            }
            // "(D-New York)", "(R-South Dakota)", "(D-Minn.)": an American legislator's party and state — the party
            // letter no name of its own, the state a place however it is abbreviated.
            if tokens[index].opensBracket, Self.isPartyAffiliation(tokens[index].bare) {
                let tag = bares(index..<runEnd).joined(separator: " ")
                if let state = USStateAbbreviations.state(named: String(tag.dropFirst(2))) { result.append(knownName(state, at: index)) }
                index = runEnd
                continue
            }
            // "held March Nine": Reuters' 1980s copy spells a day below ten as a word; a month and that word are a date.
            if runEnd == index + 2, EntityWords.calendarWords.contains(field(index, \.bare)),
                Self.dayWords.contains(field(index + 1, \.bare))
            {
                index = runEnd
                continue
            }
            // "Washington, D.C.": the district's letters after the city's name and its comma are the city's, no body.
            if runEnd == index + 1, index > 0, field(index, \.word) == "D.C." || field(index, \.bare) == "DC",
                field(index - 1, \.bare) == "Washington", field(index - 1, \.trailingPunctuation)
            {
                index = runEnd
                continue
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
                index = runEnd
                continue
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
                index = end
                continue
            }
            // "Airbus A320-200", "Boeing 737 MAX": a maker before a model's number names a product, not the maker.
            if runEnd < tokens.count, Self.isModelNumber(field(runEnd, \.bare)), !field(runEnd - 1, \.trailingPunctuation) {
                index = runEnd + 1
                continue
            }

            var start = index
            var titled = false
            var postNominal: Int?
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
            // "Elizabeth Warren of Massachusetts", "Mick Jagger of The Rolling Stones": a person's name, then what
            // they are of — two names; the scan resumes after "of".
            var resume = qualifiedNounsEnd ?? runEnd
            // ("Judge Neil Ford QC sentenced …": the letters are read with the name, not as a body's of their own.)
            if let postNominal, resume == postNominal { resume += 1 }
            // "Niedersachsens Ministerpräsident Olaf Lies": a person named among the nouns a genitive place qualifies is
            // read from the word after the place.
            if let end = qualifiedNounsEnd, (runEnd..<end).contains(where: { Self.isGivenName(tokens[$0].bare) }) { resume = runEnd }
            var personBeforeOf = false
            if let of = personOfSplit(start: start, runEnd: runEnd) {
                runEnd = of
                resume = of + 1
                personBeforeOf = true
            }
            let ofAPerson = start == afterPersonOf
            afterPersonOf = personBeforeOf ? resume : nil
            guard start < runEnd else {
                index = max(runEnd, index + 1)
                continue
            }
            var words = bares(start..<runEnd)
            // Past the first word an elided article stays with its word, as the text writes it ("Quai d’Orsay").
            // A comma inside the run stays too ("Ministry of Trade, Industry and Energy").
            var inner = tokens[start..<(runEnd - 1)].indices.map {
                ($0 == start ? tokens[$0].inName : tokens[$0].elision + tokens[$0].inName)
                    + (Self.endsWithComma(tokens[$0]) ? "," : "")
            }
            // "L'Allemagne a salué …", "L'Iran a annoncé …": a sentence's first word capitalises the elided article too,
            // which the tokenizer leaves on the word (it splits "l'Allemagne" only); the name is what follows it.
            if readsRomance, sentenceInitial, start == index, let rest = Self.afterCapitalisedElision(words[0]),
                gazetteer.lookup(words[0]) == nil
            {
                words[0] = rest
                if !inner.isEmpty { inner[0] = rest + (Self.endsWithComma(tokens[start]) ? "," : "") }
            }
            let name = (inner + [(runEnd - 1 == start ? "" : tokens[runEnd - 1].elision) + words[words.count - 1]]).joined(separator: " ")
            let located = tokens[runEnd - 1].isLocatedAdjective
            if located, gazetteer.lookup(name)?.kind != .place {
                index = max(resume, index + 1)
                continue
            }
            // Common nouns the gazetteer also holds as names: "am Ende" (Ende, a town), "ein Bild" (the paper), "Mitte
            // November" in German, "la Constitución" in Spanish (`CandidateScanner+CommonNouns`).
            if runEnd - start == 1,
                capitalisesNouns && isGermanCommonNounUse(at: start, name: name)
                    || readsRomance && isRomanceCommonNounUse(at: start, name: name)
            {
                index = max(resume, index + 1)
                continue
            }
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
            index = max(resume, index + 1)
        }
        return Self.joiningCampuses(result, gazetteer: gazetteer)
    }

    /// Whether the words at `index` name a part only a company has: its chief executive (or financial, operating
    /// officer), CEO, chairman, board, shares, shareholders, headquarters or subsidiary.
    private func ownsCompanyPart(at index: Int) -> Bool {
        guard index < tokens.count, !tokens[index].opensBracket else { return false }
        let word = tokens[index].bare.lowercasedOnBytes()
        if word == "chief" {
            return index + 1 < tokens.count && Self.officerWords.contains(tokens[index + 1].bare.lowercasedOnBytes())
        }
        return Self.companyParts.contains(word)
    }
    /// "…, a refugee rights group", "…, the French auction house": an article, at most four lower-case words, and a
    /// noun for a body, before any punctuation — and no speech verb after it ("…, the agency said").
    private func isDescribedAsBody(from index: Int) -> Bool {
        guard index < tokens.count, ["a", "an", "the"].contains(tokens[index].word) else { return false }
        var at = index + 1
        while at < tokens.count, at <= index + 5, tokens[at].isLowercase {
            if EntityWords.organisationNouns.contains(tokens[at].bare) || Self.bodyNouns.contains(tokens[at].bare) {
                // "Sunita Patil, a bank employee": the body's noun only qualifies the noun for a person after it.
                if !tokens[at].trailingPunctuation, at + 1 < tokens.count, tokens[at + 1].isLowercase,
                    EntityWords.jobNouns.contains(tokens[at + 1].bare) || Self.personWorkNouns.contains(tokens[at + 1].bare)
                {
                    return false
                }
                // "… the Korean Peninsula, the agency said": the clause of a speaker, not a description.
                return tokens[at].trailingPunctuation || at + 1 >= tokens.count || !EntityWords.verbs.contains(tokens[at + 1].word)
            }
            if tokens[at].trailingPunctuation { return false }
            at += 1
        }
        return false
    }
    /// Nouns for people by their work that a body's noun can qualify ("a bank employee", "a party member").
    private static let personWorkNouns: WordSet = [
        "employee", "employees", "worker", "workers", "member", "members", "staffer", "clerk", "customer", "customers",
        "teller", "trainee", "volunteer", "veteran",
    ]
    private static let bodyNouns: WordSet = ["organization", "nonprofit", "non-profit", "startup", "start-up", "newspaper", "broadcaster"]

    private static let companyParts: WordSet = [
        "ceo", "chairman", "chairwoman", "board", "shares", "shareholders", "stock", "headquarters", "subsidiary",
    ]
    private static let officerWords: WordSet = ["executive", "financial", "operating", "technology"]

    /// "University of California, Berkeley", "University of Tennessee, Knoxville": a state university's name, a comma
    /// and the town of its campus are one name — a town the gazetteer knows as a city, not a country ("University of
    /// Sydney, Australia" are two).
    static func joiningCampuses(_ candidates: [Candidate], gazetteer: Gazetteer) -> [Candidate] {
        guard candidates.count >= 2, candidates.contains(where: { $0.text.hasPrefixOnBytes("University of ") }) else { return candidates }
        var joined: [Candidate] = []
        joined.reserveCapacity(candidates.count)
        var index = 0
        while index < candidates.count {
            var candidate = candidates[index]
            if index + 1 < candidates.count, candidate.text.hasPrefixOnBytes("University of "), case let campus = candidates[index + 1],
                campus.block == candidate.block, campus.offset == candidate.offset + candidate.text.utf16.count + 2,
                let town = gazetteer.lookup(campus.text), Gazetteer.isTownOrCity(town),
                let state = gazetteer.lookup(String(candidate.text.dropFirst("University of ".count))), state.kind == .place,
                state.rank == 3
            {
                candidate.text += ", " + campus.text
                joined.append(candidate)
                index += 2
                continue
            }
            joined.append(candidate)
            index += 1
        }
        return joined
    }

    /// "D-New", "R-Louisiana", "I-Vt.": a party's letter, a hyphen and a capital.
    static func isPartyAffiliation(_ word: String) -> Bool {
        let bytes = Array(word.utf8.prefix(3))
        return bytes.count == 3 && [UInt8(ascii: "D"), UInt8(ascii: "R"), UInt8(ascii: "I")].contains(bytes[0])
            && bytes[1] == UInt8(ascii: "-") && (65...90).contains(bytes[2])
    }

    /// French articles that open a sentence before a people's name ("Une Parisienne …", "Des Allemands …").
    private static let frenchSentenceArticles: WordSet = ["Un", "Une", "Des", "Aux"]

    /// "L'Allemagne" → "Allemagne", "Dell'Italia" → "Italia": the word after a capitalised elided article of French or
    /// Italian ("L'", "Dell'", "All'", "Nell'", "Dall'", "Sull'"), or nil. Not "D'", which opens surnames ("D'Alema").
    static func afterCapitalisedElision(_ word: String) -> String? {
        guard let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }) else { return nil }
        let article = word[..<apostrophe].lowercasedOnBytes()
        let rest = String(word[word.index(after: apostrophe)...])
        guard ["l", "dell", "all", "nell", "dall", "sull"].contains(article), word.first?.isUppercase == true,
            rest.unicodeScalars.count >= 2, rest.first?.isUppercase == true
        else { return nil }
        return rest
    }

    static let dayWords: WordSet = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"]
    static let germanPolitePronouns: WordSet = ["Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"]
    /// Czech's and Slovak's polite "you" and "your" in their case forms, capitalised in letters and interviews.
    static let slavicPolitePronouns: WordSet = [
        "Vy", "Vás", "Vám", "Vámi", "Váš", "Vaše", "Vaši", "Vašeho", "Vašemu", "Vašem", "Vaším", "Vaší", "Vašich", "Vašim",
        "Vašimi", "Vaša", "Vášho", "Vášmu",
    ]

    static let romanceArticles: WordSet = ["El", "La", "Le", "Les", "Los", "Las", "Il", "Lo", "Gli"]

    /// The end of the longest name the gazetteer knows that starts with the capitalised word at `start` and goes on
    /// with one or two words, at least one of them in lower case; nil when there is none.
    private func knownLowercaseContinuation(from start: Int) -> (Int, Int)? {
        // Not from an article: the gazetteer reads a name without its article, and "The most" would be Most.
        guard start + 1 < tokens.count, tokens[start].isCapitalised, !EntityWords.articles.contains(tokens[start].bare),
            !tokens[start].trailingPunctuation, !tokens[start].hasPossessive,
            tokens[start + 1].isLowercase, tokens[start + 1].bare.utf8.count >= 4
        else { return nil }
        var end = min(start + 3, tokens.count)
        while end > start + 1 {
            if !(start..<(end - 1)).contains(where: { tokens[$0].trailingPunctuation || tokens[$0].hasPossessive }),
                gazetteer.lookup(bares(start..<end).joined(separator: " ")) != nil
            {
                return (start, end)
            }
            end -= 1
        }
        return nil
    }

    /// A name the gazetteer vouches for (the known name before a person's in the same run, "San Diego" of "San Diego
    /// Police Chief Shelley Zimmerman", or one that goes on in lower case), starting at token `start`: a candidate
    /// with no context of its own.
    /// The words of `range` as a body's name whose shape says it is one (a quoted firm, a Slavic institution).
    private func bodyName(_ range: Range<Int>) -> Candidate {
        var candidate = knownName(bares(range).joined(separator: " "), at: range.lowerBound)
        candidate.introducedAsBody = true
        return candidate
    }

    private func knownName(_ text: String, at start: Int) -> Candidate {
        Candidate(
            text: text, block: block, offset: tokens[start].offset, sentenceInitial: false, titled: false, followedByVerb: false,
            afterLocativePreposition: false)
    }

    /// "NASA", "BBC": two or more capital letters and nothing else.
    static func isAcronym(_ word: String) -> Bool {
        word.unicodeScalars.count >= 2 && word.unicodeScalars.allSatisfy(\.isUppercaseLetter)
    }

    /// One to three capital letters and nothing else ("DL", "F", "QB"): an abbreviation, never part of a name.
    static func isShortAbbreviation(_ word: String) -> Bool {
        (1...3).contains(word.unicodeScalars.count) && word.unicodeScalars.allSatisfy { $0.value >= 65 && $0.value <= 90 }
            && word != "I"
    }

    /// A given name (any country's) or a hyphenated one whose first part is ("Eva-Marie").
    /// (Not a title the list of given names also holds: "General" of "Dirección General de Tráfico", "Confederación
    /// General del Trabajo" opened no person's name.)
    static func isGivenName(_ word: String) -> Bool { GivenNames.containsName(Substring(word)) && !EntityWords.titles.contains(word) }

    /// Letters that follow a member's or a counsel's name ("Kemi Badenoch MP", "Pearse Doherty TD", "… KC").
    static let postNominals: WordSet = ["MP", "MEP", "MSP", "MLA", "MPP", "TD", "MK", "QC", "KC"]

    /// A capital, then lower-case letters only (hyphens and apostrophes aside), and no word for a body or a place:
    /// the shape of a given name or a surname in any alphabet ("Okamura", "Набиуллина", "O'Neill").
    func isNameShaped(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        guard let first = scalars.first, first.properties.isUppercase, scalars.count >= 2,
            scalars.dropFirst().allSatisfy({ $0.properties.isLowercase || $0 == "-" || $0 == "'" || $0 == "’" })
        else { return false }
        return !EntityWords.organisationWords.contains(word) && !EntityWords.placeWords.contains(word)
            && !EntityWords.organisationBeginnings.contains(word)
    }

    /// The words of `range` without possessive endings, read field by field: mapping a slice of the tokens copied
    /// each whole token (three strings) first.
    func bares(_ range: Range<Int>) -> [String] { range.map { tokens[$0].bare } }

}
