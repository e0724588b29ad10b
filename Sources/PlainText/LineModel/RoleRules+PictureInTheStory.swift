import NewsModel

/// A picture set inside the story, as a page's text keeps it: its caption, the image's file name, its credit on a line
/// of its own ("La façade de l'immeuble touché par les flammes" / "a09e0276-5625-11e9-a558-b829bb243c05_1" /
/// "LP/Mehdi Gherdane"), and the story going on under it.
extension RoleRules {
    /// A picture inside the story: a short line right under a paragraph, then the image's file name or a credit alone on
    /// its line, then the story again — the short line is the caption, the credit the picture's, and a long sentence
    /// under them the story's next paragraph (the model, seeing short lines after the text, may take what follows for
    /// the page's foot, and the caption for a teaser).
    static func storyGoesOnUnderAPicture(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        let notText: BlockShape.Cues = [.url, .email, .copyright, .widget, .furnitureLabel, .relatedLabel, .relatedTeaser]
        let pictureLines: [LineRole] = [.other, .teaser, .caption, .credit]
        for index in roles.indices.dropFirst(2).dropLast() where pictureLines.contains(roles[index]) && shapes[index].words <= 6 {
            let credit = isSlashCredit(blocks[index].text)
            guard credit || isImageFileName(blocks[index].text) else { continue }
            var caption = index - 1
            if credit, isImageFileName(blocks[caption].text) { caption -= 1 }
            guard caption >= 1, roles[caption - 1] == .body, pictureLines.contains(roles[caption]), isHeadlineShaped(shapes[caption]),
                shapes[caption].words <= 12
            else { continue }
            let next = index + 1
            let shape = shapes[next]
            if roles[next] == .other, shape.cues.contains(.sentence), shape.words >= 20, shape.start == .uppercase,
                shape.cues.isDisjoint(with: notText)
            {
                roles[next] = .body
            }
            guard roles[next] == .body else { continue }
            if credit {
                roles[caption] = .caption
                roles[index] = .credit
            } else if roles[caption] == .teaser {
                roles[caption] = .caption
            }
        }
    }

    /// "LP/Mehdi Gherdane", "AFP/Ludovic Marin", "REUTERS/Yves Herman": an agency's letters, a slash and the
    /// photographer's name, alone on a line.
    static func isSlashCredit(_ text: String) -> Bool {
        let words = text.trimmingWhitespace().spaceSeparatedWords
        guard (1...5).contains(words.count), let first = words.first, let slash = first.firstIndex(of: "/") else { return false }
        let agency = first[..<slash]
        let name = [first[first.index(after: slash)...]] + words.dropFirst()
        return (2...12).contains(agency.count) && agency.allSatisfy { $0.isUppercase || $0 == "." || $0 == "-" }
            && name.allSatisfy { $0.first?.isUppercase == true && $0.count >= 2 && !$0.contains("/") }
    }

    /// "a09e0276-5625-11e9-a558-b829bb243c05_1", "IMG_20190402_0345.jpg": the name a picture's file has, set where the
    /// page's text lost the picture — one word of letters, digits, dashes and underscores with digits in it.
    static func isImageFileName(_ text: String) -> Bool {
        let word = text.trimmingWhitespace()
        guard (12...80).contains(word.utf8.count), !word.utf8.contains(0x20) else { return false }
        var digits = 0
        for byte in word.utf8 {
            switch byte {
            case 0x30...0x39: digits += 1
            case 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."): continue
            default: return false
            }
        }
        return digits * 4 >= word.utf8.count && (word.utf8.contains(UInt8(ascii: "-")) || word.utf8.contains(UInt8(ascii: "_")))
    }

    /// "Image:" / "Villu Soon, Natural History Museum, University of Tartu": a picture's label alone on its line, then a
    /// short line of names — the picture's credit, where the page shows no caption (not a related link, nor a byline).
    static func creditUnderItsLabel(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices.dropLast() where shapes[index].words == 1 && roles[index] != .body {
            let label = blocks[index].text.trimmingWhitespace().lowercasedOnBytes()
            guard pictureLabels.contains(label), [.teaser, .other, .caption, .byline].contains(roles[index + 1]) else { continue }
            let credit = shapes[index + 1]
            guard (2...12).contains(credit.words), !credit.end.endsSentence, credit.start == .uppercase,
                credit.capitalised >= 5
            else { continue }
            roles[index] = .other
            roles[index + 1] = .credit
        }
    }
    private static let pictureLabels: Set<String> = ["image:", "photo:", "photograph:", "picture:", "foto:", "bild:", "credit:"]

