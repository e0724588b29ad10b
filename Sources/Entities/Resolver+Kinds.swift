import Foundation
import NewsModel

/// What kind of name a candidate is when the gazetteer does not say it whole: a run of words typed by the words it
/// holds and the words around it, a single word by its context, and the case forms of the languages that decline names.
extension Resolver {
    /// A name of two or more words: linked, or typed by its words and what follows it.
    /// A capitalised English plural that the dictionary lists only as an ordinary word and the surname list does not
    /// hold ("Semiconductors", "Foods", "Machines"; not "Waters", "Banks", "Fields").
    static func endsInOrdinaryPlural(_ word: String) -> Bool {
        guard word.utf8.count >= 4, word.utf8.last == UInt8(ascii: "s"), !word.hasSuffixOnBytes("ss"), !word.hasSuffixOnBytes("us") else {
            return false
        }
        return EnglishWords.listing(Substring(word)) == 2 && !Surnames.contains(Substring(word))
    }

    /// Words that end a street's name and no body's or person's ("Boulevard"; not "Lane", "Way" or "Place", which end
    /// surnames and firms).
    static let streetEndings: Set<String> = [
        "Street", "Avenue", "Road", "Boulevard", "Drive", "Highway", "Freeway", "Expressway", "Ave", "Rd", "Blvd", "Hwy",
    ]

    /// The words for a make or a brand that copy sets before a product's name ("značky", "marque", "марки").
    static let makeNouns: WordSet = [
        "značky", "značka", "značce", "brand", "make", "marque", "marca", "marke", "marki", "марки", "марка", "модели",
    ]
    /// Words that end a street's name and surnames too ("Close", "Lane", "Way").
    static let streetEndingsOfSurnames: Set<String> = ["Close", "Lane", "Way", "Place", "Crescent", "Terrace", "Grove", "Mews"]

