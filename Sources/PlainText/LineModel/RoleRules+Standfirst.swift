import NewsModel

/// The lines between the headline and the story: the standfirst, the time stamp and the lead, which the model confuses
/// with a picture's caption or a related link there.
extension RoleRules {
    /// Under the byline right under the headline, prose without a credit over the story's first paragraph is the
    /// standfirst ("di Claudia Voltattorni" / "Il ministro Giancarlo Giorgetti: «Conti in ordine». Le opposizioni
    /// protestano in Aula" / the lead): a picture set there carries its credit.
    static func standfirstUnderTheByline(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline) else { return }
        let line = headline + 2
        guard line + 1 < roles.count, roles[headline + 1] == .byline, roles[line] == .caption, roles[line + 1] == .body,
            shapes[line].words >= 8, shapes[line].start == .uppercase,
            shapes[line].cues.isDisjoint(with: [
                .trailingCredit, .captionWithCredit, .creditLine, .imageCaption, .galleryCounter, .copyright, .dateOnly, .time,
            ])
        else { return }
        roles[line] = .other
    }

    /// Prose right under the headline, without a credit, with the byline or the publication time after it, is the
    /// standfirst, not a caption: a picture's caption there carries its credit or stands after the byline.
    /// So is a line there the model took for a related link ("Stop di 24 ore proclamato dai sindacati di base.
    /// Salvini: «Pronto a precettare»" over "di Redazione Economia"): no related box opens under a headline.
    /// The page's time stamp may stand between the headline and the standfirst ("Updated / Tuesday, 14 May 2024 18:42"
    /// over "Simon Harris said the Government remains committed …" over "By Paul Cunningham").
    static func standfirstIsNoCaption(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline) else { return }
        var line = headline + 1
        let timeStamp = line < roles.count && roles[line] == .other && isShortTimeStamp(shapes[line])
        if timeStamp { line += 1 }
        // (Or under a first standfirst: "Foreign ministers Wang Yi and Takeshi Iwaya meet …" over "Japan will send a
        // technical team …" over the byline — pages that set two.)
        let secondStandfirst =
            !timeStamp && line + 1 < roles.count && roles[line] == .other && shapes[line].words >= 8
            && shapes[line].start == .uppercase
            && shapes[line].cues.isDisjoint(with: [.dateOnly, .time, .url, .widget, .byline, .bylineWord, .furnitureLabel])
        if secondStandfirst { line += 1 }
        guard line + 1 < roles.count, roles[line] == .caption || roles[line] == .teaser, roles[line + 1] != .credit else { return }
        let shape = shapes[line]
        let credits: BlockShape.Cues = [.trailingCredit, .captionWithCredit, .creditLine, .imageCaption, .galleryCounter]
        let next = shapes[line + 1]
        let prose =
            roles[line] == .caption
            ? shape.cues.contains(.sentence) && shape.words >= 8
                || (timeStamp || secondStandfirst) && roles[line + 1] == .byline && shape.words >= 10 && shape.start == .uppercase
                // ("Die Jahreskarte wird ab Jänner um 106 Euro teurer. Bürgermeister Ludwig verteidigt die Erhöhung" over
                // "5. Dezember 2026, 14:20", derStandard: two sentences, the last without its stop.)
                || shape.sentences >= 1 && shape.words >= 10 && shape.start == .uppercase
            : shape.words >= 8 && shape.cues.isDisjoint(with: [.relatedTeaser, .url, .relatedLabel])
        guard prose, shape.cues.isDisjoint(with: credits),
            roles[line + 1] == .byline || !next.cues.isDisjoint(with: [.dateOnly, .time, .byline, .bylineWord])
        else { return }
        roles[line] = .other
    }

    /// "GARDAÍ ARE INVESTIGATING after a man …", "A PRIVATE motion brought by …", "A HUNTER who …": the story's first
    /// words set in capitals open its lead (the tabloids' and some dailies' style) — no standfirst does.
    static func capitalisedLeadInOpensTheStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), let firstBody = roles.firstIndex(of: .body), headline + 1 < firstBody
        else { return }
        for index in (headline + 1)..<firstBody where roles[index] == .other {
            let shape = shapes[index]
            guard shape.words >= 12, shape.start == .uppercase, shape.end.endsSentence, shape.cues.contains(.sentence),
                opensWithCapitalisedLeadIn(blocks[index].text)
            else { continue }
            roles[index] = .body
            // The story's sentences between the lead and the text the model found ("The assault happened on Bakers Road,
            // Charleville in broad daylight, shortly after 5pm." over a map's address) are its too.
            for next in (index + 1)..<firstBody where roles[next] == .other {
                let shape = shapes[next]
                if shape.words >= 8, shape.start == .uppercase, shape.end == .fullStop, shape.cues.contains(.sentence),
                    shape.cues.isDisjoint(with: notProse)
                {
                    roles[next] = .body
                }
            }
            return
        }
    }

    /// Two words or more in capitals, one of three letters or more, then a word in small letters ("A HUNTER who"; not
    /// "NEW YORK (AP) —", "WASHINGTON — President").
    static func opensWithCapitalisedLeadIn(_ text: String) -> Bool {
        var capitals = 0
        var long = false
        for word in text.split(separator: " ", maxSplits: 6, omittingEmptySubsequences: true).prefix(6) {
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
            if !letters.isEmpty, letters.allSatisfy({ $0.properties.isUppercase }),
                word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "'" || $0 == "’" || $0 == "-" })
            {
                capitals += 1
                if letters.count >= 3 { long = true }
                continue
            }
            return capitals >= 2 && long && word.unicodeScalars.first?.properties.isLowercase == true
        }
        return false
    }

    /// A date with its time is when the page was published or changed ("3 dicembre 2026 (modifica il 3 dicembre 2026
    /// | 18:21)", "03 Dec 2026 06:15PM (Updated: …)"), never a picture's caption or credit, wherever it stands.
    /// So is one its label says is the time of publication, with the sources after it ("Aktualisiert am 5. März 2024,
    /// 14:21 Uhr Quelle: ZEIT ONLINE, dpa, AFP").
    static func timeStampIsNoCaption(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .caption || roles[index] == .credit {
            let shape = shapes[index]
            let cues = shape.cues
            // (A labelled date without a time too: "UPDATED: Tue., Nov. 19, 2019".)
            if !cues.isDisjoint(with: [.dateOnly, .year]), shape.words <= 8, opens(blocks[index].text, withOneOf: publicationTimeLabels) {
                roles[index] = .other
                continue
            }
            guard cues.contains(.time), cues.contains(.year) else { continue }
            if shape.words <= 12 && (shape.start == .digit || !cues.contains(.sentence))
                || shape.words <= 30 && opens(blocks[index].text, withOneOf: publicationTimeLabels)
            {
                roles[index] = .other
            }
        }
    }
    /// "Aktualisiert am 5. Dezember 2026, 10:47 Uhr" over "Quelle: ZEIT ONLINE, dpa, AFP, Reuters": the sources of the
    /// story under its time stamp, no picture's caption or credit.
    static func sourcesUnderTheTimeStamp(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices.dropFirst() where roles[index] == .caption || roles[index] == .credit {
            let above = shapes[index - 1]
            guard roles[index - 1] == .other, !above.cues.isDisjoint(with: [.dateOnly, .time]), shapes[index].words <= 12,
                opensWithSourceLabel(blocks[index].text)
            else { continue }
            roles[index] = .other
        }
    }

    /// A picture has one caption, which carries the credit: of two lines read as captions in a row, the first without a
    /// credit over the second with one, right under the headline, is the standfirst ("Riguarda il personale di
    /// Trenitalia, …" over "Un treno regionale alla stazione di Milano Centrale (Claudio Furlan/LaPresse)").
    /// (Under the byline and the time stamp too, and with the second caption's credit on the line under it: "Wer Termine
    /// beim Jobcenter … versäumt, …" over "Bärbel Bas (SPD) im Bundestag" over "Quelle: dpa/Kay Nietfeld", Die Welt.)
    static func oneCaptionUnderTheHeadline(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline) else { return }
        var first = headline + 1
        while first < roles.count, first <= headline + 2,
            roles[first] == .byline || roles[first] == .other && isShortTimeStamp(shapes[first], year: true)
        {
            first += 1
        }
        guard first + 1 < roles.count, roles[first] == .caption, roles[first + 1] == .caption else { return }
        let credits: BlockShape.Cues = [.trailingCredit, .captionWithCredit, .creditLine, .imageCaption]
        let secondHasCredit =
            !shapes[first + 1].cues.isDisjoint(with: credits) || first + 2 < roles.count && roles[first + 2] == .credit
        guard shapes[first].cues.isDisjoint(with: credits), secondHasCredit,
            first == headline + 1 || shapes[first].cues.contains(.sentence) && shapes[first].words >= 8
        else { return }
        roles[first] = .other
    }

    /// "Amrita Deonarine -", "Brian Manning -" (Trinidad and Tobago's Newsday): a caption whose credit the page left
    /// empty after its dash — a short line that ends with the dash, whether above the story or between its paragraphs;
    /// the paragraph over it the model took for its caption is story text.
    static func captionsWithAnEmptyCredit(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where shapes[index].words <= 9 && endsWithEmptyCredit(blocks[index].text) {
            // (Not a dateline on its own line, "WASHINGTON, Dec 4 -", "LONDON -": a place in capitals or a date.)
            guard roles[index] != .headline, shapes[index].start == .uppercase, shapes[index].digits == 0,
                shapes[index].cues.isDisjoint(with: [.dateline, .datelineLine]),
                blocks[index].text.contains(where: \.isLowercase)
            else { continue }
            roles[index] = .caption
            if index >= 2, roles[index - 1] == .caption, roles[index - 2] == .body, shapes[index - 1].words >= 20,
                shapes[index - 1].cues.contains(.sentence)
            {
                roles[index - 1] = .body
            }
        }
    }

    /// Whether the line ends with a dash set off by a space and nothing after it, with no sentence's stop before it.
    static func endsWithEmptyCredit(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            guard end >= 4 else { return false }
            // "-", or "–" / "—" (E2 80 93 / E2 80 94).
            let dashStart: Int
            if bytes[end - 1] == 0x2D {
                dashStart = end - 1
            } else if end >= 5, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x93 || bytes[end - 1] == 0x94 {
                dashStart = end - 3
            } else {
                return false
            }
            guard dashStart >= 2, bytes[dashStart - 1] == 0x20 else { return false }
            let before = bytes[dashStart - 2]
            return before != 0x2E && before != 0x21 && before != 0x3F && before != 0x2D
        }
    }

    /// A short line with a date or a clock time ("5 dicembre 2026 (modifica il …)", "Updated 3:22 PM EST"): the page's
    /// time stamp in its head. `year` lets a year alone do ("Stand: 05.12.2026 | Lesedauer: 3 Minuten").
    static func isShortTimeStamp(_ shape: BlockShape, year: Bool = false) -> Bool {
        shape.words <= 12 && !shape.cues.isDisjoint(with: year ? [.dateOnly, .time, .year] : [.dateOnly, .time])
    }

    /// "Published:Thursday | December 4, 2026 | 12:07 AM", "Updated 3:22 PM EST": a publication-time label and a
    /// number — when the page was published, never who wrote it.
    static func isLabelledPublicationTime(_ text: String) -> Bool {
        opens(text, withOneOf: publicationTimeLabels) && text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
    }

    static let publicationTimeLabels = [
        "updated", "published", "posted", "last updated", "first published", "aktualisiert", "veröffentlicht", "stand:", "publié le",
        "mis à jour",
        "actualizado", "publicado", "aggiornato", "pubblicato", "aktualizováno", "publikováno", "обновлено", "опубликовано",
    ].map { Array($0.utf8) }

    /// The byline, the publication time, then a long full sentence and the story: that sentence is the story's lead
    /// ("Rachel Reeves will freeze fuel duty …, The Telegraph can reveal."), even when the model left it out.
    /// The cues of a line that is no story lead however long: links, credits, times, bylines, page labels.
    static let notLeadCues: BlockShape.Cues = [
        .url, .email, .copyright, .widget, .dateOnly, .time, .trailingCredit, .captionWithCredit, .imageCaption, .creditLine,
        .editorsNote, .reportingTrailer, .furnitureLabel, .relatedLabel, .byline, .bylineWord,
    ]

    static func leadUnderTheByline(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let first = roles.firstIndex(of: .body), first >= 2, roles[first - 1] == .other else { return }
        let lead = shapes[first - 1]
        let notText = notLeadCues
        // (Not when the story's first block opens with its dateline: that block is the lead, this one the standfirst.)
        guard lead.words >= 15, !shapes[first].cues.contains(.dateline), lead.end == .fullStop, lead.start == .uppercase,
            lead.cues.contains(.sentence),
            lead.cues.isDisjoint(with: notText)
        else { return }
        // Right under the byline, or under the publication time that stands under it — a bare name between them is
        // the caption of the picture the page set there ("President Bola Tinubu").
        var above = first - 2
        if above >= 2, roles[above] == .other, shapes[above].cues.contains(.nameLike) || shapes[above].words <= 4,
            shapes[above].start == .uppercase, !shapes[above].end.endsSentence,
            shapes[above].cues.isDisjoint(with: [.dateOnly, .time, .byline, .bylineWord, .furnitureLabel, .relatedLabel, .widget])
        {
            above -= 1
        }
        let caption = above == first - 3 ? above + 1 : nil
        let isByline = roles[above] == .byline
        let isTime =
            roles[above] == .other && !shapes[above].cues.isDisjoint(with: [.dateOnly, .time]) && above >= 1
            && roles[above - 1] == .byline
        if isByline || isTime {
            roles[first - 1] = .body
            if let caption { roles[caption] = .caption }
            return
        }
        // The byline, then a few short lines of the page's own ("Ottawa", "Published December 3, 2026", "Updated 1 hour
        // ago", "For Subscribers") of which one gives the time: the lead stands under them as under the time alone.
        var index = first - 2
        var sawTime = false
        while index >= 1, first - 2 - index < 5, roles[index] == .other, shapes[index].words <= 6, !shapes[index].end.endsSentence {
            sawTime = sawTime || !shapes[index].cues.isDisjoint(with: [.dateOnly, .time])
            index -= 1
        }
        if sawTime, roles[index] == .byline { roles[first - 1] = .body }
    }

    /// Two paragraphs of prose kept out above the story, the time or a picture between them and the text: the first is
    /// the standfirst, the second the lead (iDNES, Novinky: standfirst, time, lead, then a picture with its caption and
    /// credit). A page has one standfirst.
    static func secondProseAboveTheStoryIsTheLead(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), let first = roles.firstIndex(of: .body), first > headline + 2 else {
            return
        }
        let notText: BlockShape.Cues = [
            .url, .email, .copyright, .widget, .dateOnly, .time, .trailingCredit, .captionWithCredit, .imageCaption, .creditLine,
            .editorsNote, .reportingTrailer, .furnitureLabel, .relatedLabel, .relatedTeaser, .byline, .bylineWord, .dateline,
        ]
        func isProse(_ index: Int) -> Bool {
            let shape = shapes[index]
            return roles[index] == .other && shape.words >= 15 && shape.end == .fullStop && shape.start == .uppercase
                && shape.cues.contains(.sentence) && shape.cues.isDisjoint(with: notText)
        }
        // A paragraph of two sentences or more, thirty words or more, is a lead wherever it stands; a one-sentence
        // standfirst right over it ("Il sindaco di Sparanise premia il carabiniere …" over "È una storia davvero
        // curiosa …", no picture or time between them) does not make it a second standfirst.
        func isFullParagraph(_ index: Int) -> Bool { shapes[index].sentences >= 2 && shapes[index].words >= 30 }
        var prose = ((headline + 1)..<first).filter(isProse)
        // (A standfirst right under the headline may go without its stop: "Services on the Central line are expected to
        // be severely disrupted on December 16" over the byline, the time, the lead and the picture — the Standard.)
        let under = headline + 1
        if prose.count == 1, prose[0] > under + 1 || prose[0] == under + 1 && isFullParagraph(prose[0]), roles[under] == .other,
            shapes[under].words >= 8, shapes[under].start == .uppercase, shapes[under].cues.isDisjoint(with: notText)
        {
            prose.insert(under, at: 0)
        }
        guard prose.count == 2, let lead = prose.last, let standfirst = prose.first,
            lead > standfirst + 1 || isFullParagraph(lead) && shapes[standfirst].sentences <= 1,
            ((standfirst + 1)..<lead).allSatisfy({ [.other, .byline].contains(roles[$0]) && shapes[$0].words <= 12 }),
            ((lead + 1)..<first).allSatisfy({ [.caption, .credit, .other].contains(roles[$0]) && !isProse($0) })
        else { return }
        roles[lead] = .body
    }

    /// Headline, a sentence, then the byline or the publication time, then the story: the web page's standfirst
    /// (dek) stands between the headline and the byline; the story starts after the byline.
    static func standfirstAboveTheByline(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), let first = roles.firstIndex(of: .body), first > headline,
            roles[(headline + 1)..<first].allSatisfy({ $0 == .other }), shapes[first].end == .fullStop || shapes[first].end == .question,
            shapes[first].words <= 60
        else { return }
        let bylineCues: BlockShape.Cues = [.byline, .bylineWord, .dateOnly, .time]
        var index = first + 1
        while index < roles.count, index <= first + 3 {
            if roles[index] == .byline || (roles[index] == .other && !shapes[index].cues.isDisjoint(with: bylineCues)) {
                if roles[(index + 1)...].contains(.body) { roles[first] = .other }
                return
            }
            guard roles[index] == .other else { break }
            index += 1
        }
        // "The collision involved two cars …" / "Gardaí and emergency services were alerted …" / "Echo reporter": a
        // standfirst of one or two sentence lines over a newsroom's staff signature (`isStaffSignature`), which the
        // model reads neither as a byline nor as the story's start.
        for signature in (first + 1)..<min(first + 3, roles.count)
        where roles[signature] == .other && isStaffSignature(blocks[signature].text) {
            guard roles[first..<signature].allSatisfy({ $0 == .body }),
                (first..<signature).allSatisfy({ shapes[$0].end == .fullStop && shapes[$0].words <= 40 }),
                roles[(signature + 1)...].contains(.body)
            else { return }
            for line in first..<signature { roles[line] = .other }
            return
        }
    }

    /// A newsroom's signature of two or three words in place of a name: "Echo reporter", "Digital Desk staff", "Irish
    /// Examiner reporter" — a post or "staff" last, in small letters.
    static func isStaffSignature(_ text: String) -> Bool {
        let words = text.spaceSeparatedWords
        guard (2...3).contains(words.count), let last = words.last, let first = words.first, first.first?.isUppercase == true,
            last.first?.isLowercase == true
        else { return false }
        return last == "staff" || signatureRoles.contains(String(last))
    }

    /// "Province says $300M program will focus on northern and rural communities" over "Lisa Xing · CBC News · Posted:
    /// …": a sentence of small words over the byline is the standfirst, not a second byline — a byline is names.
    static func proseOverTheBylineIsNoByline(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices.dropLast() where roles[index] == .byline && roles[index + 1] == .byline {
            let shape = shapes[index]
            if shape.cues.isDisjoint(with: [.byline, .bylineWord]), shape.words >= 8, shape.capitalised <= 3 {
                roles[index] = .other
            }
        }
    }

    /// "Traffic entering Manhattan … fell by 11% …, the MTA said Tuesday." right under the picture's credit, over the
    /// story: the lead, not a standfirst — a standfirst stands over the picture, under the headline.
    static func proseUnderThePictureIsTheLead(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body), firstBody >= 2, roles[firstBody - 1] == .other,
            [.credit, .caption].contains(roles[firstBody - 2]), !roles[..<firstBody].contains(.subheading)
        else { return }
        let shape = shapes[firstBody - 1]
        if shape.cues.contains(.sentence), shape.words >= 15, shape.end.endsSentence { roles[firstBody - 1] = .body }
    }
}

