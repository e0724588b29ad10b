import NewsModel

/// Section headings the model may leave in the story's text: those that quote someone, and those set as the page's
/// other headings are.
extension RoleRules {
    /// A page that opens with the story's first paragraph and has no title line ("Zeugen informierten am Montagabend
    /// die Polizei, dass …" / "Auto mit Totalschaden" / "Um 21.27 Uhr erhielt …", a regional paper's text without its
    /// title): the first heading under the paragraph heads the story's second section, not the story — no headline
    /// comes after the text it heads. The model, seeing prose before any heading, took the paragraph for the page's
    /// furniture and the heading for the headline; the paragraph is the lead, the heading a subheading, and prose
    /// right under it the story's too.
    static func storyBeforeItsFirstHeading(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), headline >= 1, case let lead = headline - 1, roles[lead] == .other,
            isStoryProse(shapes[lead]),
            roles[..<lead].allSatisfy({ $0 == .other }), (0..<lead).allSatisfy({ shapes[$0].words <= 8 }),
            // A section's heading is short, and the story shows itself as one: more headings after it, or a lead of two
            // sentences — not a site's one-sentence blurb over a page's title.
            shapes[headline].words <= 6, hasLaterHeading(after: headline, shapes, roles) || shapes[lead].sentences >= 2
        else { return }
        roles[lead] = .body
        roles[headline] = .subheading
        if headline + 1 < roles.count, roles[headline + 1] == .other, isStoryProse(shapes[headline + 1]) { roles[headline + 1] = .body }
    }

    /// Whether a heading stands further down over a paragraph: a subheading, or a heading-shaped line over story prose
    /// the model took for something else (a byline by its capitals).
    private static func hasLaterHeading(after index: Int, _ shapes: [BlockShape], _ roles: [LineRole]) -> Bool {
        ((index + 1)..<max(index + 1, roles.count - 1)).contains { line in
            roles[line] == .subheading
                || [.byline, .other].contains(roles[line]) && isHeadlineShaped(shapes[line]) && !shapes[line].cues.contains(.byline)
                    && isStoryProse(shapes[line + 1])
        }
    }

    /// The headline stands above the byline — on every page and wire story of the corpus's keys. Where the model took a
    /// line under a "By …" byline for the headline (a video's title under FOX Business's byline), the headline-shaped
    /// line nearest above the byline is the headline ("Home Depot sales miss, shares plunge" over its standfirst and
    /// "By Jonathan Garber"), and the line under it is no headline.
    static func headlineAboveTheByline(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline),
            let byline = roles[..<headline].firstIndex(where: { $0 == .byline }), shapes[byline].cues.contains(.byline),
            // (A line the model took for a subheading counts: there is no section of the story above its byline.)
            let title = (0..<byline).last(where: {
                (roles[$0] == .other || roles[$0] == .subheading) && isHeadlineShaped(shapes[$0]) && shapes[$0].words >= 3
            })
        else { return }
        roles[title] = .headline
        roles[headline] = .other
    }

    /// The other side of it: where the model took a line of the page's furniture far above the byline for the headline
    /// ("Print Email this story Comment Letter to the editor", then the e-mail form's lines), the headline-shaped line
    /// right above the "By …" byline is the headline ("Reuters shares soar after takeover offer" / "By ASSOCIATED
    /// PRESS"). Only across lines the model left out of the story — a standfirst or a picture between them keeps the
    /// headline where it is.
    static func headlineRightAboveTheByline(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline),
            let byline = roles[headline...].firstIndex(where: { $0 == .byline }), shapes[byline].cues.contains(.byline),
            byline - headline >= 4, case let title = byline - 1, roles[title] == .other, isTitleLine(shapes[title]),
            roles[(headline + 1)..<title].allSatisfy({ $0 == .other })
        else { return }
        roles[title] = .headline
        roles[headline] = .other
    }

    /// A page that opens on its story's text, with no headline over it: the first short line between two paragraphs,
    /// which the model took for the headline ("Des bouteilles de gaz compliquent l’intervention" under the lead), is the
    /// story's first subheading — a headline stands above the text it heads.
    static func headlineBetweenParagraphsIsASubheading(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), headline >= 1, headline + 1 < roles.count,
            roles[headline - 1] == .body, roles[headline + 1] == .body, shapes[headline].words <= 12,
            !shapes[headline].end.endsSentence,
            case let lead = shapes[headline - 1], lead.words >= 15, lead.end.endsSentence,
            !roles[..<(headline - 1)].contains(where: { $0 != .other })
        else { return }
        roles[headline] = .subheading
    }

    /// A line a headline may be that the model left out: headline-shaped, three words or more, opening on a capital.
    static func isTitleLine(_ shape: BlockShape) -> Bool {
        isHeadlineShaped(shape) && shape.words >= 3 && shape.start == .uppercase
    }

    /// Another story's teaser above the story — its title over its first words cut short ("President … holds key
    /// meetings with Chinese industry leaders" / "President … held a series of meetings … on 31 August...") — which the
    /// model took for the headline and its standfirst: a standfirst is never cut off, so the title-shaped line right
    /// above the story's first paragraph is the headline ("Al Jazeera journalists killed in Gaza airstrike").
    static func cutTeaserAboveTheHeadline(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), headline + 3 < roles.count, case let teaserText = headline + 1,
            roles[teaserText] == .other, case let title = headline + 2, roles[title] == .other, roles[title + 1] == .body,
            isTitleLine(shapes[title]),
            blocks[teaserText].text.hasSuffixOnBytes("...") || blocks[teaserText].text.hasSuffixOnBytes("…")
        else { return }
        roles[title] = .headline
        roles[headline] = .other
    }

    /// A line in capitals inside the story that the model took for a byline, where the page sets its other section
    /// headings in capitals ("TIP-INS", "CLOSEOUT SEQUENCE", then "UP NEXT", as AP's game stories close): one more
    /// heading — a byline is not set after the story's text. The lines under it that open with a team's or a place's
    /// label ("Thunder: Host the Lakers on Friday.") are the section's text, as they are under the other headings.
    static func capitalHeadingLikeTheOthers(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body),
            roles.indices.contains(where: { roles[$0] == .subheading && shapes[$0].allCaps })
        else { return }
        for index in (firstBody + 1)..<roles.count where roles[index] == .byline {
            let shape = shapes[index]
            guard shape.allCaps, shape.words <= 5, isHeadlineShaped(shape), !shape.cues.contains(.byline) else { continue }
            roles[index] = .subheading
            var next = index + 1
            while next < roles.count, roles[next] == .other, shapes[next].words >= 4, shapes[next].end == .fullStop,
                opensWithNameLabel(blocks[next].text)
            {
                roles[next] = .body
                next += 1
            }
        }
    }

    /// A few words between two of the story's paragraphs that the model left out, on a page whose story already has
    /// section headings set the same way (a capital, no stop, a word in small letters: "Schulen bleiben geschlossen"
    /// under "Feuerwehr rechnet mit Höchststand am Abend"): one more heading. Furniture between paragraphs carries its
    /// own marks ("Advertisement", "Read more", a link), which keep it out.
    static func headingLikeTheStorysOthers(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard roles.count >= 3,
            roles.indices.contains(where: { roles[$0] == .subheading && hasSmallWord(blocks[$0].text) && !shapes[$0].allCaps })
        else { return }
        let furniture: BlockShape.Cues = [
            .url, .email, .copyright, .widget, .dateOnly, .furnitureLabel, .relatedLabel, .relatedTeaser, .byline, .bylineWord, .bullet,
            .colonLabel, .time, .trailingCredit, .captionWithCredit, .creditLine, .imageCaption, .galleryCounter, .signOff,
        ]
        for index in 1..<(roles.count - 1) where roles[index] == .other && roles[index - 1] == .body && roles[index + 1] == .body {
            let shape = shapes[index]
            guard isHeadlineShaped(shape), (2...10).contains(shape.words), shape.start == .uppercase, !shape.allCaps,
                shape.lineCount == 1, !shape.echoed, !shape.repeated, shape.cues.isDisjoint(with: furniture),
                shapes[index - 1].words >= 15, shapes[index + 1].words >= 12,
                hasSmallWord(blocks[index].text)
            else { continue }
            roles[index] = .subheading
        }
    }

    /// A word after the first in small letters that is no name's particle: what sets a heading apart from a name.
    static func hasSmallWord(_ text: String) -> Bool {
        text.spaceSeparatedWords.dropFirst().contains { word in
            word.first?.isLowercase == true && !nameParticles.contains(BlockShape.trimmingPunctuation(word.lowercasedOnBytes()))
        }
    }

    /// "Thunder: …", "Los Angeles Lakers: …": one to three capitalised words, then a colon and a space.
    private static func opensWithNameLabel(_ text: String) -> Bool {
        guard let colon = text.utf8.prefix(40).firstIndex(of: UInt8(ascii: ":")) else { return false }
        let label = text[..<colon].split(separator: " ")
        return (1...3).contains(label.count) && label.allSatisfy { $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) }
            && text[colon...].dropFirst().first == " "
    }

    /// A few words between two of the story's paragraphs that the model took for a byline or a credit, with a word in small letters
    /// that no name has ("Suche mit Hunden", "Fahrer nicht vor Ort", "Autre cible"): a section heading — an author's name
    /// is not set inside the story, and "von", "de" or "van" are the only small words a name keeps. The paragraph above
    /// may be the story's lead that the model left out (prose of sentences, 25 words or more): it is the story's text.
    static func headingInsideTheStory(
        takenFor taken: LineRole, _ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]
    ) {
        guard roles.count >= 3 else { return }
        for index in 1..<(roles.count - 1) where roles[index] == taken && roles[index + 1] == .body {
            // A credit's own marks ("Courtesy of the family", "Photo: …") keep it a credit.
            if taken == .credit, !shapes[index].cues.isDisjoint(with: BlockShape.Cues.picture.union([.agencyWord, .copyright])) {
                continue
            }
            let above = shapes[index - 1]
            let leadLeftOut =
                roles[index - 1] == .other && above.words >= 25 && above.end.endsSentence
                && above.cues.isDisjoint(with: [.url, .email, .copyright, .widget, .furnitureLabel, .relatedLabel, .relatedTeaser])
            guard roles[index - 1] == .body || leadLeftOut else { continue }
            let shape = shapes[index]
            guard isHeadlineShaped(shape), shape.words <= 8, shape.start == .uppercase, shapes[index + 1].words >= 15 else { continue }
            guard hasSmallWord(blocks[index].text) else { continue }
            roles[index] = .subheading
            roles[index - 1] = .body
        }
    }
    private static let nameParticles: Set<String> = [
        "von", "van", "der", "den", "de", "da", "das", "del", "della", "di", "do", "dos", "du", "la", "le", "ten", "ter", "bin",
        "al", "el", "and", "und", "et", "y", "e", "i", "og", "en", "zu", "vom", "zur",
    ]

    /// A paragraph of the story's prose: a sentence of twenty words or more, opening with a capital and ending with its
    /// stop, with none of a page's furniture's marks.
    private static func isStoryProse(_ shape: BlockShape) -> Bool {
        shape.cues.contains(.sentence) && shape.words >= 20 && shape.start == .uppercase && shape.end.endsSentence
            && shape.cues.isDisjoint(with: notProse)
    }
    /// The marks of a page's furniture, links, bylines and picture lines, which story prose never carries.
    static let notProse: BlockShape.Cues = [
        .url, .email, .copyright, .widget, .dateOnly, .furnitureLabel, .relatedLabel, .relatedTeaser, .byline, .bylineWord,
        .trailingCredit, .captionWithCredit, .creditLine, .imageCaption,
    ]

    /// '"Besorgniserregender Vorfall"', '‘We are in shock’': a few words in quotation marks, without a stop inside,
    /// alone over a paragraph of the story — a section heading quoting someone (German sites set many so). A
    /// sentence quoted as a paragraph ends with its stop inside the marks; a pull quote repeats the story's words.
    static func quotedHeadingsOverParagraphs(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body) else { return }
        for index in roles.indices where index > firstBody && index + 1 < roles.count && roles[index] == .body {
            let shape = shapes[index]
            guard shape.start == .quote, shape.end == .quote, (1...8).contains(shape.words), shape.lineCount == 1, !shape.echoed,
                !shape.repeated, roles[index + 1] == .body, shapes[index + 1].words >= 15,
                let beforeMark = blocks[index].text.unicodeScalars.dropLast().last, beforeMark.properties.isAlphabetic
            else { continue }
            roles[index] = .subheading
        }
    }

    /// Where the article sets two subheadings or more, a line of a few words without a stop, alone between two
    /// paragraphs that end with one, is one more ("El juez defiende la “imparcialidad” de la UCO" among La Vanguardia's
    /// four): a paragraph ends with its stop, and the page's other headings show how it sets its sections.
    static func headingsLikeTheSubheadings(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard roles.count >= 3, roles.lazy.filter({ $0 == .subheading }).count >= 2 else { return }
        let letters: Set<EdgeCharacter> = [.lowercase, .uppercase, .otherLetter]
        let stops: Set<EdgeCharacter> = [.fullStop, .quote, .question, .exclamation]
        // (A teaser too, unless a label says it is one: "Read also: …".)
        for index in 1..<(roles.count - 1) where roles[index] == .body || roles[index] == .teaser {
            let shape = shapes[index]
            if roles[index] == .teaser, shape.cues.contains(.relatedTeaser) || shape.cues.contains(.relatedLabel) { continue }
            guard letters.contains(shape.end), (2...9).contains(shape.words), shape.lineCount == 1, shape.start == .uppercase,
                !shape.cues.contains(.bullet), !shape.cues.contains(.sentence), roles[index - 1] == .body, roles[index + 1] == .body,
                stops.contains(shapes[index - 1].end), stops.contains(shapes[index + 1].end), shapes[index + 1].words >= 15,
                // "Según el auto, la secuencia de los mensajes" / "revela prisas …": a sentence broken by a blank line.
                shapes[index + 1].start != .lowercase
            else { continue }
            roles[index] = .subheading
        }
    }

    /// "1. Income tax thresholds frozen", "2. More money for the NHS": short numbered lines without a stop, each over a
    /// paragraph of the story and numbered in turn, are the sections of a list article — not a list of related links,
    /// whose titles follow one another with no text between them.
    static func numberedSectionHeadings(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body) else { return }
        var headings: [(index: Int, number: Int)] = []
        for index in roles.indices where index > firstBody && index + 1 < roles.count && roles[index] != .body {
            let bytes = blocks[index].text.utf8
            // (Under the story's text, or under the sentence that announces the list: "Here are three takeaways from the
            // game.")
            let underText =
                roles[index - 1] == .body
                || roles[index - 1] == .other && index - 1 > firstBody
                    && (shapes[index - 1].end == .fullStop || shapes[index - 1].end == .colon) && shapes[index - 1].words >= 4
            guard let first = bytes.first, (0x31...0x39).contains(first), roles[index + 1] == .body, underText,
                (2...12).contains(shapes[index].words), shapes[index].lineCount == 1, !shapes[index].end.endsSentence,
                let number = Self.sectionNumber(bytes)
            else { continue }
            headings.append((index, number))
        }
        // Two or more, numbered 1, 2, 3 … in the order they stand.
        guard headings.count >= 2, headings.first?.number == 1,
            zip(headings, headings.dropFirst()).allSatisfy({ $0.number + 1 == $1.number })
        else { return }
        for heading in headings {
            roles[heading.index] = .subheading
            if roles[heading.index - 1] == .other { roles[heading.index - 1] = .body }
        }
    }

    /// The number before "1. Title" or "2) Title" (one or two digits, a full stop or bracket, a space, a capital).
    private static func sectionNumber(_ bytes: String.UTF8View) -> Int? {
        var number = 0
        var index = bytes.startIndex
        var digits = 0
        while index < bytes.endIndex, (0x30...0x39).contains(bytes[index]), digits < 2 {
            number = number * 10 + Int(bytes[index] - 0x30)
            digits += 1
            index = bytes.index(after: index)
        }
        guard digits > 0, index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return nil }
        index = bytes.index(after: index)
        guard index < bytes.endIndex, bytes[index] == 0x20 else { return nil }
        index = bytes.index(after: index)
        guard index < bytes.endIndex, (0x41...0x5A).contains(bytes[index]) || bytes[index] >= 0xC0 else { return nil }
        return number
    }

    /// "What's next" over "The Chiefs travel to face the Buffalo Bills next Sunday. The Raiders host …": a short
    /// heading after the story's text, then sentences with no credit, no label and no credit beside them — a last
    /// section of the story, not a picture's caption (a caption that has no credit stands by one, or under its label).
    /// Nor is a heading-shaped line under it, over more of the story's text, its credit: that is the next section's
    /// heading ("Einsatzfahrzeug übersehen" / … / "Drei Verletzte in Klinik" / …).
    static func sectionUnderAHeadingIsNoCaption(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        let pictureCues: BlockShape.Cues = [
            .creditLine, .trailingCredit, .captionWithCredit, .imageCaption, .galleryCounter, .copyright, .url,
        ]
        for index in roles.indices where index >= 2 && roles[index] == .caption {
            let shape = shapes[index]
            let heading = shapes[index - 1]
            let isHeading = { (shape: BlockShape) in
                isHeadlineShaped(shape) && shape.words <= 6 && shape.start == .uppercase && shape.cues.isDisjoint(with: pictureCues)
            }
            // The next section's heading, taken for the "caption's" credit, over its own text.
            let next = index + 1
            let nextHeading = next + 1 < roles.count && roles[next] == .credit && roles[next + 1] == .body && isHeading(shapes[next])
            guard roles[index - 2] == .body, roles[index - 1] == .other || roles[index - 1] == .subheading,
                isHeadlineShaped(heading), heading.words <= 6, heading.start == .uppercase,
                shape.cues.isDisjoint(with: pictureCues), shape.sentences >= 2, shape.words >= 12,
                next == roles.count || (roles[next] != .credit || nextHeading) && shapes[next].cues.isDisjoint(with: pictureCues)
            else { continue }
            roles[index - 1] = .subheading
            roles[index] = .body
            if nextHeading { roles[next] = .subheading }
        }
    }
}

