import NewsModel

/// What the words of a capitalised run say about it by themselves: titles, work nouns, events and
/// prizes, adjectives made of names, institutions of a field.
extension CandidateScanner {
    /// Lower-case words before a title of a work: "the film Star Wars".
    static let workNouns: WordSet = [
        "film", "movie", "book", "novel", "album", "song", "series", "show", "play", "musical", "documentary", "opera", "single", "memoir",
        "sitcom", "drama", "premio", "prix", "prêmio", "premi",
    ]
    /// Words for a body or venue that a possessive may stand before inside a name ("Attorney’s Office").
    static let possessiveHeads: WordSet = [
        "Office", "Department", "Court", "Bar", "Cafe", "Café", "Pub", "Restaurant", "Hospital", "College", "Church", "Association",
        "Union", "Club", "Society", "Fund", "Council", "Commission", "Bureau", "Service", "Services", "Institute", "School",
        "Station", "Center", "Centre", "Museum", "Foundation", "Agency", "Academy",
        // Venues named after a saint or a founder ("St James's Palace", "St Paul's Cathedral", "St Peter's Square").
        "Palace", "Cathedral", "Square", "Park", "Abbey", "Chapel", "Hall", "Stadium", "Theatre", "Theater", "Gardens", "Market",
        // Shops and eating places named after their owners ("Ricky's Bakery", "Joe's Diner", "Casey's Tavern").
        "Bakery", "Diner", "Grill", "Kitchen", "Tavern", "Inn", "Deli", "Shop", "Store", "Bistro",
    ]
    /// Lower-case words a capitalised title of a work may contain inside its quotes.
    static let titleFunctionWords: WordSet = [
        "a", "an", "the", "of", "or", "and", "to", "in", "on", "for", "with", "at", "me", "my", "is", "you", "from", "by", "not",
        // "premio Nobel de la Paz", "Cien años de Soledad": the Romance languages' "of" and articles.
        "de", "la", "del", "du", "des", "di", "della", "al", "el", "le", "y", "et", "e",
    ]

    /// "Kremlin-backed", "U.S.-led", "NFC-leading": a name made into an adjective is not the name.
    static func isCompoundAdjective(_ word: String) -> Bool {
        guard let hyphen = word.lastIndex(of: "-") else { return false }
        let tail = word[word.index(after: hyphen)...]
        guard tail.count >= 3, tail.first?.isLowercase == true else { return false }
        return tail.hasSuffixOnBytes("ed") || tail.hasSuffixOnBytes("ing")
            || ["born", "run", "made", "style", "era", "wide", "based", "led"].contains(String(tail))
    }

    /// "Atlanta-based", "London-born", "Geneva-headquartered": the place before the ending, which the scanner keeps
    /// only when the gazetteer knows it as a place ("Greek-based", "Black-led" are not places).
    static func locatedAdjectivePlace(_ word: String) -> String? {
        guard let hyphen = word.lastIndex(of: "-"), hyphen > word.startIndex else { return nil }
        let tail = word[word.index(after: hyphen)...]
        guard tail == "based" || tail == "born" || tail == "headquartered" else { return nil }
        let head = word[..<hyphen]
        guard !head.containsBytes("-"), !head.containsBytes("/") else { return nil }
        return String(head)
    }

    static func isTitle(_ word: String) -> Bool {
        if EntityWords.titles.contains(word) { return true }
        // "Ex-President", "Co-founder", "Co-Chair": a former or shared office.
        guard let first = word.utf8.first, first == 0x45 || first == 0x65 || first == 0x43 || first == 0x63 else { return false }
        for prefix in ["Ex-", "ex-", "Co-", "co-"] where word.hasPrefixOnBytes(prefix) {
            let office = word.dropFirst(prefix.count)
            return EntityWords.titles.contains(String(office))
                || EntityWords.titles.contains(office.prefix(1).uppercased() + office.dropFirst())
        }
        return false
    }

