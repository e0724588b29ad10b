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
    static let royalTitles: WordSet = ["King", "Queen", "Prince", "Princess"]

    /// One field of a token, read in place: the array's subscript copies the whole token (three strings) first.
    @inline(__always) func field<Value>(_ index: Int, _ path: KeyPath<Token, Value>) -> Value {
        tokens.withUnsafeBufferPointer { $0[index][keyPath: path] }
    }
    static let compassInitials = ["N.": "North", "S.": "South", "E.": "East", "W.": "West"]

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
        // The closures below read the tokens as a local: one that reads a property of `self` copies the whole scanner
        // (a dozen references to retain and release) each time it is made. The helpers do the same.
        let tokens = self.tokens
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
            if let next = nameOfItsOwnShape(at: index, skipped: skipped, result: &result) {
                index = next
                continue
            }
            // (So is a sentence starter after initials, which end the sentence before it: "… in the U.S. And Japan …", as
            // Reuters' 1980s copy capitalises the word after a country's initials.)
            let sentenceInitial =
                index == 0 || tokens[index - 1].endsSentence || tokens[index].opensQuote
                || tokens[index - 1].isInitials
                    && (EntityWords.commonStarters.contains(tokens[index].bare) || openers.contains(tokens[index].bare))
            let scannedEnd: Int
            switch readableRun(from: index, sentenceInitial: sentenceInitial, skipped: &skipped, result: &result) {
            case .skip(let next):
                index = next
                continue
            case .read(let end):
                scannedEnd = end
            }
            var run = runStart(from: index, to: scannedEnd, sentenceInitial: sentenceInitial)
            nameAfterTitles(&run, result: &result)
            let (start, qualifiedNounsEnd, postNominal) = (run.start, run.qualifiedNounsEnd, run.postNominal)
            var runEnd = run.end
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
            run.end = runEnd
            addCandidate(
                named: name, words: words, run: run, from: index, sentenceInitial: sentenceInitial, located: located,
                personBeforeOf: personBeforeOf, ofAPerson: ofAPerson, shouting: shouting, into: &result)
            index = max(resume, index + 1)
        }
        return Self.joiningCampuses(result, gazetteer: gazetteer)
    }

    /// Whether the words at `index` name a part only a company has: its chief executive (or financial, operating
    /// officer), CEO, chairman, board, shares, shareholders, headquarters or subsidiary.
    func ownsCompanyPart(at index: Int) -> Bool {
        guard index < tokens.count, !tokens[index].opensBracket else { return false }
        let word = tokens[index].bare.lowercasedOnBytes()
        if word == "chief" {
            return index + 1 < tokens.count && Self.officerWords.contains(tokens[index + 1].bare.lowercasedOnBytes())
        }
        return Self.companyParts.contains(word)
    }
    /// "…, a refugee rights group", "…, the French auction house": an article, at most four lower-case words, and a
    /// noun for a body, before any punctuation — and no speech verb after it ("…, the agency said").
    func isDescribedAsBody(from index: Int) -> Bool {
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
    static let frenchSentenceArticles: WordSet = ["Un", "Une", "Des", "Aux"]

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
    func knownLowercaseContinuation(from start: Int) -> (Int, Int)? {
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
    func bodyName(_ range: Range<Int>) -> Candidate {
        var candidate = knownName(bares(range).joined(separator: " "), at: range.lowerBound)
        candidate.introducedAsBody = true
        return candidate
    }

    func knownName(_ text: String, at start: Int) -> Candidate {
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
