import NewsModel

extension Resolver {
    /// "Manchesteru City" beside "Manchester City", "Declanem Ricem" beside "Declana Rice", "Aston Villy" beside "Aston
    /// Villa": in a language that declines names, a name whose every word is a case form of the same word of another
    /// name of as many words (the two share a form without their case endings) is that name in another case. Its
    /// mentions join the name kept: the one the gazetteer links, else the shortest — the nominative drops the endings
    /// the other cases add.
    static func mergingDeclinedForms(_ entities: [Entity]) -> [Entity] {
        guard entities.count >= 2 else { return entities }
        // The words' first letters, compared before any form is made: case endings leave them alone.
        let initials: [[UInt8]] = entities.map { entity in entity.name.spaceSeparatedWords.map { $0.utf8.first ?? 0 } }
        var forms: [Int: [Set<String>]] = [:]
        func formsOf(_ index: Int) -> [Set<String>] {
            if let known = forms[index] { return known }
            let made = entities[index].name.spaceSeparatedWords.map { Set(caseForms(String($0))) }
            forms[index] = made
            return made
        }
        var result = entities
        var removed = Set<Int>()
        for index in entities.indices where !removed.contains(index) {
            for other in (index + 1)..<entities.count where !removed.contains(other) {
                guard initials[index] == initials[other], entities[index].name != entities[other].name,
                    zip(formsOf(index), formsOf(other)).allSatisfy({ !$0.isDisjoint(with: $1) })
                else { continue }
                let (kept, joined) = preferredForm(index, other, in: result) ? (index, other) : (other, index)
                result[kept].mentions += result[joined].mentions
                removed.insert(joined)
                if joined == index { break }
            }
        }
        return result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    }

    /// Whether the entity at `first` is the form to keep rather than the one at `second`.
    private static func preferredForm(_ first: Int, _ second: Int, in entities: [Entity]) -> Bool {
        let linked = (
            entities[first].uri != nil || entities[first].qcode != nil, entities[second].uri != nil || entities[second].qcode != nil
        )
        if linked.0 != linked.1 { return linked.0 }
        return entities[first].name.utf8.count <= entities[second].name.utf8.count
    }
}
