import Foundation
import NewsModel

/// Finds the people, organisations and places an item's own text is about.
/// A conforming type can wrap an external service (an HTTP NER endpoint) and plug into the pipeline.
public protocol EntityRecognising: Sendable {
    func recognise(in item: NewsItem) -> [Entity]
}

/// Rules, gazetteers and in-article coreference for news copy: title and role words, speech verbs,
/// organisation forms, "in/from X" places, surname → full name, acronym ↔ expansion, possessives.
public struct EntityRecognizer: EntityRecognising {
    public var gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    public func recognise(in item: NewsItem) -> [Entity] {
        let item = item.composedForRecognition
        // Only the story's own text: headline, subheadings, paragraphs, quotes, lists.
        var texts: [(block: Int, text: String)] = []
        if let headline = Self.text(ofBlock: -1, in: item), headline.utf8.count <= 50_000 { texts.append((-1, headline)) }
        // The standfirst (summary) is the story's own text too.
        if let summary = Self.text(ofBlock: -2, in: item), summary.utf8.count <= 50_000 { texts.append((-2, summary)) }
        // A "paragraph" of hundreds of kilobytes is not story text (a dump, a table, a hostile input).
        for (index, block) in item.body.enumerated() where block.isStoryText && block.text.utf8.count <= 50_000 {
            texts.append((index, block.text))
        }
        let tokenized = texts.map { (block: $0.block, tokens: Tokenizer.tokens($0.text)) }
        // Words the article writes in lower case: capitalised at a sentence start they are ordinary words.
        // Only words the rules can ask about are kept: those starting with the same two letters as a
        // capitalised word or a connector. A bitmap of two-byte prefixes saves hashing every word.
        var asked = [UInt64](repeating: 0, count: 1024)
        func prefixKey(_ word: String, lowercasing: Bool) -> Int? {
            let utf8 = word.utf8
            guard let first = utf8.first, first < 0x80 else { return nil }
            let second = utf8.count > 1 ? utf8[utf8.index(after: utf8.startIndex)] : 0
            guard second < 0x80 else { return nil }
            func lower(_ byte: UInt8) -> Int { Int(lowercasing && byte >= 65 && byte <= 90 ? byte + 32 : byte) }
            return lower(first) << 8 | lower(second)
        }
        for connector in EntityWords.connectors.words {
            if let key = prefixKey(connector, lowercasing: false) { asked[key >> 6] |= 1 << UInt64(key & 63) }
        }
        // Indices, not `for token in tokens`: that copies every token (two strings) to read one flag.
        for (_, tokens) in tokenized {
            for index in tokens.indices where tokens[index].isCapitalised {
                if let key = prefixKey(tokens[index].bare, lowercasing: true) { asked[key >> 6] |= 1 << UInt64(key & 63) }
            }
        }
        var lowercaseWords = WordSet()
        for (_, tokens) in tokenized {
            for index in tokens.indices where tokens[index].isLowercase {
                if let key = prefixKey(tokens[index].bare, lowercasing: false), asked[key >> 6] & (1 << UInt64(key & 63)) == 0 { continue }
                lowercaseWords.insert(tokens[index].bare)
            }
        }
        var candidates: [Candidate] = []
        // The dateline's place ("Munich (dpa) -") is where the story happens, though the reader took it out of the text.
        if let place = item.located?.names.first, let first = item.body.firstIndex(where: \.isStoryText), place.utf16.count <= 60 {
            var candidate = Candidate(
                text: place.capitalizedIfShouting(), block: first, offset: 0, sentenceInitial: false, titled: false,
                followedByVerb: false, afterLocativePreposition: true)
            candidate.isDatelinePlace = true
            candidates.append(candidate)
        }
        let openers = EntityWords.sentenceOpeners(language: item.language)
        let capitalisesNouns = item.language.map { $0.hasPrefixOnBytes("de") } ?? Self.capitalisesNouns(tokenized.map(\.tokens))
        let readsEnglish = item.language?.hasPrefixOnBytes("en") == true
        let readsRomance = item.language.map { ["fr", "it", "es", "pt", "ca"].contains($0.prefix(2)) } ?? false
        let inflectsNames =
            item.language.map { ["cs", "sk", "pl", "sl", "hr", "sr", "bs", "ru", "uk", "be"].contains($0.prefix(2)) } ?? false
        let lowercasesInstitutionNames = item.language.map { ["cs", "sk", "ru", "uk", "be"].contains($0.prefix(2)) } ?? false
        var productNames = Set<String>()
        for (block, tokens) in tokenized {
            var scanner = CandidateScanner(tokens: tokens, block: block, lowercaseWords: lowercaseWords, gazetteer: gazetteer)
            scanner.openers = openers
            scanner.capitalisesNouns = capitalisesNouns
            scanner.readsEnglish = readsEnglish
            scanner.readsRomance = readsRomance
            scanner.inflectsNames = inflectsNames
            scanner.lowercasesInstitutionNames = lowercasesInstitutionNames
            let products =
                readsEnglish
                ? CandidateScanner.describedProductRuns(in: tokens) { gazetteer.lookup($0)?.kind == .place }
                : capitalisesNouns ? CandidateScanner.germanDescribedProductRuns(in: tokens) : []
            for run in products { productNames.insert(run.map { tokens[$0].bare }.joined(separator: " ")) }
            scanner.namedThings = readsEnglish ? products + CandidateScanner.possessiveEventRuns(in: tokens) : products
            candidates += scanner.scan()
        }
        // The product's name wherever else the text gives it, as a whole name ("the Nissan Navara"; not "Henry Ford").
        // (German's genitive too: "des Toyotas"; and "the Nissan", the maker alone after "the" for the vehicle the text
        // described: "the driver of the Nissan".)
        if !productNames.isEmpty {
            let makers = Set(productNames.compactMap { $0.spaceSeparatedWords.first.map(String.init) })
            candidates.removeAll {
                productNames.contains($0.text)
                    || capitalisesNouns && $0.text.hasSuffixOnBytes("s") && productNames.contains(String($0.text.dropLast()))
                    || $0.afterArticle && makers.contains($0.text)
            }
        }
        // "Kanzler will Taten sehen": a German office's noun alone names no one (a surname that reads as one, "Richter",
        // stays).
        if capitalisesNouns {
            candidates.removeAll {
                !$0.text.utf8.contains(0x20) && CandidateScanner.isGermanRoleNoun($0.text) && !Surnames.contains(Substring($0.text))
            }
        }
        let terms = Set(tokenized.flatMap { CandidateScanner.definedTerms(in: $0.tokens) })
        if !terms.isEmpty { candidates.removeAll { terms.contains($0.text) } }
        // A headline in title case ("Omron Launches Promotional Website") capitalises ordinary words: its runs
        // count only when the body or the gazetteer knows them.
        // So does a subheading with every word capitalised ("What To Know", "What Happens Next") or every long one.
        var titleCased = Set<Int>()
        if let headline = tokenized.first(where: { $0.block == -1 })?.tokens, Self.isTitleCase(headline) { titleCased.insert(-1) }
        // And a standfirst in title case: the headline set again over the story ("Bergen Health Official Advises Residents
        // to Remain Indoors for Safety - Insider NJ").
        if let summary = tokenized.first(where: { $0.block == -2 })?.tokens, Self.isTitleCase(summary) { titleCased.insert(-2) }
        for (block, tokens) in tokenized where block >= 0 {
            guard case .subheading = item.body[block] else { continue }
            let words = tokens.filter { $0.isCapitalised || $0.isLowercase }
            if words.count >= 2, words.allSatisfy(\.isCapitalised) { titleCased.insert(block) }
            // Or, in English, with its short words in small letters as title case sets them ("The Project at a Glance"):
            // German capitalises its nouns anyway.
            let long = words.filter { $0.bare.utf8.count >= 4 }
            if readsEnglish, long.count >= 2, long.allSatisfy(\.isCapitalised) { titleCased.insert(block) }
        }
        if !titleCased.isEmpty {
            // Each name and its words, inserted one by one: an array a candidate cost more than the set.
            var bodyNames = Set<String>()
            for candidate in candidates where !titleCased.contains(candidate.block) {
                bodyNames.insert(candidate.text)
                for word in candidate.text.spaceSeparatedWords { bodyNames.insert(String(word)) }
            }
            candidates.removeAll { titleCased.contains($0.block) && !bodyNames.contains($0.text) && gazetteer.lookup($0.text) == nil }
        }
        var resolver = Resolver(gazetteer: gazetteer)
        resolver.capitalisesNouns = capitalisesNouns
        resolver.readsEnglish = readsEnglish
        resolver.readsRomance = readsRomance
        resolver.readsFrench = item.language.map { $0.prefix(2) == "fr" } ?? false
        resolver.inflectsNames = inflectsNames
        resolver.declinesGerman = item.language.map { $0.prefix(2) == "de" } ?? false
        let entities = resolver.resolve(candidates)
        // The story's own author is not what it is about: "Email Tariq Malik at …" under a story by Tariq Malik.
        let authors = item.bylines.filter { !$0.isEmpty }
        guard !authors.isEmpty else { return entities }
        return entities.filter { entity in
            guard entity.kind == .person, entity.name.spaceSeparatedWordCount >= 2 else { return true }
            return !authors.contains { Self.names($0, entity.name) }
        }
    }

