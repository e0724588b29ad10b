import NewsModel

/// A dateline whose agency follows the date without brackets, as Kyodo News writes its English copy: "SAITAMA, Japan,
/// Dec. 9 Kyodo - Urawa Reds …", "TOKYO, Jan. 5 Kyodo -- The …". The agency must be one the reader knows, so that a
/// sentence's capitalised word after a date is none.
enum BareAgencyDateline {
    /// `dateline`'s groups (the match, the dateline with its dash, the place, the date, the agency, ""), or nil.
    static func match(_ text: String) -> [String]? {
        // Every paragraph opening the story is asked: a capital first and a spaced dash within 80 bytes decide first.
        let dash: (start: Int, end: Int)? = text.withUTF8Bytes { bytes in
            guard let first = bytes.first, first >= 0x41, first <= 0x5A else { return nil }
            let limit = min(bytes.count, 80)
            var index = 1
            while index + 2 < limit {
                if bytes[index] == 0x20, bytes[index + 1] == 0x2D {
                    var end = index + 2
                    if end < bytes.count, bytes[end] == 0x2D { end += 1 }
                    return end < bytes.count && bytes[end] == 0x20 ? (index, end + 1) : nil
                }
                index += 1
            }
            return nil
        }
        guard let dash else { return nil }
        let utf8 = text.utf8
        let before = String(text[..<utf8.index(utf8.startIndex, offsetBy: dash.start)])
        let rest = text[utf8.index(utf8.startIndex, offsetBy: dash.end)...]
        guard let opening = rest.first, opening.isUppercase || opening.isNumber || opening == "\"" || opening == "“" else { return nil }
        var words = before.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count >= 4, let agency = words.popLast(), agency.first?.isUppercase == true, PictureCredit.isAgency(agency)
        else { return nil }
        // "Dec. 9" or "Dec. 9, 2018" before the agency.
        var year = ""
        if let last = words.last, last.count == 4, last.allSatisfy(\.isASCIIDigit), words.count >= 3 {
            year = last
            words.removeLast()
        }
        guard let dayWord = words.popLast(), let monthWord = words.popLast() else { return nil }
        let day = year.isEmpty ? dayWord : String(dayWord.dropLast())
        guard (1...2).contains(day.count), day.allSatisfy(\.isASCIIDigit), year.isEmpty || dayWord.hasSuffixOnBytes(","),
            DateAgencyDateline.monthNames.contains(monthWord)
        else { return nil }
        // The place, and a region or country after it: "SAITAMA, Japan,".
        let placeWords = words.joined(separator: " ")
        guard placeWords.hasSuffixOnBytes(",") else { return nil }
        let parts = placeWords.dropLast().split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        guard (1...2).contains(parts.count), parts.allSatisfy({ BracketCountryDateline.isCapitalisedWords($0, upTo: 4) }) else {
            return nil
        }
        let dateline = String(text[..<utf8.index(utf8.startIndex, offsetBy: dash.end)])
        let date = monthWord + " " + day + (year.isEmpty ? "" : ", " + year)
        return [dateline, dateline, parts[0], date, agency, ""]
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
