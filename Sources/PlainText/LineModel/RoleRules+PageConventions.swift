import NewsModel

/// Conventions of web pages read after the model (session 15): the page's own copies of story text, captions set
/// without credit, and headings an explainer asks as questions. Each is checked on every corpus output for what
/// else it moves; `WebPageConventionTests` fails without each.
extension RoleRules {
    /// A pull quote or a "highlights" box repeats words of the story in a block of its own; the story has them in
    /// the paragraph they come from (longer, or the same words again further down), so the copy is not a
    /// paragraph again.
    /// So is a page's summary that runs the first paragraphs together, where the model read it as a caption without
    /// credit (`Echoes` marks the summary, not the paragraphs).
    static func echoesAreNotParagraphs(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where shapes[index].echoed {
            if roles[index] == .body || roles[index] == .caption && shapes[index].cues.isDisjoint(with: .picture) {
                roles[index] = .other
            }
        }
    }

    /// A caption set twice in a row (MailOnline gives its pictures' captions once as the picture's text and once under
    /// it: "Former Labour PM Tony Blair and Lady Thatcher in 2007. He said her 'global impact was vast'" twice) is one
    /// picture's caption — no paragraph or standfirst, and no second caption. A short title set twice (a live blog's
    /// entry) is not one: the copy must hold a sentence's stop.
    static func doubledCaptionIsOne(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices.dropFirst() where shapes[index].repeated && shapes[index].words >= 10 {
            let text = blocks[index].text
            guard text == blocks[index - 1].text, shapes[index].end.endsSentence || text.containsBytes(". "),
                roles[index] != .headline, roles[index - 1] != .headline
            else { continue }
            roles[index - 1] = .caption
            roles[index] = .other
        }
    }

    /// Story paragraphs end with a stop; a picture's caption on a web page often does not. A line of words that ends
    /// without one, standing between two paragraphs that do, is the caption of a picture set without credit.
    static func unpunctuatedLinesBetweenParagraphs(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard roles.count >= 3 else { return }
        let letters: Set<EdgeCharacter> = [.lowercase, .uppercase, .otherLetter]
        let stops: Set<EdgeCharacter> = [.fullStop, .quote, .question, .exclamation]
        for index in 1..<(roles.count - 1) where roles[index] == .body {
            let shape = shapes[index]
            guard letters.contains(shape.end), (10...60).contains(shape.words), shape.lineCount == 1, shape.start == .uppercase,
                !shape.cues.contains(.bullet), !shape.cues.contains(.quotation),
                roles[index - 1] == .body, roles[index + 1] == .body, stops.contains(shapes[index - 1].end),
                stops.contains(shapes[index + 1].end)
            else { continue }
            roles[index] = .caption
        }
    }

    /// A menu's numbered item ("5. SEARCH Icon") read as a caption over its credit: with no word before the "credit",
    /// there is no caption.
    static func numberedMenuItemIsNoCaption(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .caption && shapes[index].words <= 6 {
            if let split = PictureCredit.trailingCredit(in: blocks[index].text, splittingCaption: true), !split.caption.isEmpty,
                split.caption.allSatisfy({ $0.isNumber || $0 == "." || $0 == ")" })
            {
                roles[index] = .other
            }
        }
    }

    /// A caption set twice (The Hindu: once under its credit, again with "| Photo Credit: PTI"): the first copy, whose
    /// words the caption right under it holds and which the rules on the story's first paragraphs may have made one, is
    /// no paragraph.
    static func captionCopyIsNoParagraph(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices.dropLast() where roles[index] == .body && shapes[index].echoed && roles[index + 1] == .caption {
            roles[index] = .other
        }
    }

    /// A picture's caption set twice, line under line ("Robert McDowell / Credit: Yavapai County Sheriff's Office /
    /// Facebook" again: the page's caption and the picture's text alternative): one picture, one caption — the copy is
    /// no second picture nor the first one's credit.
    /// So is a caption set twice over its credit where the model took both copies for teasers ("Micarea stellaris, a
    /// newly described lichen species" twice, then "Courtesy of Annina Kantelinen").
    static func doubledCaptionIsOne(_ blocks: [Block], _ roles: inout [LineRole]) {
        for index in roles.indices.dropFirst().dropLast() where roles[index + 1] == .credit && blocks[index].text == blocks[index - 1].text
        {
            let copies: [LineRole] = [.teaser, .other, .caption]
            guard copies.contains(roles[index]), copies.contains(roles[index - 1]) else { continue }
            roles[index - 1] = .other
            roles[index] = .caption
        }
        for index in roles.indices.dropFirst() where roles[index] == .caption || roles[index] == .credit {
            guard roles[index - 1] == .caption || roles[index - 1] == .credit, sameWords(blocks[index].text, blocks[index - 1].text) else {
                continue
            }
            if roles[index] == .caption { roles[index - 1] = .caption }
            roles[index] = .other
        }
    }

