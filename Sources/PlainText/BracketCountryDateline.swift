import NewsModel

/// The dateline of Asian News International (ANI) and the Indian sites that carry its copy: the place, its state in
/// brackets, the country in square brackets, then the date and the agency, and a colon — "New Delhi [India], December 3
/// (ANI): The …", "Margao (Goa) [India], November 28 (ANI): After …", "Margao (Goa) [India]: After …" (the date and the
/// agency left off by a site that reprints it). The square-bracketed country after a place is the format's own mark.
enum BracketCountryDateline {
    /// `dateline`'s groups (the match, the dateline with its colon, the place, the date, the agency, ""), or nil.
    static func match(_ text: String) -> [String]? {
        // Every paragraph opening the story is asked: a capital first and "] " or "]," or "]:" within 80 bytes decide first.
        let close: Int? = text.withUTF8Bytes { bytes in
            guard let first = bytes.first, first >= 0x41, first <= 0x5A,
                let open = bytes.prefix(60).firstIndex(of: UInt8(ascii: "[")), open > 0, bytes[open - 1] == 0x20,
                let close = bytes[open...].prefix(30).firstIndex(of: UInt8(ascii: "]"))
            else { return nil }
            return close
        }
        guard let close else { return nil }
        let utf8 = text.utf8
        let closeIndex = utf8.index(utf8.startIndex, offsetBy: close)
        let head = String(text[..<closeIndex])  // "Margao (Goa) [India"
        guard let openIndex = head.lastIndex(of: "[") else { return nil }
        let country = String(head[head.index(after: openIndex)...])
        var before = String(head[..<openIndex]).trimmingWhitespace()  // "Margao (Goa)"
        guard isCapitalisedWords(country, upTo: 3) else { return nil }
        if before.hasSuffixOnBytes(")"), let stateOpen = before.lastIndex(of: "(") {
            let state = String(before[before.index(after: stateOpen)..<before.index(before: before.endIndex)])
            guard isCapitalisedWords(state, upTo: 4) else { return nil }
            before = String(before[..<stateOpen]).trimmingWhitespace()
        }
        guard isCapitalisedWords(before, upTo: 4) else { return nil }
        // After the country: an optional date and agency, then the colon.
        var rest = text[text.index(after: closeIndex)...]
        var date = ""
        var agency = ""
        if rest.first == "," {
            rest = rest.dropFirst().drop { $0 == " " }
            let dateEnd = rest.firstIndex { $0 == "(" || $0 == ":" } ?? rest.endIndex
            date = String(rest[..<dateEnd]).trimmingWhitespace()
            guard (3...20).contains(date.count), date.contains(where: \.isNumber), date.contains(where: \.isLetter) else { return nil }
            rest = rest[dateEnd...]
        }
        rest = rest.drop { $0 == " " }
        if rest.first == "(", let agencyEnd = rest.firstIndex(of: ")") {
            agency = String(rest[rest.index(after: rest.startIndex)..<agencyEnd])
            guard (2...20).contains(agency.count), agency.first?.isUppercase == true else { return nil }
            rest = rest[rest.index(after: agencyEnd)...].drop { $0 == " " }
        }
        guard rest.first == ":" else { return nil }
        let story = rest.dropFirst().drop { $0 == " " }
        guard story.startIndex > rest.index(after: rest.startIndex), let opening = story.first,
            opening.isUppercase || opening.isNumber || opening == "\"" || opening == "“"
        else { return nil }
        let dateline = String(text[..<story.startIndex])
        return [dateline, dateline, before, date, agency, ""]
    }

    /// One to `most` words, each opening with a capital and made of letters, full stops, hyphens, apostrophes and
    /// ampersands ("New Delhi", "J&K"): a place's, a state's or a country's name in a dateline.
    static func isCapitalisedWords(_ text: String, upTo most: Int) -> Bool {
        let words = text.split(separator: " ")
        return (1...most).contains(words.count)
            && words.allSatisfy { word in
                word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "&" || $0 == "'" }
            }
    }
}
