import Foundation
import NewsModel

/// The fitted step after the recogniser: for each entity it found, keep it as a person, an organisation or a
/// place, or drop it — from features of the entity in its article (gazetteer link, mentions, where they stand,
/// word shape, the article's language). Weights are fitted by `newsml-train` on the gold readings.
public struct EntityAcceptance: Sendable {
    static let header = "newsmlkit-entity-acceptance 1"
    /// The classes, in weight order.
    package enum Decision: Int, CaseIterable, Sendable {
        case drop = 0
        case person, organisation, place

        package init(kind: Entity.Kind) {
            switch kind {
            case .person: self = .person
            case .organisation: self = .organisation
            default: self = .place
            }
        }
    }

    package let model: LinearModel

    package init(model: LinearModel) { self.model = model }

    package var featureCount: Int { model.featureCount }

    /// The entities to keep, retyped where the weights say the recogniser took the wrong kind.
    public func filter(_ entities: [Entity], in item: NewsItem) -> [Entity] {
        // The recogniser's composed view: the entities' names are composed, and their mentions are found in it.
        let item = item.composedForRecognition
        let language = Self.languageFeature(of: item)
        var blocks: [Int: [UInt16]] = [:]
        var scores = [Float](repeating: 0, count: Decision.allCases.count)
        return entities.compactMap { entity in
            // A newsroom's own authority file is never second-guessed.
            guard entity.assignment != .authority else { return entity }
            guard [.person, .organisation, .place, .pointOfInterest].contains(entity.kind) else { return entity }
            if Self.isNamedOnlyInTheDateline(entity, in: item) { return nil }
            if Self.isAlwaysKept(entity) { return entity }
            if Self.isBracketedAbbreviation(entity, in: item, blocks: &blocks) { return retyped(entity, .organisation) }
            model.scores(Self.features(of: entity, language: language, in: item, blocks: &blocks), into: &scores)
            let decision = Self.decision(scores)
            // (Asked of what the weights keep, whose blocks the features have read: most entities cost nothing more.)
            if decision != .drop, Self.isNamedOnlyAsACharge(entity, in: item, blocks: &blocks) { return nil }
            switch decision {
            case .drop: return nil
            case .person: return retyped(entity, .person)
            case .organisation: return retyped(entity, .organisation)
            case .place: return entity.kind == .pointOfInterest ? entity : retyped(entity, .place)
            }
        }
    }

    /// How likely the best kind must be for an entity to be kept. Keeping it adds its probability of being right
    /// to the true positives and the rest to the false positives; that raises F1 exactly when the probability is
    /// above half the F1 reached (Lipton, Elkan and Naryanaswamy, "Thresholding classifiers to maximize F1",
    /// 2014): about 0.41 here. Taking the likeliest of the four classes instead kept some names at 0.3 and
    /// dropped others at 0.45 (held out: 0.818 that way; 0.35 → 0.818, 0.40 → 0.822, 0.45 → 0.822, 0.50 → 0.819).
    static let keepProbability: Float = 0.4

    /// Keep as the likeliest of person, organisation and place when its probability (softmax of `scores`)
    /// reaches `keepProbability`; drop otherwise.
    package static func decision(_ scores: [Float]) -> Decision {
        var best = Decision.person.rawValue
        for label in (best + 1)..<scores.count where scores[label] > scores[best] { best = label }
        let top = scores.max() ?? 0
        var total: Float = 0
        for score in scores { total += exp(score - top) }
        return exp(scores[best] - top) / total >= keepProbability ? Decision(rawValue: best)! : .drop
    }

