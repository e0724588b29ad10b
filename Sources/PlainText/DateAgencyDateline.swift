import NewsModel

/// A dateline with a date and the agency and no place: "Jan 30 (Reuters) - Gold rose …", "June 13 (UPI) -- Authorities
/// …", "Sept. 8 (UPI) — The …" — Reuters' and UPI's stories filed from no one city (the gold keys' conventions list
/// "Jan 3 (Reuters) -" among the datelines).
enum DateAgencyDateline {
    /// `dateline`'s groups (the match, the dateline with its dash, no place, the date, the agency, ""), or nil.
    static func match(_ text: String) -> [String]? {
        // Every paragraph opening the story is asked: its first letter and a bracket within 20 bytes decide first.
        guard let first = text.utf8.first, monthInitials.contains(first), text.utf8.prefix(20).contains(0x28) else { return nil }
        let words = text.prefix(80).split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
        guard words.count == 4, monthNames.contains(String(words[0])), (1...2).contains(words[1].count),
            words[1].allSatisfy(\.isNumber)
        else { return nil }
        // "(Reuters) - Gold …": the agency in brackets, a dash, a space, the story's first word.
        let rest = text.dropFirst(words[0].count + words[1].count + 2)
        guard rest.first == "(", let close = rest.firstIndex(of: ")") else { return nil }
        let agency = String(rest[rest.index(after: rest.startIndex)..<close])
        guard (2...30).contains(agency.count), !agency.contains("("), agency.first?.isUppercase == true else { return nil }
        var after = rest[rest.index(after: close)...].drop { $0 == " " }
        let dashes = after.prefix { $0 == "-" || $0 == "–" || $0 == "—" || $0 == "_" }
        guard (1...2).contains(dashes.count) else { return nil }
        after = after.dropFirst(dashes.count)
        let story = after.drop { $0 == " " }
        guard story.startIndex > after.startIndex, let opening = story.first,
            opening.isUppercase || opening.isNumber || opening == "\"" || opening == "“"
        else { return nil }
        let dateline = String(text[..<story.startIndex])
        return [dateline, dateline, "", words[0] + " " + words[1], agency, ""]
    }

    private static let monthInitials: Set<UInt8> = Set("JFMASOND".utf8)
    static let monthNames: Set<String> = [
        "Jan", "Jan.", "January", "Feb", "Feb.", "February", "Mar", "Mar.", "March", "Apr", "Apr.", "April", "May", "Jun",
        "Jun.", "June", "Jul", "Jul.", "July", "Aug", "Aug.", "August", "Sep", "Sep.", "Sept", "Sept.", "September", "Oct", "Oct.",
        "October", "Nov", "Nov.", "November", "Dec", "Dec.", "December",
    ]
}