    func classifyName(_ candidate: Candidate, words: [Substring]) -> (Entity.Kind, String, Gazetteer.Entry?, Int)? {
        let text = candidate.text
        if let link = gazetteer.lookup(text) {
            // "Notre Dame cathedral", "Heathrow airport": a small town's name before a building's or a feature's noun is the
            // landmark's (Notre Dame and Heathrow are towns too); a city's is the city ("Kabul airport").
            if link.rank == Gazetteer.townRank, EntityWords.landmarkNouns.contains(candidate.nextWord) {
                return (.pointOfInterest, text, nil, 65)
            }
            return (link.kind, text, link, 90)
        }
        if isPlaceDemonym(text) { return nil }
        if candidate.isNumberedRoad { return (.pointOfInterest, text, nil, 75) }
        // "vozidlem značky Renault Thalia", "un véhicule de marque Peugeot 208", "автомобиль марки Toyota Camry": after the
        // word for a make, the name is a product's, not annotated.
        if Self.makeNouns.contains(candidate.previousWord) { return nil }
        // "en Las Villas", "en El Valle de El Chumical", "à La Chaussée-Saint-Victor": after a Romance preposition of place,
        // a name opening with its article and no body's word is a place the gazetteer does not know (bodies named so
        // stand after their own article in small letters: "en el Ministerio").
        if readsRomance, words.count >= 2, Self.romancePlacePrepositions.contains(candidate.previousWord),
            CandidateScanner.romanceArticles.contains(words[0]),
            !words.contains(where: { EntityWords.organisationWords.contains($0) })
        {
            return (.place, text, nil, 60)
        }
        // "2 p.m. Mountain Time", "Eastern Standard Time": a time zone is no one.
        if words.count >= 2, words[words.count - 1] == "Time", Self.timeZoneWords.contains(String(words[0])) { return nil }
        // "the Kincade Fire, which started …", "Cal Fire said": a wildfire is named so (an event, not annotated), and so
        // is the fire service that speaks of it — never a person.
        if words.count >= 2, words[words.count - 1] == "Fire" {
            return candidate.followedByVerb && !candidate.afterArticle ? (.organisation, text, nil, 65) : nil
        }
        // "Black Louisianans", "Young Kenyans": a word before a place's people names no one either.
        if words.count == 2, let last = words.last, isPlaceDemonym(String(last)) { return nil }
        if candidate.introducedAsBody { return (.organisation, text, nil, 75) }
        // "the town of Killenaule", "nel comune di Raccuja": a town the gazetteer does not know is still a town.
        if candidate.afterPlaceNounOf, words.count <= 3, !candidate.titled { return (.place, text, nil, 70) }
        // "near Last Chance, Colo.": a name before the AP's abbreviation of a state is a town (`classifySingle` for one word).
        // (Not a run joined by "of": "Thomson of Stamford, Conn." is the firm of the town.)
        if candidate.beforeStateAbbreviation, words.count <= 3, !candidate.titled, !candidate.sentenceInitial,
            words.allSatisfy({ $0.first?.isUppercase == true })
        {
            return (.place, text, nil, 65)
        }
        // "МЧС России", "МВД России", "Policie ČR": a body's abbreviation, then the country it serves in the genitive.
        if inflectsNames, words.count == 2, CandidateScanner.isAcronym(String(words[0])),
            gazetteer.lookup(String(words[1]))?.kind == .place || declinedPlace(String(words[1])) != nil
        {
            return (.organisation, text, nil, 75)
        }
        // "Larsen & Toubro", "Marks & Spencer": names joined by "&" name a firm, not one person.
        if words.count == 3, words[1] == "&", !candidate.titled { return (.organisation, text, nil, 70) }
        // "президентом Франции Эммануэлем Макроном" ("with the president of France Emmanuel Macron"): a language that
        // declines names puts the country a title is of, in the genitive, before the name; the name is what follows.
        if inflectsNames, words.count >= 3, case let head = String(words[0]),
            gazetteer.lookup(head)?.kind == .place || declinedPlace(head) != nil
        {
            var rest = candidate
            rest.text = words.dropFirst().joined(separator: " ")
            rest.offset += head.utf16.count + 1
            rest.titled = true
            return classifyName(rest, words: Array(words.dropFirst()))
        }
        guard let first = words.first.map(String.init), let last = words.last.map(String.init) else { return nil }
        // "An Garda Síochána", "An Bord Pleanála", "An Taisce": Irish names its bodies with its article, "An" (not a
        // Korean surname before a hyphenated given name: "An Cheol-soo").
        if first == "An", words.count >= 2, !words[1].utf8.contains(UInt8(ascii: "-")) { return (.organisation, text, nil, 70) }
        // "FC Goa", "FC Barcelona", "AC Milan", "VfB Stuttgart": a sports club's letters before its town's name — not a
        // person's initials.
        if words.count >= 2, Self.clubPrefixes.contains(first) { return (.organisation, text, nil, 75) }
        // "told The Sunday Gleaner": after "the", a weekday opens a paper's edition, not a person's name ("Sunday Dare"
        // without it is one).
        if candidate.afterArticle || candidate.articleOrNumberBefore == "The", words.count >= 2, Self.weekdays.contains(first) {
            return (.organisation, text, nil, 70)
        }
        // "a Skoda Octavia", "Google Maps", "an Apple Watch": a maker the gazetteer knows, then a word naming no body, place
        // or family, is the maker's product — not annotated, as "Airbus A320-200" is not.
        if words.count == 2, !candidate.titled, gazetteer.lookup(first)?.kind == .organisation,
            !EntityWords.organisationWords.contains(last),
            !Self.namesCompany(last), !Surnames.contains(Substring(last)), gazetteer.lookup(last) == nil
        {
            return nil
        }
        // "U.S. Federal Reserve", "German Bundesliga": a known place before a known name is that name.
        // Each beginning of the name, looked up once for the two rules below.
        let beginnings = (1..<words.count).map { gazetteer.lookup(words[..<$0].joined(separator: " ")) }
        for cut in 1..<words.count where beginnings[cut - 1]?.kind == .place {
            let rest = words[cut...].joined(separator: " ")
            if let link = gazetteer.lookup(rest), link.kind != .place { return (link.kind, rest, link, 85) }
            // "Germany Social Democrats": a headline drops the possessive, so the country names whose
            // organisation it is. In the text a place before an organisation is part of its name ("California
            // Public Utilities Commission", "U.S. Geological Survey", "Cork County Council").
            if candidate.block == -1, words.count - cut >= 2, EntityWords.organisationWords.contains(last),
                beginnings[cut - 1]?.qcode?.hasPrefixOnBytes("iso3166") == true
            {
                return (.organisation, rest, nil, 70)
            }
        }
        // "Greenpeace Afrique", "Google India", "Amnesty International UK": a body the gazetteer knows, then a place,
        // names the body's branch there.
        if words.count >= 2,
            let cut = (1..<words.count).last(where: { beginnings[$0 - 1]?.kind == .organisation }),
            gazetteer.lookup(words[cut...].joined(separator: " "))?.kind == .place
        {
            return (.organisation, text, nil, 80)
        }
        // "Statistics Canada said", "Transport Canada says": an ordinary word before a country's name, acting, is a body the
        // country names its agency so — a place neither speaks nor a person is called so.
        if readsEnglish, words.count == 2, candidate.followedByVerb, !candidate.titled, EnglishWords.listing(words[0]) == 2,
            !EntityWords.compassWords.contains(first), gazetteer.lookup(last)?.qcode?.hasPrefixOnBytes("iso3166") == true
        {
            return (.organisation, text, nil, 70)
        }
        // "Al Jazeera Arabic", "BBC Hindi", "Deutsche Welle Spanish": a body the gazetteer knows, then the language or
        // nation of its service, names the service — a body, though "correspondent" follows it.
        if words.count >= 2, Self.languageWords.contains(last) || EntityWords.nationalities.contains(last),
            beginnings[words.count - 2]?.kind == .organisation
        {
            return (.organisation, text, nil, 80)
        }
        if EntityWords.outletNouns.contains(candidate.nextWord) || EntityWords.outletNouns.contains(candidate.previousWord) {
            return (.organisation, text, nil, 75)
        }
        if candidate.employsNamedPerson || candidate.describedAsBody { return (.organisation, text, nil, 70) }
        // "North West", "South East": compass points alone name a region, never a person ("Electricity North West said",
        // the company's first word dropped at the sentence's start, had given the person "North West").
        if words.count == 2, words.allSatisfy({ Self.trailingCompassWords.contains($0) }) { return (.place, text, nil, 70) }
        // "West Germany", "North Dakota", "Greater London": a compass word before a known place — in the other languages
        // too ("Nord Italia", "Süd Tirol", "Centro Italia").
        if words.count == 2, EntityWords.compassWords.contains(first) || Self.otherLanguagesCompassWords.contains(first),
            gazetteer.lookup(last)?.kind == .place
        {
            return (.place, text, nil, 75)
        }
        // "the West Midlands", "East Anglia": a compass word before a word that is no surname names a region, not a
        // person (the given-name lists hold "West" and "North", but not before such a word).
        // (A street's or a place's word last names the street: "Central Avenue" stays one, below.)
        if words.count == 2, EntityWords.compassWords.contains(first), !Surnames.contains(Substring(last)),
            !EntityWords.placeWords.contains(last), !Self.streetEndings.contains(last), !EntityWords.organisationWords.contains(last),
            gazetteer.lookup(last) == nil
        {
            return (.place, text, nil, 70)
        }
        if EntityWords.institutionNouns.contains(candidate.nextWord) { return (.organisation, text + " " + candidate.nextWord, nil, 75) }
        // "Faculty of Arts", "Bank of England", "Office for Students": an institution word before "of" or "for".
        let institutionBeforeOf =
            CandidateScanner.namesInstitutionOfField(words) || EntityWords.organisationBeginnings.contains(first)
        // "Miami-Dade County Public Schools", "Smith Networks": an organisation word in the plural ends a body's name too;
        // "Pittsburgh Post-Gazette": so does one after a hyphen.
        // "Atlanta Journal-Constitution", "Thomasville Times-Enterprise": American papers join two names, the first a
        // newspaper's word.
        // (Not a given name before a surname that reads as such a plural: "John Chambers", "Tyra Banks".)
        let organisationWordLast =
            EntityWords.organisationWords.contains(last)
            // "Rhone Poulenc S.A.", "Haighton en Ruth B.V.": a legal form written with its stops.
            || last.utf8.contains(UInt8(ascii: ".")) && EntityWords.legalForms.contains(last)
            || Self.companyAdjectives.contains(last) && words.count >= 2
            || (last.count > 4 && last.hasSuffixOnBytes("s") && EntityWords.organisationWords.contains(String(last.dropLast()))
                && !(words.count == 2 && GivenNames.containsName(Substring(first)) && Surnames.contains(Substring(last))))
            || (words.count >= 2 && EntityAcceptance.headClass(Substring(last)) == 1)
            || (words.count >= 2
                && last.utf8.firstIndex(of: UInt8(ascii: "-")).map { Self.newspaperWords.contains(String(last[..<$0])) } == true)
        // "College Boulevard", "Hospital Road", "University Avenue": a street's word last names the street, though the
        // words before it name bodies.
        // ("Friends of Main Street": a body's first word and its "of" name the body, whatever street it looks after.)
        let namesABody = EntityWords.organisationBeginnings.contains(first) && words.dropFirst().contains { $0 == "of" || $0 == "for" }
        if words.count >= 2, Self.streetEndings.contains(last), !candidate.personBeforeOf, !namesABody {
            return (.pointOfInterest, text, nil, 70)
        }
        // "Selsey Close", "Mill Lane", "Caldwell Place": a word that ends surnames too ends a street's name after a word
        // that is no given name ("Glenn Close", "Nathan Lane" are people).
        if words.count >= 2, Self.streetEndingsOfSurnames.contains(last), !candidate.personBeforeOf, !candidate.titled, !namesABody,
            !candidate.followedByVerb, !GivenNames.containsName(words[words.count - 2])
        {
            return (.pointOfInterest, text, nil, 65)
        }
        if organisationWordLast || institutionBeforeOf || EntityWords.hasOrganisationSuffix(Substring(last))
            || words.contains(where: { ["Bank", "University", "Ministry", "Council", "Institute", "Committee"].contains($0) })
        {
            return (.organisation, text, nil, 75)
        }
        // "Fort Lauderdale Strikers", "Chicago Bulls": a place followed by a plural is a team — not a given name that
        // is also a town followed by a surname ending in -s ("David Moyes": David, Panama), where the singular is no word,
        // or a given name ("Aurora Williams"), or where a title says it is a person ("Mining Minister Aurora Williams").
        // (Not a place word in the plural: "Great Lakes", "Victoria Falls" are places.)
        let pluralPlaceWord = last.hasSuffixOnBytes("s") && EntityWords.placeWords.contains(String(last.dropLast()))
        if words.count >= 2, last.count > 3, last.hasSuffixOnBytes("s"), !last.hasSuffixOnBytes("ss"), !pluralPlaceWord,
            gazetteer.lookup(words.dropLast().joined(separator: " "))?.kind == .place,
            !(words.count == 2 && GivenNames.containsName(Substring(first))
                && (EnglishWords.listing(Substring(last.dropLast())) == 0 || GivenNames.containsName(last.dropLast())
                    || candidate.titled))
        {
            return (.organisation, text, nil, 70)
        }
        // "Oklahoma City Thunder", "Miami Heat": a place the gazetteer knows, then one ordinary word that is no word
        // for a place, names a club (or a paper: "Kansas City Star"; a network: "London Underground"). Not a given name
        // that a town has and a surname that is a word ("Austin Butler", "Florence Nightingale").
        if words.count >= 2, readsEnglish, EnglishWords.listing(Substring(last)) == 2, !EntityWords.placeWords.contains(last),
            !Self.areaWords.contains(last), !Self.trailingCompassWords.contains(last),
            !(words.count == 2 && GivenNames.containsName(Substring(first)) && Surnames.contains(Substring(last))),
            gazetteer.lookup(words.dropLast().joined(separator: " "))?.kind == .place
        {
            return (.organisation, text, nil, 65)
        }
        // "U.S. Customs and Border Protection (CBP)": a name that an acronym in brackets spells names a body.
        if words.count >= 3, candidate.acronymAfter.unicodeScalars.count >= 3,
            Self.acronym(ofEveryWord: text).hasSuffixOnBytes(candidate.acronymAfter)
        {
            return (.organisation, text, nil, 75)
        }
        // German writes an adjective in lower case unless it opens a name ("die Deutsche Bahn", "der Bayerische
        // Rundfunk", "die Europäische Zentralbank"): capitalised inside a sentence before a noun, it names a body (an
        // article opening the sentence is no part of the run, so "Der Bayerische Rundfunk berichtete" counts).
        if capitalisesNouns, words.count >= 2, !candidate.sentenceInitial, Self.isGermanAdjective(first) {
            return (.organisation, text, nil, 65)
        }
        // Other languages keep a German body's name as it is ("Deutsche Bahn personnel chief", "at Deutsche Bank"):
        // a German adjective in "-sche", "-scher", "-sches" opening a name is no one's given name.
        if !capitalisesNouns, words.count >= 2, first.count >= 6,
            ["sche", "scher", "sches"].contains(where: { first.hasSuffixOnBytes($0) })
        {
            return (.organisation, text, nil, 65)
        }
        // "Tolliver Semiconductors said", "Whole Foods", "Intuitive Machines": an ordinary English noun in the plural that
        // is no surname ends a firm's, a band's or a team's name, not a person's (of the gold readings' English names that
        // end so, fifty are bodies and one a person, "Laurence des Cars"). Not after a given name alone ("Alicia Keys",
        // "Harry Styles"), nor a word for places or things ("Victoria Falls", "Highland Games").
        if readsEnglish, words.count >= 2, !candidate.titled, Self.endsInOrdinaryPlural(last), !pluralPlaceWord,
            !EntityWords.placeWords.contains(last), !Self.areaWords.contains(last), !EntityWords.thingEndings.contains(last),
            !(words.count == 2 && GivenNames.containsName(Substring(first))),
            !words.dropLast().contains(where: { $0.first?.isLowercase == true })
        {
            return (.organisation, text, nil, 75)
        }
        // "Tyreek Hill caught", "Sally Field said": a place word ends many surnames; acting, it is a person.
        // (Not a word for an administrative area, which ends no surname: "Gangwon Province claimed the coldest temperature".)
        // (Not two ordinary words of which the first is no given name: "Network Rail said" is a body's name.)
        // (Nor a German street's word, which ends no surname and stands before the verb a German clause closes with: "an der
        // Landsberger Straße warnte".)
        // (Nor what a person is of: in "James Murren of C.J. Lawrence said" the verb is the person's.)
        if words.count == 2, candidate.followedByVerb, !candidate.afterArticle, !candidate.ofAPerson,
            !EntityWords.placeBeginnings.contains(first),
            !Self.areaWords.contains(last), !EntityWords.germanStreetWords.contains(last), gazetteer.lookup(first) == nil,
            !(readsEnglish && EnglishWords.listing(Substring(first)) == 2 && EnglishWords.listing(Substring(last)) == 2
                && !GivenNames.containsName(Substring(first)))
        {
            return (.person, text, nil, 70)
        }
        // "Yobe North", "Newcastle Central", "Davao Oriental": a compass word after a word that is no given name ends a
        // district's, a station's or a province's name ("Oliver North" is a person's).
        if words.count == 2, Self.trailingCompassWords.contains(last), !GivenNames.containsName(Substring(first)) {
            return (.place, text, nil, 70)
        }
        // "Davao del Sur", "Rio Grande do Sul", "Baja California Sur": Spanish and Portuguese name provinces by a compass
        // point after the name, with "del" or "do" or without.
        if words.count >= 3, Self.trailingCompassWordsOfOtherLanguages.contains(last), !GivenNames.containsName(Substring(first)) {
            return (.place, text, nil, 70)
        }
        // "State of Israel", "Central District of California": a word for a place before "of" and a place the gazetteer
        // knows after it name a place ("Hall of Fame" does not).
        if words.count >= 3,
            words.indices.dropFirst().dropLast().contains(where: {
                words[$0] == "of" && EntityWords.placeWords.contains(words[$0 - 1])
                    && gazetteer.lookup(words[($0 + 1)...].joined(separator: " "))?.kind == .place
            })
        {
            return (.place, text, nil, 70)
        }
        // "Dursey Island Cable Car", "Bartholomew County Jail": a word for a place or a body inside a run is no part of
        // a person's name. (Not inside an administrative area's name: "Federal Capital Territory" is a place.)
        if words.count >= 3,
            !Self.areaWords.contains(last),
            let inner = words.dropFirst().dropLast().first(where: {
                EntityWords.placeWords.contains($0) || EntityWords.organisationWords.contains($0)
            })
        {
            // "Golden State Warriors", "Tampa Bay Buccaneers": a place's name, then a plural that is no word for places,
            // names a team.
            let team = Self.isTeamNickname(last) && !EntityWords.placeWords.contains(last)
            return (EntityWords.placeWords.contains(inner) && !team ? .pointOfInterest : .organisation, text, nil, 65)
        }
        // "Manila Police District", "Southern Police District": the police's command for an area is a body.
        if words.count >= 3, last == "District", words[words.count - 2] == "Police" { return (.organisation, text, nil, 75) }
        // "Lagos State", "Cork County", "Hubei Province": an administrative area is a place; "Princes Street", "Lake Placid
        // Arena" are points of interest.
        // (Not a person's name the scanner cut before "of": "Marcus Hill of Burbank".)
        if (EntityWords.placeWords.contains(last) || pluralPlaceWord || Self.areaWords.contains(last)) && !candidate.personBeforeOf
            || EntityWords.placeBeginnings.contains(first) || words.count == 2 && Self.areaBeginnings.contains(first)
        {
            let area = Self.areaWords.contains(last) || Self.areaBeginnings.contains(first)
            return (area ? .place : .pointOfInterest, text, nil, 70)
        }
        if EntityWords.organisationNouns.contains(candidate.nextWord) { return (.organisation, text, nil, 65) }
        // "the Serra Gaúcha region", "the Nagorno Karabakh region": a noun for a place after the name says what it names.
        if EntityWords.placeNouns.contains(candidate.nextWord), !candidate.titled { return (.place, text, nil, 65) }
        // "Notre Dame cathedral", "Wembley stadium": a lower-case noun for a building or a feature names a point of interest.
        if EntityWords.landmarkNouns.contains(candidate.nextWord) { return (.pointOfInterest, text, nil, 65) }
        // "Southern California Edison", "Western Australia Police": no one's name opens with a compass adjective.
        if words.count >= 3, CandidateScanner.compassAdjectives.contains(first) { return (.organisation, text, nil, 65) }
        // "The Beatles", "The Yardbirds", "The Hill": no one's name opens with the article; a band, a paper, a firm does.
        if first == "The", words.count >= 2 { return (.organisation, text, nil, 70) }
        // "Blue Origin", "Teacher Retirement System", "Evening Standard": every word an ordinary English word, none a
        // name — a body's name (no person of the gold readings is named so; 114 bodies and places are).
        if readsEnglish, !candidate.titled, words.allSatisfy({ EnglishWords.listing($0) == 2 }) {
            return (.organisation, text, nil, 75)
        }
        // "SW Miami-Dade", "NE Portland": a compass point's letters before a place the gazetteer knows name part of it.
        if words.count >= 2, Self.compassLetters.contains(first),
            gazetteer.lookup(words.dropFirst().joined(separator: " "))?.kind == .place
        {
            return (.place, text, nil, 70)
        }
        // "analyst Joseph Doyle of Smith Barney", "Paul Stern of Kidder Peabody": what a person is of, shaped as a person's
        // name, is a firm named for its founders (a place the gazetteer knows is taken before).
        if candidate.ofAPerson, words.count >= 2, !candidate.titled, gazetteer.lookup(text) == nil {
            return (.organisation, text, nil, 65)
        }
        // "GST Voucher scheme", "BSE Sensex", "CNN Philippines": no one's name opens with an abbreviation in capitals of
        // three letters or more before a word in lower-case letters; a body's or a thing's does.
        if words.count >= 2, !candidate.titled, first.utf8.count >= 3,
            first.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }),
            words[1].utf8.contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }),
            !GivenNames.containsName(Substring(first))
        {
            return (.organisation, text, nil, 65)
        }
        // "Genova Brignole", "Roma Termini", "Milano Centrale": a town the gazetteer knows, no one's given name, before one
        // more word names a station or a quarter of it; a person's name opens with a given name.
        // (The town, looked up above, is asked first: the word lists cost more.)
        if words.count == 2, let town = beginnings[0], town.kind == .place, town.qcode?.hasPrefixOnBytes("iso3166") != true,
            !capitalisesNouns, !candidate.titled, !EntityWords.calendarWords.contains(last),
            !GivenNames.containsName(Substring(first)), !GivenNames.containsName(Substring(last)),
            !Surnames.contains(Substring(first)), !Surnames.contains(Substring(last)),
            // ("Vladímir Putin": Spanish copy's accent on a given name the lists hold without it — the town of Vladimir
            // is no station's.)
            !GivenNames.containsName(Substring(String(first).folding(options: .diacriticInsensitive, locale: nil)))
        {
            return (.pointOfInterest, text, nil, 60)
        }
        // "Facebook Marketplace", "Google Maps": a company the gazetteer knows, then more words, names a part or a product
        // of it — no one's name opens with a company's (unless it is a given name too: "Ford", "Dell").
        if words.count >= 2, beginnings[0]?.kind == .organisation, !GivenNames.containsName(Substring(first)) {
            return (.organisation, text, nil, 60)
        }
        // "на Дальнем Востоке", "Высшей школы экономики": in a language that declines names, a run opening with an
        // adjective by its ending that is no given name in any case names a place or a body; a person's opens with a
        // given name ("Дмитрием Песковым" is "Дмитрий" in the instrumental).
        if inflectsNames, words.count >= 2, !candidate.titled, CandidateScanner.isSlavicAdjective(String(first)),
            !GivenNames.containsName(Substring(first)), Self.nominativeGivenName(of: Substring(first)) == nil
        {
            return (Self.slavicLocatives.contains(candidate.previousWord) ? .place : .organisation, text, nil, 60)
        }
        // "Rete Ferroviaria Italiana", "Ferrovie del Sud Est", "Juzgado de Instrucción": in French, Spanish, Italian or
        // Portuguese copy a run with a link inside, or of three words or more with an adjective's ending after the first,
        // none of whose words is a given name or a surname and no title before it, names a body ("Dmitry Muratov" has
        // neither, "Lula da Silva" a given name; two words alone may be a name the lists lack: "Roshan Sunkaria").
        if readsRomance, !candidate.titled, words.count >= 2,
            words.dropFirst().contains(where: { CandidateScanner.romanceLinks.contains(String($0)) })
                || words.count >= 3 && words.dropFirst().contains(where: { Self.hasRomanceAdjectiveEnding(String($0)) }),
            !words.contains(where: { GivenNames.containsName($0) || Surnames.contains($0) })
        {
            return (.organisation, text, nil, 60)
        }
        // "Keolis Rennes", "Más Madrid": a word that is no given name, surname or title, then a town, names
        // a body of the town (a firm's branch, a party, a club) — a person's name opens with a given name, and rarely ends
        // with a town's.
        if words.count == 2, !candidate.titled, let town = gazetteer.lookup(last), Gazetteer.isTownOrCity(town),
            !GivenNames.containsName(Substring(first)), !CandidateScanner.isTitle(first),
            // (A town's name that families bear too is a surname after a given name the lists lack: "Janai Nelson",
            // "Sudesh Amman".)
            !Surnames.contains(Substring(last)), !Surnames.contains(Substring(first)),
            !EntityWords.placeWords.contains(first), !EntityWords.placeBeginnings.contains(first),
            !EntityWords.compassWords.contains(first), gazetteer.lookup(first) == nil,
            // (Only in the Romance and German copy: English copy names people from everywhere, whose given names the
            // lists may lack — "Sudesh Amman"; Slavic copy sets a surname before a place with no comma.)
            !readsEnglish, !inflectsNames
        {
            return (.organisation, text, nil, 60)
        }
        // In English no one's name goes on with two or more words the dictionary has only in small letters and the
        // surname lists lack: a service's or a firm's does ("Garda Confidential Line", "West Cork Connect"; "Elon Musk",
        // "Acker Bilk" are names).
        let ordinaryTail =
            readsEnglish && !candidate.titled && words.count >= 3 && words.dropFirst().allSatisfy({ EnglishWords.listing($0) == 2 })
            && !Surnames.contains(Substring(last))
        // Four names at most, the particles between them aside ("Maria do Rosário Palma Ramalho"; Arabic names write theirs
        // with a capital: "Zine El Abidine Ben Ali").
        if words.count <= 6,
            words.filter({ $0.unicodeScalars.first?.isUppercaseLetter == true && !Self.capitalisedNameParticles.contains($0) }).count
                <= 4,
            !text.unicodeScalars.contains(where: {
                $0 == "&" || ($0.value >= 48 && $0.value <= 57) || ($0.value >= 0x80 && $0.properties.numericType != nil)
            }),
            !candidate.isAcronym, candidate.titled || !candidate.wordsAllCommon,
            words.allSatisfy({
                $0.unicodeScalars.first?.isUppercaseLetter == true || $0.count <= 3 || Tokenizer.hasArabicArticle($0)
            }),
            // In German every noun is capitalised ("Interne Unterlagen", "Rüstungskonzern Rheinmetall"): a run
            // is a person's name by its shape only when it starts with a given name or follows a title.
            !capitalisesNouns || candidate.titled || GivenNames.containsName(Substring(first)),
            !ordinaryTail
        {
            return (.person, text, nil, candidate.titled ? 90 : 75)
        }
        if ordinaryTail, words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true }) { return (.organisation, text, nil, 60) }
        return nil
    }

    /// Czech, Slovak and Russian prepositions of place, "in" and "on" ("v Praze", "na Dálném východě", "в Сибири", "на
    /// Дальнем Востоке"); not "to" and "from", which a club or a firm follows as often ("přestoupil do Evertonu").
    static let slavicLocatives: WordSet = ["v", "ve", "na", "в", "во", "на"]

    /// The masculine and neuter genitive and dative endings of Czech and Russian adjectives, which no noun after "in" has.
    static let adjectiveGenitiveDativeEndings = ["ího", "ého", "ímu", "ému", "ого", "его", "ому", "ему"]

    /// "les Français", "aux Allemands", "des Européens", "2 209 Français": French writes a people's name with a capital
    /// (its adjective in small letters) — a people, never a person, a body or a place (not annotated). Known by a
    /// demonym's ending after an article or a number; not a name the gazetteer knows ("de Calais", "d'Amiens", "des
    /// Landes").
    func isFrenchPeople(_ candidate: Candidate) -> Bool {
        let name = candidate.text
        guard name.count >= 5 else { return false }
        let previous = candidate.previousWord.isEmpty ? candidate.articleOrNumberBefore : candidate.previousWord
        // One of them: "un Vendéen de 67 ans", "une Parisienne".
        if case let article = previous.lowercasedOnBytes(), article == "un" || article == "une" {
            return Self.frenchPersonOfEndings.contains(where: { name.hasSuffixOnBytes($0) }) && gazetteer.lookup(name) == nil
        }
        guard Self.frenchPeopleEndings.contains(where: { name.hasSuffixOnBytes($0) }) else { return false }
        guard
            Self.frenchPeopleDeterminers.contains(previous.lowercasedOnBytes())
                || previous.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true
        else { return false }
        return gazetteer.lookup(name) == nil
    }
    static let frenchPersonOfEndings = [
        "éen", "éenne", "ien", "ienne", "ais", "aise", "ois", "oise", "ain", "aine", "and", "ande", "ol", "ole", "ique", "èque", "in",
        "ine",
    ]
    static let frenchPeopleEndings = [
        "ais", "aises", "ois", "oises", "ains", "aines", "iens", "iennes", "éens", "éennes", "ands", "andes", "ols", "oles", "iques",
        "èques", "ins",
    ]
    static let frenchPeopleDeterminers: Set<String> = [
        "les", "des", "aux", "de", "d", "ces", "nos", "vos", "leurs", "nombreux", "certains", "plusieurs", "quelques", "deux", "trois",
        "quatre", "cinq", "dix", "cent", "mille", "millions", "milliers", "centaines", "dizaines",
    ]

    /// The first words of time zones' names ("Mountain Time", "Pacific Standard Time", "British Summer Time").
    static let timeZoneWords: WordSet = [
        "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Alaska", "Hawaii", "Greenwich", "British", "Coordinated", "Universal",
        "Indian", "Japan", "Korea", "China", "Moscow", "Arabia",
    ]

    /// Adjectives that close a company's name and no one's ("Thomson Financial", "Amnesty International", "Western
    /// Digital", "Ally Global"): a surname is never one of them.
    static let companyAdjectives: WordSet = ["Financial", "International", "Global", "Digital", "Mutual", "Worldwide"]

    /// A capitalised word with the ending of a Romance adjective, singular or plural ("Italiana", "Nacional",
    /// "Républicain", "Independientes").
    static func hasRomanceAdjectiveEnding(_ word: String) -> Bool {
        word.count >= 5 && CandidateScanner.endsLikeRomanceAdjective(word.lowercasedOnBytes())
    }

    /// "Victorian", "Gazan", "Tasmanian": an adjective made by "-n" from the name of a place the gazetteer knows.
    func isDemonymOfAPlace(_ name: String) -> Bool {
        name.count > 4 && name.hasSuffixOnBytes("n") && gazetteer.lookup(String(name.dropLast()))?.kind == .place
    }

    /// "RER B", "Фракция КПРФ", "Sterling GBP": an acronym of three letters or more beside other words names a line, a
    /// party, a currency — no one's name has one (a run all in capitals, as a headline's, says nothing; initials are
    /// no acronym: "J.C. Chandor").
    static func hasAcronymBesideOtherWords(_ words: [Substring]) -> Bool {
        var acronym = false
        var other = false
        for word in words {
            // (The first letters decide most words at once, on the bytes: a small letter, and the word is no acronym.)
            var bytes = word.utf8.makeIterator()
            let first = bytes.next() ?? 0
            let second = bytes.next() ?? 0
            if first >= 0x61 && first <= 0x7A || second >= 0x61 && second <= 0x7A {
                other = true
                continue
            }
            guard let scalar = word.unicodeScalars.first, scalar.properties.isUppercase else {
                other = true
                continue
            }
            let capitals =
                word.utf8.count >= 3 && !word.utf8.contains(0x2E)
                && word.unicodeScalars.allSatisfy { $0.properties.isUppercase || !$0.properties.isAlphabetic }
                && word.unicodeScalars.count >= 3
            if capitals { acronym = true } else { other = true }
        }
        return acronym && other
    }

    /// A plural that is no word for places, as teams' nicknames are ("Warriors", "Buccaneers"; not "Falls", "Lakes").
    static func isTeamNickname(_ word: String) -> Bool {
        word.count > 4 && word.hasSuffixOnBytes("s") && !word.hasSuffixOnBytes("ss")
            && !EntityWords.placeWords.contains(String(word.dropLast()))
    }

    /// The trades Russian firms' names close with, in their cases ("Сбербанк", "Сбербанка"; "Роснефть"; "Газпром").
    static let russianFirmEndings = [
        "банк", "банка", "банку", "банком", "банке", "нефть", "нефти", "нефтью", "пром", "прома", "прому", "промом", "проме",
    ]

    /// The last words of administrative areas' names.
    /// The words newspapers are named by, as the first half of a hyphenated name ("Times-Picayune", "Star-Ledger").
    static let newspaperWords: WordSet = [
        "Times", "Journal", "Post", "Star", "Herald", "Press", "News", "Tribune", "Courier", "Gazette", "Register", "Daily",
    ]
    /// A sports club's letters before its town's name ("FC Goa", "AC Milan", "VfB Stuttgart").
    static let clubPrefixes: WordSet = ["FC", "AC", "AS", "SC", "SV", "VfB", "VfL", "CF", "CD", "SSC", "RCD", "FK", "NK", "HNK", "SK"]
    /// German demonstratives, after which a capitalised word is a noun ("An dieser Stelle").
    static let germanDemonstratives: WordSet = [
        "dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes", "jenem", "jenen", "solcher", "solche",
        "solchen", "solchem",
    ]
    /// The days' names in full, which open a paper's edition after "the" ("The Sunday Gleaner").
    static let weekdays: WordSet = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    /// The compass words of French, Italian, Spanish and German that stand before a place's name ("Nord Italia").
    static let otherLanguagesCompassWords: WordSet = ["Nord", "Sud", "Süd", "Ost", "Ovest", "Ouest", "Norte", "Oeste", "Centro"]
    static let areaWords = WordSet(
        ["County", "Province", "Region", "State", "City", "District", "Prefecture", "Territory"] + EntityWords.slavicRegionNouns.words)
    /// The same, written before the name ("County Down", "Co Kilkenny", "Co. Louth").
    static let areaBeginnings: WordSet = ["County", "Co", "Co."]

    /// A compass point's letters before a place ("SW Miami-Dade", "NE Portland").
    static let compassLetters: WordSet = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "N.", "S.", "E.", "W."]
    /// Party adjectives the gold conventions leave unannotated when they stand alone ("Conservative MPs").
    static let partyAdjectives: WordSet = ["Conservative", "Liberal"]
    /// The particles of Arabic and Maghrebi names, written with a capital ("Zine El Abidine Ben Ali", "Mohamed Ould
    /// Ghazouani").
    static let capitalisedNameParticles: WordSet = ["El", "Al", "Ben", "Bin", "Ibn", "Abu", "Ould"]

    /// A single word nothing in the article or the gazetteer explains: typed by its context, or dropped.
    static let romancePlacePrepositions: WordSet = [
        "à", "en", "près", "vers", "in", "nel", "nella", "presso", "verso", "desde", "hacia", "em", "no", "na",
    ]
}