    /// The same words, however many spaces stand between them ("… d'illustration  - Pascal Pavani - AFP" and its copy
    /// with one space: the image's alternative text and its caption).
    private static func sameWords(_ first: String, _ second: String) -> Bool {
        if first == second { return true }
        guard abs(first.utf8.count - second.utf8.count) <= 8 else { return false }
        return first.spaceSeparatedWords == second.spaceSeparatedWords
    }

    /// "Image copyright Reuters" / "Image caption Assange gestures …": where the caption under a credit is labelled
    /// as one, the sentence before the credit is story text, not a second caption of the same picture.
    static func labelledCaptionHasThePicture(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard roles.count >= 3 else { return }
        let captionCues: BlockShape.Cues = [.imageCaption, .captionWithCredit, .trailingCredit, .galleryCounter]
        for index in 1..<(roles.count - 2) where roles[index] == .caption && shapes[index].cues.isDisjoint(with: captionCues) {
            guard roles[index + 1] == .credit, shapes[index + 2].cues.contains(.imageCaption), shapes[index].cues.contains(.sentence),
                roles[index - 1] == .body || roles[index - 1] == .subheading
            else { continue }
            roles[index] = .body
        }
    }

    /// An explainer asks its sections' questions ("What did the prosecutors say?"): where two subheadings of the
    /// article are questions, a short question standing alone between paragraphs is one more, not a paragraph.
    static func questionsLikeTheSubheadings(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard roles.count >= 3,
            roles.indices.filter({ roles[$0] == .subheading && shapes[$0].end == .question }).count >= 2
        else { return }
        for index in 1..<(roles.count - 1) where roles[index] == .body {
            let shape = shapes[index]
            guard shape.end == .question, shape.start == .uppercase, (3...12).contains(shape.words), shape.lineCount == 1,
                !shape.cues.contains(.quotation), roles[index - 1] == .body, roles[index + 1] == .body
            else { continue }
            roles[index] = .subheading
        }
    }

