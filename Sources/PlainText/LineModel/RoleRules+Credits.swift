import NewsModel

/// Pictures' captions and credits on web pages: a credit above, below or beside its caption, bracketed or after a
/// bar, a photographer set in capitals, people placed "(left)".
extension RoleRules {
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

    static let sourceLabels = ["source:", "quelle:", "fuente:", "fonte:", "source :", "zdroj:", "источник:", "Источник:"]
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
}