    /// Whether `byline` names `person` as whole words ("By Tariq Malik, Mike Wall" names "Tariq Malik", not "Tariq Mali").
    static func names(_ byline: String, _ person: String) -> Bool {
        var searched = byline[...]
        while let range = searched.range(of: person) {
            let before = range.lowerBound == byline.startIndex ? nil : byline[byline.index(before: range.lowerBound)]
            let after = range.upperBound == byline.endIndex ? nil : byline[range.upperBound]
            if before.map({ !$0.isLetter }) ?? true, after.map({ !$0.isLetter }) ?? true { return true }
            searched = byline[range.upperBound...]
        }
        return false
    }
}

extension EntityRecognizer {
    /// The text a mention's `block` number refers to, as `recognise(in:)` numbers them: -1 the headline, -2 the
    /// summary, 0 and up the body's blocks.
    static func text(ofBlock block: Int, in item: NewsItem) -> String? {
        switch block {
        case -1: item.headline
        case -2: item.descriptions.first { $0.role == "drol:summary" }?.text
        case 0..<item.body.count: item.body[block].text
        default: nil
        }
    }

    /// Without a language tag: one word in six or more inside sentences is a capitalised word standing alone
    /// (not in a run of capitalised words, as names are) — German's nouns ("Die Bundesregierung hat am Mittwoch
    /// beschlossen"); English copy stays near one in twenty.
    static func capitalisesNouns(_ blocks: [[Token]]) -> Bool {
        var words = 0
        var alone = 0
        for tokens in blocks {
            for index in tokens.indices.dropFirst() where !tokens[index - 1].endsSentence && tokens[index].bare.utf8.count >= 3 {
                guard tokens[index].isCapitalised || tokens[index].isLowercase else { continue }
                words += 1
                if tokens[index].isCapitalised, !tokens[index - 1].isCapitalised,
                    index + 1 == tokens.count || !tokens[index + 1].isCapitalised
                {
                    alone += 1
                }
            }
        }
        return words >= 8 && alone * 6 >= words
    }

    /// Most words of four letters or more start with a capital: the headline style, not the names, says so.
    static func isTitleCase(_ tokens: [Token]) -> Bool {
        let long = tokens.filter { $0.bare.utf8.count >= 4 && ($0.isCapitalised || $0.isLowercase) }
        // (Three are enough: "Pop Star Has Knee Fat Removed" has three words of four letters or more.)
        guard long.count >= 3 else { return false }
        return long.filter(\.isCapitalised).count * 10 >= long.count * 7
    }
}

extension String {
    /// "MUNICH" → "Munich": datelines are often in capitals, names in the text are not.
    func capitalizedIfShouting() -> String {
        guard count > 1, unicodeScalars.allSatisfy({ !$0.isLowercaseLetter }) else { return self }
        // Each part of a hyphenated name too: "MIAMI-DADE" → "Miami-Dade".
        return split(separator: " ").map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1) + $0.dropFirst().lowercasedOnBytes() }
                .joined(separator: "-")
        }.joined(separator: " ")
    }
}