    /// "A gunshot victim in Springfield was transported to the hospital late Friday night, police say": a sentence that
    /// ends on who said it, its full stop left off as broadcasters' pages do, is the story's, not a picture's caption —
    /// a caption shows, it does not attribute. Only without any picture cue.
    static func attributedSentenceIsNoCaption(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .caption && shapes[index].words >= 8 {
            guard shapes[index].cues.isDisjoint(with: BlockShape.Cues.picture), index + 1 < roles.count, roles[index + 1] == .body,
                let last = blocks[index].text.spaceSeparatedWords.last, speechVerbs.contains(String(last))
            else { continue }
            roles[index] = .body
        }
        // "Colonel Christopher Paris said there were many details …" over a photographer's line standing alone between
        // paragraphs ("Harrison Jones / York Daily Record / USA Today Network via Imagn"): a sentence reporting what
        // someone said is the story's; the credit is the picture's, which has no caption here.
        for index in roles.indices.dropFirst() where roles[index] == .caption && shapes[index].words >= 10 {
            guard index + 2 < roles.count, roles[index + 1] == .credit, roles[index + 2] == .body,
                roles[index - 1] == .body || roles[index - 1] == .other,
                shapes[index].cues.isDisjoint(with: BlockShape.Cues.picture), shapes[index].end == .fullStop,
                speechProbe.matches(blocks[index].text)
            else { continue }
            roles[index] = .body
        }
    }
    private static let speechVerbs: Set<String> = ["say", "says", "said"]
    /// A verb of reported speech inside an English sentence.
    private static let speechProbe = ProbeSet(anywhereIn: [" said ", " says ", " told "])

    /// A quoted paragraph the story closes with the agency it came from ('She added, "… the matter". (ANI)'), taken for
    /// a caption with the credit "ANI": the story's — a caption shows a picture and quotes no one at such length.
    static func quotedParagraphWithItsAgencyIsNoCaption(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices.dropFirst() where roles[index] == .caption && roles[index - 1] == .body {
            let shape = shapes[index]
            guard shape.words >= 20, shape.cues.contains(.quotation), shape.cues.contains(.sentence),
                shape.cues.isDisjoint(with: [.captionWithCredit, .creditLine, .imageCaption, .galleryCounter, .copyright]),
                reportingVerbs.matches(blocks[index].text)
            else { continue }
            roles[index] = .body
            if index + 1 < roles.count, roles[index + 1] == .credit { roles[index + 1] = .other }
        }
    }

    /// The verbs that report speech, `QuoteFinder`'s (a slogan quoted in a caption has none).
    private static let reportingVerbs = ProbeSet(anywhereIn: QuoteFinder.speechVerbList.map { " " + $0 }, ignoringCase: true)

    /// A paragraph between paragraphs that the model took for a caption, with no credit in it or under it — a sentence
    /// of twenty words or more ("U.S. Attorney James Kennedy Jr. said in the release this case demonstrates …" over an
    /// "ADVERTISEMENT" label and the next paragraph): the story's, as no picture stands there to be captioned.
    static func paragraphWithoutPictureIsNoCaption(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard roles.count >= 3 else { return }
        let pictureCues = BlockShape.Cues.picture.union(.copyright)
        for index in 1..<(roles.count - 1) where roles[index] == .caption && roles[index - 1] == .body {
            let shape = shapes[index]
            guard shape.words >= 20, shape.cues.contains(.sentence), shape.end.endsSentence || shape.end == .quote,
                shape.cues.isDisjoint(with: pictureCues)
            else { continue }
            // Past a short label in between (an advertisement's slot), the story goes on.
            var next = index + 1
            while next < roles.count - 1, roles[next] == .other, shapes[next].words <= 2 { next += 1 }
            // A section's heading in capitalised words under it, the model's "credit" or "byline" ("Mehrere Verletzte"
            // between the paragraphs of an Austrian page, no author's word, label or credit in it), heads the text
            // that goes on below.
            if next < roles.count - 1, roles[next] == .byline, case let heading = shapes[next], heading.words <= 6,
                heading.cues.isDisjoint(with: pictureCues.union([.byline, .bylineWord, .agencyWord])), !heading.end.endsSentence,
                roles[next + 1] == .body, shapes[next + 1].words >= 15
            {
                roles[next] = .subheading
                next += 1
            }
            guard roles[next] == .body, shapes[next].cues.isDisjoint(with: pictureCues) else { continue }
            roles[index] = .body
        }
    }

