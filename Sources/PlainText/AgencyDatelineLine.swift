import NewsModel

/// A dateline set alone on its line over the story's first paragraph, with its agency in brackets and no dash:
/// "Gera (ots)", "Hirschberg/Rhein-Neckar-Kreis (ots)", "Uhlstädt, B88 (ots)" — as German press portals and regional
/// pages show the wire's "Gera (ots) - Am Montag …". Only an agency's name counts in the brackets: a person's name
/// with a bracket after it ("Jane Doe (left)") is a caption.
enum AgencyDatelineLine {
    /// The place and the agency of such a line, or nil.
    static func parts(of text: String) -> (place: String, agency: String)? {
        let text = text.trimmingWhitespace()
        guard text.utf8.count <= 80, text.utf8.last == UInt8(ascii: ")"), let open = text.lastIndex(of: "(") else {
            return nil
        }
        let place = String(text[..<open]).trimmingWhitespace()
        let agency = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingWhitespace()
        guard isAgency(agency), isPlace(place) else { return nil }
        return (place, agency)
    }

    /// A picture or wire agency's name (`PictureCredit.agencies`) or one of the wires that set datelines and take no
    /// pictures ("ots", "epd", "KNA"), in any case. Not any short word in capitals: "Priya Patel (BBC)", "Keir Starmer
    /// (PM)" are a byline and a caption.
    private static func isAgency(_ name: String) -> Bool {
        PictureCredit.isAgency(name) || datelineWires.contains(name.lowercasedOnBytes())
    }
    private static let datelineWires: Set<String> = ["ots", "epd", "dts", "sid", "kna", "dpa-afx", "ani", "upi", "interfax", "ats", "pol"]

    /// The same dateline opening the story's first paragraph with no dash after it: "Karlsruhe (pol/anb) Die
    /// Verkehrspolizei …", "Trier (dpa/lrs) Wegen …" — the police's and the wire's code, then its desk's after a slash.
    /// `dateline`'s groups (the match, the dateline, the place, no date, the agency, ""), or nil.
    static func inlineMatch(_ text: String) -> [String]? {
        // Every opening paragraph is asked: a capital first and a bracket in the first 40 bytes decide first.
        guard let first = text.utf8.first, (0x41...0x5A).contains(first) || first >= 0xC3, text.utf8.prefix(40).contains(0x28),
            let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")"),
            text.distance(from: open, to: close) <= 24
        else { return nil }
        let place = String(text[..<open]).trimmingWhitespace()
        let code = String(text[text.index(after: open)..<close])
        guard let agency = code.split(separator: "/").first.map(String.init), isAgency(agency), isPlace(place) else { return nil }
        let after = text[text.index(after: close)...]
        let story = after.drop { $0 == " " }
        guard story.startIndex > after.startIndex, let opening = story.first,
            opening.isUppercase || opening == "\"" || opening == "„" || opening == "“"
        else { return nil }
        let dateline = String(text[..<story.startIndex])
        return [dateline, dateline, place, "", code, ""]
    }

    /// One to four words, the first of letters and opening with a capital; a road's number may follow a comma
    /// ("Uhlstädt, B88"), districts a slash ("Hirschberg/Rhein-Neckar-Kreis").
    private static func isPlace(_ place: String) -> Bool {
        let words = place.split(separator: " ")
        guard (1...4).contains(words.count), let first = words.first, first.first?.isUppercase == true,
            !first.contains(where: \.isNumber)
        else { return false }
        // "Illustration. (shutterstock)": a word closed by a full stop is a caption's sentence, not a place — an
        // abbreviation's stop aside ("Frankfurt a.M.", "St.").
        if let last = words.last, last.hasSuffixOnBytes("."), last.dropLast().filter(\.isLetter).count > 3, !last.dropLast().contains(".") {
            return false
        }
        return words.allSatisfy { word in
            particles.contains(String(word))
                || word.first.map { $0.isUppercase || $0.isNumber } == true
                    && word.allSatisfy { $0.isLetter || $0.isNumber || "-/,.".contains($0) }
        }
    }
    /// Small words inside a place's name ("Frankfurt am Main", "Halle an der Saale", "Boulogne-sur-Mer" aside).
    private static let particles: Set<String> = ["am", "an", "der", "im", "in", "bei", "ob", "de", "sur", "upon", "on"]
}
