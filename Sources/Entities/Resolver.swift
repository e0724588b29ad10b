import Foundation
import NewsModel

/// Turns candidates into entities: types them, merges other forms of the same name, links them.
package struct Resolver {
    /// The particles of Portuguese and Spanish surnames ("da Silva", "de la Vega").
    static let surnameParticles: Set<String> = ["da", "de", "do", "dos", "das", "del", "la"]

    /// The confidence of a word nothing but its capital explains: the acceptance step reads it as that.
    package static let unexplainedConfidence = 30

    let gazetteer: Gazetteer
    /// The article's language capitalises every noun (German): a capital alone says nothing of a name.
    var capitalisesNouns = false
    /// The article's language declines names (Czech, Polish, Russian …): "Manchesteru" is Manchester.
    var inflectsNames = false
    /// The article is in English, the language of the spelling dictionary (`EnglishWords`).
    var readsEnglish = false
    /// The article is in French, which writes its peoples' names with a capital ("les Français").
    var readsFrench = false
    /// The article is in French, Spanish, Italian, Portuguese or Catalan.
    var readsRomance = false
    /// The article is in German, which declines the adjectives of a name ("der Vereinigten Staaten") and puts a
    /// genitive -s on a place ("Deutschlands"): the gazetteer knows the nominative.
    var declinesGerman = false

    private struct Table {
        var entities: [Entity] = []
        var index = WordMap<Int>()
        /// A linked entity shown under the article's form of its name ("Europäische Union" for the gazetteer's European
        /// Union) → the entity: a later join by the shown name ("EU" → its expansion) finds it, not a second entity.
        var shownNames = WordMap<Int>()
        /// Last word of a person's name → the people with it ("Macron" → Emmanuel Macron).
        var surnames = WordMap<[Int]>()
        /// First word of a multi-word name → the entities with it ("Gerd" → Gerd Mueller, "Bayern" → Bayern Munich).
        var firstWords = WordMap<[Int]>()
        /// Last word of an organisation's name of two words or more → the organisations ("Lakers" → Los Angeles Lakers).
        var organisationLastWords = WordMap<[Int]>()
        /// Acronym of a name → the entity ("EU" → European Union).
        var acronyms = WordMap<Int>()
        /// The word before the last of a person's name of three words or more, when it is no given name: the first of
        /// two surnames ("García" → Álvaro García Ortiz), which Spanish and Portuguese copy uses alone.
        var firstSurnames = WordMap<[Int]>()
        /// The language declines names: a surname is filed under its forms without a case ending too, so that
        /// "Макрон" finds "Эммануэлем Макроном" and "Путина" finds "Владимир Путин".
        var declines = false

        /// The name as the table files it: in lower case, with a typographic apostrophe written as the typewriter's —
        /// "Ministero dell’Interno" in the text and "Ministero dell'Interno" in the headline are one body.
        static func key(_ name: String) -> String {
            let lowered = name.lowercasedOnBytes()
            return lowered.containsBytes("’") ? lowered.replacingOccurrences(of: "’", with: "'") : lowered
        }

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
                $0.kind == .person && $0.name.hasSuffixOnBytes(suffix) && $0.name.spaceSeparatedWordCount >= 3
            }
            return owners.count == 1 ? owners[0] : nil
        }

        /// The one organisation named by a place and then `nickname` ("Los Angeles Lakers" for "Lakers").
        func clubNamed(_ nickname: String, gazetteer: Gazetteer) -> Entity? {
            guard let owners = organisationLastWords[nickname] else { return nil }
            let suffix = " " + nickname
            // A nickname in the plural ("Mariners" after "Harbour City Mariners") is the club's whatever the town is;
            // another last word only after a town the gazetteer knows.
            let plural = Resolver.isTeamNickname(nickname) && !EntityWords.organisationWords.contains(nickname)
            let clubs = owners.filter { owner in
                let name = entities[owner].name
                return entities[owner].kind == .organisation && name.hasSuffixOnBytes(suffix)
                    && (plural && name.utf8.count > suffix.utf8.count + 2
                        || gazetteer.lookup(String(name.dropLast(suffix.count)))?.kind == .place)
            }
            return clubs.count == 1 ? entities[clubs[0]] : nil
        }

        func organisationStarting(with name: String) -> Entity? {
            guard let first = name.spaceSeparatedWords.first else { return nil }
            let owners = (firstWords[String(first)] ?? []).map { entities[$0] }.filter {
                $0.kind == .organisation && $0.name.hasPrefixOnBytes(name + " ")
            }
            return owners.count == 1 ? owners[0] : nil
        }

        /// `articleForm` is the form to show instead of the words as written: the nominative of a declined name
        /// ("Moskva" for "v Moskvě"), which is how a name is cited; the mention keeps what the text says.
        mutating func add(
            _ kind: Entity.Kind, _ name: String, link: Gazetteer.Entry?, candidate: Candidate, confidence: Int, articleForm: String? = nil
        ) {
            let canonical = link?.name ?? name
            let mention = Mention(
                block: candidate.block, offset: candidate.offset, length: candidate.text.utf16.count, text: candidate.text)
            let written = articleForm ?? candidate.text
            let key = Self.key(canonical)
            // The name shown is the fullest form the article uses ("New York", not the gazetteer's "New York
            // City"); a newsroom's authority file names its entities itself.
            let usesArticleForm = link != nil && link?.isAuthority == false
            if let existing = index[key] ?? (link == nil ? shownNames[key] : nil) {
                entities[existing].mentions.append(mention)
                // "Regulator Ofwat says …" typed a person by its verb; "Ofwat's chief executive" later says what it is: a
                // person has no chief executive, shareholders or board, nor employs the analyst named after it.
                if entities[existing].kind == .person, kind == .organisation,
                    candidate.ownsCompanyPart || candidate.employsNamedPerson || candidate.describedAsBody,
                    entities[existing].uri == nil, !entities[existing].name.containsBytes(" ")
                {
                    entities[existing].kind = .organisation
                } else if entities[existing].kind != kind, link == nil, entities[existing].uri == nil,
                    confidence > entities[existing].confidence ?? 0, !entities[existing].name.containsBytes(" "),
                    kind != .person || confidence >= 70
                {
                    // "Aslef says" typed a person by its verb; "the Aslef union" says surer what the word names. (A
                    // person only by a title: a verb after a firm's name says nothing of what it is.)
                    entities[existing].kind = kind
                    entities[existing].confidence = confidence
                }
                let current = entities[existing].name
                if written != current, !entities[existing].alternativeNames.contains(written) {
                    if usesArticleForm, Self.fullness(written) > Self.fullness(current) {
                        entities[existing].name = written
                        shownNames.set(existing, for: Self.key(written))
                        entities[existing].alternativeNames.append(current)
                    } else {
                        entities[existing].alternativeNames.append(written)
                    }
                }
                return
            }
            let shown = usesArticleForm ? written : canonical
            var entity = Entity(
                kind: link?.kind ?? kind, name: shown, qcode: link?.qcode, uri: link?.uri,
                literal: nil, mentions: [mention], confidence: confidence, assignment: link?.isAuthority == true ? .authority : .machine)
            if written != shown { entity.alternativeNames.append(written) }
            let position = entities.count
            index.set(position, for: key)
            if shown != canonical { shownNames.set(position, for: Self.key(shown)) }
            entities.append(entity)
            let words = canonical.spaceSeparatedWords
            if words.count >= 2 {
                // "Ferdinand Marcos Jr.": the surname stands before a generational suffix ("Marcos said …") — in a name of
                // three words or more ("Level IV" is no one's).
                if entity.kind == .person,
                    let last = words.count >= 3
                        ? words.last(where: {
                            !EntityWords.generationalSuffixes.contains(String($0.hasSuffixOnBytes(".") ? $0.dropLast() : $0))
                        })
                        : words.last
                {
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
                // "Lula" of "Luiz Inácio Lula da Silva": the name before a surname's particle is what Portuguese and Spanish
                // copy calls the person alone.
                if entity.kind == .person, words.count >= 4, Resolver.surnameParticles.contains(String(words[words.count - 2])),
                    case let called = words[words.count - 3], called.first?.isUppercase == true
                {
                    firstSurnames.update(String(called), default: []) { $0.append(position) }
                }
                if let first = words.first {
                    firstWords.update(String(first), default: []) { $0.append(position) }
                    // "Wendy's International Inc": "Wendy's shares" names it by the possessive's name.
                    if entity.kind == .organisation, words.count >= 2, first.hasSuffixOnBytes("'s") || first.hasSuffixOnBytes("’s") {
                        firstWords.update(String(first.dropLast(2)), default: []) { $0.append(position) }
                    }
                }
                if entity.kind == .organisation, let last = words.last {
                    organisationLastWords.update(String(last), default: []) { $0.append(position) }
                }
                let acronym = Resolver.acronym(of: canonical)
                if acronym.count >= 2, acronyms[acronym] == nil { acronyms.set(position, for: acronym) }
                // "Fédération hospitalière de France (FHF)": a body named partly in lower case is spelled by all its words.
                if entity.kind == .organisation, case let spelled = Resolver.acronym(ofEveryWord: canonical), spelled != acronym,
                    spelled.count >= 2, acronyms[spelled] == nil
                {
                    acronyms.set(position, for: spelled)
                }
                // "Ministry of Finance (MOF)", "Department of Justice (DOJ)": the link word's initial spelled too.
                if entity.kind == .organisation, words.count >= 3, case let linked = Resolver.acronym(ofAllWords: words),
                    linked != acronym, acronyms[linked] == nil
                {
                    acronyms.set(position, for: linked)
                }
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
        let writtenNames = declinesGerman ? Set(candidates.map(\.text)) : []
        for candidate in candidates {
            let words = candidate.text.spaceSeparatedWords
            // The dateline's place the gazetteer does not know ("Nueva Delhi"): a place, not a person by its shape.
            if candidate.isDatelinePlace, gazetteer.lookup(candidate.text) == nil, words.count <= 4 {
                table.add(.place, candidate.text, link: nil, candidate: candidate, confidence: 80)
                continue
            }
            // "президент Турции Реджеп Тайип Эрдоган": the country a title is of, before its holder's name (which
            // classifyName reads after it), is named too.
            if inflectsNames, words.count >= 3, case let head = String(words[0]),
                gazetteer.lookup(head)?.kind == .place || declinedPlace(head) != nil
            {
                var place = candidate
                place.text = head
                place.titled = false
                pending.append(place)
            }
            if words.count == 1 {
                pending.append(candidate)
            } else if declinesGerman, let (nominative, link) = germanNominative(of: candidate.text, words: words) {
                table.add(link.kind, nominative, link: link, candidate: candidate, confidence: 85, articleForm: nominative)
            } else if let (kind, name, link, confidence) = classifyName(candidate, words: words) {
                // Names typed as people only by their shape wait until the organisations are known — and so does a
                // titled one whose given name is declined ("президента России Владимира Путина"), to find the person the
                // article names in the nominative.
                let declinedTitled =
                    inflectsNames && candidate.titled && words.count == 2 && Self.nominativeGivenName(of: words[0]) != nil
                if kind == .person, !candidate.titled || declinedTitled, link == nil {
                    people.append((candidate, name, confidence))
                } else if link == nil, kind != .person, name == candidate.text,
                    let nominative = Self.germanNominative(of: words, among: writtenNames)
                {
                    table.add(kind, nominative, link: nil, candidate: candidate, confidence: confidence, articleForm: nominative)
                } else {
                    table.add(kind, name, link: link, candidate: candidate, confidence: confidence)
                }
            } else {
                pending.append(candidate)
            }
        }
        // Full names of three words or more first, so that the two surnames of one ("Díaz Ayuso") find it
        // wherever the article first writes them.
        var longFirst = people.filter { $0.name.spaceSeparatedWordCount >= 3 } + people.filter { $0.name.spaceSeparatedWordCount < 3 }
        // A Slavic language declines names: the names whose given name is in the nominative come first, so that
        // "Davida Moyese" finds "David Moyes" wherever the article first writes it.
        var declinedGivenNames: [String: String] = [:]
        if inflectsNames {
            for person in longFirst where person.name.spaceSeparatedWordCount == 2 {
                if let given = person.name.spaceSeparatedWords.first, let nominative = Self.nominativeGivenName(of: given) {
                    declinedGivenNames[person.name] = nominative
                }
            }
            longFirst = longFirst.filter { declinedGivenNames[$0.name] == nil } + longFirst.filter { declinedGivenNames[$0.name] != nil }
        }
        for (candidate, name, confidence) in longFirst {
            if let given = declinedGivenNames[name], let person = declinedPerson(name, given: given, in: table) {
                table.add(.person, person, link: nil, candidate: candidate, confidence: confidence)
                continue
            }
            // "вместо Нетаньяху Иерусалим будет …", "řekl Středula ČTK": the surname of a person the article names, then
            // a place the gazetteer knows or a body's acronym — two names side by side (Slavic word order puts the
            // one spoken to after the speaker, with no comma), not one person's.
            let words = name.spaceSeparatedWords
            if words.count == 2, candidate.text == name, let owners = table.surnames[String(words[0])], owners.count == 1,
                !GivenNames.containsName(words[0])
            {
                let link = gazetteer.lookup(String(words[1]))
                let second: Entity.Kind? =
                    link?.kind == .place
                    ? .place
                    : CandidateScanner.isAcronym(String(words[1])) && (link == nil || link?.kind == .organisation) ? .organisation : nil
                if let second {
                    var surname = candidate
                    surname.text = String(words[0])
                    var other = candidate
                    other.text = String(words[1])
                    other.offset += words[0].utf16.count + 1
                    table.add(.person, table.entities[owners[0]].name, link: nil, candidate: surname, confidence: 70)
                    table.add(second, other.text, link: link, candidate: other, confidence: second == .place ? 80 : 70)
                    continue
                }
            }
            // (Not a surname beside an acronym, split above: the acronym is no part of anyone's name.)
            if Self.hasAcronymBesideOtherWords(words) { continue }
            // "Standard Oil" after "Standard Oil Co": the beginning of a known organisation's name is that organisation —
            // not a person's name that a body is named after ("Víctor Jara" beside "Víctor Jara Foundation"): where the
            // name opens with a given name, the body's name goes on to a legal form or a company's word.
            if let owner = table.organisationStarting(with: name),
                !(name.spaceSeparatedWords.first.map { GivenNames.containsName($0) } == true
                    && !String(owner.name.dropFirst(name.count)).spaceSeparatedWords.contains { Self.namesCompany(String($0)) })
            {
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
                case let known = gazetteer.lookup(name), known?.rank != 0,
                // "Madrid" after "Comunidad de Madrid" taken for a person: a town is a surname only of a name that opens
                // with a given name.
                known?.kind != .place
                    || table.entities[person].name.spaceSeparatedWords.first.map({ GivenNames.containsName($0) }) == true
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
            var link = gazetteer.lookup(name)
            // "Umweltbundesamts (UBA)": capitals inside a sentence spell an acronym, not the town that is called so in
            // small letters ("Ubá", a Brazilian town); a country's acronym ("USA") or a place's short form ("NYC") stays.
            if candidate.isAcronym, !candidate.inShoutingText, let place = link, place.kind == .place,
                place.qcode?.hasPrefixOnBytes("iso3166") != true,
                place.name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) == name.lowercasedOnBytes()
            {
                link = nil
            }
            if link?.rank != 0,
                let person = Self.onePerson(table.firstSurnames[name], in: table)
                    ?? (GivenNames.containsName(Substring(name)) ? Self.onePerson(table.firstWords[name], in: table) : nil)
            {
                table.add(.person, person.name, link: nil, candidate: candidate, confidence: 70)
                continue
            }
            // "Sen. Warren", "Gov. Houston": after a person's honorific a surname, though a town has the name.
            if candidate.honorific, let link, link.kind == .place, link.rank >= 2 {
                table.add(.person, name, link: nil, candidate: candidate, confidence: 85)
                continue
            }
            // "her husband David", "son Barry": after a word for kin, a given name is a person's, though a town has it.
            if let link, Gazetteer.isTownOrCity(link), Self.kinNouns.contains(candidate.previousWord),
                GivenNames.containsName(Substring(name))
            {
                table.add(.person, name, link: nil, candidate: candidate, confidence: 75)
                continue
            }
            // "der Bau des Tunnels": German capitalises its nouns, and one after its article that a town somewhere is
            // called ("Bau", Malaysia) is the noun — German sets no article before a town's name (a country's or a
            // region's may take one: "die Schweiz", "das Saarland").
            // (Nor after a demonstrative: "An dieser Stelle" — a town in Lower Saxony is called Stelle.)
            if capitalisesNouns, let place = link, Gazetteer.isTownOrCity(place),
                CandidateScanner.germanArticles.contains(candidate.previousWord)
                    || Self.germanDemonstratives.contains(candidate.previousWord)
            {
                continue
            }
            // "im Norden des Landes": after the genitive article a noun in "-es" is the noun's genitive ("Landes" of
            // "Land"), not a region or town so called (the French département Landes); a country takes "des" in its own
            // form ("des Iran", "des Libanon").
            if capitalisesNouns, let place = link, place.kind == .place, place.rank >= 2, candidate.previousWord == "des",
                name.utf8.count >= 5, name.hasSuffixOnBytes("es")
            {
                continue
            }
            if let link {
                table.add(link.kind, name, link: link, candidate: candidate, confidence: 85)
                continue
            }
            // "z Manchesteru", "Liverpoolu", "v Moskvě", "Кремля": a Slavic language declines names; the form
            // without its case ending is the one the gazetteer knows.
            if inflectsNames, let (stem, link) = declinedPlace(name, orOrganisation: true) {
                table.add(link.kind, stem, link: link, candidate: candidate, confidence: 75, articleForm: stem)
                continue
            }
            // "Lakers" after "Los Angeles Lakers", "Strikers" after "Brisbane Strikers": a club's nickname is the club.
            if link == nil, let club = table.clubNamed(name, gazetteer: gazetteer) {
                table.add(.organisation, club.name, link: nil, candidate: candidate, confidence: 75)
                continue
            }
            // "Gerd" after "Gerd Mueller", "Bayern" after "Bayern Munich": the one longer name it begins.
            if let owners = table.firstWords[name], owners.count == 1, table.entities[owners[0]].kind != .place {
                let entity = table.entities[owners[0]]
                table.add(entity.kind, entity.name, link: nil, candidate: candidate, confidence: 70)
                continue
            }
            // "Deutschlands": a German place in the genitive.
            if declinesGerman, let (nominative, link) = gazetteer.genitivePlace(of: name) {
                table.add(link.kind, nominative, link: link, candidate: candidate, confidence: 75, articleForm: nominative)
                continue
            }
            if let (kind, resolvedName, confidence) = classifySingle(candidate) {
                table.add(kind, resolvedName, link: nil, candidate: candidate, confidence: confidence)
            }
        }
        return Self.mergingShortCompanyNames(inflectsNames ? Self.mergingDeclinedForms(table.entities) : table.entities)
    }

    /// English words for kin, before a relative's given name ("her husband David", "his son Louis").
    static let kinNouns: WordSet = [
        "husband", "wife", "son", "daughter", "brother", "sister", "mother", "father", "mum", "dad", "partner", "boyfriend",
        "girlfriend", "fiancé", "fiancée", "fiance", "fiancee", "nephew", "niece", "grandson", "granddaughter", "cousin", "uncle",
        "aunt", "stepson", "stepdaughter", "grandmother", "grandfather", "widow", "widower",
    ]

    /// A legal form or a word a company's name ends with ("Sierra Nevada Corporation", "Walt Disney Co").
    static func namesCompany(_ word: String) -> Bool {
        EntityWords.legalForms.contains(word)
            || ["Corporation", "Company", "Incorporated", "Holdings", "Group", "Industries"].contains(word)
    }

    /// A person named with a declined given name ("Davida Moyese", "Юрия Лужкова"): the one person of the article
    /// with that given name in the nominative whose surname shares a form without a case ending. Nil: the name is kept
    /// as written — a nominative the article does not write is not made up (it would be a name in no input).
    private func declinedPerson(_ name: String, given: String, in table: Table) -> String? {
        let words = name.spaceSeparatedWords
        guard words.count == 2 else { return nil }
        let owners = Set(Self.caseForms(String(words[1])).flatMap { table.surnames[$0] ?? [] }).sorted().filter {
            table.entities[$0].kind == .person && table.entities[$0].name.spaceSeparatedWords.first.map(String.init) == given
        }
        return owners.count == 1 ? table.entities[owners[0]].name : nil
    }

    /// The entity of `owners` when it is the only one and a person.
    private static func onePerson(_ owners: [Int]?, in table: Table) -> Entity? {
        guard let owners, owners.count == 1, table.entities[owners[0]].kind == .person else { return nil }
        return table.entities[owners[0]]
    }
}
