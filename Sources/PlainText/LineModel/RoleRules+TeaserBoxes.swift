import NewsModel

extension RoleRules {
    /// A line wholly in quotation marks inside the story, with a sentence's stop in it ("“Zebra! Um … lamb! Pigs!”",
    /// a child's answers quoted between paragraphs): speech, no related link's title — a link's title is not quoted
    /// whole.
    static func quotedSpeechIsNoTeaser(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body) else { return }
        for index in (firstBody + 1)..<roles.count where roles[index] == .teaser {
            let shape = shapes[index]
            guard shape.start == .quote, shape.end == .quote, shape.words <= 40,
                shape.cues.isDisjoint(with: [.relatedTeaser, .relatedLabel, .bullet, .url])
            else { continue }
            let inner = blocks[index].text.trimmingWhitespace().dropFirst().dropLast()
            if inner.contains(where: { $0 == "!" || $0 == "?" || $0 == "." || $0 == "…" }) { roles[index] = .body }
        }
    }

    /// A page that sets its related links one by one between the story's paragraphs, each a bulleted title alone
    /// ("* Man Shot at Dallas Gas Station Dies at Hospital"): a bulleted title the model took for a paragraph among
    /// them ("* Fitzgerald Equates Firing to Professional 'Death Sentence'", whose quotation marks read as speech) is
    /// one more link. A list of the story's own is several bullets together, or ends its items with a stop.
    static func bulletedTitleLikeTheTeasers(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard roles.count >= 3 else { return }
        func isLoneBulletedTitle(_ index: Int) -> Bool {
            let shape = shapes[index]
            return shape.cues.contains(.bullet) && !shape.end.endsSentence && shape.words >= 3 && shape.words <= 16
                && (index == 0 || !shapes[index - 1].cues.contains(.bullet))
                && (index + 1 == shapes.count || !shapes[index + 1].cues.contains(.bullet))
        }
        let teasers = roles.indices.filter { roles[$0] == .teaser && isLoneBulletedTitle($0) }
        guard teasers.count >= 2 else { return }
        for index in 1..<(roles.count - 1)
        where roles[index] == .body && roles[index - 1] == .body && roles[index + 1] == .body && isLoneBulletedTitle(index) {
            roles[index] = .teaser
        }
    }

    /// A teaser box set between a story's sections: a kicker ("Rüstungsindustrie"), the linked story's title and its
    /// summary, which ends with the link ("… gemobbt. | mehr", "… in the Gulf » More"). The summary is furniture; the
    /// line right above it is the related story's title, and a short line above that the box's kicker — neither is a
    /// subheading of this story, though both are short lines between paragraphs.
    static func teaserBoxesAreNoHeadings(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body) else { return }
        for summary in roles.indices where summary > firstBody + 1 && endsWithMoreLink(blocks[summary].text) {
            let title = summary - 1
            guard isBoxLine(shapes[title], roles[title], longest: 16) else { continue }
            roles[summary] = .other
            roles[title] = .teaser
            let kicker = title - 1
            if kicker > firstBody, isBoxLine(shapes[kicker], roles[kicker], longest: 5) { roles[kicker] = .other }
        }
    }

    /// A title or kicker of a box: a short line without a stop that the model did not take for a paragraph of several
    /// sentences.
    private static func isBoxLine(_ shape: BlockShape, _ role: LineRole, longest: Int) -> Bool {
        [.subheading, .teaser, .other, .body, .caption].contains(role) && shape.words >= 1 && shape.words <= longest
            && shape.end != .fullStop && shape.end != .colon && shape.end != .comma && shape.sentences <= 1
            && !shape.cues.contains(.relatedLabel) && !shape.cues.contains(.bullet)
    }

    /// Words of a "more" link in the corpus's languages, as they close a teaser's summary after a bar or a guillemet.
    private static let moreLinkWords: Set<String> = [
        "mehr", "weiter", "weiterlesen", "more", "read more", "continue reading", "plus", "lire la suite", "la suite", "más",
        "leer más", "seguir leyendo", "continua", "leggi", "více", "далее", "подробнее",
    ]

    /// "… gemobbt. | mehr", "… Gulf » More", "… Golfe › Lire la suite": a summary that ends with its link.
    static func endsWithMoreLink(_ text: String) -> Bool {
        // On the last bytes, where the link stands ("|", "»" C2 BB, "›" E2 80 BA); most blocks have no separator there.
        guard text.utf8.count >= 20 else { return false }
        let tail = Array(text.utf8.suffix(24))
        var separator: (start: Int, end: Int)?
        for index in tail.indices.reversed() {
            if tail[index] == 0x7C {
                separator = (index, index + 1)
            } else if tail[index] == 0xBB, index >= 1, tail[index - 1] == 0xC2 {
                separator = (index - 1, index + 1)
            } else if tail[index] == 0xBA, index >= 2, tail[index - 1] == 0x80, tail[index - 2] == 0xE2 {
                separator = (index - 2, index + 1)
            }
            if separator != nil { break }
        }
        guard let separator else { return false }
        let padding: Set<Character> = [" ", "\t", "…", ">"]
        let written = String(decoding: tail[separator.end...], as: UTF8.self)
        let link = String(written.drop { padding.contains($0) }.reversed().drop { padding.contains($0) }.reversed()).lowercasedOnBytes()
        guard !link.isEmpty, moreLinkWords.contains(link) else { return false }
        // Story text before the link: the summary, not a menu of links ("Home | News | More").
        let summary = String(decoding: text.utf8.dropLast(tail.count - separator.start), as: UTF8.self)
        return !summary.contains { $0 == "|" || $0 == "»" || $0 == "›" } && summary.split(separator: " ").count >= 4
    }
}