extension RoleRules {
    /// "Gunshot victim transported to the hospital, Springfield police s - Western Mass News - WGGB/WSHM" over "Gunshot
    /// victim transported to the hospital, Springfield police say": the page's title, cut short and followed by the
    /// site's name, over the story's headline — the line under it, which the title begins as, is the headline.
    static func pageTitleOverTheHeadline(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let title = roles.firstIndex(of: .headline) else { return }
        let text = blocks[title].text
        guard text.containsBytes(" - ") || text.containsBytes(" | ") else { return }
        for candidate in (title + 1)..<min(title + 3, roles.count) where roles[candidate] == .other && isHeadlineShaped(shapes[candidate]) {
            let headline = blocks[candidate].text
            let shared = zip(text.utf8, headline.utf8).prefix { $0 == $1 }.count
            guard shared >= 20, shared * 4 >= headline.utf8.count * 3, shared < text.utf8.count,
                text.utf8.dropFirst(shared).contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "|") })
            else { continue }
            roles[title] = .other
            roles[candidate] = .headline
            return
        }
    }

    /// "News / City News / Mumbai News / BMC to start work on …" over "BMC to start work on …" (Times of India): a
    /// page's breadcrumb trail may end with the story's title, which the headline under it repeats. The trail is
    /// navigation; the line it ends with is the headline.
    static func breadcrumbOverTheHeadline(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let trail = roles.firstIndex(of: .headline), trail + 1 < roles.count, shapes[trail + 1].words >= 3 else { return }
        let text = blocks[trail].text
        let title = blocks[trail + 1].text
        guard text.count > title.count + 3, text.hasSuffixOnBytes(title) else { return }
        guard let separator = text.dropLast(title.count).last(where: { $0 != " " }), ["/", ">", "»", "›", "|"].contains(separator) else {
            return
        }
        roles[trail] = .other
        roles[trail + 1] = .headline
    }
}