    /// A name the gazetteer links to a country is a place in any position ("Argentina comfortably got past Chile"
    /// opens a paragraph as often as a common word does): not the weights' to drop. Nor is a place GeoNames knows
    /// that the story names twice or more ("Indiana", "South Dakota" were dropped held out on their context): once
    /// is not enough (every place, 0.814 held out; twice 0.818; three times 0.817). The gazetteer's places without an
    /// identifier (the Moon, Titan, Latin America) count too: the resolver gives a name it links confidence 85 or more.
    /// Nor is a person's name of a known given name and a known surname (held out 0.838 → 0.840).
    package static func isAlwaysKept(_ entity: Entity) -> Bool {
        if entity.qcode?.hasPrefixOnBytes("iso3166") == true { return true }
        // "Alberto González Amador", "Anna Müller": a known given name and a known surname make a person's name
        // wherever it stands — the weights dropped such names named once, in other languages' copy above all.
        if entity.kind == .person {
            let words = entity.name.spaceSeparatedWords
            if (2...3).contains(words.count), let first = words.first, let last = words.last, GivenNames.containsName(first),
                Surnames.contains(last)
            {
                return true
            }
        }
        return entity.kind == .place && (entity.uri?.containsBytes("geonames") == true || (entity.confidence ?? 0) >= 85)
            && entity.mentions.count >= 2
    }

    /// The dateline's place that the story never names again ("BASLE, March 3 - Sandoz AG said …"): where the copy
    /// was filed, not what it is about. The recogniser gave it its one mention at the head of the lead, where the
    /// reader took the dateline out; a lead that still opens with the name names it. (Dropped here, after the
    /// weights, which learned from these mentions too.)
    static func isNamedOnlyInTheDateline(_ entity: Entity, in item: NewsItem) -> Bool {
        guard item.located != nil, entity.mentions.count == 1, let mention = entity.mentions.first, mention.offset == 0,
            item.body.indices.contains(mention.block)
        else { return false }
        return !item.body[mention.block].text.utf8.starts(with: mention.text.utf8)
    }

    /// A criminal charge, which US police copy writes in capitals ("charged with one count of Simple Battery Family
    /// Violence", "a count of Residential Burglary", "charged with Second Degree Murder"): an offence, no body or
    /// person — dropped when every mention stands after such words. (After the weights, as the dateline's place, and only
    /// of the entities they keep.)
    static func isNamedOnlyAsACharge(_ entity: Entity, in item: NewsItem, blocks: inout [Int: [UInt16]]) -> Bool {
        guard entity.kind == .organisation || entity.kind == .person, entity.uri == nil, entity.name.containsBytes(" ") else {
            return false
        }
        return entity.mentions.allSatisfy { mention in
            if blocks[mention.block] == nil {
                guard let text = EntityRecognizer.text(ofBlock: mention.block, in: item) else { return false }
                blocks[mention.block] = text.utf16Units
            }
            guard let text = blocks[mention.block], mention.offset <= text.count else { return false }
            // Compared on the code units, ASCII letters folded: no string is made for the many names that fail.
            return chargeLeadIns.contains { leadIn in
                mention.offset >= leadIn.count
                    && zip(text[(mention.offset - leadIn.count)..<mention.offset], leadIn).allSatisfy { unit, expected in
                        (unit >= 0x41 && unit <= 0x5A ? unit + 32 : unit) == expected
                    }
            }
        }
    }

    private static let chargeLeadIns = [" count of ", " counts of ", " charged with ", " charges of ", " charge of "].map {
        Array($0.utf16)
    }