extension RoleRules {
    /// "Politics" / "House GOP unveils stopgap plan as shutdown deadline nears" (NPR's related stories): in a list of
    /// related links, a word or two set right over a link's title, no blank line between, is the section the story is
    /// filed under, not a link of its own.
    static func sectionNamesInRelatedLists(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices.dropLast() where roles[index] == .teaser && roles[index + 1] == .teaser {
            let section = shapes[index]
            let title = shapes[index + 1]
            guard section.words <= 2, section.lineCount == 1, section.start == .uppercase, !section.end.endsSentence,
                section.end != .colon, title.blankLinesBefore == 0, title.words >= 4
            else { continue }
            roles[index] = .other
        }
        // "Čtěte také" / "Ceny nájmů v Praze znovu rostou" / "mpa" (iROZHLAS, Novinky): a word in small letters, set apart
        // under the box, is the author's initials signing the story; no story is titled so.
        for index in roles.indices where roles[index] == .teaser {
            let shape = shapes[index]
            if shape.words == 1, shape.start == .lowercase, shape.characters <= 5, shape.blankLinesBefore > 0 { roles[index] = .other }
        }
        // "* How New York became the epicentre …" / "8 April 2020" (the BBC's "More on this story"): the date under a
        // related story's title is when it ran, not a link.
        for index in roles.indices.dropFirst() where roles[index] == .teaser && shapes[index].cues.contains(.dateOnly) {
            if roles[index - 1] == .teaser || roles[index - 1] == .other { roles[index] = .other }
        }
    }

    /// "España" / "Vídeo | Sigue en directo …" / "España" / "La Policía tira abajo la puerta …." (El Confidencial): a
    /// related list that sets its section's name over each title. Once the same short label has stood over two titles
    /// or more, a line under it after the story is a title too — though it ends on a full stop, as a story's sentence
    /// would.
    static func titlesUnderRepeatedSectionLabels(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstTeaser = roles.firstIndex(of: .teaser), firstTeaser > 0 else { return }
        var labelled: [String: Int] = [:]
        for index in firstTeaser..<roles.count where roles[index] == .teaser && index > 0 && roles[index - 1] == .other {
            let label = shapes[index - 1]
            guard label.words <= 2, label.lineCount == 1, !label.end.endsSentence, label.end != .colon else { continue }
            labelled[blocks[index - 1].text, default: 0] += 1
        }
        guard labelled.values.contains(where: { $0 >= 2 }) else { return }
        for index in (firstTeaser + 1)..<roles.count where roles[index] == .body && roles[index - 1] == .other {
            let shape = shapes[index]
            guard (labelled[blocks[index - 1].text] ?? 0) >= 2, shape.lineCount == 1, shape.words <= 30, shape.sentences <= 1,
                !roles[(index + 1)...].contains(.body)
            else { continue }
            roles[index] = .teaser
        }
    }