    /// "Nessuna Alterazione alla Guida" between two paragraphs, "La Dinamica dell’Incidente" under the story's opening
    /// paragraph: section headings in capitalised words that the model took for a caption with no credit beside it, or
    /// for the credit of the paragraph above — a credit names a photographer or an agency, not a phrase in small words,
    /// and a caption of a few words without a credit or a stop between paragraphs captions nothing.
    static func headingsTakenForPictureLines(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard roles.count >= 3 else { return }
        let pictureCues = BlockShape.Cues.picture.union([.copyright, .agencyWord, .url, .email])
        func isHeading(_ index: Int) -> Bool {
            let shape = shapes[index]
            // (A phrase with a small word in it: a name's fragment, "Brian Manning -", is a caption's.)
            return shape.words >= 2 && shape.words <= 8 && !shape.end.endsSentence && shape.end != .colon && shape.end != .dash
                && shape.start == .uppercase && shape.capitalised >= 5
                && shape.cues.isDisjoint(with: pictureCues.union([.byline, .bylineWord, .nameLike]))
                && !blocks[index].text.containsBytes("/")
                && blocks[index].text.spaceSeparatedWords.dropFirst().contains(where: { $0.first?.isLowercase == true })
        }
        for index in 1..<(roles.count - 1) where roles[index + 1] == .body && shapes[index + 1].words >= 15 {
            if roles[index] == .caption, roles[index - 1] == .body, isHeading(index) {
                roles[index] = .subheading
            } else if roles[index] == .credit, roles[index - 1] == .caption, isHeading(index), case let caption = shapes[index - 1],
                caption.words >= 20, caption.cues.contains(.sentence),
                caption.end.endsSentence, caption.cues.isDisjoint(with: pictureCues)
            {
                roles[index - 1] = .body
                roles[index] = .subheading
            }
        }
    }

    /// "Video Credit: ODN - Duration: 00:57s - Published", "Credit: PA - Press Association STUDIO Duration: 00:52": a
    /// video's credit, with its running time — no picture's. The page's video is no picture of the story: neither the
    /// credit nor the text the model set above it as its caption (the video's description) is one.
    static func videoCreditIsNoPicture(_ blocks: [Block], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .credit || roles[index] == .caption {
            let text = blocks[index].text
            guard text.utf8.count <= 200, isVideoCredit(text) else { continue }
            if roles[index] == .credit, index > 0, roles[index - 1] == .caption { roles[index - 1] = .other }
            roles[index] = .other
        }
    }

    private static let videoCreditLabel = ProbeSet(atStart: ["video credit"], ignoringCase: true, skipping: [" "])

    /// "Video Credit: …" or a credit that gives a running time ("Duration: 00:57").
    static func isVideoCredit(_ text: String) -> Bool {
        if videoCreditLabel.matches(text) { return true }
        guard let duration = text.firstRange(of: "Duration:") else { return false }
        return text[duration.upperBound...].drop { $0 == " " }.first?.isNumber == true
    }

    /// The headline set again between paragraphs (an image's alternative text, Prima Treviso): no caption — the page
    /// has no picture with words of its own there. Nor a related link under the story (the page's own title in its
    /// "most read" box, a comments widget's): a link to the story itself relates nothing. Nor a paragraph of a story that
    /// has others (a page that sets its title three times over the lead): the headline is not the story's text.
    static func headlineAgainIsNoStoryLine(_ blocks: [Block], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline) else { return }
        let title = blocks[headline].text.trimmingWhitespace()
        let paragraphs = roles.count { $0 == .body }
        for index in roles.indices
        where index > headline && (roles[index] == .caption || roles[index] == .teaser || roles[index] == .body && paragraphs > 1)
            && blocks[index].text.utf8.count == title.utf8.count
        {
            guard blocks[index].text.trimmingWhitespace() == title, !roles[(index + 1)...].prefix(1).contains(.credit) else { continue }
            roles[index] = .other
        }
    }

    /// "… Все они госпитализированы. #bryakingnews": the story's paragraph with the site's hashtag run on after its last
    /// stop, which the model took for a caption — and "Автор: Редакция JustMedia.ru" under a photo's credit, an author's
    /// label, read as a second credit: the byline.
    static func storyLinesTakenForPictureLines(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body) else { return }
        for index in roles.indices where index > firstBody {
            let shape = shapes[index]
            if roles[index] == .credit, shape.words <= 8, let colon = blocks[index].text.utf8.prefix(12).firstIndex(of: UInt8(ascii: ":")),
                authorLabels.contains(String(blocks[index].text[..<colon]).lowercasedOnBytes())
            {
                roles[index] = .byline
                continue
            }
            guard [.caption, .other].contains(roles[index]), shape.words >= 15, shape.cues.contains(.sentence) || shape.sentences >= 2,
                shape.cues.isDisjoint(with: BlockShape.Cues.picture), case let words = blocks[index].text.spaceSeparatedWords,
                words.count >= 2, words[words.count - 1].first == "#", let stop = words[words.count - 2].last, ".!?".contains(stop)
            else { continue }
            roles[index] = .body
        }
    }
}
