import Foundation
import NewsModel

/// A dateline whose brackets hold the source and the date, with no dash before the story: "MINSK (UrduPoint News /
/// Sputnik - 14th August, 2020) Belarusian …", "ISLAMABAD (APP - 3rd December, 2026) The …" — as South Asian outlets
/// credit the wires they print. The place is in capitals; the brackets must hold a date, two sources or an agency's
/// name, so that an acronym's expansion ("NATO (North Atlantic Treaty Organization) Secretary …") is none.
enum BracketDateline {
    /// `dateline`'s groups (the match, the dateline, the place, the date, the agency, ""), or nil.
    static func match(_ text: String) -> [String]? {
        // Every paragraph opening the story is asked: the bytes decide first, the bracket within 40 of them.
        let brackets: (open: Int, close: Int)? = text.withUTF8Bytes { bytes in
            guard let first = bytes.first, first >= 0x41, first <= 0x5A, let open = bytes.prefix(40).firstIndex(of: 0x28),
                let close = bytes[open...].prefix(90).firstIndex(of: 0x29)
            else { return nil }
            return (open, close)
        }
        guard let brackets else { return nil }
        let open = text.utf8.index(text.startIndex, offsetBy: brackets.open)
        let close = text.utf8.index(text.startIndex, offsetBy: brackets.close)
        let place = String(text[..<open]).trimmingWhitespace()
        let inside = String(text[text.index(after: open)..<close])
        guard isPlaceInCapitals(place), (2...80).contains(inside.count), !inside.contains("(") else { return nil }
        // A space, then the story's first word.
        let rest = text[text.index(after: close)...]
        guard rest.first == " ", let opening = rest.dropFirst().first, opening.isUppercase || opening == "\"" || opening == "“"
        else { return nil }
        var sources = inside
        var date = ""
        if let dash = inside.range(of: " - ", options: .backwards) ?? inside.range(of: " – ", options: .backwards) {
            let after = String(inside[dash.upperBound...]).trimmingWhitespace()
            if after.contains(where: \.isNumber), after.count <= 30 {
                date = after
                sources = String(inside[..<dash.lowerBound])
            }
        }
        let names = sources.components(separatedBy: "/").map { $0.trimmingWhitespace() }
        guard names.allSatisfy(isSourceName) else { return nil }
        guard !date.isEmpty || names.count > 1 || PictureCredit.isAgency(names[0]) else { return nil }
        let dateline = String(text[...close]) + " "
        return [dateline, dateline, place, date, names.joined(separator: " / "), ""]
    }

    private static func isPlaceInCapitals(_ place: String) -> Bool {
        let words = place.split(separator: " ")
        guard (1...3).contains(words.count) else { return false }
        return words.allSatisfy { word in
            word.count >= 2 && word.allSatisfy { $0.isUppercase || $0 == "-" || $0 == "." || $0 == "'" }
        }
    }

    /// One to four words, the first opening with a capital: "UrduPoint News", "Sputnik", "APP".
    private static func isSourceName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return (1...4).contains(words.count) && words.first?.first?.isUppercase == true
            && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "." || $0 == "-" || $0 == "&" }
    }
}