    /// "Source: CDC, Chicago Department of Public Health" under a factbox, "SOURCE: Australian Financial Security
    /// Authority" closing a media release: a source line names where the text or its figures come from; no related story
    /// is titled so. After the story's last paragraph it is the story's trailer (a release's source).
    static func sourceLinesAreNoLinks(_ blocks: [Block], _ roles: inout [LineRole]) {
        let lastBody = roles.lastIndex(of: .body) ?? roles.count
        for index in roles.indices where roles[index] == .teaser && opensWithSourceLabel(blocks[index].text) {
            roles[index] = index > lastBody ? .trailer : .other
        }
    }

    /// "AP NFL: https://apnews.com/hub/NFL", "More AP coverage: https://…": a label and an address is a link to the
    /// site's pages — no picture's credit names an address.
    static func addressesAreNoCredits(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .credit && shapes[index].words <= 12 {
            let text = blocks[index].text
            if text.containsBytes("://") || text.containsBytes("www.") { roles[index] = .other }
        }
    }

    /// "Corrections and clarifications | Submit a news tip |" (CBC): a line that ends on a menu's separator is the
    /// page's menu, no teaser's title nor story text — as is one whose items run together about their bars.
    static func menusAreNoTeasers(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where (roles[index] == .teaser || roles[index] == .body) && shapes[index].words <= 20 {
            let text = blocks[index].text.utf8
            if text.last == UInt8(ascii: "|"), text.dropLast().contains(UInt8(ascii: "|")) { roles[index] = .other }
            // "CBC's Journalistic Standards and Practices|About CBC News": a menu's items, their separator between
            // two words with no space about it, as a page's list of links copies out.
            // (On the bytes, three at a time: no copy of the line.)
            if zip(text, zip(text.dropFirst(), text.dropFirst(2))).contains(where: {
                $0 != 0x20 && $1.0 == UInt8(ascii: "|") && $1.1 != 0x20
            }) {
                roles[index] = .other
            }
        }
    }
}

extension RoleRules {
    /// A page with no headline over its story: the story's prose first, then a related-links box ("Articoli Correlati")
    /// whose titles and excerpts run to the page's end. The model, looking for a headline, takes one of the box's titles
    /// for it and leaves the prose above as matter before the text. Prose of sentences above the box that outweighs all
    /// the text under it is the story; the "headline" under the box is one more link's title.
    static func storyAboveItsRelatedBox(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let label = shapes.firstIndex(where: { $0.cues.contains(.relatedLabel) && $0.words <= 5 }),
            !roles[..<label].contains(.body), !roles[..<label].contains(.headline)
        else { return }
        let notText: BlockShape.Cues = [.url, .email, .copyright, .widget, .dateOnly, .furnitureLabel, .relatedLabel, .relatedTeaser]
        let prose = (0..<label).filter { index in
            let shape = shapes[index]
            return roles[index] == .other && shape.words >= 25 && shape.sentences >= 2 && shape.end.endsSentence
                && shape.cues.isDisjoint(with: notText)
        }
        guard !prose.isEmpty else { return }
        let wordsAbove = prose.reduce(0) { $0 + shapes[$1].words }
        let wordsUnder = ((label + 1)..<roles.count).filter { roles[$0] == .body }.reduce(0) { $0 + shapes[$1].words }
        guard wordsAbove > wordsUnder else { return }
        for index in prose { roles[index] = .body }
        for index in (label + 1)..<roles.count where roles[index] == .headline { roles[index] = .teaser }
    }

    /// A link's title over its excerpt, set right under it and cut short: the title may end on a stop ("Catania.
    /// Nascondevano droga … Investigativo.") and is still no sentence of the story.
    static func isTitleOverAnExcerpt(_ index: Int, _ blocks: [Block], _ shapes: [BlockShape]) -> Bool {
        index + 1 < blocks.count && shapes[index].words <= 30 && shapes[index + 1].blankLinesBefore == 0
            && isCutShortExcerpt(blocks[index + 1].text)
    }

    /// "… della... -": an excerpt cut short (`isCutShort`), as a related box sets it under a link's title, a separator
    /// perhaps after it.
    static func isCutShortExcerpt(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "-") { bytes = bytes.dropLast() }
        return bytes.count >= 20 && isCutShort(String(Substring(bytes)))
    }
}