    /// A rank that is a title only before a given name ("Garda Niamh Kelleher"; not "Garda Confidential Line").
    func isRankBeforeGivenName(at index: Int, before runEnd: Int) -> Bool {
        guard index + 1 < runEnd, EntityWords.ranksBeforeGivenNames.contains(tokens[index].bare) else { return false }
        if Self.isGivenName(tokens[index + 1].bare) { return true }
        // "CP Adegoke Fayoade": a rank's letters, then just two name-shaped words the lists lack, nothing known among them —
        // a body's letters go on with a word of its name ("DC Comics", "SP Group Ltd"). Not "Garda": "Garda Síochána …".
        let rank = tokens[index].bare
        return runEnd - index == 3 && rank.utf8.count <= 2 && rank.utf8.allSatisfy({ (0x41...0x5A).contains($0) })
            && (index + 1..<runEnd).allSatisfy { isNameShaped(tokens[$0].bare) && gazetteer.lookup(tokens[$0].bare) == nil }
    }

    /// "PM Shehbaz orders probe", "CM Yogi Adityanath": South Asian copy abbreviates the prime and chief minister's
    /// office before the name. Only before a name in small letters: "3:45 PM ET" is a time.
    func abbreviatesOffice(at index: Int, before runEnd: Int) -> Bool {
        guard index + 1 < runEnd, Self.abbreviatedOffices.contains(tokens[index].word) else { return false }
        return tokens[index + 1].bare.unicodeScalars.dropFirst().contains { $0.properties.isLowercase }
    }
    private static let abbreviatedOffices: Set<String> = ["PM", "CM", "DyCM"]

    /// "MH370", "QZ8501", "BA249": an airline's two-character code and a flight's number name a flight, no body.
    static func isFlightNumber(_ word: String) -> Bool {
        // Asked of the word after every candidate: read in place, no copy of the bytes.
        let bytes = word.utf8
        guard (4...6).contains(bytes.count) else { return false }
        func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        let code = bytes.prefix(2)
        guard code.allSatisfy({ isUpper($0) || isDigit($0) }), code.contains(where: isUpper) else { return false }
        return bytes.dropFirst(2).allSatisfy(isDigit)
    }

    static let compassAdjectives: WordSet = ["Northern", "Southern", "Eastern", "Western"]

    /// The title words that name a ministry's field ("Finance Minister"), which also name its laws ("Finance Bill").
    static let portfolios: WordSet = ["Finance", "Defence", "Defense", "Interior", "Foreign"]

    /// Titles that address a person and name no office ("Sir", "Dame"): a run ending in one is no role.
    static let formsOfAddress: WordSet = ["Mr", "Mrs", "Ms", "Sir", "Dame"]
    static let stylesOfAddress: WordSet = ["Highness", "Majesty", "Excellency", "Holiness", "Eminence", "Lordship", "Ladyship"]

    /// Offices whose holders copy names as a group in the plural ("Tory MPs", "Republican Senators").
    static let offices: WordSet = [
        "MP", "MEP", "Senator", "Minister", "Governor", "Lawmaker", "Councillor", "Congressman", "Representative", "Mayor",
    ]