    /// An abbreviation in capitals standing in brackets after a name ("Innenministerin Nancy Faeser (SPD)", "the
    /// Islamic Community (IGGÖ)"): a party, employer or body — kept as an organisation in every language, where the
    /// weights (fitted mostly on English copy) drop single mentions of abbreviations.
    static func isBracketedAbbreviation(_ entity: Entity, in item: NewsItem, blocks: inout [Int: [UInt16]]) -> Bool {
        let name = entity.name
        // "Vereinigung Freier Fährleute (VFF)": the body the abbreviation spells, named in full, as surely.
        if entity.kind == .organisation, name.containsBytes(" "),
            let alias = entity.alternativeNames.first(where: { $0.count <= 6 && CandidateScanner.isAcronym($0) })
        {
            let written = name + " (" + alias + ")"
            if item.body.contains(where: { $0.text.firstByteRange(of: written) != nil }) { return true }
        }
        guard entity.kind == .organisation || entity.kind == .person || entity.confidence ?? 50 <= Resolver.unexplainedConfidence,
            (2...6).contains(name.count), name.first?.isUppercase == true,
            name.filter(\.isUppercase).count >= 2, !name.containsBytes(" ")
        else { return false }
        return mentionContexts(of: entity, in: item, blocks: &blocks).contains(where: \.bracketedAfterName)
    }

    /// The contexts of the entity's first eight mentions; `blocks` keeps the UTF-16 of the item's blocks made for
    /// earlier entities of the same item.
    private static func mentionContexts(of entity: Entity, in item: NewsItem, blocks: inout [Int: [UInt16]]) -> [MentionContext] {
        entity.mentions.prefix(8).compactMap { mention in
            if blocks[mention.block] == nil {
                guard let text = EntityRecognizer.text(ofBlock: mention.block, in: item) else { return nil }
                blocks[mention.block] = text.utf16Units
            }
            return blocks[mention.block].map { MentionContext(utf16: $0, offset: mention.offset, length: mention.length) }
        }
    }

    /// The four class scores (drop, person, organisation, place) the weights give `entity` in `item`: what
    /// `newsml-train entities` prints to explain a decision.
    package func scores(of entity: Entity, in item: NewsItem) -> [Float] {
        var blocks: [Int: [UInt16]] = [:]
        var scores = [Float](repeating: 0, count: Decision.allCases.count)
        model.scores(Self.features(of: entity, language: Self.languageFeature(of: item), in: item, blocks: &blocks), into: &scores)
        return scores
    }

    /// A linked entity keeps the kind its gazetteer entry gives it; an unlinked one takes the fitted kind.
    private func retyped(_ entity: Entity, _ kind: Entity.Kind) -> Entity {
        guard entity.kind != kind, entity.qcode == nil, entity.uri == nil else { return entity }
        var changed = entity
        changed.kind = kind
        return changed
    }

    /// The article's language as a feature value (the same for all its entities: computed once).
    package static func languageFeature(of item: NewsItem) -> Int {
        item.language.map { Int(FeatureHash.word(Substring($0.prefix(2))) & 0xFFFF) } ?? 0
    }

    /// The entity's features, with the words around its mentions in `item` ("said" after, "in" or "the" before).
    /// `blocks` keeps the UTF-16 of the item's blocks made for earlier entities of the same item.
    package static func features(of entity: Entity, language: Int, in item: NewsItem, blocks: inout [Int: [UInt16]]) -> [UInt64] {
        var features = features(of: entity, language: language)
        let kind = Decision(kind: entity.kind).rawValue
        // A word nothing but its capital explained (the recogniser's lowest confidence): its context decides.
        let unexplained = isUnexplained(entity) ? 1 : 0
        // How an English dictionary lists the name's words ("Professional": only as an ordinary word).
        if item.language?.hasPrefixOnBytes("en") == true {
            let words = entity.name.spaceSeparatedWords
            if let first = words.first, let last = words.last {
                let single = words.count == 1 ? 1 : 0
                features.append(FeatureHash.of(48, kind, EnglishWords.listing(last), single, unexplained))
                if single == 0 {
                    features.append(FeatureHash.of(49, kind, EnglishWords.listing(first), EnglishWords.listing(last)))
                }
            }
        }
        for context in mentionContexts(of: entity, in: item, blocks: &blocks) {
            features.append(FeatureHash.of(40, kind, context.previousClass))
            features.append(FeatureHash.of(41, kind, context.nextClass))
            features.append(FeatureHash.of(42, kind, context.shape))
            features.append(FeatureHash.of(43, kind, context.previousClass, context.nextClass))
            if !context.apposition.isEmpty {
                // "…, who", "…, a neonatologist", "…, a freight company", "…, a town": what the sentence says it is, by
                // the head noun's ending, so that nouns the gold never showed still count.
                let head = Substring(context.apposition)
                features.append(FeatureHash.of(57, kind, Int(truncatingIfNeeded: FeatureHash.word(head.suffix(3)) & 0xFFFFFF)))
                features.append(FeatureHash.of(58, kind, Self.appositionClass(head)))
            }
            if unexplained == 1 {
                features.append(FeatureHash.of(44, context.previousClass, context.nextClass))
                features.append(FeatureHash.of(45, context.previousClass, context.shape))
            }
        }
        return features
    }

