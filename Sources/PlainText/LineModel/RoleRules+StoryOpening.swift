import NewsModel

/// The rules on how the story opens: its dateline, a deck, a lead set with a dash, summary bullets and boxes above it.
extension RoleRules {
    /// "- Auch wenn es eine heiße Spur … nicht gibt: … Deshalb war er …" right above the story's first paragraph: a page
    /// that marks each paragraph with a dash, its lead of two sentences or more taken by the model, for its dash, as a line
    /// of the head. It is the story's first paragraph (and `ArticleAssembly` reads it as one, no list of one).
    static func dashedLeadOpensTheStory(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let first = roles.firstIndex(of: .body), first >= 1, case let lead = first - 1, roles[lead] == .other,
            roles[..<lead].contains(.headline), lead == 0 || !shapes[lead - 1].cues.contains(.bullet) || roles[lead - 1] != .other
        else { return }
        let shape = shapes[lead]
        guard shape.cues.contains(.bullet), shape.cues.contains(.sentence), shape.words >= 30, shape.sentences >= 2,
            shape.end.endsSentence, !shapes[first].cues.contains(.bullet)
        else { return }
        roles[lead] = .body
    }

    /// Bulleted sentences right above the story's first paragraph, with no label over them ("• By Friday evening, strong
    /// winds had already downed trees in …" / "• At least four million people are directly in …", Arab News): the page's
    /// summary of the story, which restates it — no related links, which are titles, and no part of the text.
    static func summaryBulletsAboveTheStory(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let first = roles.firstIndex(of: .body), first >= 2 else { return }
        var start = first
        while start > 0, [.other, .teaser].contains(roles[start - 1]), case let shape = shapes[start - 1], shape.cues.contains(.bullet),
            shape.cues.contains(.sentence), shape.words >= 15
        {
            start -= 1
        }
        guard first - start >= 2 else { return }
        for index in start..<first { roles[index] = .other }
    }