    /// Capitalised runs that are not the people, organisations and places a story is about: the pronoun
    /// "I", headlines in capitals, prizes, events and works, role descriptions, generic institution words,
    /// and nationality phrases such as "West African".
    static func isNotAName(_ words: [String]) -> Bool {
        guard let first = words.first, var last = words.last else { return true }
        if words.allSatisfy({ $0 == "I" }) { return true }
        // "His Band of Renown", "Our Lady": a possessive pronoun begins a title, not a name.
        if words.count > 1, ["His", "Her", "Their", "Our", "My", "Its", "Your"].contains(first) { return true }
        if words.count > 1,
            words.allSatisfy({ word in word.unicodeScalars.allSatisfy { !$0.isLetterLike || $0.isUppercaseLetter } && word.count > 1 })
        {
            return true
        }
        // "Il Questore", "El Alcalde", "Sindaco": a role of another language alone, capitalised by its place or as Italian
        // and Spanish copy writes offices, names no one.
        if words.count <= 2, words.count == 1 || romanceArticles.contains(first), otherLanguageRoles.contains(last.lowercasedOnBytes()) {
            return true
        }
        // "Her Royal Highness", "His Excellency", "Your Majesty": a style of address, what remains of it no one's name.
        if Self.stylesOfAddress.contains(last) { return true }
        // "Apple TV+", "Disney+": a streaming service's product name.
        if words.count > 1, last.hasSuffixOnBytes("+") { return true }
        // "Group C", "Schedule IV", "Thought I": an ordinary English word before a letter or a numeral labels a pool,
        // a class or a grade (or opens a sentence before "I"), no one's name; "Henry V", "Stefan W", "Apollo II" have
        // a proper noun or a given name first.
        if words.count == 2, isLetterOrNumeral(words[1]), EnglishWords.listing(Substring(first)) == 2, !isGivenName(first) {
            return true
        }
        if words.count > 1, EntityWords.romanNumerals.contains(last) { last = words[words.count - 2] }
        if words.count > 1, EntityWords.thingEndings.contains(last) || EntityWords.thingBeginnings.contains(first) { return true }
        // "Older Germans", "Young Americans": a group of people by nationality, no one's name.
        if words.count > 1, last.hasSuffixOnBytes("s"), EntityWords.nationalities.contains(String(last.dropLast())) { return true }
        // "Tory MPs", "Democratic Senators": an office in the plural names a group of people, no one (a team's players
        // name a team: "Fort Lauderdale Strikers").
        // ("Council of Governors", "Council of Ministers", "Conference of Mayors": a body of them is named for them.)
        if words.count > 1, last.hasSuffixOnBytes("s"), Self.offices.contains(String(last.dropLast())),
            !(words.count >= 3 && words[words.count - 2] == "of" && EntityWords.organisationWords.contains(words[words.count - 3]))
        {
            return true
        }
        // "Defence Minister", "Chief Justice" end in a title; "Ministry of Finance", "Department of Justice" are an
        // institution of that field.
        // "Kevin King", "Sarah Bishop": after a given name the title word is a surname.
        // A form of address ends no role: "Notre Dame" is a name.
        if isTitle(words[words.count - 1]), !Self.formsOfAddress.contains(words[words.count - 1]), !namesInstitutionOfField(words),
            !(words.count >= 2 && isGivenName(words[words.count - 2]) && Surnames.contains(Substring(words[words.count - 1])))
        {
            return true
        }
        if words.count == 1, EntityWords.organisationWords.contains(first), !EntityWords.institutionsByThemselves.contains(first) {
            return true
        }
        if words.count > 1, EntityWords.nationalities.contains(words[words.count - 1]) { return true }
        // "Head of State", "Head of Government", "Chief of Staff": an office named for what it heads, no one's name.
        if words.count == 3, ["Head", "Chief"].contains(first), words[1] == "of", Self.headedThings.contains(last) { return true }
        return false
    }

    /// What "Head of" and "Chief of" name an office by.
    static let headedThings: WordSet = ["State", "Government", "Staff", "Mission", "Station", "Department", "Delegation"]

    /// A grade's number: one or two digits, or a letter or Roman numeral ("3", "12", "C", "IV").
    static func isGradeNumber(_ word: String) -> Bool {
        isLetterOrNumeral(word) || (1...2).contains(word.utf8.count) && word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// One capital letter A to Z, or a Roman numeral ("C", "IV").
    static func isLetterOrNumeral(_ word: String) -> Bool {
        EntityWords.romanNumerals.contains(word) || word.utf8.count == 1 && word.utf8.first.map { (65...90).contains($0) } == true
    }

    /// An organisation word before "of" or a purpose word ("Ministry of Finance", "Office for Students").
    static func namesInstitutionOfField(_ words: [String]) -> Bool {
        namesInstitutionOfField(words.map { Substring($0) })
    }

    static func namesInstitutionOfField(_ words: [Substring]) -> Bool {
        words.count >= 3
            && words.indices.dropFirst().contains {
                (EntityWords.connectors.contains(words[$0]) || purposePrepositions.contains(words[$0]))
                    && EntityWords.organisationWords.contains(words[$0 - 1])
            }
    }
}

extension CandidateScanner {
    /// Street words a numbered street is named with ("17th Street", "West 34th Street", "Southwest 117th Avenue").
    static let numberedStreetWords: WordSet = [
        "Street", "Avenue", "Road", "Boulevard", "Drive", "Lane", "Place", "Terrace", "Parkway", "Way", "St", "Ave", "Rd", "Blvd",
    ]