    package static func features(of entity: Entity, language: Int) -> [UInt64] {
        let kind = Decision(kind: entity.kind).rawValue
        let words = entity.name.spaceSeparatedWords
        let wordBucket = min(words.count, 4)
        let mentions = entity.mentions.count
        let mentionBucket = mentions <= 1 ? 1 : mentions == 2 ? 2 : mentions <= 4 ? 3 : 4
        let linked = entity.qcode != nil || entity.uri != nil ? 1 : 0
        let headlineOnly = entity.mentions.allSatisfy { $0.block < 0 } ? 1 : 0
        let blockStartOnly = entity.mentions.allSatisfy { $0.offset == 0 } ? 1 : 0
        let blocks = Set(entity.mentions.map(\.block)).count
        let confidence = (entity.confidence ?? 50) / 10
        let shape = NameShape(entity.name)
        let allCaps = shape.characters > 1 && !shape.hasLowercase ? 1 : 0
        let digits = shape.hasNumber ? 1 : 0
        // By scalar: comparing Characters made three String comparisons a letter.
        let joined = entity.name.unicodeScalars.contains(where: { $0 == "-" || $0 == "'" || $0 == "’" }) ? 1 : 0
        let length = shape.characters <= 3 ? 0 : shape.characters <= 6 ? 1 : shape.characters <= 12 ? 2 : 3
        var features = [
            FeatureHash.of(1),
            FeatureHash.of(2, kind),
            FeatureHash.of(3, kind, linked),
            FeatureHash.of(4, kind, wordBucket),
            FeatureHash.of(5, kind, mentionBucket),
            FeatureHash.of(6, kind, confidence),
            FeatureHash.of(7, language, wordBucket == 1 ? 1 : 0, linked),
            FeatureHash.of(8, language, kind),
            FeatureHash.of(9, headlineOnly, kind),
            FeatureHash.of(10, blockStartOnly, wordBucket, linked),
            FeatureHash.of(11, min(blocks, 4), kind),
            FeatureHash.of(12, allCaps, wordBucket),
            FeatureHash.of(13, digits),
            FeatureHash.of(14, joined, kind),
            FeatureHash.of(15, length, wordBucket, linked),
            FeatureHash.of(16, entity.alternativeNames.isEmpty ? 0 : 1, kind),
            FeatureHash.of(17, language, kind, linked, wordBucket),
            FeatureHash.of(18, mentionBucket, wordBucket, linked),
        ]
        // The last word's ending ("-burg", "-son", "-ics", "-ero"): a name the resources do not know still has the
        // ending of its kind.
        if let last = words.last {
            features.append(FeatureHash.of(50, kind, Int(truncatingIfNeeded: FeatureHash.word(last.suffix(3)) & 0xFFFFFF)))
            if words.count >= 2, let first = words.first {
                features.append(FeatureHash.of(51, kind, Int(truncatingIfNeeded: FeatureHash.word(first.suffix(3)) & 0xFFFFFF)))
            }
        }
        // Words that make up names of one kind ("University", "Ministry", "Street"): the last and first word.
        if let last = words.last, words.count >= 2 { features.append(FeatureHash.of(19, Int(truncatingIfNeeded: FeatureHash.word(last)))) }
        if let first = words.first, words.count >= 2 {
            features.append(FeatureHash.of(20, Int(truncatingIfNeeded: FeatureHash.word(first))))
        }
        // A known given name first (any country's): persons have one, streets, provinces and papers do not; one
        // after the first word points to a title or role written before a person's name.
        let givenFirst = words.first.map { GivenNames.containsName($0) } == true ? 1 : 0
        let givenLater = words.dropFirst().contains { GivenNames.containsName($0) } ? 1 : 0
        features.append(FeatureHash.of(21, kind, givenFirst, wordBucket))
        features.append(FeatureHash.of(22, kind, givenFirst, givenLater, linked))
        // A known surname last, and how many of the words are surnames ("Alberto González Amador", "Díaz Ayuso").
        let surnameLast = words.last.map { Surnames.contains($0) } == true ? 1 : 0
        let surnameWords = min(2, words.filter { Surnames.contains($0) }.count)
        features.append(FeatureHash.of(59, kind, surnameLast, givenFirst, wordBucket))
        features.append(FeatureHash.of(60, kind, surnameWords, linked))
        // What the link is to: a country (an ISO 3166 code) is a name in any position; a town or a wiki entry
        // less surely so ("Argentina beat Chile" opens a paragraph as often as a common word does).
        let link =
            entity.qcode?.hasPrefixOnBytes("iso3166") == true ? 1 : entity.uri?.containsBytes("geonames") == true ? 2 : linked == 1 ? 3 : 0
        features.append(FeatureHash.of(23, kind, link))
        features.append(FeatureHash.of(24, link, blockStartOnly, mentionBucket))
        // What kind of name the head words make in general ("… Province", "… Pub", "Davao del Sur", "The Hill"):
        // classes of words, so that a head word the gold never showed still counts.
        if isUnexplained(entity) {
            // "SpaceX", "WeWork": a capital inside the word is a brand's or company's shape.
            let innerCapital = entity.name.unicodeScalars.dropFirst().contains { $0.properties.isUppercase } ? 1 : 0
            features.append(FeatureHash.of(46, innerCapital, allCaps, mentionBucket, length))
        }
        if words.count >= 2, let first = words.first, let last = words.last {
            features.append(FeatureHash.of(25, kind, Self.headClass(last), linked))
            features.append(FeatureHash.of(26, kind, Self.openingClass(first, givenFirst: givenFirst == 1)))
            let connector = words.dropFirst().dropLast().contains { EntityWords.connectors.contains($0) } ? 1 : 0
            features.append(FeatureHash.of(27, kind, connector, givenFirst))
        }
        return features
    }