    /// A summary box's label ("Key Points" on CNBC, "Key takeaways", "Das Wichtigste in Kürze") and its lines, set
    /// under it without a blank line between (or as a list): they restate the story and are kept out of it, full
    /// sentences though they are — and a "What's next?" part right after the box, its line under it.
    static func summaryBoxIsNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for label in shapes.indices where shapes[label].cues.contains(.relatedLabel) && shapes[label].words <= 5 {
            let phrase = blocks[label].text.lowercasedOnBytes().trimmingWhitespace().stripping(":")
            guard NavigationLabel.summaryPhrases.contains(phrase) else { continue }
            // The label names no author ("Key Points" under CNBC's byline had been read as one).
            if roles[label] == .byline { roles[label] = .other }
            var index = label + 1
            while index < shapes.count, index <= label + 8, shapes[index].words <= 40,
                shapes[index].blankLinesBefore == 0 || shapes[index].cues.contains(.bullet),
                roles[index] != .headline
            {
                roles[index] = .other
                index += 1
            }
            // ABC News (Australia) goes on with "What's next?" and a line under it: the box's last part.
            if index + 1 < shapes.count, shapes[index].words <= 4, shapes[index].end == .question,
                Self.opens(blocks[index].text, withOneOf: Self.nextStepLabels), shapes[index + 1].blankLinesBefore == 0
            {
                roles[index] = .other
                index += 1
                while index < shapes.count, index <= label + 12, shapes[index].words <= 40, shapes[index].blankLinesBefore == 0 {
                    roles[index] = .other
                    index += 1
                }
            }
            // Inside the story the box closes at its blank line, and the story goes on: "Rail Projects Victoria chief
            // executive … said testing had gone better than expected." under The Age's "Key points" (the model had left
            // everything after the label out).
            guard roles[..<label].contains(.body) else { continue }
            while index < shapes.count, roles[index] == .other, shapes[index].blankLinesBefore >= 1, shapes[index].words >= 10,
                shapes[index].start == .uppercase, shapes[index].end.endsSentence, shapes[index].cues.contains(.sentence),
                shapes[index].cues.isDisjoint(with: notLeadCues.union([.relatedLabel, .relatedTeaser, .sourceLine, .signOff])),
                !isPromotion(blocks[index].text), !isFundingNotice(blocks[index].text)
            {
                roles[index] = .body
                index += 1
            }
        }
    }

    static let nextStepLabels = ["what's next", "what’s next", "what happens next"].map { Array($0.utf8) }

    /// A story-opening dateline ("LONDON (Reuters) -", "CITY, date /PRNewswire/ --", "(CNN) —") starts the text; the
    /// prose between the headline and it is the standfirst ("Ministr financí … označil návrh za odpovědný. Opozice ho
    /// kritizuje." over "Praha - Vláda …"), not the story's first paragraph.
    static func openingDatelineStartsTheText(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard
            let opening = shapes.indices.first(where: {
                shapes[$0].cues.contains(.sentence)
                    && (shapes[$0].cues.contains(.dateline) || LineRules.agencyDateline.matches(in: blocks[$0].text)
                        || BracketDateline.match(blocks[$0].text) != nil || AgencyDatelineLine.inlineMatch(blocks[$0].text) != nil)
            })
        else { return }
        // (Nor is it a caption right under the headline or the byline, which opens with the picture, not with where the
        // story was filed — unless it carries a credit: "LONDON, ENGLAND - JUNE 12: … (Photo by …)".)
        let pictureCues: BlockShape.Cues = [.captionWithCredit, .trailingCredit, .creditLine, .imageCaption, .copyright]
        // (Nor a headline: "DUBUQUE, Iowa (KCRG) - Firefighters responded to a house fire …" opening a page that has no
        // title line is its lead; no headline opens with where the story was filed and ends with a stop. Where a title
        // line stands above it, `headlineIsNotASentence` makes that the headline.)
        if roles[opening] == .headline, shapes[opening].end == .fullStop, shapes[opening].words >= 8,
            !(0..<opening).contains(where: { isHeadlineShaped(shapes[$0]) })
        {
            roles[opening] = .body
            return
        }
        if !roles[..<opening].contains(.body),
            roles[opening] == .other
                || roles[opening] == .caption && opening >= 1 && shapes[opening].cues.isDisjoint(with: pictureCues)
                    && (roles[opening - 1] == .headline || roles[opening - 1] == .byline && !opensWithALabel(blocks[opening].text))
        {
            roles[opening] = .body
        }
        // (Set apart by a blank line, or as every line of the page is: "Nach dem Bruch der Regierungskoalition …" /
        // "Berlin (dpa) - …" line under line.)
        if opening >= 2, roles[opening] == .body, roles[opening - 2] == .headline, roles[opening - 1] == .body,
            shapes[opening - 1].cues.isDisjoint(with: [.dateline, .agencyWord]),
            shapes[opening].blankLinesBefore >= 1 || shapes[(opening - 2)...].allSatisfy({ $0.blankLinesBefore == 0 })
        {
            roles[opening - 1] = .other
        }
    }

    /// "Gera (ots)" alone over the first paragraph is the story's dateline (`AgencyDatelineLine`), neither a byline nor a
    /// caption, and the paragraph under it is the story's first.
    static func agencyDatelineLineOpensTheText(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        let end = min(roles.firstIndex(of: .body) ?? roles.count, roles.count - 1)
        guard end > 0 else { return }
        for index in 0..<end where blocks[index].text.utf8.last == UInt8(ascii: ")") {
            let next = shapes[index + 1]
            guard next.cues.contains(.sentence), next.words >= 12, next.start == .uppercase,
                AgencyDatelineLine.parts(of: blocks[index].text) != nil
            else { continue }
            roles[index] = .other
            if roles[index + 1] == .other || roles[index + 1] == .caption { roles[index + 1] = .body }
            return
        }
    }

    /// "Der Kanzler klagt: Innerhalb eines Jahres arbeite er mit dem dritten Vizekanzler" between the head's date lines
    /// and the story's first paragraph: a deck of eight words or more before any story text is the standfirst, not a
    /// subheading — a subheading heads a section of the story.
    static func deckBeforeTheStoryIsNoSubheading(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body) else { return }
        for index in 0..<firstBody where roles[index] == .subheading && shapes[index].words >= 8 {
            roles[index] = .other
        }
    }

    /// "ASSOCIATED PRESS Education Secretary Betsy DeVos \"took immediate action\" …" between the headline and the story:
    /// a picture's caption with its credit set first in capitals (`PictureCredit.leadingCapitalsCredit`), not a standfirst.
    static func creditFirstCaptionOverTheStory(_ blocks: [Block], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline) else { return }
        let end = roles.firstIndex(of: .body) ?? roles.count
        for index in (headline + 1)..<max(end, headline + 1) where roles[index] == .other {
            if let first = blocks[index].text.utf8.first, first >= 0x41, first <= 0x5A,
                PictureCredit.leadingCapitalsCredit(in: blocks[index].text) != nil
            {
                roles[index] = .caption
            }
        }
    }

    /// The dpa notebook ("# Notebook", "Notizblock") and everything after it is for the desk, not story text.
    static func notebookIsNeverStory(_ blocks: [Block], _ roles: inout [LineRole]) {
        guard let start = blocks.firstIndex(where: { LineRules.notebookStart.matches(in: $0.text) }) else { return }
        for index in start..<roles.count { roles[index] = .other }
    }
}
