import Foundation
import NewsModel

/// Kinds of one-word names: a surname, a declined form, a German adjective or a place's demonym, read by their
/// endings and the tables.
extension Resolver {
    func classifySingle(_ candidate: Candidate) -> (Entity.Kind, String, Int)? {
        let name = candidate.text
        if Self.makeNouns.contains(candidate.previousWord) { return nil }
        if isPlaceDemonym(name) { return nil }
        if readsFrench, isFrenchPeople(candidate) { return nil }
        // "Gen Z", "Plan B": one letter after a capitalised word (read as a title) is a label, never a person's name.
        if name.unicodeScalars.count == 1, candidate.titled { return nil }
        // "An dieser Stelle", "in jener Zeit": after a German demonstrative a capitalised word is a noun, as German
        // writes every noun — no name (a town called Stelle aside).
        if declinesGerman, Self.germanDemonstratives.contains(candidate.previousWord) { return nil }
        // "Conservative MPs", "the Liberal leader": a party's adjective is no body (the plural noun, "the Conservatives",
        // is, as "Democrats" and "Republicans" are).
        if Self.partyAdjectives.contains(name) { return nil }
        if EntityWords.institutionsByThemselves.contains(name) || candidate.introducedAsBody { return (.organisation, name, 70) }
        // "the town of Killenaule", "nel comune di Raccuja", "в посёлке Тарасовка": a town the gazetteer does not know.
        if candidate.afterPlaceNounOf, !candidate.titled, Self.isWordOfLetters(name) { return (.place, name, 70) }
        // "Datenschutzbehörde" names a body; the ending alone ("die Gewerkschaft", "das Ministerium") is a common noun.
        if EntityWords.hasOrganisationSuffix(Substring(name)), !EntityWords.organisationSuffixes.contains(name.lowercasedOnBytes()) {
            return (.organisation, name, 65)
        }
        // "Сбербанк", "Альфа-Банк", "Роснефть", "Газпром": Russian firms' names close with their trade, in any case.
        if inflectsNames, name.count >= 6, case let lowered = name.lowercasedOnBytes(),
            Self.russianFirmEndings.contains(where: { lowered.hasSuffixOnBytes($0) }), !Self.russianFirmEndings.contains(lowered)
        {
            return (.organisation, name, 65)
        }
        if EntityWords.outletNouns.contains(candidate.nextWord) || EntityWords.outletNouns.contains(candidate.previousWord) {
            return (.organisation, name, 70)
        }
        if EntityWords.institutionNouns.contains(candidate.nextWord) { return (.organisation, name + " " + candidate.nextWord, 65) }
        if candidate.employsNamedPerson || candidate.ownsCompanyPart || candidate.describedAsBody,
            !candidate.isAcronym || !EntityWords.commonAcronyms.contains(name)
        {
            return (.organisation, name, 65)
        }
        if EntityWords.personNouns.contains(candidate.nextWord), !candidate.isAcronym { return (.person, name, 60) }
        if candidate.isAcronym {
            guard !EntityWords.commonAcronyms.contains(name), !CandidateScanner.isFlightNumber(name) else { return nil }
            // "A PRIVATE motion brought by …", "GARDAÍ ARE INVESTIGATING after …": the tabloids' and some dailies' lead opens
            // with its first words in capitals — an ordinary English word of five letters or more so set is no acronym.
            if readsEnglish, name.utf8.count >= 5,
                EnglishWords.listing(Substring(name.prefix(1) + name.dropFirst().lowercasedOnBytes())) == 2
            {
                return nil
            }
            if !candidate.sentenceInitial || candidate.followedByVerb || candidate.afterArticle { return (.organisation, name, 55) }
            return nil
        }
        // "the Aslef union", "the Wagner group": the article and the noun say what the word names, surer than a verb after
        // it elsewhere ("Aslef says").
        // Not a demonym made by "-n" from a place's name: "the Victorian government", "Tasmanian police" describe, as
        // "the Scottish government" does.
        if EntityWords.organisationNouns.contains(candidate.nextWord) {
            if isDemonymOfAPlace(name) { return nil }
            return (.organisation, name, candidate.afterArticle ? 70 : 60)
        }
        // "Zabul province", "the Mughraqa area": a word before a noun for a place is that place's name.
        // Not a demonym made by "-n" from a place's name ("the southern Gazan city", "a Victorian terrace").
        if EntityWords.placeNouns.contains(candidate.nextWord), !candidate.sentenceInitial || candidate.afterLocativePreposition {
            if isDemonymOfAPlace(name) { return nil }
            return (.place, name, 60)
        }
        // "Covid-19", "SARS-CoV-2": a word of small letters and a digit, which no word before or after it has said is a
        // body ("Kanal5 television", above), names a disease, a model or a code — no one ("G20", "MH370" in capitals are
        // the acronyms').
        if name.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), name.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) {
            return nil
        }
        // "1.4 million Singaporeans will receive …": a people named in the plural acts, but is no person, nor any name
        // (not annotated).
        if name.utf8.last == UInt8(ascii: "s"), EntityWords.nationalities.contains(String(name.dropLast())) { return nil }
        // "…," said Lindqvist: a single name right after a speech verb is the speaker.
        // (Not before a post: "said Opposition spokesman on energy Phillip Paulwell" — the body the spokesman speaks for.)
        if ["said", "says", "added", "asked", "wrote", "explained", "insisted", "recalled"].contains(candidate.previousWord),
            !candidate.afterArticle, !candidate.sentenceInitial, !EntityWords.jobNouns.contains(candidate.nextWord)
        {
            return (.person, name, 65)
        }
        // "the Smithsonian said": an institution acting, never a person.
        if candidate.afterArticle {
            return candidate.followedByVerb && !candidate.followedByAuxiliary ? (.organisation, name, 55) : nil
        }
        if candidate.titled { return (.person, name, 85) }
        if Self.isInnerCapitalised(name) { return (.organisation, name, 60) }
        // "near Last Chance, Colo.", "in Smithtown, N.Y.": a name before the AP's abbreviation of a state is a town.
        if candidate.beforeStateAbbreviation, !candidate.isAcronym, !candidate.sentenceInitial {
            return (.place, name, 60)
        }
        // "routes to Barra, Tiree and Colonsay": listed with places, it is one (not a sentence's first word: "Several,").
        if candidate.listedWithPlace, !candidate.isAcronym, !candidate.sentenceInitial, Self.isWordOfLetters(name) {
            return (.place, name, 60)
        }
        // "à Magnanville", "en Floride", "nel Montebellunese": after a preposition of place in a Romance language, one word
        // that no list has as a given name or a surname is a place — the towns and regions the gazetteer does not know had
        // been read as bodies. (Not after "a", the dative of Spanish and Italian: "a Iberdrola", "a Mario"; nor after
        // "dans", which also opens what a paper wrote: "dans Respekt".)
        if readsRomance, Self.romancePlacePrepositions.contains(candidate.previousWord), !candidate.sentenceInitial,
            Self.isWordOfLetters(name), !GivenNames.containsName(Substring(name)), !Surnames.contains(Substring(name))
        {
            return (.place, name, 45)
        }
        if candidate.followedByVerb, !candidate.afterLocativePreposition, !candidate.ofAPerson,
            !(candidate.sentenceInitial && candidate.followedByAuxiliary)
        {
            // "Lavrov reacted …": a person by action — when the word is a surname or given name the lists know, or ends as
            // surnames of many languages do; "Loganair said", "Coke denied" act too, and a word of no such shape is left
            // to the fitted step below.
            // (English copy only, where firms are written by one word and acting as often as people are: "Villafañe dijo"
            // stays a person.)
            // (Nor a word in capitals, "OPEC+ agreed", which the acronym rules and the fitted step read.)
            if !readsEnglish || !Self.isWordOfLetters(name) || !name.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A })
                || Surnames.contains(Substring(name))
                || GivenNames.containsName(Substring(name)) || Self.endsLikeASurname(name)
            {
                return (.person, name, 65)
            }
        }
        // A capitalised word inside a sentence that the article never writes in lower case and nothing above
        // explains ("Netflix", "Comcast"): a name of some kind. Kept at a low confidence, which the fitted
        // acceptance step reads as such and keeps, retypes or drops.
        // Not where capitals say nothing (a sentence's first word, a shouted line, a word the article writes in
        // lower case too) nor a party tag ("D-Minn").
        guard !capitalisesNouns, !candidate.sentenceInitial, !candidate.inShoutingText, !candidate.writtenInLowerCase,
            name.unicodeScalars.dropFirst().first != "-", Self.isWordOfLetters(name), !EntityWords.commonStarters.contains(name),
            // "A DEVASTATED mum-of-two", "A TERRIFIED grandmother": a tabloid sets its opening words in capitals; an
            // ordinary English word of six letters or more so written is no acronym.
            !(readsEnglish && name.utf8.count >= 6 && !name.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A })
                && EnglishWords.listing(Substring(name)) == 2)
        else { return nil }
        // "v Hlubočepích", "на Камчатке": in Czech or Russian an unexplained word after a preposition of place is a place.
        // (Not an adjective's genitive or dative: "z Operačního programu".)
        if inflectsNames, Self.slavicLocatives.contains(candidate.previousWord),
            !Self.adjectiveGenitiveDativeEndings.contains(where: { name.hasSuffixOnBytes($0) })
        {
            return (.place, name, Self.unexplainedConfidence)
        }
        return (.organisation, name, Self.unexplainedConfidence)
    }

    /// Endings that make surnames in many languages and few other words ("Lavrov", "Medvedev", "Zelensky",
    /// "Kowalski", "Petrović", "Johansson", "Rodríguez", "Popescu", "Kovalenko", "Pashinyan", "Shevardnadze").
    static func endsLikeASurname(_ word: String) -> Bool {
        guard word.unicodeScalars.count >= 5 else { return false }
        return surnameEndings.contains { word.hasSuffixOnBytes($0) }
    }

    static let surnameEndings = [
        "ov", "ova", "ev", "eva", "in", "ina", "sky", "ski", "skiy", "ska", "ić", "son", "sen", "ez", "escu", "enko",
        "yan", "ian", "dze", "shvili", "ovich", "evich",
    ]

    /// "AirAsia", "PayPal", "SoftBank": a capital inside one word after a stem of three letters or more is a company's
    /// spelling; people's names put it after a short particle ("McCain", "DeSantis", "LeBron") or "Mac" ("MacArthur").
    static func isInnerCapitalised(_ word: String) -> Bool {
        var stem = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in word.unicodeScalars {
            // The first capital after a small letter, three letters or more in: the stem before it decides.
            if stem.count >= 3, scalar.isUppercaseLetter, previous?.isLowercaseLetter == true {
                return word.unicodeScalars.count >= 5 && !Self.particleStems.contains(String(stem))
            }
            guard scalar.isLetterLike else { return false }
            stem.append(scalar)
            previous = scalar
        }
        return false
    }

    static let particleStems: Set<String> = ["Mac", "Van", "Von", "Fitz", "Del", "Des", "Don", "Della"]

    /// An inflected German adjective of a country, region or creed ("Deutsche", "Bayerischen", "Europäische",
    /// "Evangelische") or one of the few others that open names of bodies ("Neue", "Rote", "Grüne", "Freie").
    static func isGermanAdjective(_ word: String) -> Bool {
        guard word.count >= 4, word.first?.isUppercase == true else { return false }
        if germanAdjectiveEndings.contains(where: { word.hasSuffixOnBytes($0) }) { return true }
        return germanNameAdjectives.contains(word)
    }

    static let germanAdjectiveEndings = ["sche", "schen", "scher", "sches", "schem"]

    static let germanNameAdjectives: WordSet = [
        "Neue", "Neuen", "Rote", "Roten", "Grüne", "Grünen", "Freie", "Freien", "Vereinte", "Vereinten", "Nationale", "Nationalen",
        "Internationale", "Internationalen", "Zentrale", "Zentralen", "Allgemeine", "Allgemeinen", "Soziale", "Sozialen",
    ]

    /// "New Yorkers", "Londoners", "Louisianans", "Kenyans": the people of a place the gazetteer knows, no one's name
    /// ("Evans" is a surname, not the people of a town Eva).
    func isPlaceDemonym(_ name: String) -> Bool {
        if name.hasSuffixOnBytes("ers"), name.count > 6 { return gazetteer.lookup(String(name.dropLast(3)))?.kind == .place }
        guard name.hasSuffixOnBytes("ans"), name.count >= 7, !Surnames.contains(Substring(name)) else { return false }
        return gazetteer.lookup(String(name.dropLast(2)))?.kind == .place
    }

    /// Languages a broadcaster's or agency's service is named by ("Al Jazeera Arabic", "BBC Hindi", "RFI Kiswahili").
    static let languageWords: WordSet = [
        "Arabic", "Hindi", "Urdu", "Bengali", "Swahili", "Kiswahili", "Persian", "Farsi", "Mandarin", "Cantonese", "Hausa", "Pashto",
        "Tamil", "Español", "Français", "Deutsch", "Português",
    ]

    /// Compass words that end a district's or province's name after its place ("Yobe North", "Davao Oriental").
    static let trailingCompassWordsOfOtherLanguages: WordSet = ["Sur", "Norte", "Sul", "Oriental", "Occidental"]

    static let trailingCompassWords: WordSet = [
        "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Central", "Oriental", "Occidental",
    ]

    /// Case endings of the Slavic languages, in the order they are tried (an ending before any shorter one it ends
    /// with: "-ии" before "-и", "-ией" before "-ей"), and what the nominative ends with instead: "-u" of "Manchesteru" is dropped, "-ě" of
    /// "Moskvě" and "-y" of "Moskvy" become "-a", "-a" of "Ruska" becomes "-o", "-ии" of "Франции" becomes "-ия".
    static let caseEndings: [(ending: String, nominative: [String])] = [
        ("ovi", [""]), ("em", ["", "o"]), ("ou", ["a"]), ("ом", [""]), ("ě", ["a", "o", ""]), ("e", ["", "a"]), ("u", ["", "o", "a"]),
        ("a", ["", "o"]),
        ("y", ["a"]), ("i", ["a"]), ("ии", ["ия"]), ("ы", ["а"]), ("е", ["а", ""]), ("у", ["а", ""]), ("а", [""]), ("я", ["ь", "я"]),
        ("и", ["а", "ь"]),
        // Russian feminine nouns in the instrumental ("Россией", "Москвой") and the soft accusative ("Францию"; the hard
        // one, "Украину", is "-у" above).
        ("ией", ["ия"]), ("ей", ["я"]), ("ой", ["а"]), ("ию", ["ия"]), ("ю", ["я"]),
    ]

    /// Endings of the Slavic languages' cases that a surname takes ("Макрон|ом", "Песков|а", "Зеленск|ий", "Nováka").
    static let surnameCaseEndings = [
        "ого", "его", "ому", "ему", "ами", "ями", "ом", "ем", "ым", "им", "ой", "ей", "ий", "ый", "ая", "ую", "ов", "ев", "а",
        "я", "у", "ю", "е", "ы", "ovi", "em", "ou", "ým", "ého", "ému", "ová", "a", "u", "e", "y",
        // Czech women's surnames in -ová in their other cases ("Petry Vaňkové", "s Vaňkovou").
        "ové", "ovou",
    ]

    /// A declined word and the word without each case ending it can carry, three letters or more remaining: two forms
    /// of one surname share one of them.
    static func caseForms(_ word: String) -> [String] {
        var forms = [word]
        // On the bytes: the endings and the text are composed alike, and each ending's letters are single scalars.
        let bytes = Array(word.utf8)
        let scalars = word.unicodeScalars.count
        for ending in caseEndingBytes
        where scalars >= ending.scalars + 3 && bytes.count > ending.bytes.count
            && bytes.suffix(ending.bytes.count).elementsEqual(ending.bytes)
        {
            forms.append(String(decoding: bytes.dropLast(ending.bytes.count), as: UTF8.self))
        }
        // The e that Czech and Slovak drop from a nominative's last syllable in the other cases ("Souček" → "Součka",
        // "Němec" → "Němce", "Havel" → "Havla"): the stem without it is a form too.
        if scalars >= 5, let last = bytes.last, last == 0x6B || last == 0x63 || last == 0x6C || last == 0x72, bytes[bytes.count - 2] == 0x65
        {
            forms.append(String(decoding: bytes.dropLast(2) + [last], as: UTF8.self))
        }
        return forms
    }

    /// `surnameCaseEndings` as bytes, with their length in scalars.
    static let caseEndingBytes: [(bytes: [UInt8], scalars: Int)] = surnameCaseEndings.map {
        (Array($0.utf8), $0.unicodeScalars.count)
    }

    /// The nominative of a declined single word the gazetteer knows as a place (or, with `orOrganisation`, as an
    /// organisation: "Кремля" is of the Kremlin), with its entry.
    func declinedPlace(_ name: String, orOrganisation: Bool = false) -> (String, Gazetteer.Entry)? {
        guard name.count >= 5 else { return nil }
        for (ending, nominatives) in Self.caseEndings where name.hasSuffixOnBytes(ending) {
            let stem = name.dropLast(ending.count)
            for nominative in nominatives {
                let form = String(stem) + nominative
                if let link = gazetteer.lookup(form), link.kind == .place || (orOrganisation && link.kind == .organisation) {
                    return (form, link)
                }
            }
        }
        return nil
    }

    /// The nominative of a German name of two words or more that the gazetteer knows only undeclined, with its entry:
    /// the adjectives' weak or mixed endings ("der Vereinigten Arabischen Emirate", "im Nahen Osten", "des Roten
    /// Kreuzes"). Nil when the name as written is in the gazetteer or no form is. (A single word in the genitive:
    /// `Gazetteer.genitivePlace`.)
    func germanNominative(of text: String, words: [Substring]) -> (String, Gazetteer.Entry)? {
        guard words.count >= 2, let last = words.last, gazetteer.lookup(text) == nil else { return nil }
        let adjectives = words.dropLast()
        guard adjectives.allSatisfy({ $0.hasSuffixOnBytes("en") && $0.count > 3 }) else { return nil }
        for form in Self.germanNominativeForms(adjectives: adjectives, noun: last) {
            if let link = gazetteer.lookup(form) { return (form, link) }
        }
        return nil
    }

    /// The nominatives a German name may have whose adjectives end in a two-letter weak or mixed ending (-en, -em),
    /// in the order to try them: the adjectives' feminine and plural -e, masculine -er, neuter -es; the noun as
    /// written, or without its genitive ending (-s of "Ostens", -es of "Kreuzes").
    static func germanNominativeForms(adjectives: ArraySlice<Substring>, noun last: Substring) -> [String] {
        var nouns = [String(last)]
        if last.count > 4, last.hasSuffixOnBytes("s") { nouns.append(String(last.dropLast())) }
        if last.count > 5, last.hasSuffixOnBytes("es") { nouns.append(String(last.dropLast(2))) }
        return ["e", "er", "es"].flatMap { ending in
            let declined = adjectives.map { String($0.dropLast(2)) + ending }
            return nouns.map { (declined + [$0]).joined(separator: " ") }
        }
    }

    /// "der Deutschen Bahn" where the article also writes "die Deutsche Bahn": the nominative the article itself
    /// writes of a German name whose adjectives carry a weak or mixed ending, so that both are one name.
    static func germanNominative(of words: [Substring], among written: Set<String>) -> String? {
        guard words.count >= 2, let last = words.last else { return nil }
        let adjectives = words.dropLast()
        guard
            adjectives.allSatisfy({
                $0.count > 3 && $0.first?.isUppercase == true && ($0.hasSuffixOnBytes("en") || $0.hasSuffixOnBytes("em"))
            })
        else { return nil }
        return germanNominativeForms(adjectives: adjectives, noun: last).first { written.contains($0) }
    }

    /// Letters, with at most the joiners names use ("Coca-Cola", "O'Neill", "AT&T", "Disney+"): not a ticker
    /// ("CLc1", "US30YT=RR"), an amount ("US$100") or an abbreviation with full stops.
    static func isWordOfLetters(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "&" || $0 == "+" }
    }
}
