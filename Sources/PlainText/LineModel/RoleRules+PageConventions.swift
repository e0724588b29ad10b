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

    /// A credit set on the line under its caption ("Photo: Ashraf Amra/Anadolu via Getty Images", "Michael Conroy,
    /// AP") is the credit, and the sentence right above it (no blank line between) is the caption — where the model
    /// read the credit as the caption and the caption as story text.
    static func captionAboveItsCredit(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices.dropFirst() where roles[index] == .caption && roles[index - 1] == .body {
            let credit = shapes[index]
            let caption = shapes[index - 1]
            // (A line with a caption of its own before its credit, "Roman Prymula, photo: Archives …", needs none above.)
            // ("© imago/Jürgen Ritter" under "Ein Bus der BVG am Alexanderplatz.", Der Tagesspiegel: a copyright line of a
            // few words is a credit too.)
            guard credit.blankLinesBefore == 0, credit.words <= 12, !credit.cues.contains(.captionWithCredit),
                credit.cues.contains(.creditLine)
                    || (credit.cues.contains(.agencyWord) || credit.cues.contains(.copyright)) && credit.words <= 6,
                !credit.cues.contains(.sentence), (4...80).contains(caption.words)
            else { continue }
            roles[index] = .credit
            roles[index - 1] = .caption
        }
        // "Commuters at Berlin's central station …" over "Image: Michael Kappeler/dpa/picture alliance" (DW): the
        // labelled credit was read, the line right above it taken for a byline or a note. A byline has its word or
        // is a bare name; prose over a credit is its caption.
        // (A related link has no credit under it: a "teaser" right over "(Image: Family handout)" is its caption.)
        for index in roles.indices.dropFirst()
        where roles[index] == .credit
            && ([.byline, .other].contains(roles[index - 1]) || roles[index - 1] == .teaser && shapes[index].blankLinesBefore == 0)
        {
            let credit = shapes[index]
            let caption = shapes[index - 1]
            // A blank line may stand between them (Der Spiegel: the caption, then "Foto: Kay Nietfeld / dpa") when the
            // credit reads as one by itself — an agency last, or a name's few words ("Image: Thames Water customers face
            // the biggest rise" is a caption of its own) — and the line above is no sentence (a sentence set apart above
            // a credit may be the story's last, the picture without a caption).
            let setApart =
                credit.blankLinesBefore == 1 && (credit.cues.contains(.agencyWord) || credit.words <= 5)
                && !caption.cues.contains(.sentence)
            guard credit.blankLinesBefore == 0 || setApart,
                credit.cues.contains(.creditLine) || credit.blankLinesBefore == 0 && isBracketedLabelledCredit(blocks[index].text)
                    || credit.blankLinesBefore == 0 && opens(blocks[index].text, withOneOf: courtesyLabels),
                // (Three words and a full stop are enough right over the labelled credit: "Policisté zasahovali v
                // Brně-Židenicích." over "Foto: Policie ČR"; not a player's "Durée de l'audio 4:22".)
                (5...80).contains(caption.words)
                    || credit.blankLinesBefore == 0 && (3...4).contains(caption.words) && !caption.cues.contains(.time)
                        // (Or without a stop when it has a word in small letters over a labelled credit: "Jean Charest
                        // in 2010" over "Image: US Mission Canada.", as Wikinews captions its pictures.)
                        && (caption.end == .fullStop || credit.cues.contains(.creditLine) && hasSmallWord(blocks[index - 1].text)),
                !caption.cues.contains(.byline), !caption.cues.contains(.bylineWord), !caption.cues.contains(.nameLike),
                !caption.cues.contains(.dateOnly), !caption.cues.contains(.creditLine)
            else { continue }
            roles[index - 1] = .caption
        }
        // "Ministr školství Mikuláš Bek" over "Foto: Petr Hloušek, Novinky" (Novinky): a picture of a person is
        // captioned by the name, right over its labelled credit — the model read the name as a byline and the prose
        // above as the caption. A byline has its word; prose above a picture's name is the story's.
        for index in roles.indices.dropFirst(2)
        where roles[index] == .credit && roles[index - 1] == .byline && roles[index - 2] == .caption {
            let credit = shapes[index]
            let name = shapes[index - 1]
            let prose = shapes[index - 2]
            guard credit.blankLinesBefore == 0, credit.cues.contains(.creditLine), name.words <= 8,
                name.cues.isDisjoint(with: [.byline, .bylineWord, .dateOnly, .time, .creditLine]),
                prose.cues.contains(.sentence), prose.words >= 12
            else { continue }
            roles[index - 1] = .caption
            roles[index - 2] = roles[..<index].contains(.body) ? .body : .other
        }
        // "The victim was treated at Bellevue Hospital." right over "Steven Hirsch" (the New York Post), under the byline
        // and above the story: the page has its author already, so the name under the short sentence is the
        // photographer's, the sentence the caption.
        if let headline = roles.firstIndex(of: .headline), let firstBody = roles.firstIndex(of: .body) {
            for index in roles.indices where index > headline + 2 && index < firstBody && [.other, .byline].contains(roles[index]) {
                let credit = shapes[index]
                let caption = shapes[index - 1]
                guard roles[index - 1] == .other, credit.blankLinesBefore == 0, (2...3).contains(credit.words),
                    credit.cues.isDisjoint(with: [.bylineWord, .byline, .dateOnly, .time]), isBareName(blocks[index].text),
                    (4...25).contains(caption.words), caption.end == .fullStop, caption.start == .uppercase,
                    caption.cues.isDisjoint(with: [.nameLike, .dateOnly, .time, .byline, .bylineWord, .creditLine]),
                    roles[(headline + 1)..<(index - 1)].contains(.byline)
                else { continue }
                roles[index - 1] = .caption
                roles[index] = .credit
            }
        }
        // "Researchers at … between 2016 and 2024." over "Getty Images" (NPR): a line that is only a picture agency's
        // name, right under prose the model kept out of the story, is that prose's credit — no byline names only an
        // agency of pictures, and a story's last paragraph over its agency ("Reuter") is story text, not left out.
        // ("Imagen del Pleno del Congreso …" over "EFE": the caption may go without its stop; "A motorist pumps gas …"
        // over "Mario Tama/Getty Images": the model may have read the credit and left its caption out.)
        // (The caption may have been read: "Police at the scene in Hamilton East on Friday." over "Christel
        // Yardley/Stuff".)
        for index in roles.indices.dropFirst()
        where [.byline, .other, .credit].contains(roles[index]) && [.byline, .other, .teaser, .caption].contains(roles[index - 1]) {
            let credit = shapes[index]
            let caption = shapes[index - 1]
            // The shapes first: most pairs of lines are no caption over its credit, and their words need no reading.
            guard credit.blankLinesBefore == 0, credit.words <= 10, (5...80).contains(caption.words) else { continue }
            // "(Walt Disney Co.)" under "Kevin Mayer, the Disney executive who …" (Los Angeles Times): the credit in
            // brackets, names only; the line above may have been taken for a related title.
            let bracketedNames = isBracketedNames(blocks[index].text)
            guard roles[index - 1] != .teaser || bracketedNames else { continue }
            // "Monique Ford/Stuff" (Stuff): a photographer and the outlet, capitalised words about a slash, no author's word.
            // (Not a byline's role after the slash: "Christopher Serju/Senior Gleaner Writer".)
            let text = blocks[index].text
            let outlet = text.split(separator: "/").last.map { String($0).spaceSeparatedWords } ?? []
            // ("Kevin Mazur/Getty Images for TAS Rights Management": the agency after the slash, then whom it worked for.)
            let agencyFor =
                credit.words <= 10 && outlet.count >= 4 && outlet.dropFirst(2).first == "for"
                && PictureCredit.isAgency(outlet.prefix(2).joined(separator: " "))
            let photographerSlashOutlet =
                (credit.words <= 5 && outlet.count <= 2 || agencyFor) && text.containsBytes("/") && !text.containsBytes(" / ")
                && !outlet.contains { signatureRoles.contains($0.lowercasedOnBytes()) }
                && text.spaceSeparatedWords.allSatisfy { $0.first?.isUppercase == true || $0 == "for" }
                && credit.cues.isDisjoint(with: [.byline, .bylineWord, .url, .dateOnly])
            guard credit.blankLinesBefore == 0, credit.words <= 3 || photographerSlashOutlet || bracketedNames,
                (5...80).contains(caption.words),
                caption.start == .uppercase,
                caption.end.endsSentence || caption.words >= 6 && caption.end != .colon,
                caption.cues.isDisjoint(with: [.byline, .bylineWord, .nameLike, .dateOnly, .time, .creditLine, .captionWithCredit]),
                photographerSlashOutlet || bracketedNames
                    || PictureCredit.isAgency(blocks[index].text) || PictureCredit.isSourceWord(blocks[index].text)
            else { continue }
            roles[index] = .credit
            roles[index - 1] = .caption
        }
        // "Quelle: dpa/Julian Stratenschulte" on the line right under a caption (Die Welt): a source label there names
        // the picture's source. Elsewhere ("Source: CNA/Reuters" under the story) it names the story's.
        // Prose over it that the model took for a byline or a note is that caption.
        // (The model may have read the caption as the credit: "Bärbel Bas (SPD) im Bundestag" over "Quelle: dpa/Kay
        // Nietfeld".)
        for index in roles.indices.dropFirst()
        where roles[index] == .other && [.caption, .byline, .other, .credit].contains(roles[index - 1]) {
            let credit = shapes[index]
            let caption = shapes[index - 1]
            guard credit.blankLinesBefore == 0, credit.words <= 8, !credit.cues.contains(.sentence),
                opensWithSourceLabel(blocks[index].text),
                roles[index - 1] == .caption
                    || caption.words >= 5 && caption.start == .uppercase
                        && caption.cues.isDisjoint(with: [.byline, .nameLike, .dateOnly, .time, .creditLine, .furnitureLabel])
            else { continue }
            roles[index] = .credit
            roles[index - 1] = .caption
        }
        // "Jensen Huang … speaks in Taipei, Taiwan, on June 2, 2025." over "Annabelle Chih | Bloomberg | Getty Images"
        // (CNBC): the photographer, the outlet and the agency between bars, right under its caption.
        for index in roles.indices.dropFirst() where [.teaser, .other, .byline, .subheading, .body].contains(roles[index]) {
            let credit = shapes[index]
            let caption = shapes[index - 1]
            guard credit.blankLinesBefore == 0, credit.cues.contains(.pipe), credit.words <= 10, !credit.end.endsSentence,
                [.body, .other, .teaser].contains(roles[index - 1]), (4...60).contains(caption.words), caption.start == .uppercase,
                isBarredCredit(blocks[index].text)
            else { continue }
            roles[index] = .credit
            roles[index - 1] = .caption
        }
        // "The building on Eastern Parkway in Crown Heights." over "Stephen Yang" (New York Post): inside the story, a
        // short line set apart above and a photographer's bare name on the line right under it, set apart below, are
        // a caption and its credit — a heading stands over text, not under a line without a blank between.
        guard let firstBody = roles.firstIndex(of: .body), let lastBody = roles.lastIndex(of: .body) else { return }
        for index in roles.indices where index > firstBody + 1 && index < lastBody && roles[index + 1] == .body {
            let credit = shapes[index]
            let caption = shapes[index - 1]
            guard [.subheading, .other, .byline].contains(roles[index]), [.body, .other, .caption, .teaser].contains(roles[index - 1]),
                credit.blankLinesBefore == 0, (1...3).contains(credit.words),
                credit.words >= 2 && credit.cues.contains(.nameLike)
                    || PictureCredit.isAgency(blocks[index].text)
                    || credit.words == 1 && credit.allCaps && credit.characters <= 6 && credit.digits == 0,
                !credit.end.endsSentence, shapes[index + 1].blankLinesBefore >= 1, caption.blankLinesBefore >= 1,
                (4...40).contains(caption.words), caption.start == .uppercase,
                credit.cues.isDisjoint(with: [.byline, .bylineWord, .dateOnly, .time, .url]),
                caption.cues.isDisjoint(with: [.byline, .bylineWord, .nameLike, .dateOnly, .time, .creditLine, .captionWithCredit])
            else { continue }
            roles[index] = .credit
            roles[index - 1] = .caption
        }
    }
    /// "(Image: Family handout)", "(Photo: Getty)": a labelled credit in brackets, alone on its line (the Mirror and the
    /// other Reach titles).
    static func isBracketedLabelledCredit(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasPrefixOnBytes("("), trimmed.hasSuffixOnBytes(")"), trimmed.utf8.count <= 120 else { return false }
        return LineRules.creditLine.matches(in: String(trimmed.dropFirst().dropLast()))
    }

    /// "Annabelle Chih | Bloomberg | Getty Images": two to four parts between bars, each a few capitalised words, the
    /// last a picture agency.
    static func isBarredCredit(_ text: String) -> Bool {
        let parts = text.split(separator: "|").map { String($0).trimmingWhitespace() }
        guard (2...4).contains(parts.count), let last = parts.last, PictureCredit.isAgency(last) else { return false }
        return parts.allSatisfy { part in
            let words = part.spaceSeparatedWords
            return (1...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
        }
    }

    /// "(Walt Disney Co.)", "(Reed Saxon / Associated Press)": a line that is only a bracket of two to six capitalised
    /// words (and the joiners of credits).
    static func isBracketedNames(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasPrefixOnBytes("("), trimmed.hasSuffixOnBytes(")"), trimmed.utf8.count <= 80 else { return false }
        let words = String(trimmed.dropFirst().dropLast()).spaceSeparatedWords
        return (2...6).contains(words.count) && !trimmed.dropFirst().contains("(")
            && words.allSatisfy { $0.first?.isUppercase == true || ["/", "via", "for", "of", "and", "&"].contains($0) }
    }

    /// Between two paragraphs, a line ending with a picture agency in a credit's shape ("Álex Cámara - Europa Press /
    /// Europa Press") under a short line the model took with it for a related box's titles: a caption and its
    /// credit — a related link's title names no agency after a slash or a dash. ("Source: CNA/Reuters" names the
    /// story's sources.)
    static func creditBetweenParagraphs(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard roles.count >= 4 else { return }
        for index in 2..<(roles.count - 1)
        where [.teaser, .other].contains(roles[index]) && [.teaser, .other].contains(roles[index - 1]) && roles[index - 2] == .body
            && roles[index + 1] == .body
        {
            let text = blocks[index].text
            let credit = shapes[index]
            let caption = shapes[index - 1]
            guard credit.words <= 10, !credit.cues.contains(.sentence), text.containsBytes("/") || text.containsBytes(" - "),
                !opensWithSourceLabel(text), case let lower = text.lowercasedOnBytes(),
                PictureCredit.agencies.contains(where: { lower.hasSuffixOnBytes(" " + $0) || lower.hasSuffixOnBytes("/" + $0) }),
                (3...40).contains(caption.words), caption.start == .uppercase,
                caption.cues.isDisjoint(with: [.relatedTeaser, .relatedLabel, .furnitureLabel, .url, .byline])
            else { continue }
            roles[index] = .credit
            roles[index - 1] = .caption
        }
    }

    /// A picture set inside the story credit first ("Getty Images" / "Waves crashed over the sea wall in Aberystwyth", as
    /// the BBC sets them now): an agency's name alone on a line between paragraphs is the credit, and the short line
    /// under it that no full stop ends is the caption — not a subheading over a related link.
    static func creditAboveItsCaption(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard roles.count >= 4 else { return }
        // (Or above the story, under the byline: "Kathryn Stanczyszyn" / "BBC News, West Midlands" / "Getty Images" /
        // "Birmingham City Council declared itself effectively bankrupt in 2023" / the lead.)
        let firstBody = roles.firstIndex(of: .body) ?? roles.count
        for index in 1..<(roles.count - 2)
        where (roles[index - 1] == .body || index < firstBody && [.byline, .other].contains(roles[index - 1]))
            && roles[index + 2] == .body
            && [.subheading, .other, .teaser, .byline, .credit].contains(roles[index])
            && [.teaser, .other, .subheading, .body, .caption].contains(roles[index + 1])
        {
            let caption = shapes[index + 1]
            guard shapes[index].words <= 4, PictureCredit.isAgency(blocks[index].text), (3...40).contains(caption.words),
                caption.start == .uppercase, !caption.end.endsSentence || caption.words >= 6 && caption.end == .fullStop,
                caption.cues.isDisjoint(with: [.relatedTeaser, .relatedLabel, .furnitureLabel, .url, .byline, .bylineWord]),
                // (Above the story a sentence under a credit is the lead, the picture without a caption: "Getty Images" /
                // "The Denver Nuggets snapped a three-game losing streak … ." on CBS Sports.)
                index + 1 < firstBody || roles[index + 1] != .body || !caption.end.endsSentence && caption.words <= 25
            else { continue }
            roles[index] = .credit
            roles[index + 1] = .caption
        }
    }

    private static let sourceLabels = ["source:", "quelle:", "fuente:", "fonte:", "source :", "zdroj:", "источник:", "Источник:"]
        .map { Array($0.utf8) }
    /// "Source: CNA/Reuters", "Quelle: dpa/…", "Zdroj: …": a source label opens the line.
    static func opensWithSourceLabel(_ text: String) -> Bool { opens(text, withOneOf: sourceLabels) }

    /// El País sets the photographer's name in capitals on the line right under the caption ("El embalse de Sau, en
    /// Osona, …" / "MASSIMILIANO MINOCRI"), the pair set apart by blank lines: a caption and its credit, not a
    /// paragraph and a subheading.
    static func photographerInCapitalsUnderACaption(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices.dropFirst() where index + 1 < roles.count {
            let credit = shapes[index]
            let caption = shapes[index - 1]
            guard credit.blankLinesBefore == 0, credit.allCaps, (2...3).contains(credit.words), credit.digits == 0,
                credit.cues.isDisjoint(with: [.byline, .bylineWord, .dateline, .url, .email, .headlineTag, .statusLine]),
                [.subheading, .other, .byline, .body].contains(roles[index]),
                [.body, .other, .caption].contains(roles[index - 1])
                    || roles[index - 1] == .byline && caption.end == .fullStop && !caption.cues.contains(.bylineWord),
                caption.blankLinesBefore >= 1, (4...60).contains(caption.words),
                !caption.allCaps, shapes[index + 1].blankLinesBefore >= 1,
                roles[index + 1] == .body
                    // (Above the story the author's name may follow, in capitals too: "Oficina de empleo en Madrid." /
                    // "JAVIER BARBANCHO" / "MARÍA HERNÁNDEZ" / "Madrid".)
                    || !roles[..<index].contains(.body) && [.other, .byline].contains(roles[index + 1])
                        && caption.end == .fullStop && roles[index - 1] != .body
            else { continue }
            roles[index - 1] = .caption
            roles[index] = .credit
        }
    }

    /// A name alone on the line under a sentence above the story ("Orange clownfish are among the tropical species
    /// studied in 22 papers now facing scrutiny." / "Fredrik Jutfelt"), where the page signs the story elsewhere with
    /// its author's word ("ScienceMag.org | By Martin Enserink | May 6, 2021"): the photographer under the picture's
    /// caption, not a second author.
    static func photographerUnderACaptionBesideTheByline(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body), firstBody >= 2,
            roles[..<firstBody].indices.contains(where: { roles[$0] == .byline && shapes[$0].cues.contains(.byline) })
        else { return }
        for index in 1..<firstBody where roles[index] == .byline {
            let name = shapes[index]
            let caption = shapes[index - 1]
            guard name.cues.contains(.nameLike), name.cues.isDisjoint(with: [.byline, .bylineWord]), name.blankLinesBefore == 0,
                [.other, .caption].contains(roles[index - 1]), caption.end == .fullStop, (5...60).contains(caption.words),
                caption.cues.isDisjoint(with: [.byline, .bylineWord, .dateline, .url, .time, .dateOnly])
            else { continue }
            roles[index - 1] = .caption
            roles[index] = .credit
        }
    }

    /// Ars Technica sets the credit on the line right under its labelled caption ("Enlarge / SpaceX's Starship lifts off
    /// …" / "SpaceX"): a few capitalised words without a stop under a caption its label makes certain are its credit,
    /// not a subheading.
    static func creditUnderALabelledCaption(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices.dropFirst() where roles[index - 1] == .caption && shapes[index - 1].cues.contains(.imageCaption) {
            let credit = shapes[index]
            guard credit.blankLinesBefore == 0, (1...5).contains(credit.words), credit.capitalised == 10 || credit.cues.contains(.pipe),
                !credit.end.endsSentence, credit.end != .colon,
                credit.cues.isDisjoint(with: [.byline, .bylineWord, .dateline, .url, .email, .headlineTag, .imageCaption]),
                [.subheading, .other, .byline, .body].contains(roles[index])
            else { continue }
            roles[index] = .credit
        }
    }

    /// Where people stand in a picture ("US professor Kevin King (left) and …", "Der Ex-Rapper Brado (links) …",
    /// "(de gauche à droite)"): a caption's mark in every language. A line that places someone so and is not a
    /// quotation is the caption of a picture, not story text nor a heading.
    static func placedPeopleAreCaptions(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where [.body, .other, .teaser, .subheading].contains(roles[index]) {
            let shape = shapes[index]
            guard (4...80).contains(shape.words), !shape.cues.contains(.startsWithQuote), !shape.cues.contains(.bullet),
                positionMarks.matches(blocks[index].text)
            else { continue }
            roles[index] = .caption
        }
    }

    /// Position marks of captions, closed or followed by more ("(left, rear)"), in the corpus's languages.
    static let positionMarks = ProbeSet(
        anywhereIn: [
            "(left)", "(right)", "(centre)", "(center)", "(l)", "(r)", "(l-r)", "(l to r)", "(from left)", "(left to right)",
            "(second left)", "(second right)", "(second from left)", "(second from right)", "(left,", "(right,", "(centre,",
            "(center,", "(from left,", "(links)", "(rechts)", "(mitte)", "(von links)", "(v.l.)", "(v. l.)", "(links,",
            "(rechts,", "(à gauche)", "(à droite)", "(au centre)", "(de gauche à droite)", "(izquierda)", "(derecha)",
            "(centro)", "(a la izquierda)", "(a la derecha)", "(de izquierda a derecha)", "(sinistra)", "(destra)",
            "(da sinistra)", "(à esquerda)", "(à direita)", "(vlevo)", "(vpravo)", "(uprostřed)", "(zleva)", "(слева)",
            "(справа)", "(в центре)",
        ], ignoringCase: true)

    /// "By Colin D'Mello" / "Global News": the outlet under its reporter's name is no second author.
    static func outletUnderItsReporter(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices.dropFirst() where roles[index] == .byline && roles[index - 1] == .byline {
            let words = blocks[index].text.spaceSeparatedWords
            guard (2...3).contains(words.count), !shapes[index].cues.contains(.bylineWord), let last = words.last,
                ArticleAssembly.outletWords.contains(String(last))
            else { continue }
            roles[index] = .other
        }
    }

    /// Bylines by their words, where the model left them out: in the head (after the headline, before the story) a
    /// line that opens with an author word and a capital ("By Kashmira Gander On 11/13/19 at 4:00 PM EST", "by Bryan
    /// DeArdo", "Von Anna Berg") or that ends with a journalist's role ("Caroline Hawley, BBC diplomatic correspondent");
    /// anywhere, a line labelled as the author's ("Auteur: Anna Kubišta", "Author: Ben Knight").
    /// "Author Archives", "Author Profile": the label of a site's author box or page (WordPress), no one's name — whatever
    /// the rules on bylines made of it.
    static func authorBoxLabelIsNoByline(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .byline && shapes[index].words == 2 {
            let words = blocks[index].text.spaceSeparatedWords
            guard words.count == 2, authorLabels.contains(BlockShape.trimmingPunctuation(words[0].lowercasedOnBytes())),
                authorBoxWords.contains(BlockShape.trimmingPunctuation(words[1].lowercasedOnBytes()))
            else { continue }
            roles[index] = .other
        }
    }

    static func bylinesByTheirWords(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        // "By Frank Thorp V and Rebecca Kaplan" under the time stamp (NBC News): "By" and names only, no caption.
        for index in roles.indices where roles[index] == .caption && shapes[index].words <= 12 && shapes[index].cues.contains(.byline) {
            roles[index] = .byline
        }
        // "Source: Facebook" under a picture's caption and credit names where the picture came from, not an author.
        for index in roles.indices where roles[index] == .byline && shapes[index].cues.contains(.sourceLine) { roles[index] = .other }
        // A desk's sign-off codes ("dpa wsz jln npr", "AAP RTV") close the story: a trailer, not an author.
        for index in roles.indices where roles[index] == .byline && shapes[index].cues.contains(.signOff) { roles[index] = .trailer }
        // "Follow Author" (Forbes) under the author's name: a button, not a second author; nor is a box's label, "Where to
        // get help:" (its colon waits for what it labels).
        for index in roles.indices
        where roles[index] == .byline
            && (shapes[index].cues.contains(.furnitureLabel)
                || shapes[index].end == .colon && !shapes[index].cues.contains(.bylineWord) && shapes[index].words >= 3)
        {
            roles[index] = .other
        }
        // A line in quotation marks names no author: a work's title under its picture, set twice (the picture's text and
        // its caption: "\"The Simpsons: Tapped Out\"" on two lines) is the caption and its copy.
        for index in roles.indices
        where roles[index] == .byline && shapes[index].cues.contains(.startsWithQuote) && !shapes[index].cues.contains(.bylineWord) {
            let text = blocks[index].text.trimmingWhitespace()
            if index + 1 < roles.count, blocks[index + 1].text.trimmingWhitespace() == text {
                roles[index] = .caption
                roles[index + 1] = .other
            } else {
                roles[index] = .other
            }
        }
        // A publication time names no one ("Online seit heute, 14.12 Uhr", "Today, 3:12 pm"): no author word, no two
        // capitalised words in a row.
        for index in roles.indices where roles[index] == .byline && !shapes[index].cues.contains(.bylineWord) {
            let text = blocks[index].text
            // ("Dec. 4, 2026 at 3:10 pm Updated Dec. 4, 2026 at 6:02 pm", "Published:Thursday | December 4, 2026 | 12:07
            // AM": longer, two times or a label run onto the weekday.)
            let labelled = isLabelledPublicationTime(text)
            guard labelled || isTimeStamp(shapes[index], text) || ArticleAssembly.opensWithDate(text) else { continue }
            let words = text.spaceSeparatedWords
            // "December 3, 2026 11:42 PM ET": a month, a weekday, "PM" and a time zone are capitalised and name no one.
            func mayName(_ word: Substring) -> Bool {
                word.first?.isUppercase == true && word.contains(where: \.isLowercase)
                    && !ArticleAssembly.calendarWords.contains(BlockShape.trimmingPunctuation(word.lowercasedOnBytes()))
            }
            // "Reuters November 18, 2019 11:03 PM": words before the date are the author's.
            let namesSomeone =
                zip(words, words.dropFirst()).contains { pair in mayName(pair.0) && mayName(pair.1) && !pair.0.hasSuffixOnBytes(",") }
                || !labelled
                    && ArticleAssembly.namesBeforeDate(text).map { before in
                        before.names.split(separator: " ").allSatisfy { $0.first?.isUppercase == true }
                    } == true
            if !namesSomeone { roles[index] = .other }
        }
        // A byline names someone: a sentence of four words or more with one capital at most — its first letter — and
        // no author word ("Третье чтение запланировано на следующую неделю.") is story text, or a note before it.
        let firstBody = roles.firstIndex(of: .body) ?? roles.count
        for index in roles.indices where roles[index] == .byline && !shapes[index].cues.contains(.bylineWord) {
            let shape = shapes[index]
            guard shape.words >= 4 else { continue }
            let words = blocks[index].text.spaceSeparatedWords
            // (Nor is a line of seven words or more, most of them in small letters, without a stop: "Drugs found in lorry at
            // Rosslare Europort on Wednesday evening", a standfirst — names and their links are capitalised.)
            let smallWords = words.filter { $0.first?.isLowercase == true }.count
            // (Nor, above the story, a deck of four words or more, most in small letters that join no names: "Polizei
            // ermittelt den genauen Unfallhergang" — German capitalises its nouns, so it has fewer small words.)
            let smallNonJoiners = words.filter {
                $0.first?.isLowercase == true && !PictureCredit.nameParticles.contains($0) && !nameJoiners.contains($0)
            }
            // (Two such words, one of five letters or more: an agency's code in small letters, "dpa", is no word of a deck.)
            let deckWords = smallNonJoiners.count >= 2 && smallNonJoiners.contains { $0.count >= 5 }
            guard
                shape.end.endsSentence && words.dropFirst().allSatisfy({ $0.first?.isUppercase != true })
                    || shape.words >= 7 && smallWords * 2 > shape.words && !shape.cues.contains(.byline)
                        && !blocks[index].text.containsBytes(":")
                    || deckWords && smallWords * 2 > shape.words && !shape.cues.contains(.byline) && index < firstBody
                        && !blocks[index].text.containsBytes(":")
            else { continue }
            roles[index] = index > firstBody ? .body : .other
        }
        // "Ordnungsamts-Mitarbeiter beim Wildpinkeln erwischt" under the comments box: after the story's last paragraph a
        // byline has its author word or names only; a title with words in small letters is a related story's.
        if let lastBody = roles.lastIndex(of: .body) {
            for index in (lastBody + 1)..<roles.count
            where roles[index] == .byline && shapes[index].cues.isDisjoint(with: [.bylineWord, .byline])
                && !blocks[index].text.containsBytes(",")
            {
                let smallWords = blocks[index].text.spaceSeparatedWords.filter {
                    $0.first?.isLowercase == true && !PictureCredit.nameParticles.contains($0) && !nameJoiners.contains($0)
                }
                if smallWords.count >= 2 { roles[index] = .other }
            }
        }
        // "Tham Yuen-C" / "Senior Political Correspondent" (the Straits Times): under an author's name, a line that is only
        // a journalist's role is the role, not a second author — whether the model or the head rule below calls it one.
        func isRoleUnderAuthor(_ index: Int) -> Bool {
            guard index > 0, roles[index - 1] == .byline, !blocks[index].text.containsBytes(",") else { return false }
            let words = blocks[index].text.spaceSeparatedWords
            guard (1...4).contains(words.count), let last = words.last else { return false }
            return journalistRoles.contains(BlockShape.trimmingPunctuation(last.lowercasedOnBytes()))
        }
        // "Lee Nian Tjoe" / "Senior Transport Correspondent": when the model took the role for the author and left the
        // name above it out, the name is the author.
        for index in roles.indices.dropFirst() where roles[index] == .byline && roles[index - 1] == .other {
            guard !shapes[index].cues.contains(.bylineWord), shapes[index].blankLinesBefore == 0, shapes[index].words <= 4,
                !blocks[index].text.containsBytes(","), let last = blocks[index].text.spaceSeparatedWords.last,
                journalistRoles.contains(BlockShape.trimmingPunctuation(last.lowercasedOnBytes())), isBareName(blocks[index - 1].text)
            else { continue }
            roles[index - 1] = .byline
        }
        for index in roles.indices where roles[index] == .byline && !shapes[index].cues.contains(.bylineWord) && isRoleUnderAuthor(index) {
            roles[index] = .other
        }
        let headStart = (roles.firstIndex(of: .headline) ?? -1) + 1
        let storyStart = roles.firstIndex(of: .body) ?? roles.count
        // "By Nada Tawfik, BBC News, New York" under a boxed section's heading (the BBC): "By", a name, then the outlet
        // and the place after commas — the author's line wherever it stands, not a related link or a heading.
        for index in roles.indices where [.teaser, .subheading, .other].contains(roles[index]) {
            let shape = shapes[index]
            guard shape.cues.contains(.bylineWord), shape.words <= 10, shape.digits == 0, !shape.cues.contains(.sentence),
                blocks[index].text.hasPrefixOnBytes("By ")
            else { continue }
            let name = blocks[index].text.dropFirst(3).prefix { $0 != "," }
            if isBareName(String(name)) { roles[index] = .byline }
        }
        // "Bethany Lindsay · CBC News · Posted: Dec 05, 2026 2:00 PM PST | Last Updated: 2 hours ago", "Chittaranjan
        // Tembhekar / TNN / Dec 5, 2026, 10.42 IST": in the head, a name, then the outlet and the time stamp after dots,
        // bars or slashes, is the author's line — no related link.
        if headStart < storyStart {
            for index in headStart..<storyStart where [.teaser, .other, .caption].contains(roles[index]) {
                let shape = shapes[index]
                guard shape.words <= 24, !shape.cues.isDisjoint(with: [.time, .dateOnly, .year]), !shape.cues.contains(.sentence)
                else { continue }
                let text = blocks[index].text
                guard let range = [" · ", " | ", " • ", " / "].lazy.compactMap({ text.firstByteRange(of: $0) }).first,
                    case let name = String(text[..<range.lowerBound]), isBareName(name),
                    // (Not a section's name: "India News | Press Trust of India | Updated: …".)
                    !ArticleAssembly.outletWords.contains(String(name.spaceSeparatedWords.last ?? ""))
                else { continue }
                roles[index] = .byline
            }
        }
        for index in roles.indices where roles[index] == .other {
            let shape = shapes[index]
            // (A box's label is no author: "Key Points" under a time stamp is CNBC's summary.)
            guard (2...16).contains(shape.words), shape.lineCount == 1, shape.cues.isDisjoint(with: [.furnitureLabel, .relatedLabel])
            else { continue }
            // A tab counts as a word break for the shape but not here: two words by the shape may be one by spaces.
            let words = blocks[index].text.spaceSeparatedWords
            guard words.count >= 2 else { continue }
            let first = BlockShape.trimmingPunctuation(words[0].lowercasedOnBytes())
            if authorLabels.contains(first), words[0].hasSuffixOnBytes(":") || words[1] == ":", shape.words <= 8 {
                roles[index] = .byline
                continue
            }
            // "Author Ben Knight" in DW's closing metadata block (beside "Date 30.11.2019"): the label without a colon,
            // then a name and nothing else.
            if authorLabels.contains(first), words[0].first?.isUppercase == true, (3...5).contains(words.count),
                isBareName(words.dropFirst().joined(separator: " "))
            {
                roles[index] = .byline
                continue
            }
            let endsWithRole = journalistRoles.contains(BlockShape.trimmingPunctuation(words[words.count - 1].lowercasedOnBytes()))
            let nameAbove = index > 0 && roles[index - 1] == .other && shape.blankLinesBefore == 0 && isBareName(blocks[index - 1].text)
            if endsWithRole, shape.words <= 3, nameAbove {
                // "Andrew Woodcock" / "Political Editor": the name is the byline, its role the line under it.
                roles[index - 1] = .byline
                continue
            }
            // "Jonathan Amos" / "BBC News, Cardiff": the name, then the outlet and where the reporter is.
            if nameAbove, shape.words <= 6, let comma = words.firstIndex(where: { $0.hasSuffixOnBytes(",") }), comma >= 1,
                ArticleAssembly.outletWords.contains(String(words[comma].dropLast()))
            {
                roles[index - 1] = .byline
                continue
            }
            // "Caroline Hawley, BBC diplomatic correspondent" signs a boxed section anywhere in the page.
            if endsWithRole, shape.words <= 8, shape.digits == 0, let comma = words.firstIndex(where: { $0.hasSuffixOnBytes(",") }),
                isBareName(words[...comma].joined(separator: " ").stripping(","))
            {
                roles[index] = .byline
                continue
            }
            // The head exists only when the story starts after the headline (the model may put a paragraph above it).
            guard index >= headStart, index < storyStart else { continue }
            // "By Jane Doe"; "Written by Priya Nair | Edited by Rohan Mehta" (the byline expression reads it).
            if shape.cues.contains(.bylineWord) && words[1].first?.isUppercase == true || shape.cues.contains(.byline),
                !shape.cues.contains(.sentence)
            {
                roles[index] = .byline
            } else if endsWithRole, shape.words >= 3, shape.words <= 8, shape.digits == 0, words[0].first?.isUppercase == true,
                !isRoleUnderAuthor(index)
            {
                roles[index] = .byline
            } else if let name = Self.nameBeforeHandle(blocks[index].text), isBareName(name) {
                // "Samantha Subin @SamanthaSubin" (CNBC): the author's name and handle, in the head.
                roles[index] = .byline
            } else if !endsWithRole, index + 1 < roles.count, roles[index + 1] != .body, isBareName(blocks[index].text),
                isTimeStamp(shapes[index + 1], blocks[index + 1].text) || isPlaceOverTime(index + 1, blocks, shapes, roles)
                    || !roles.contains(.byline) && timeStampAbove(index, headStart: headStart, blocks, shapes, roles)
            {
                // "Aleš Vávra" / "před 2 hodinami", "* Debbie White" / "* 18 Nov 2019, 19:09": the author, then when — or
                // where, then when ("Marie Woolf" / "Ottawa" / "Published December 3, 2026", The Globe and Mail).
                roles[index] = .byline
            }
        }
        // "Shawn Jeffords · CBC News · Posted: Dec 04, 2026 5:00 AM EST | Last Updated: 6 hours ago": in the head, a line
        // set in parts whose first is a name and which holds a time — the author, the outlet, when.
        for index in roles.indices where roles[index] == .other && index >= headStart && index < storyStart {
            let shape = shapes[index]
            guard shape.words <= 30, shape.digits > 0, !shape.cues.contains(.sentence),
                let name = Self.nameBeforeSeparator(blocks[index].text), isBareName(name),
                // ("India News | Press Trust of India | Updated: …" names a section and an outlet, no one.)
                let last = name.spaceSeparatedWords.last, !ArticleAssembly.outletWords.contains(String(last))
            else { continue }
            roles[index] = .byline
        }
    }

    /// A publication time on the line above, or two lines above with a label between ("December 3, 2026 11:42 PM ET" /
    /// "Heard on All Things Considered" / "Claudia Grisales", NPR): a name under it in the head is the author's.
    private static func timeStampAbove(
        _ index: Int, headStart: Int, _ blocks: [Block], _ shapes: [BlockShape], _ roles: [LineRole]
    ) -> Bool {
        (1...2).contains { distance in
            let above = index - distance
            return above >= headStart && roles[above] == .other && isTimeStamp(shapes[above], blocks[above].text)
                && (distance == 1 || roles[index - 1] == .other && !isBareName(blocks[index - 1].text))
        }
    }

    /// A line of one to three capitalised words without digits or a stop (a place) over a publication time.
    private static func isPlaceOverTime(_ index: Int, _ blocks: [Block], _ shapes: [BlockShape], _ roles: [LineRole]) -> Bool {
        guard index + 1 < roles.count, roles[index] == .other else { return false }
        let shape = shapes[index]
        return shape.words <= 3 && shape.digits == 0 && shape.start == .uppercase && !shape.end.endsSentence && shape.capitalised >= 10
            && isTimeStamp(shapes[index + 1], blocks[index + 1].text)
    }

    /// "Shawn Jeffords · CBC News · Posted: …": the words before the first " · " or " | " of a line set in parts; nil
    /// without one.
    static func nameBeforeSeparator(_ text: String) -> String? {
        for separator in [" · ", " | "] {
            if let range = text.firstByteRange(of: separator) { return String(text[..<range.lowerBound]).trimmingWhitespace() }
        }
        return nil
    }

    /// "Samantha Subin @SamanthaSubin": the words before a social-media handle that ends the line; nil without one.
    static func nameBeforeHandle(_ text: String) -> String? {
        guard let at = text.lastIndex(of: "@"), at > text.startIndex, text[text.index(before: at)] == " " else { return nil }
        let handle = text[text.index(after: at)...]
        guard handle.count >= 2, handle.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return String(text[..<at]).trimmingWhitespace()
    }

    /// Two to four capitalised words and nothing else (a list mark before them aside): a person's name by its shape.
    static func isBareName(_ text: String) -> Bool {
        let name = ArticleAssembly.strippingListMarker(text)
        // "Topic: Bushfires" is a label and its value, not a name.
        guard !name.containsBytes(":") else { return false }
        let words = name.spaceSeparatedWords.count
        return (2...4).contains(words) && BlockShape.isNameLike(name, words: words)
    }

    /// A publication time: a date line, a clock time, or how long ago ("9 Hrs Ago", "před 2 hodinami", "vor 3 Stunden").
    static func isTimeStamp(_ shape: BlockShape, _ text: String) -> Bool {
        if shape.cues.contains(.dateOnly) || shape.cues.contains(.time) && shape.words <= 8 { return true }
        guard shape.digits > 0, shape.words <= 5 else { return false }
        let lowered = text.lowercasedOnBytes()
        return relativeTimeWords.contains { lowered.contains($0) }
    }

    static let relativeTimeWords = [
        " ago", "hrs", "hours", "mins", "minutes", "před ", "vor ", "il y a", "hace ", " fa", "назад", "há ",
    ]

    private static let nameJoiners: Set<Substring> = ["and", "und", "et", "y", "e", "i", "a", "og", "en", "и"]

    /// Labels of an author line ("Author: …", "Auteur : …").
    static let authorLabels: Set<String> = ["author", "auteur", "autor", "autore", "autorin", "автор"]
    /// What an author box's label names after "Author": its page, not a person.
    private static let authorBoxWords: Set<String> = ["archives", "archive", "profile", "page", "bio", "details", "posts", "info"]

    /// A journalist's role closing a byline ("… Education editor", "…, BBC diplomatic correspondent"), in the
    /// corpus's languages.
    static let journalistRoles: Set<String> = [
        "correspondent", "editor", "reporter", "writer", "columnist", "journalist", "contributor", "korrespondent",
        "korrespondentin", "redakteur", "redakteurin", "correspondant", "correspondante", "journaliste", "corresponsal",
        "periodista", "redactor", "redactora", "corrispondente", "giornalista", "redattore", "redaktor", "redaktorka",
        "zpravodaj", "zpravodajka", "корреспондент", "журналист",
    ]

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