extension RoleRules {
    /// Decks under one-word labels in capitals between the headline and the story ("RUIDOS" / "Decreta excepciones a la
    /// Ordenanza …" / "CONFLICTO" / "El delegado … sostiene …", the summaries Spanish papers set under the title): prose
    /// without a credit or a picture's word under such a label is the story's deck, not a caption — a picture's caption
    /// has no topic word over it, and a picture label ("FOTO") is left to the caption rules.
    static func decksUnderCapitalLabels(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline) else { return }
        let story = roles[headline...].firstIndex(of: .body) ?? roles.count
        guard story - headline >= 3 else { return }
        let pictureCues: BlockShape.Cues = BlockShape.Cues.picture.union([.copyright, .byline, .dateline, .datelineLine, .url])
        for index in (headline + 2)..<story where roles[index] == .caption && roles[index - 1] == .other {
            guard shapes[index].words >= 8, shapes[index].start == .uppercase, shapes[index].cues.isDisjoint(with: pictureCues),
                shapes[index - 1].words == 1, isCapitalsLabel(blocks[index - 1].text),
                !LineRules.captionLabel.matches(in: blocks[index - 1].text)
            else { continue }
            roles[index] = .other
        }
    }

    /// One word of at least four letters, every one a capital ("CONFLICTO", "RETROCESO").
    static func isCapitalsLabel(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where !scalar.isSpaceLike {
            guard scalar.properties.isAlphabetic else { return false }
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 4
    }
}