    /// "17th Street", "Southwest 117th Avenue": an English ordinal and a street word, after a compass word when one
    /// stands before it — the bounds of the street's name, or nil. The ordinal starts with a digit, so the run of
    /// capitalised words never reaches it.
    func numberedStreet(at index: Int) -> Range<Int>? {
        // The cheapest test first: this runs for every token of an English article.
        func startsWithDigit(_ at: Int) -> Bool { at < tokens.count && tokens[at].word.utf8.first.map { $0 >= 0x31 && $0 <= 0x39 } == true }
        let ordinal: Int
        if startsWithDigit(index) {
            ordinal = index
        } else if startsWithDigit(index + 1), tokens[index].isCapitalised, !tokens[index].trailingPunctuation,
            EntityWords.compassWords.contains(tokens[index].bare)
        {
            ordinal = index + 1
        } else {
            return nil
        }
        guard ordinal + 1 < tokens.count, Self.isEnglishOrdinal(tokens[ordinal].word), !tokens[ordinal].trailingPunctuation,
            tokens[ordinal + 1].isCapitalised, Self.numberedStreetWords.contains(tokens[ordinal + 1].bare)
        else { return nil }
        return index..<(ordinal + 2)
    }

    /// "1st", "22nd", "103rd", "117th": digits and the ordinal ending that fits them.
    static func isEnglishOrdinal(_ word: String) -> Bool {
        // Every token of an English article is asked: most start with no digit, and are answered before any copy.
        let utf8 = word.utf8
        guard let first = utf8.first, first >= 0x31 && first <= 0x39, (3...6).contains(utf8.count) else { return false }
        let bytes = Array(utf8)
        let digits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }
        guard !digits.isEmpty, digits.count == bytes.count - 2, digits.first != 0x30 else { return false }
        let ending = String(decoding: bytes.suffix(2), as: UTF8.self)
        let last = digits.last! - 0x30
        let tens = digits.count >= 2 ? digits[digits.count - 2] - 0x30 : 0
        if tens == 1 { return ending == "th" }
        switch last {
        case 1: return ending == "st"
        case 2: return ending == "nd"
        case 3: return ending == "rd"
        default: return ending == "th"
        }
    }
}

extension CandidateScanner {
    /// Words a road is named with before its number ("US Highway 175", "State Route 78", "Interstate 10", "County Road
    /// 600S", "Hwy 124").
    static let numberedRoadWords: WordSet = [
        "Highway", "Route", "Interstate", "Road", "Hwy", "Rte", "Freeway", "Expressway", "Motorway", "Parkway", "Turnpike",
    ]

    /// "175", "600S", "1A": a road's number — one to four digits, then at most one capital letter.
    static func isRouteNumber(_ word: String) -> Bool {
        var digits = 0
        var letter = false
        for byte in word.utf8 {
            if byte >= 0x30 && byte <= 0x39, !letter {
                digits += 1
            } else if byte >= 0x41 && byte <= 0x5A, digits > 0, !letter {
                letter = true
            } else {
                return false
            }
        }
        return (1...4).contains(digits) && word.utf8.first != UInt8(ascii: "0")
    }

    /// The end of a numbered road's name when the capitalised run before `runEnd` closes on a road's word and its
    /// number follows ("State Route | 78"): the number is the name's last word, as the road signs write it.
    func numberedRoadEnd(runEnd: Int) -> Int? {
        guard runEnd < tokens.count, runEnd > 0, !tokens[runEnd - 1].trailingPunctuation,
            Self.numberedRoadWords.contains(tokens[runEnd - 1].bare), Self.isRouteNumber(tokens[runEnd].bare)
        else { return nil }
        return runEnd + 1
    }
}
