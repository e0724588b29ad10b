import NewsModel

/// The rules on the headline: what is no headline (a sentence, a date, a signature, a caption over its credit), and
/// the kicker and standfirst around it.
extension RoleRules {
    /// A headline is not a sentence with its full stop, nor a caption with its credit: when the model took one
    /// for it, an earlier short line is the headline. Nor is it a paragraph.
    static func headlineIsNotASentence(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline) else { return }
        let shape = shapes[headline]
        // A paragraph of two sentences or more, forty words or more, heads nothing: with no title-like line above it, the
        // page has no headline, and the paragraph is the story's. Nor does a sentence of twenty words or more with its
        // full stop ("A Cherokee County deputy likely interrupted a burglary Monday evening, leading to a chase and an
        // arrest, according to Sheriff …"): no headline of the corpus's keys is one.
        let paragraph = shape.sentences >= 2 && shape.words >= 40 && (shape.end.endsSentence || shape.end == .quote)
        let leadSentence = shape.words >= 20 && shape.end == .fullStop && shape.cues.contains(.sentence)
        if paragraph || leadSentence, !(0..<headline).contains(where: { isHeadlineShaped(shapes[$0]) }) {
            roles[headline] = .body
            return
        }
        let isCaption = shape.cues.contains(.trailingCredit)
        guard shape.cues.contains(.sentence) && shape.end == .fullStop || isCaption,
            let earlier = (0..<headline).first(where: { isHeadlineShaped(shapes[$0]) })
        else { return }
        roles[headline] = isCaption ? .caption : .body
        roles[earlier] = .headline
    }

    /// A few words in capitals right above a longer headline-shaped line ("BLACK DEATH FEARS" over the title): a
    /// kicker (overline) naming the story's theme, and the line under it is the headline.
    static func kickerAboveTheHeadline(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), shapes[headline].allCaps, shapes[headline].words <= 5,
            headline + 1 < roles.count, !shapes[headline + 1].allCaps, isHeadlineShaped(shapes[headline + 1]),
            shapes[headline + 1].words >= shapes[headline].words + 3
        else { return }
        roles[headline] = .other
        roles[headline + 1] = .headline
    }

    /// A short heading the model took for the headline, right over a longer heading-shaped line it took for a byline
    /// that has none of a byline's marks — no author word, not only names, some words in lower case ("Streit um
    /// Rentenpaket" over "Merz warnt Junge Union vor Blockade", n-tv): the first is the kicker (Dachzeile), the
    /// second the headline.
    /// So is one set on the line right over the headline, no blank line between, as a page's heading element holds
    /// both ("Interne Unterlagen im Netz" / "Daten von Rheinmetall gehackt", tagesschau).
    static func kickerOverAHeadlineTakenForAByline(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), headline + 1 < roles.count,
            case let kicker = shapes[headline], case let title = shapes[headline + 1],
            kicker.words <= 5, isHeadlineShaped(kicker), isHeadlineShaped(title), title.start == .uppercase,
            title.cues.isDisjoint(with: [.nameLike, .agencyWord])
        else { return }
        let overTheByline = roles[headline + 1] == .byline && title.words >= kicker.words + 2 && title.capitalised <= 6
        let sameHeading =
            [.other, .byline, .subheading].contains(roles[headline + 1]) && title.blankLinesBefore == 0 && kicker.characters < 40
            && title.words >= 3 && (headline + 2 >= roles.count || shapes[headline + 2].blankLinesBefore > 0)
        guard overTheByline || sameHeading else { return }
        roles[headline] = .other
        roles[headline + 1] = .headline
    }

    /// The headline comes before the standfirst: a long line the model took for the headline (twelve words or more)
    /// right under a headline-shaped line of five words or more, three words shorter at least, that it left out ("El Banco de España eleva al
    /// 2,6% su previsión …" over "El organismo que dirige José Luis Escrivá mejora en tres décimas …", the section's
    /// name set on the line above without a blank line; "Despite everything, U.S. emissions dipped in 2019" over "Coal
    /// has been in a slow-motion death spiral over the past ten years") is the standfirst, and the line above it the
    /// headline; so is "В Минфине допустили повышение НДС …" over the minister's sentence four words longer, under the
    /// site's name and section. A kicker over a headline has fewer than five words.
    static func headlineAboveItsStandfirst(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), headline >= 1, shapes[headline].words >= 12,
            case let above = headline - 1, roles[above] == .other, isHeadlineShaped(shapes[above]), shapes[above].words >= 5,
            shapes[above].words + 3 <= shapes[headline].words
        else { return }
        roles[above] = .headline
        roles[headline] = .other
    }

    /// A line right over a picture's credit that the model took for the headline, with the page's byline or time above
    /// it and a headline-shaped line of five words or more above those ("Illa anuncia un plan de vivienda …" / the
    /// standfirst / "Redacción" / "05/12/2026 12:30" / "Salvador Illa, durante su intervención …" / "Alejandro García /
    /// EFE"): that line is the picture's caption, the first one the headline — the headline stands over the byline.
    /// (Or the standfirst between them: "La Comunidad de Madrid abrirá …" / "La presidenta regional, Isabel Díaz Ayuso, ha
    /// anunciado …" / "Isabel Díaz Ayuso, durante su intervención …" / "ep" — ABC sets the agency's initials in small
    /// letters.)
    static func captionOverItsCreditIsNoHeadline(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), headline + 1 < roles.count,
            roles[headline + 1] == .credit
                || roles[headline + 1] == .other && shapes[headline + 1].words <= 3 && PictureCredit.isAgency(blocks[headline + 1].text),
            let title = (0..<headline).first(where: { roles[$0] == .other && isHeadlineShaped(shapes[$0]) && shapes[$0].words >= 5 }),
            ((title + 1)..<headline).contains(where: {
                roles[$0] == .byline || roles[$0] == .other && !shapes[$0].cues.isDisjoint(with: [.dateOnly, .time, .byline, .bylineWord])
                    || $0 == title + 1 && roles[$0] == .other && shapes[$0].words >= 8 && shapes[$0].start == .uppercase
                        && shapes[$0].cues.isDisjoint(with: [.url, .widget, .furnitureLabel, .relatedLabel, .relatedTeaser])
            })
        else { return }
        roles[title] = .headline
        roles[headline] = .caption
        roles[headline + 1] = .credit
    }

    /// A name and a town the model took for the headline ("Olugbenga Adanikin, Abuja"), right under the first line of the
    /// page, a longer headline-shaped line it left out: that line is the headline, the name the author's signature.
    static func headlineIsNoSignature(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), headline == 1, roles[0] == .other,
            case let signature = shapes[headline], signature.cues.contains(.nameLike), signature.words <= 4,
            case let title = shapes[0], isHeadlineShaped(title), title.words >= signature.words + 2,
            !title.cues.contains(.nameLike)
        else { return }
        roles[0] = .headline
        roles[headline] = .byline
    }

    /// "41.0°F", "-3 °C": a site's weather widget beside the date at the top of the page.
    static func isWeatherReading(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.utf8.count <= 16, trimmed.containsBytes("°"), let last = trimmed.unicodeScalars.last, last == "F" || last == "C"
        else { return false }
        return trimmed.unicodeScalars.dropLast().allSatisfy { "0123456789.,-−+ °".unicodeScalars.contains($0) }
    }

    /// A release's or a list's number ("Nr. 2372", "No. 45", "#118"): an abbreviation or a sign, then digits.
    static func isNumberLabel(_ text: String) -> Bool {
        let words = text.spaceSeparatedWords
        guard (1...3).contains(words.count), let last = words.last else { return false }
        let number = last.drop(while: { $0 == "#" || $0 == "№" })
        guard !number.isEmpty, number.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "/" || $0 == "-" }) else {
            return false
        }
        return words.dropLast().allSatisfy { $0.count <= 4 && ($0.hasSuffixOnBytes(".") || $0 == "#" || $0 == "№") }
    }

    /// A date or time line ("November 19, 2019 / 12:21 AM / Updated 14 hours ago"), a release's "Source: X" line,
    /// a release's number, an editor's note ("Eds: APNewsNow.") or a weather reading is never the headline: the nearest headline-shaped line
    /// before the text is, the next one first.
    static func headlineIsNotADate(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline),
            LineRules.isDateLine(blocks[headline].text, cues: shapes[headline].cues) || shapes[headline].cues.contains(.sourceLine)
                || shapes[headline].cues.contains(.editorsNote) || isWeatherReading(blocks[headline].text)
                || shapes[headline].words <= 3 && isNumberLabel(blocks[headline].text)
        else { return }
        let textStart = roles.firstIndex(of: .body) ?? roles.count
        // A press release's number ("MEDIA RELEASE PR67261") is not a headline either.
        let current = roles
        let candidate = { (index: Int) in
            isHeadlineShaped(shapes[index]) && current[index] == .other && !LineRules.releaseIdentifier.matches(in: blocks[index].text)
                && !LineRules.isDateLine(blocks[index].text, cues: shapes[index].cues)
        }
        let after = (headline + 1..<max(headline + 1, textStart)).first(where: candidate)
        guard let replacement = after ?? (0..<headline).last(where: candidate) else {
            // A weather reading, a number or a date heads nothing, even where no title-like line stands near it.
            if isWeatherReading(blocks[headline].text) || isNumberLabel(blocks[headline].text)
                || LineRules.isDateLine(blocks[headline].text, cues: shapes[headline].cues)
            {
                roles[headline] = .other
            }
            return
        }
        roles[headline] = .other
        roles[replacement] = .headline
    }

    /// Short, no full stop, no shape of metadata: how headlines and subheadings look.
    static func isHeadlineShaped(_ shape: BlockShape) -> Bool {
        let metadata: BlockShape.Cues = [
            .statusLine, .keywordPath, .dateOnly, .widget, .sourceLine, .byline, .bylineWord, .url, .email, .time,
            .creditLine, .captionWithCredit, .relatedTeaser, .colonLabel, .onlyNumber, .copyright, .signOff, .pipe, .furnitureLabel,
            .relatedLabel, .pullQuoteAttribution,
        ]
        return shape.words >= 2 && shape.words <= 20 && !shape.cues.contains(.sentence) && shape.cues.isDisjoint(with: metadata)
            && shape.end != .fullStop && shape.end != .colon && shape.end != .comma
    }
}