    /// A web gallery sets each picture as its counter ("Image 2 of 5"), its caption and its credit, line under line:
    /// the line between a counter and a credit is the picture's caption. So is a line that opens with its counter
    /// ("1 of 2. A general view of the hospital …").
    static func gallerySlidesAreCaptions(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] != .caption && roles[index] != .headline {
            let shape = shapes[index]
            if shape.cues.contains(.galleryCounter), shape.words >= 4, roles[index] == .other || roles[index] == .body {
                roles[index] = .caption
                continue
            }
            guard index > 0, index + 1 < roles.count, (3...80).contains(shape.words), shape.blankLinesBefore == 0,
                roles[index] == .body || roles[index] == .other || roles[index] == .teaser
            else { continue }
            let counter = shapes[index - 1]
            let credit = shapes[index + 1]
            guard counter.cues.contains(.furnitureLabel), counter.digits > 0,
                roles[index + 1] == .credit || credit.cues.contains(.creditLine)
            else { continue }
            roles[index] = .caption
        }
    }

    /// A sentence of the story that ends with a colon ("The newly selected five are:") leads into the list under it
    /// (pictures between them aside): its items are story text, not furniture or links — unless a label says they
    /// are links ("Read more:").
    static func listsAfterTheirLeadIn(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        // (Only where the story has text: on a page the model found none on, a list would become all of it.)
        guard roles.contains(.body) else { return }
        let labels: BlockShape.Cues = [.relatedLabel, .furnitureLabel, .relatedTeaser, .colonLabel, .widget, .url]
        let leadInRoles: Set<LineRole> = [.body, .other, .credit, .teaser, .subheading]
        for index in roles.indices.dropLast() where leadInRoles.contains(roles[index]) {
            let leadIn = shapes[index]
            // (Four words are a label's length — "Related stories:", "Read more here:" — unless half of them are small
            // words of a sentence: "Your ban can last:".)
            guard leadIn.end == .colon, leadIn.words >= 4, leadIn.start == .uppercase, leadIn.capitalised < 10,
                leadIn.cues.isDisjoint(with: labels)
                    || leadIn.words == 4 && leadIn.shortLowercase >= 5 && leadIn.cues.isDisjoint(with: labels.subtracting(.colonLabel))
            else { continue }
            var item = index + 1
            // A picture or a gallery may stand between the lead-in and its list.
            while item < roles.count, item - index <= 16, roles[item] == .caption || roles[item] == .credit || roles[item] == .other,
                !shapes[item].cues.contains(.bullet)
            {
                item += 1
            }
            let first = item
            while item < roles.count, shapes[item].cues.contains(.bullet), shapes[item].cues.isDisjoint(with: labels),
                roles[item] == .other || roles[item] == .teaser
            {
                roles[item] = .body
                item += 1
            }
            // What leads into the story's own list is story text too (a credit does not end with a colon).
            if item > first, roles[index] != .subheading { roles[index] = .body }
        }
    }

    /// "Chief Minister Julie Thomas announced as follows:" over lines without bullets ("Martin Henry – Health & Social
    /// Care", one a line, no stop): a sentence of the story leading into its list, which the model read as a caption over
    /// credits and links. Where the model took the sentence for story text or a caption (never for a link), two or more
    /// short lines under it, none a sentence, link or label, are the list's items — story text — up to the first
    /// sentence.
    static func unbulletedListAfterItsLeadIn(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard roles.contains(.body) else { return }
        let notItems: BlockShape.Cues = [.relatedLabel, .furnitureLabel, .relatedTeaser, .colonLabel, .widget, .url, .bullet, .sentence]
        for index in roles.indices.dropLast() where roles[index] == .body || roles[index] == .caption {
            let leadIn = shapes[index]
            guard leadIn.end == .colon, leadIn.words >= 8, leadIn.cues.contains(.sentence), leadIn.capitalised < 6 else { continue }
            var item = index + 1
            while item < roles.count, [.other, .teaser, .credit, .caption].contains(roles[item]), (2...14).contains(shapes[item].words),
                !shapes[item].end.endsSentence, shapes[item].end != .colon, shapes[item].cues.isDisjoint(with: notItems)
            {
                item += 1
            }
            guard item - index >= 3 else { continue }
            for line in index..<item { roles[line] = .body }
        }
    }

    /// Fox News and Fox Business set their inline links in capitals between paragraphs — a related story's headline
    /// ("DEPUTIES SHOT IN AMBUSH OUTSIDE FLORIDA GAS STATION, SHERIFF SAYS") or the site's own promotion ("CLICK HERE
    /// TO GET THE FOX NEWS APP"). A heading in capitals is a few words ("UP NEXT", "KAZAKHSTAN WINS AGAIN"): a line
    /// of seven words or more in capitals, without a full stop, is a link — a teaser, or furniture when it promotes.
    static func capitalLinksAreTeasers(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where [.subheading, .body, .teaser].contains(roles[index]) {
            let shape = shapes[index]
            guard shape.allCaps, shape.words >= 7, !shape.end.endsSentence, shape.characters < 200 else { continue }
            roles[index] = blocks[index].text.containsBytes("CLICK") ? .other : .teaser
        }
    }

    /// NBC's and Telemundo's station pages set a video as its title, its caption and "(Published Monday, Nov. 18,
    /// 2019)" — on the caption's last line or on a line of its own. A video is no picture: its title is no heading
    /// and its caption no paragraph.
    /// So does a player that sets the video's title over its length and source ("01:12 - Source: CNN"), under its own label
    /// ("Video Ad Feedback"): the title is no teaser or heading, the length no caption.
    static func videoBlocksAreNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices.dropFirst() where shapes[index].words <= 8 && isVideoLength(blocks[index].text) {
            roles[index] = .other
            let title = index - 1
            if shapes[title].words <= 15, !shapes[title].end.endsSentence, roles[title] != .headline { roles[title] = .other }
        }
        for index in roles.indices where shapes[index].words <= 90 && isPublishedNote(blocks[index].text) {
            let alone = shapes[index].words <= 8
            let caption = alone ? index - 1 : index
            guard caption > 0, shapes[caption].words <= 90, [.body, .other, .caption, .subheading].contains(roles[caption]) else {
                continue
            }
            roles[index] = .other
            roles[caption] = .other
            let title = caption - 1
            if title > 0, shapes[title].words <= 15, !shapes[title].end.endsSentence, [.body, .subheading, .other].contains(roles[title]),
                roles[title] != .headline
            {
                roles[title] = .other
            }
        }
    }

    /// "01:12 - Source: CNN": a video's length, a dash and its source.
    static func isVideoLength(_ text: String) -> Bool {
        let words = text.spaceSeparatedWords
        guard words.count >= 3, words[1] == "-" || words[1] == "–", words[2] == "Source:" else { return false }
        let parts = words[0].split(separator: ":")
        return (2...3).contains(parts.count)
            && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// Whether the text ends with "(Published <date>)", the time stamp of a station's video. (Every block is asked: the
    /// closing bracket is looked for on the bytes before anything is copied.)
    static func isPublishedNote(_ text: String) -> Bool {
        guard text.utf8.last(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }) == UInt8(ascii: ")") else { return false }
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasSuffixOnBytes(")"), let open = trimmed.lastIndex(of: "(") else { return false }
        let note = trimmed[trimmed.index(after: open)...].dropLast()
        return note.hasPrefixOnBytes("Published ") && !note.contains(")") && note.contains(where: \.isNumber)
    }

    /// A box's title over its counter or button — a gallery's ("UK news in pictures" / "Show all 50", The Independent)
    /// or a newsletter's ("Get the biggest daily stories by email" / "Subscribe", the Mirror): the label of something
    /// the page embeds, no heading of the story.
    static func boxTitleIsNoHeading(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices.dropLast() where roles[index] == .subheading {
            let counter = shapes[index + 1]
            if counter.blankLinesBefore == 0, counter.cues.contains(.furnitureLabel) && counter.digits > 0 || counter.cues.contains(.widget)
            {
                roles[index] = .other
            }
        }
    }
}
