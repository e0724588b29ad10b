import Foundation
import NewsModel

/// Turns candidates into entities: types them, merges other forms of the same name, links them.
struct Resolver {
    let gazetteer: Gazetteer

    static let organisationWords: Set<String> = [
        "Union", "Bank", "Council", "Ministry", "University", "Party", "Association", "Company", "Inc", "Ltd", "Corp", "Corporation",
        "Agency", "Commission", "Court", "Group", "Service", "Office", "Organization", "Organisation", "Committee", "Institute",
        "Foundation", "Hospital", "School", "Airways", "Airlines", "Government", "Parliament", "Assembly", "Department", "Police",
        "Army", "Navy", "Force", "Forces", "Club", "Society", "Federation", "Board", "Authority", "Fund", "Network", "News", "Times",
        "Post", "Journal", "Press", "Television", "Radio", "Media", "Press-Agentur", "Charity", "Platform", "Academy", "Museum",
        "Trust", "Guardian", "Telegraph", "Band", "Orchestra", "Team", "FC", "Bureau", "Agentur", "AG", "GmbH", "SA", "plc", "LLC",
        "Cooperative", "Co-operative", "Construction", "Energy", "Industries", "Holdings", "Partners", "Bancorp", "Insurance",
        "Senate", "Congress", "Cabinet", "Church", "Exchange", "Market", "Markets", "Resorts", "Systems", "Technologies", "Motors",
    ]
    static let placeWords: Set<String> = [
        "Street", "River", "Mountain", "Mountains", "Lake", "Island", "Islands", "Sea", "Ocean", "Bay", "Valley", "Park", "Square",
        "Bridge", "Airport", "Station", "Harbor", "Harbour", "Desert", "Coast", "County", "Province", "Region", "State", "City", "Stadium",
        "Monument", "Canyon", "Zoo", "Bell", "Memorial", "Tower", "Cathedral", "Palace", "Castle", "Temple", "Mosque", "Gallery", "Falls",
    ]
    /// First words of landmarks ("Statue of Liberty", "Mount Rushmore").
    static let placeBeginnings: Set<String> = ["Statue", "Mount", "Lake", "Fort", "Cape", "Port", "Gulf", "Strait"]

    func resolve(_ candidates: [Candidate]) -> [Entity] {
        var entities: [Entity] = []
        var index: [String: Int] = [:]

        func add(_ kind: Entity.Kind, _ name: String, link: Gazetteer.Entry?, candidate: Candidate, confidence: Int) {
            let canonical = link?.name ?? name
            let mention = Mention(block: candidate.block, offset: candidate.offset, length: candidate.text.utf16.count, text: candidate.text)
            if let existing = index[canonical.lowercased()] {
                entities[existing].mentions.append(mention)
                if candidate.text != entities[existing].name, !entities[existing].alternativeNames.contains(candidate.text) {
                    entities[existing].alternativeNames.append(candidate.text)
                }
                return
            }
            var entity = Entity(kind: link?.kind ?? kind, name: canonical, qcode: link?.qcode, uri: link?.uri,
                                literal: nil, mentions: [mention], confidence: confidence, assignment: .machine)
            if candidate.text != canonical { entity.alternativeNames.append(candidate.text) }
            index[canonical.lowercased()] = entities.count
            entities.append(entity)
        }

        // First pass: full names, so that surnames and acronyms can be resolved against them.
        // A single word that ends a longer name in the same article ("Hassan" after "Amira Hassan") is that
        // name, not a gazetteer match: it waits for the second pass.
        let surnames = Set(candidates.compactMap { candidate -> String? in
            let words = candidate.text.split(separator: " ")
            return words.count >= 2 ? words.last.map(String.init) : nil
        })
        var pending: [Candidate] = []
        for candidate in candidates {
            let words = candidate.text.split(separator: " ")
            if words.count == 1, surnames.contains(candidate.text) {
                pending.append(candidate)
            } else if let link = gazetteer.lookup(candidate.text) {
                add(link.kind, candidate.text, link: link, candidate: candidate, confidence: 90)
            } else if let last = words.last, Self.organisationWords.contains(String(last)) || words.contains(where: { ["Bank", "University", "Ministry"].contains(String($0)) }) {
                add(.organisation, candidate.text, link: nil, candidate: candidate, confidence: 75)
            } else if let last = words.last, let first = words.first,
                      Self.placeWords.contains(String(last)) || (words.count > 1 && Self.placeBeginnings.contains(String(first))) {
                add(.pointOfInterest, candidate.text, link: nil, candidate: candidate, confidence: 70)
            } else if words.count >= 2, words.count <= 4, !candidate.text.contains(where: \.isNumber),
                      words.allSatisfy({ $0.first?.isUppercase == true || $0.count <= 3 }) {
                add(.person, candidate.text, link: nil, candidate: candidate, confidence: candidate.titled ? 90 : 75)
            } else {
                pending.append(candidate)
            }
        }
        // Second pass: single words and acronyms.
        for candidate in pending {
            let name = candidate.text
            if let full = entities.first(where: { $0.kind == .person && $0.name.split(separator: " ").last.map(String.init) == name }) {
                add(.person, full.name, link: nil, candidate: candidate, confidence: 80)
                continue
            }
            if name.count >= 2, name.count <= 6, name.allSatisfy({ $0.isUppercase || $0 == "." }),
               let expansion = entities.first(where: { Self.acronym(of: $0.name) == name.replacingOccurrences(of: ".", with: "") }) {
                add(expansion.kind, expansion.name, link: nil, candidate: candidate, confidence: 80)
                continue
            }
            if let link = gazetteer.lookup(name) {
                add(link.kind, name, link: link, candidate: candidate, confidence: 85)
                continue
            }
            if candidate.titled || (candidate.followedByVerb && !candidate.afterLocativePreposition && !(candidate.sentenceInitial && candidate.followedByAuxiliary)) {
                // "Lavrov reacted …", "President Higgins": a person by role or action.
                if name.allSatisfy({ $0.isUppercase }) {
                    add(.organisation, name, link: nil, candidate: candidate, confidence: 60)
                } else {
                    add(.person, name, link: nil, candidate: candidate, confidence: candidate.titled ? 85 : 65)
                }
            } else if !candidate.sentenceInitial, name.count >= 2, name.count <= 6, name.allSatisfy({ $0.isUppercase }) {
                add(.organisation, name, link: nil, candidate: candidate, confidence: 55)
            }
        }
        return entities
    }

    static func acronym(of name: String) -> String {
        String(name.split(separator: " ").filter { $0.first?.isUppercase == true }.compactMap(\.first))
    }
}
