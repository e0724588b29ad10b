import Foundation
import NewsModel

/// Names the article runs together or writes in parts: merged people split, a company's short name merged with its
/// full one, acronyms and their expansions.
extension Resolver {
    /// "Standard Oil" and "Standard Oil Co", "Texas Commerce" and "Texas Commerce Bancshares Inc" in one article are
    /// one company: the form without its legal form (and one word before it) joins the one with it.
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
            // One word more, the legal form ("Standard Oil Co"), or two ("Texas Commerce Bancshares Inc").
            let matching = owners.filter {
                $0.index != index && ($0.wordCount == wordCount + 1 || $0.wordCount == wordCount + 2 && wordCount >= 2)
                    && entities[$0.index].name.hasPrefixOnBytes(prefix)
            }
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

    /// "Gerd Mueller Bayern Munich" (a sentence without its comma): two names the article also uses apart.
    func splitMergedNames(_ candidates: [Candidate]) -> [Candidate] {
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
                // "Francia y la Unión Europea": an article after the conjunction opens the second name, not part of it.
                let article = words.count - conjunction > 2 && Self.articlesAfterConjunction.contains(words[conjunction + 1]) ? 1 : 0
                let tail = words[(conjunction + 1 + article)...].joined(separator: " ")
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
                // "Salvador Illa y Fernando Grande-Marlaska": a given name and a surname on each side — two people
                // ("Ortega y Gasset", "José Ortega y Gasset": "y" inside a surname leaves one word on a side).
                // So is a given name alone after the conjunction that no list has as a surname or a place, after a name of
                // capitalised words ("Ilse Ivonne y Ernestina", "Ilse y Ernestina": people named by their given names;
                // "Gasset" is no given name, and "Cristina de Borbón y Grecia" names her houses).
                let givenNameAlone =
                    words.count - conjunction == 2 && GivenNames.containsName(words[conjunction + 1])
                    && !Surnames.contains(words[conjunction + 1]) && gazetteer.lookup(tail) == nil
                    && words[..<conjunction].allSatisfy { $0.first?.isUppercase == true }
                let twoPeople =
                    words[conjunction] != "&" && article == 0 && GivenNames.containsName(words[0])
                    && GivenNames.containsName(words[conjunction + 1])
                    && (conjunction >= 2 && words.count - conjunction >= 3 || givenNameAlone)
                if headKnown && tailKnown || listOfPlaces || twoPeople {
                    let skipped = article == 1 ? words[conjunction + 1].utf16.count + 1 : 0
                    result += Self.split(
                        candidate, head: head, tail: tail, tailOffset: head.utf16.count + words[conjunction].utf16.count + 2 + skipped)
                    continue
                }
            }
            // "la stazione Termini di Roma": a word no list knows as a given name, a body's or a place's word, then "of"
            // and a town — something of that town (a station, a quarter), and the town, not one person's name.
            if readsRomance, words.count == 3, CandidateScanner.romanceLinks.contains(String(words[1])),
                gazetteer.lookup(String(words[2]))?.kind == .place, gazetteer.lookup(candidate.text) == nil,
                !GivenNames.containsName(words[0]), !EntityWords.organisationWords.contains(words[0]),
                !EntityWords.organisationBeginnings.contains(words[0]), !EntityWords.placeWords.contains(words[0]),
                !EntityWords.placeBeginnings.contains(words[0]), !CandidateScanner.romanceInstitutionHeads.contains(words[0]),
                !CandidateScanner.isTitle(String(words[0]))
            {
                result += Self.split(
                    candidate, head: String(words[0]), tail: String(words[2]),
                    tailOffset: words[0].utf16.count + words[1].utf16.count + 2)
                continue
            }
            var split = false
            // "The New York Times" beside "The New York" and "Times": a name the gazetteer knows whole stays whole.
            for cut in 2...(words.count - 1) where gazetteer.lookup(candidate.text) == nil {
                let head = words[..<cut].joined(separator: " ")
                let tail = words[cut...].joined(separator: " ")
                guard known.contains(head), known.contains(tail) || gazetteer.lookup(tail) != nil else { continue }
                // "Los Angeles Lakers", "Oklahoma City Thunder" beside "the Lakers": a town and one word the gazetteer does
                // not know is a club named by its home; the article calls it by the nickname alone.
                if cut == words.count - 1, gazetteer.lookup(tail) == nil, gazetteer.lookup(head)?.kind == .place { continue }
                // (Also where the gazetteer lacks the home's name: "Golden State Warriors" beside "Golden State" and "the
                // Warriors" — a plural nickname no place word is.)
                if cut == words.count - 1, words.count == 3, gazetteer.lookup(tail) == nil, Self.isTeamNickname(tail) { continue }
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
    static func split(_ candidate: Candidate, head: String, tail: String, tailOffset: Int) -> [Candidate] {
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

    /// Lower-case articles a run can carry after its conjunction ("y la", "y el", "y los").
    /// ("Francia y la Unión Europea", "Paiporta y de Catarroja": a preposition repeated after the conjunction too.)
    static let articlesAfterConjunction: WordSet = ["la", "el", "los", "las", "the", "de", "del"]

    /// The initials of the words but the links between them, upper-cased ("Fédération hospitalière de France" → "FHF").
    static func acronym(ofEveryWord name: String) -> String {
        var letters = String.UnicodeScalarView()
        for word in name.spaceSeparatedWords
        where !CandidateScanner.romanceLinks.contains(String(word)) && !EntityWords.connectors.contains(String(word))
            && !conjunctions.contains(String(word))
        {
            if let first = word.unicodeScalars.first, first.properties.isAlphabetic {
                letters.append(contentsOf: String(first).uppercased().unicodeScalars)
            }
        }
        return String(letters)
    }

    /// The initials of all the words, upper-cased ("Ministry of Finance" → "MOF").
    static func acronym(ofAllWords words: [Substring]) -> String {
        var letters = String.UnicodeScalarView()
        for word in words {
            guard let first = word.unicodeScalars.first, first.properties.isAlphabetic else { continue }
            letters.append(contentsOf: String(first).uppercased().unicodeScalars)
        }
        return String(letters)
    }

    /// The initials of the capitalised words ("European Court of Justice" → "ECJ").
    static func acronym(of name: String) -> String {
        var letters = String.UnicodeScalarView()
        for word in name.spaceSeparatedWords {
            if let first = word.unicodeScalars.first, first.isUppercaseLetter { letters.append(first) }
        }
        return String(letters)
    }
}
