import NewsModel

/// Notes on the author under the story (a tagline, a contact line, an author box): no story text.
extension RoleRules {
    /// "Stephen Clark is a space reporter at Ars Technica, covering …" where the byline was not read: a name, "is a",
    /// a journalist's role within a few words and the outlet after "at" or "for" — a note on the author, unless the
    /// story names that person elsewhere (a story about a reporter).
    static func isUnsignedAuthorsNote(_ blocks: [Block], _ roles: [LineRole], _ last: Int) -> Bool {
        let words = blocks[last].text.spaceSeparatedWords
        // (A name of two words or three: "Frank Thorp V is a producer and off-air reporter covering Congress for NBC News.")
        guard words.count >= 7, words.count <= 60, words[0].first?.isUppercase == true, words[1].first?.isUppercase == true,
            let verb = [2, 3].first(where: { words[$0] == "is" && ($0 == 2 || words[2].first?.isUppercase == true) }),
            ["a", "an", "the"].contains(words[verb + 1])
        else { return false }
        let role = firstRoleWord(in: words[(verb + 2)..<min(words.count - 1, verb + 8)])
        guard let role, ["at", "for", "with"].contains(words[role + 1]) || words[(role + 1)...].prefix(6).contains("for") else {
            return false
        }
        let name = words[..<verb].joined(separator: " ")
        return !roles.indices.contains { $0 != last && roles[$0] == .body && blocks[$0].text.firstByteRange(of: name) != nil }
    }

    /// "Staff writer James McClendon covers breaking news, crime and public safety. Have a tip …? Reach him at … or
    /// jmcclendon@syracuse.com.": an American paper's line on its reporter's beat and how to reach them, under the story
    /// — what the reporter covers, in its first words, and an address or "reach him at".
    static func isReporterTagline(_ text: String) -> Bool {
        guard text.utf8.count < 400, text.utf8.contains(UInt8(ascii: "@")) || text.containsBytes(" at ") else { return false }
        let words = text.spaceSeparatedWords
        guard words.count >= 6, words.count <= 60, words.prefix(8).contains(where: { $0 == "covers" || $0 == "reports" }),
            words.first?.first?.isUppercase == true
        else { return false }
        let lowered = text.lowercasedOnBytes()
        return lowered.utf8.contains(UInt8(ascii: "@")) && (lowered.containsBytes(".com") || lowered.containsBytes(".org"))
            || ["reach him at", "reach her at", "reach them at", "contact him at", "contact her at", "email him at", "email her at"]
                .contains(where: { lowered.containsBytes($0) })
    }

    /// "Write to Sharon Terlep at sharon.terlep@wsj.com and …" (the Wall Street Journal), "Contact the author at …":
    /// how to reach the authors, after the story — neither caption nor paragraph.
    static func contactLinesAreNoStory(_ blocks: [Block], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] != .other && roles[index] != .headline {
            let text = blocks[index].text
            guard text.utf8.count < 300, opens(text, withOneOf: contactOpenings), text.utf8.contains(UInt8(ascii: "@")) else {
                continue
            }
            roles[index] = .other
        }
    }

    static let contactOpenings = ["write to ", "contact the author", "contact the reporter", "email the author"].map {
        Array($0.utf8)
    }

    /// A page closes with a note on its author: "Adam Shaw is a politics reporter for Fox News Digital, …" — the
    /// byline's name, then "is", "covers" or "writes". A note, not story text.
    /// Whether the block over `note` is only the name the note opens with ("Rebecca Kaplan" over "Rebecca Kaplan is a
    /// senior political reporter for NBC News.").
    static func isNameOverItsNote(_ blocks: [Block], _ note: Int) -> Bool {
        guard note >= 1 else { return false }
        let name = blocks[note - 1].text.trimmingWhitespace()
        return isBareName(name) && blocks[note].text.hasPrefixOnBytes(name + " ")
    }

    /// The author box closing the page (see `isAuthorBox`): the note is the trailer, the name over it no heading (a
    /// byline stays one: it names the author).
    static func authorBoxClosesThePage(_ blocks: [Block], _ roles: inout [LineRole]) {
        guard let last = roles.lastIndex(of: .body), last >= 2, roles[..<(last - 1)].contains(.body), isAuthorBox(blocks, note: last)
        else { return }
        roles[last] = .trailer
        if roles[last - 1] != .byline { roles[last - 1] = .other }
    }

    /// "Idowu Abdullahi" over "Idowu is a multimedia journalist and digital copy editor …": an author box whose note
    /// names its author by one of the name's words, then says what the author's work is — the name and the note close
    /// the page, no section of the story.
    static func isAuthorBox(_ blocks: [Block], note: Int) -> Bool {
        // (A name is a short line: the block above is most often a paragraph, whose words are not worth splitting.)
        guard note >= 1, blocks[note - 1].text.utf8.count <= 60, case let name = blocks[note - 1].text.trimmingWhitespace(),
            isBareName(name)
        else { return false }
        let nameWords = name.spaceSeparatedWords
        let words = blocks[note].text.spaceSeparatedWords
        guard words.count >= 5, words.count <= 60, let first = words.first, nameWords.contains(first) || words.starts(with: nameWords),
            case let verb = words.starts(with: nameWords) ? nameWords.count : 1, verb + 2 < words.count, words[verb] == "is",
            ["a", "an", "the"].contains(words[verb + 1])
        else { return false }
        return firstRoleWord(in: words[(verb + 2)...].prefix(6)) != nil
    }

    /// Where a note names the author's work ("reporter", "journalist", "editor") among `words`.
    static func firstRoleWord(in words: ArraySlice<Substring>) -> Int? {
        words.firstIndex { signatureRoles.contains(BlockShape.trimmingPunctuation($0.lowercasedOnBytes())) }
    }

    static func authorsNoteIsNoStory(_ blocks: [Block], _ roles: inout [LineRole]) {
        guard let last = roles.lastIndex(of: .body) else { return }
        defer {
            // The author box's name over the note ("Sabrina Franza" / "Sabrina Franza is a reporter for …", CBS): no heading.
            if roles[last] == .trailer, isNameOverItsNote(blocks, last) { roles[last - 1] = .other }
        }
        if isUnsignedAuthorsNote(blocks, roles, last) || isReporterTagline(blocks[last].text) {
            roles[last] = .trailer
            // The box of every author, the last first (NBC News sets one a reporter, each a name over its note).
            if isNameOverItsNote(blocks, last), let previous = roles[..<(last - 1)].lastIndex(of: .body),
                isUnsignedAuthorsNote(blocks, roles, previous)
            {
                roles[last - 1] = .other
                roles[previous] = .trailer
                if isNameOverItsNote(blocks, previous) { roles[previous - 1] = .other }
            }
            return
        }
        guard let byline = roles.firstIndex(of: .byline), byline < last else { return }
        var names: [String] = []
        for index in roles.indices where roles[index] == .byline {
            var text = Substring(blocks[index].text)
            for label in ["By ", "BY ", "by "] where text.hasPrefixOnBytes(label) { text = text.dropFirst(label.count) }
            for part in text.split(whereSeparator: { $0 == "," || $0 == "|" }) {
                for name in String(part).spaceSeparatedWords.split(separator: "and") {
                    let words = name.prefix(2)
                    if words.count == 2, words.allSatisfy({ $0.first?.isUppercase == true }) { names.append(words.joined(separator: " ")) }
                }
            }
        }
        let text = blocks[last].text
        if names.contains(where: { name in [" is ", " covers ", " writes "].contains { text.hasPrefixOnBytes(name + $0) } }) {
            roles[last] = .trailer
        }
    }
}
