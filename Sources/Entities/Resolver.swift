import Foundation
import NewsModel

/// Turns candidates into entities: types them, merges other forms of the same name, links them.
package struct Resolver {
    /// The confidence of a word nothing but its capital explains: the acceptance step reads it as that.
    package static let unexplainedConfidence = 30

    let gazetteer: Gazetteer
    /// The article's language capitalises every noun (German): a capital alone says nothing of a name.
    var capitalisesNouns = false
    /// The article's language declines names (Czech, Polish, Russian …): "Manchesteru" is Manchester.
    var inflectsNames = false
    /// The article is in English, the language of the spelling dictionary (`EnglishWords`).
    var readsEnglish = false

    private struct Table {
        var entities: [Entity] = []
        var index = WordMap<Int>()
        /// Last word of a person's name → the people with it ("Macron" → Emmanuel Macron).
        var surnames = WordMap<[Int]>()
        /// First word of a multi-word name → the entities with it ("Gerd" → Gerd Mueller, "Bayern" → Bayern Munich).
        var firstWords = WordMap<[Int]>()
        /// Acronym of a name → the entity ("EU" → European Union).
        var acronyms = WordMap<Int>()
        /// The word before the last of a person's name of three words or more, when it is no given name: the first of
        /// two surnames ("García" → Álvaro García Ortiz), which Spanish and Portuguese copy uses alone.
        var firstSurnames = WordMap<[Int]>()
        /// The language declines names: a surname is filed under its forms without a case ending too, so that
        /// "Макрон" finds "Эммануэлем Макроном" and "Путина" finds "Владимир Путин".
        var declines = false

        /// More words, then not in capitals, then longer: "United States" over "US", "Beijing" over "BEIJING".
        static func fullness(_ name: String) -> (Int, Int, Int) {
            let words = name.spaceSeparatedWords.count
            let shouting = name.unicodeScalars.contains { $0.isLowercaseLetter } ? 1 : 0
            return (words, shouting, name.utf8.count)
        }

        /// The one person of three words or more whose name ends with `name` (two words or more).
        func personEnding(with name: String) -> Entity? {
            guard name.spaceSeparatedWordCount >= 2, let last = name.spaceSeparatedWords.last else { return nil }
            let suffix = " " + name
            let owners = (surnames[String(last)] ?? []).map { entities[$0] }.filter {
                $0.kind == .person && $0.name.hasSuffix(suffix) && $0.name.spaceSeparatedWordCount >= 3
            }
            return owners.count == 1 ? owners[0] : nil
        }

        func organisationStarting(with name: String) -> Entity? {
            guard let first = name.spaceSeparatedWords.first else { return nil }
            let owners = (firstWords[String(first)] ?? []).map { entities[$0] }.filter {
                $0.kind == .organisation && $0.name.hasPrefix(name + " ")
            }
            return owners.count == 1 ? owners[0] : nil
        }

        mutating func add(_ kind: Entity.Kind, _ name: String, link: Gazetteer.Entry?, candidate: Candidate, confidence: Int) {
            let canonical = link?.name ?? name
            let mention = Mention(
                block: candidate.block, offset: candidate.offset, length: candidate.text.utf16.count, text: candidate.text)
            let key = canonical.lowercasedOnBytes()
            // The name shown is the fullest form the article uses ("New York", not the gazetteer's "New York
            // City"); a newsroom's authority file names its entities itself.
            let usesArticleForm = link != nil && link?.isAuthority == false
            if let existing = index[key] {
                entities[existing].mentions.append(mention)
                let current = entities[existing].name
                if candidate.text != current, !entities[existing].alternativeNames.contains(candidate.text) {
                    if usesArticleForm, Self.fullness(candidate.text) > Self.fullness(current) {
                        entities[existing].name = candidate.text
                        entities[existing].alternativeNames.append(current)
                    } else {
                        entities[existing].alternativeNames.append(candidate.text)
                    }
                }
                return
            }
            let shown = usesArticleForm ? candidate.text : canonical
            var entity = Entity(
                kind: link?.kind ?? kind, name: shown, qcode: link?.qcode, uri: link?.uri,
                literal: nil, mentions: [mention], confidence: confidence, assignment: link?.isAuthority == true ? .authority : .machine)
            if candidate.text != shown { entity.alternativeNames.append(candidate.text) }
            let position = entities.count
            index.set(position, for: key)
            entities.append(entity)
            let words = canonical.spaceSeparatedWords
            if words.count >= 2 {
                if entity.kind == .person, let last = words.last {
                    for form in declines ? Resolver.caseForms(String(last)) : [String(last)] {
                        surnames.update(form, default: []) { $0.append(position) }
                    }
                }
                // Only a name that opens with a given name, not a compass word: "Cork" is no surname of "West Cork Connect".
                if entity.kind == .person, words.count >= 3, case let inner = words[words.count - 2],
                    inner.first?.isUppercase == true, !GivenNames.containsName(inner), GivenNames.containsName(words[0]),
                    !EntityWords.compassWords.contains(String(words[0]))
                {
                    firstSurnames.update(String(inner), default: []) { $0.append(position) }
                }
                if let first = words.first { firstWords.update(String(first), default: []) { $0.append(position) } }
                let acronym = Resolver.acronym(of: canonical)
                if acronym.count >= 2, acronyms[acronym] == nil { acronyms.set(position, for: acronym) }
            }
        }
    }

    func resolve(_ input: [Candidate]) -> [Entity] {
        let candidates = splitMergedNames(input)
        var table = Table()
        table.declines = inflectsNames
        // First pass: full names, so that surnames and acronyms can be resolved against them.
        // A single word that ends a longer name in the same article ("Hassan" after "Amira Hassan") is that
        // name, not a gazetteer match: it waits for the second pass.
        var pending: [Candidate] = []
        var people: [(candidate: Candidate, name: String, confidence: Int)] = []
        for candidate in candidates {
            let words = candidate.text.spaceSeparatedWords
            if words.count == 1 {
                pending.append(candidate)
            } else if let (kind, name, link, confidence) = classifyName(candidate, words: words) {
                // Names typed as people only by their shape wait until the organisations are known.
                if kind == .person, !candidate.titled, link == nil {
                    people.append((candidate, name, confidence))
                } else {
                    table.add(kind, name, link: link, candidate: candidate, confidence: confidence)
                }
            } else {
                pending.append(candidate)
            }
        }
        // Full names of three words or more first, so that the two surnames of one ("Díaz Ayuso") find it
        // wherever the article first writes them.
        let longFirst = people.filter { $0.name.spaceSeparatedWordCount >= 3 } + people.filter { $0.name.spaceSeparatedWordCount < 3 }
        for (candidate, name, confidence) in longFirst {
            // "Standard Oil" after "Standard Oil Co": the beginning of a known organisation's name is that organisation.
            if let owner = table.organisationStarting(with: name) {
                table.add(owner.kind, owner.name, link: nil, candidate: candidate, confidence: 70)
            } else if let person = table.personEnding(with: name) {
                // "Díaz Ayuso" after "Isabel Díaz Ayuso": the two surnames Spanish and Portuguese names carry.
                table.add(.person, person.name, link: nil, candidate: candidate, confidence: 75)
            } else if let first = name.spaceSeparatedWords.first, EntityWords.articles.contains(first) {
                // "Le Figaro", "El Plural", "Die Grünen": no one's name opens with an article (unless the article
                // names the person in full: "Le Pen" after "Marine Le Pen", above); a paper's or a party's does.
                table.add(.organisation, name, link: nil, candidate: candidate, confidence: 70)
            } else {
                table.add(.person, name, link: nil, candidate: candidate, confidence: confidence)
            }
        }
        // Second pass: single words and acronyms.
        for candidate in pending {
            let name = candidate.text
            // "Mueller" after "Gerd Mueller" and "Thomas Mueller": the one the article names most, or first.
            let surnameOwners =
                inflectsNames
                ? Array(Set(Self.caseForms(name).flatMap { table.surnames[$0] ?? [] })).sorted()
                : table.surnames[name]
            if let people = surnameOwners, !people.isEmpty,
                let person = people.max(by: {
                    table.entities[$0].mentions.count < table.entities[$1].mentions.count
                        || (table.entities[$0].mentions.count == table.entities[$1].mentions.count && $0 > $1)
                }),
                gazetteer.lookup(name)?.rank != 0
            {
                table.add(.person, table.entities[person].name, link: nil, candidate: candidate, confidence: people.count == 1 ? 80 : 65)
                continue
            }
            if candidate.isAcronym, let expansion = table.acronyms[String(name.filter { $0 != "." })] {
                let entity = table.entities[expansion]
                table.add(entity.kind, entity.name, link: nil, candidate: candidate, confidence: 80)
                continue
            }
            // "García" after "Álvaro García Ortiz"; "Pilar" after "Pilar Rodríguez": the one person the article names
            // with that surname or given name, before a town the gazetteer knows by it — not a country.
            let link = gazetteer.lookup(name)
            if link?.rank != 0,
                let person = Self.onePerson(table.firstSurnames[name], in: table)
                    ?? (GivenNames.containsName(Substring(name)) ? Self.onePerson(table.firstWords[name], in: table) : nil)
            {
                table.add(.person, person.name, link: nil, candidate: candidate, confidence: 70)
                continue
            }
            if let link {
                table.add(link.kind, name, link: link, candidate: candidate, confidence: 85)
                continue
            }
            // "z Manchesteru", "Liverpoolu", "v Moskvě": a Slavic language declines place names; the form without
            // its case ending is the one the gazetteer knows.
            if inflectsNames, let (stem, link) = declinedPlace(name) {
                table.add(link.kind, stem, link: link, candidate: candidate, confidence: 75)
                continue
            }
            // "Gerd" after "Gerd Mueller", "Bayern" after "Bayern Munich": the one longer name it begins.
            if let owners = table.firstWords[name], owners.count == 1, table.entities[owners[0]].kind != .place {
                let entity = table.entities[owners[0]]
                table.add(entity.kind, entity.name, link: nil, candidate: candidate, confidence: 70)
                continue
            }
            if let (kind, resolvedName, confidence) = classifySingle(candidate) {
                table.add(kind, resolvedName, link: nil, candidate: candidate, confidence: confidence)
            }
        }
        return Self.mergingShortCompanyNames(table.entities)
    }

    /// The entity of `owners` when it is the only one and a person.
    private static func onePerson(_ owners: [Int]?, in table: Table) -> Entity? {
        guard let owners, owners.count == 1, table.entities[owners[0]].kind == .person else { return nil }
        return table.entities[owners[0]]
    }

    /// "Standard Oil" and "Standard Oil Co" in one article are one company: the form without its legal
    /// form joins the one with it.
    static func mergingShortCompanyNames(_ entities: [Entity]) -> [Entity] {
        // The possible owners — organisations whose name ends with a legal form — found once, not per pair.
        let owners: [(index: Int, wordCount: Int)] = entities.indices.compactMap { index in
            guard entities[index].kind == .organisation else { return nil }
            let words = entities[index].name.spaceSeparatedWords
            guard let last = words.last, EntityWords.legalForms.contains(last) else { return nil }
            return (index, words.count)
        }
        guard !owners.isEmpty else { return entities }
        var result = entities
        var removed = IndexSet()
        for (index, short) in entities.enumerated() where short.kind == .organisation && short.uri == nil && short.qcode == nil {
            let wordCount = short.name.spaceSeparatedWordCount
            let prefix = short.name + " "
            let matching = owners.filter { $0.index != index && $0.wordCount == wordCount + 1 && entities[$0.index].name.hasPrefix(prefix) }
            guard matching.count == 1, let owner = matching.first?.index else { continue }
            result[owner].mentions += short.mentions
            for name in [short.name] + short.alternativeNames
            where name != result[owner].name && !result[owner].alternativeNames.contains(name) {
                result[owner].alternativeNames.append(name)
            }
            removed.insert(index)
        }
        return result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    }

    /// A name of two or more words: linked, or typed by its words and what follows it.
    private func classifyName(_ candidate: Candidate, words: [Substring]) -> (Entity.Kind, String, Gazetteer.Entry?, Int)? {
        let text = candidate.text
        if let link = gazetteer.lookup(text) { return (link.kind, text, link, 90) }
        if isPlaceDemonym(text) { return nil }
        if candidate.introducedAsBody { return (.organisation, text, nil, 75) }
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
        // "U.S. Federal Reserve", "German Bundesliga": a known place before a known name is that name.
        for cut in 1..<words.count where gazetteer.lookup(words[..<cut].joined(separator: " "))?.kind == .place {
            let rest = words[cut...].joined(separator: " ")
            if let link = gazetteer.lookup(rest), link.kind != .place { return (link.kind, rest, link, 85) }
            // "Germany Social Democrats": a headline drops the possessive, so the country names whose
            // organisation it is. In the text a place before an organisation is part of its name ("California
            // Public Utilities Commission", "U.S. Geological Survey", "Cork County Council").
            if candidate.block == -1, words.count - cut >= 2, EntityWords.organisationWords.contains(last),
                gazetteer.lookup(words[..<cut].joined(separator: " "))?.qcode?.hasPrefix("iso3166") == true
            {
                return (.organisation, rest, nil, 70)
            }
        }
        if EntityWords.outletNouns.contains(candidate.nextWord) || EntityWords.outletNouns.contains(candidate.previousWord) {
            return (.organisation, text, nil, 75)
        }
        // "West Germany", "North Dakota", "Greater London": a compass word before a known place.
        if words.count == 2, EntityWords.compassWords.contains(first), gazetteer.lookup(last)?.kind == .place {
            return (.place, text, nil, 75)
        }
        if EntityWords.institutionNouns.contains(candidate.nextWord) { return (.organisation, text + " " + candidate.nextWord, nil, 75) }
        // "Faculty of Arts", "Bank of England", "Office for Students": an institution word before "of" or "for".
        let institutionBeforeOf =
            CandidateScanner.namesInstitutionOfField(words) || EntityWords.organisationBeginnings.contains(first)
        // "Miami-Dade County Public Schools", "Smith Networks": an organisation word in the plural ends a body's name too.
        let organisationWordLast =
            EntityWords.organisationWords.contains(last)
            || (last.count > 4 && last.hasSuffix("s") && EntityWords.organisationWords.contains(String(last.dropLast())))
        if organisationWordLast || institutionBeforeOf || EntityWords.hasOrganisationSuffix(Substring(last))
            || words.contains(where: { ["Bank", "University", "Ministry", "Council", "Institute", "Committee"].contains($0) })
        {
            return (.organisation, text, nil, 75)
        }
        // "Fort Lauderdale Strikers", "Chicago Bulls": a place followed by a plural is a team — not a given name that
        // is also a town followed by a surname ending in -s ("David Moyes": David, Panama), where the singular is no word.
        if words.count >= 2, last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss"),
            gazetteer.lookup(words.dropLast().joined(separator: " "))?.kind == .place,
            !(words.count == 2 && GivenNames.containsName(Substring(first)) && EnglishWords.listing(Substring(last.dropLast())) == 0)
        {
            return (.organisation, text, nil, 70)
        }
        // "Tyreek Hill caught", "Sally Field said": a place word ends many surnames; acting, it is a person.
        if words.count == 2, candidate.followedByVerb, !candidate.afterArticle, !EntityWords.placeBeginnings.contains(first),
            gazetteer.lookup(first) == nil
        {
            return (.person, text, nil, 70)
        }
        // "Yobe North", "Newcastle Central", "Davao Oriental": a compass word after a word that is no given name ends a
        // district's, a station's or a province's name ("Oliver North" is a person's).
        if words.count == 2, Self.trailingCompassWords.contains(last), !GivenNames.containsName(Substring(first)) {
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
        // a person's name.
        if words.count >= 3,
            let inner = words.dropFirst().dropLast().first(where: {
                EntityWords.placeWords.contains($0) || EntityWords.organisationWords.contains($0)
            })
        {
            return (EntityWords.placeWords.contains(inner) ? .pointOfInterest : .organisation, text, nil, 65)
        }
        if EntityWords.placeWords.contains(last) || EntityWords.placeBeginnings.contains(first) { return (.pointOfInterest, text, nil, 70) }
        if EntityWords.organisationNouns.contains(candidate.nextWord) { return (.organisation, text, nil, 65) }
        // "The Beatles", "The Yardbirds", "The Hill": no one's name opens with the article; a band, a paper, a firm does.
        if first == "The", words.count >= 2 { return (.organisation, text, nil, 70) }
        // "Blue Origin", "Teacher Retirement System", "Evening Standard": every word an ordinary English word, none a
        // name — a body's name (no person of the gold readings is named so; 114 bodies and places are).
        if readsEnglish, !candidate.titled, words.allSatisfy({ EnglishWords.listing($0) == 2 }) {
            return (.organisation, text, nil, 75)
        }
        if words.count <= 4,
            !text.unicodeScalars.contains(where: {
                $0 == "&" || ($0.value >= 48 && $0.value <= 57) || ($0.value >= 0x80 && $0.properties.numericType != nil)
            }),
            !candidate.isAcronym, candidate.titled || !candidate.wordsAllCommon,
            words.allSatisfy({
                $0.unicodeScalars.first?.isUppercaseLetter == true || $0.count <= 3 || Tokenizer.hasArabicArticle($0)
            }),
            // In German every noun is capitalised ("Interne Unterlagen", "Rüstungskonzern Rheinmetall"): a run
            // is a person's name by its shape only when it starts with a given name or follows a title.
            !capitalisesNouns || candidate.titled || GivenNames.containsName(Substring(first))
        {
            return (.person, text, nil, candidate.titled ? 90 : 75)
        }
        return nil
    }

    /// A single word nothing in the article or the gazetteer explains: typed by its context, or dropped.
    private func classifySingle(_ candidate: Candidate) -> (Entity.Kind, String, Int)? {
        let name = candidate.text
        if isPlaceDemonym(name) { return nil }
        if EntityWords.institutionsByThemselves.contains(name) || candidate.introducedAsBody { return (.organisation, name, 70) }
        if EntityWords.hasOrganisationSuffix(Substring(name)) { return (.organisation, name, 65) }
        if EntityWords.outletNouns.contains(candidate.nextWord) || EntityWords.outletNouns.contains(candidate.previousWord) {
            return (.organisation, name, 70)
        }
        if EntityWords.institutionNouns.contains(candidate.nextWord) { return (.organisation, name + " " + candidate.nextWord, 65) }
        if EntityWords.personNouns.contains(candidate.nextWord), !candidate.isAcronym { return (.person, name, 60) }
        if candidate.isAcronym {
            guard !EntityWords.commonAcronyms.contains(name) else { return nil }
            if !candidate.sentenceInitial || candidate.followedByVerb || candidate.afterArticle { return (.organisation, name, 55) }
            return nil
        }
        if EntityWords.organisationNouns.contains(candidate.nextWord) { return (.organisation, name, 60) }
        // "Zabul province", "the Mughraqa area": a word before a noun for a place is that place's name.
        // Not a demonym made by "-n" from a place's name ("the southern Gazan city", "a Victorian terrace").
        if EntityWords.placeNouns.contains(candidate.nextWord), !candidate.sentenceInitial || candidate.afterLocativePreposition {
            if name.hasSuffix("n"), gazetteer.lookup(String(name.dropLast()))?.kind == .place { return nil }
            return (.place, name, 60)
        }
        // "…," said Lindqvist: a single name right after a speech verb is the speaker.
        if ["said", "says", "added", "asked", "wrote", "explained", "insisted", "recalled"].contains(candidate.previousWord),
            !candidate.afterArticle, !candidate.sentenceInitial
        {
            return (.person, name, 65)
        }
        // "the Smithsonian said": an institution acting, never a person.
        if candidate.afterArticle {
            return candidate.followedByVerb && !candidate.followedByAuxiliary ? (.organisation, name, 55) : nil
        }
        if candidate.titled { return (.person, name, 85) }
        if candidate.followedByVerb, !candidate.afterLocativePreposition, !(candidate.sentenceInitial && candidate.followedByAuxiliary) {
            // "Lavrov reacted …": a person by action.
            return (.person, name, 65)
        }
        // A capitalised word inside a sentence that the article never writes in lower case and nothing above
        // explains ("Netflix", "Comcast"): a name of some kind. Kept at a low confidence, which the fitted
        // acceptance step reads as such and keeps, retypes or drops.
        // Not where capitals say nothing (a sentence's first word, a shouted line, a word the article writes in
        // lower case too) nor a party tag ("D-Minn").
        guard !capitalisesNouns, !candidate.sentenceInitial, !candidate.inShoutingText, !candidate.writtenInLowerCase,
            name.unicodeScalars.dropFirst().first != "-", Self.isWordOfLetters(name), !EntityWords.commonStarters.contains(name),
            !(name.hasSuffix("s") && EntityWords.nationalities.contains(String(name.dropLast())))
        else { return nil }
        return (.organisation, name, Self.unexplainedConfidence)
    }

    /// "New Yorkers", "Londoners": the people of a place the gazetteer knows, no one's name.
    private func isPlaceDemonym(_ name: String) -> Bool {
        guard name.hasSuffix("ers"), name.count > 6 else { return false }
        return gazetteer.lookup(String(name.dropLast(3)))?.kind == .place
    }

    /// Compass words that end a district's or province's name after its place ("Yobe North", "Davao Oriental").
    static let trailingCompassWords: WordSet = ["North", "South", "East", "West", "Central", "Oriental", "Occidental"]

    /// Case endings of the Slavic languages, longest first, and what the nominative ends with instead: "-u" of
    /// "Manchesteru" is dropped, "-ě" of "Moskvě" and "-y" of "Moskvy" become "-a", "-a" of "Ruska" becomes "-o".
    private static let caseEndings: [(ending: String, nominative: [String])] = [
        ("ovi", [""]), ("em", [""]), ("ou", ["a"]), ("ом", [""]), ("ě", ["a"]), ("e", ["", "a"]), ("u", ["", "o", "a"]), ("a", ["", "o"]),
        ("y", ["a"]), ("i", ["a"]), ("ии", ["ия"]), ("ы", ["а"]), ("е", ["а", ""]), ("у", ["а", ""]), ("а", [""]), ("я", ["ь", "я"]),
        ("и", ["а", "ь"]),
    ]

    /// Endings of the Slavic languages' cases that a surname takes ("Макрон|ом", "Песков|а", "Зеленск|ий", "Nováka").
    private static let surnameCaseEndings = [
        "ого", "его", "ому", "ему", "ами", "ями", "ом", "ем", "ым", "им", "ой", "ей", "ий", "ый", "ая", "ую", "ов", "ев", "а",
        "я", "у", "ю", "е", "ы", "ovi", "em", "ou", "ým", "ého", "ému", "ová", "a", "u", "e", "y",
    ]

    /// A declined word and the word without each case ending it can carry, three letters or more remaining: two forms
    /// of one surname share one of them.
    static func caseForms(_ word: String) -> [String] {
        var forms = [word]
        for ending in surnameCaseEndings where word.hasSuffix(ending) && word.count >= ending.count + 3 {
            forms.append(String(word.dropLast(ending.count)))
        }
        return forms
    }

    /// The nominative of a declined single word the gazetteer knows as a place, with its entry.
    private func declinedPlace(_ name: String) -> (String, Gazetteer.Entry)? {
        guard name.count >= 5 else { return nil }
        for (ending, nominatives) in Self.caseEndings where name.hasSuffix(ending) {
            let stem = name.dropLast(ending.count)
            for nominative in nominatives {
                let form = String(stem) + nominative
                if let link = gazetteer.lookup(form), link.kind == .place { return (form, link) }
            }
        }
        return nil
    }

    /// Letters, with at most the joiners names use ("Coca-Cola", "O'Neill", "AT&T", "Disney+"): not a ticker
    /// ("CLc1", "US30YT=RR"), an amount ("US$100") or an abbreviation with full stops.
    static func isWordOfLetters(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "&" || $0 == "+" }
    }

    /// "Gerd Mueller Bayern Munich" (a sentence without its comma): two names the article also uses apart.
    private func splitMergedNames(_ candidates: [Candidate]) -> [Candidate] {
        // Only names of three words or more can be two names run together.
        guard candidates.contains(where: { $0.text.spaceSeparatedWordCount >= 3 }) else { return candidates }
        let known = WordSet(candidates.map(\.text))
        var result: [Candidate] = []
        result.reserveCapacity(candidates.count)
        for candidate in candidates {
            guard candidate.text.spaceSeparatedWordCount >= 3 else {
                result.append(candidate)
                continue
            }
            let words = candidate.text.spaceSeparatedWords
            // "Mykolaiv y Odesa", "Brazil and Argentina": two names the gazetteer knows, joined by a conjunction
            // the run took for a connector ("Secretaría de Comunicaciones y Transportes" is one name).
            if let conjunction = words.indices.dropFirst().dropLast().first(where: { Self.conjunctions.contains(words[$0]) }),
                gazetteer.lookup(candidate.text) == nil
            {
                let head = words[..<conjunction].joined(separator: " ")
                let tail = words[(conjunction + 1)...].joined(separator: " ")
                // Each known by itself — in the gazetteer, or for "and" and "y" also as a name the article uses alone
                // ("Ceres Robotics and Tyvak Nano-Satellite Systems"). "&" joins the halves of companies' names
                // ("Johnson & Johnson", "Marks & Spencer"): only the gazetteer splits those.
                let articleKnows = words[conjunction] != "&" && head != tail
                let headKnown = gazetteer.lookup(head) != nil || (articleKnows && known.contains(head))
                let tailKnown = gazetteer.lookup(tail) != nil || (articleKnows && known.contains(tail))
                // "Mykolaiv y Odesa": a place the gazetteer knows and one word on the other side — a list of places.
                let listOfPlaces =
                    articleKnows
                    && (gazetteer.lookup(tail)?.kind == .place && conjunction == 1
                        || gazetteer.lookup(head)?.kind == .place && conjunction == words.count - 2)
                if headKnown && tailKnown || listOfPlaces {
                    result += Self.split(
                        candidate, head: head, tail: tail, tailOffset: head.utf16.count + words[conjunction].utf16.count + 2)
                    continue
                }
            }
            var split = false
            // "The New York Times" beside "The New York" and "Times": a name the gazetteer knows whole stays whole.
            for cut in 2...(words.count - 1) where gazetteer.lookup(candidate.text) == nil {
                let head = words[..<cut].joined(separator: " ")
                let tail = words[cut...].joined(separator: " ")
                guard known.contains(head), known.contains(tail) || gazetteer.lookup(tail) != nil else { continue }
                result += Self.split(candidate, head: head, tail: tail, tailOffset: head.utf16.count + 1)
                split = true
                break
            }
            if !split { result.append(candidate) }
        }
        return result
    }

    /// One candidate as two names: the head keeps what came before the run, the tail what follows it (`tailOffset`
    /// UTF-16 units after the run's start).
    private static func split(_ candidate: Candidate, head: String, tail: String, tailOffset: Int) -> [Candidate] {
        var first = candidate
        first.text = head
        first.nextWord = ""
        first.followedByVerb = false
        var second = candidate
        second.text = tail
        second.offset = candidate.offset + tailOffset
        second.sentenceInitial = false
        second.titled = false
        second.afterArticle = false
        second.afterLocativePreposition = false
        return [first, second]
    }

    /// The conjunctions a capitalised run can hold (`EntityWords.connectors`, and "and" before an organisation
    /// word, as in "Securities and Exchange Commission").
    static let conjunctions: WordSet = ["and", "y", "&"]

    /// The initials of the capitalised words ("European Court of Justice" → "ECJ").
    static func acronym(of name: String) -> String {
        var letters = String.UnicodeScalarView()
        for word in name.spaceSeparatedWords {
            if let first = word.unicodeScalars.first, first.isUppercaseLetter { letters.append(first) }
        }
        return String(letters)
    }
}