    /// A name's length in Characters and whether one of them is lower case or a number: on the bytes when the
    /// name is ASCII (each byte a Character), by Characters otherwise.
    private struct NameShape {
        var characters = 0
        var hasLowercase = false
        var hasNumber = false

        init(_ name: String) {
            let ascii: Bool = name.withUTF8Bytes { bytes in
                guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return false }
                characters = bytes.count
                hasLowercase = bytes.contains { $0 >= 0x61 && $0 <= 0x7A }
                hasNumber = bytes.contains { $0 >= 0x30 && $0 <= 0x39 }
                return true
            }
            guard !ascii else { return }
            characters = name.count
            hasLowercase = name.contains(where: \.isLowercase)
            hasNumber = name.contains(where: \.isNumber)
        }
    }

    /// The class of an apposition's head: 1 "who", 2 "which", 3 an organisation noun ("company", "party"), 4 a
    /// place noun ("town", "province"), 5 a person's role ("spokesman", "neonatologist", "director"), 0 another noun.
    static func appositionClass(_ head: Substring) -> Int {
        if head == "who" { return 1 }
        if head == "which" { return 2 }
        let capitalised = head.prefix(1).uppercased() + head.dropFirst()
        if EntityWords.organisationAppositions.contains(head) || EntityWords.organisationWords.contains(capitalised) { return 3 }
        if EntityWords.placeAppositions.contains(head) || EntityWords.placeWords.contains(capitalised) { return 4 }
        return EntityWords.personNounEndings.contains(where: { head.hasSuffixOnBytes($0) }) ? 5 : 0
    }

    /// The recogniser proposed it for its capital alone (`Resolver.unexplainedConfidence`).
    static func isUnexplained(_ entity: Entity) -> Bool { (entity.confidence ?? 50) <= Resolver.unexplainedConfidence }

    /// The class of a name's last word: 1 organisation, 2 place, 3 legal form, 4 surname-shaped (a given name or
    /// hyphenated), 0 none.
    static func headClass(_ word: Substring) -> Int {
        if EntityWords.legalForms.contains(word) { return 3 }
        if EntityWords.organisationWords.contains(word) || EntityWords.hasOrganisationSuffix(word) { return 1 }
        if EntityWords.placeWords.contains(word) { return 2 }
        if GivenNames.containsName(word) { return 4 }
        // "Post-Gazette", "Star-Ledger": a hyphenated head is of its last part's kind.
        // (On the bytes: Character indices cost a grapheme walk for every name's last word.)
        if let hyphen = word.utf8.lastIndex(of: 0x2D), case let part = word[word.utf8.index(after: hyphen)...], part.utf8.count >= 3 {
            if EntityWords.organisationWords.contains(part) { return 1 }
            if EntityWords.placeWords.contains(part) { return 2 }
        }
        return 0
    }

    /// The class of a name's first word: 1 organisation beginning, 2 place beginning or compass word, 3 an
    /// article ("The"), 4 a given name, 5 a nationality, 0 none.
    static func openingClass(_ word: Substring, givenFirst: Bool) -> Int {
        if EntityWords.organisationBeginnings.contains(word) || EntityWords.organisationWords.contains(word) { return 1 }
        if EntityWords.placeBeginnings.contains(word) || EntityWords.compassWords.contains(word) { return 2 }
        if word == "The" || word == "El" || word == "La" || word == "Le" || word == "Der" || word == "Die" { return 3 }
        if givenFirst { return 4 }
        return EntityWords.nationalities.contains(word) ? 5 : 0
    }

    // MARK: Storage

    package func serialized() -> String { model.serialized(header: Self.header) }

    package init?(serialized text: String) {
        guard let model = LinearModel(serialized: text, header: Self.header, classCount: Decision.allCases.count) else { return nil }
        self.model = model
    }

    package static func fit(_ examples: [(features: [UInt64], label: Int)]) -> EntityAcceptance {
        EntityAcceptance(model: SoftmaxRegression.fit(examples, classCount: Decision.allCases.count))
    }

    /// The weights fitted on the gold corpus (their prepared form, else their text form); nil when the resources
    /// are missing (then every entity is kept).
    public static let shipped: EntityAcceptance? = {
        if let url = Gazetteer.resourceFile(preparedFileName), let data = try? Data(contentsOf: url, options: .alwaysMapped),
            let model = LinearModel(prepared: data, header: header, classCount: Decision.allCases.count)
        {
            return EntityAcceptance(model: model)
        }
        guard let url = Gazetteer.resourceFile(textFileName), let text = try? String(contentsOf: url, encoding: .utf8) else {
            return nil
        }
        return EntityAcceptance(serialized: text)
    }()

    package static let textFileName = "entity-acceptance.model"
    package static let preparedFileName = "entity-acceptance.weights"

    /// The prepared form of weights written as `text` (`newsml-train` writes it beside the text form).
    package static func prepared(fromText text: String) -> [UInt8]? {
        EntityAcceptance(serialized: text).map { $0.model.prepared(header: header) }
    }
}
