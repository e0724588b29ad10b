import NewsModel

/// The rules on the story's own text: every story has some, prose between paragraphs is the story's, and navigation,
/// credits away from a picture and sentences read as credits are not.
extension RoleRules {
    /// A story has text: when the model put no block in the body, its running sentences after the headline are
    /// the body (a short page unlike any the weights were fitted on must not come out empty). A "headline" under all of
    /// the page's running sentences heads nothing: it is the signature a press office sets under its release ("mjr. Bc.
    /// Kateřina Pešková"), and the sentences above it are the story.
    static func everyStoryHasText(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard !roles.contains(.body) else { return }
        let notText: BlockShape.Cues = [.url, .email, .copyright, .widget, .dateOnly, .trailingCredit, .furnitureLabel, .relatedLabel]
        let current = roles
        let isRunningText = { (index: Int) in
            current[index] == .other && shapes[index].cues.contains(.sentence) && shapes[index].words >= 8
                && shapes[index].cues.isDisjoint(with: notText)
        }
        if let headline = roles.firstIndex(of: .headline), !(headline + 1..<roles.count).contains(where: isRunningText),
            (0..<headline).contains(where: { isRunningText($0) && shapes[$0].words >= 20 })
        {
            roles[headline] = .other
        }
        let start = (roles.firstIndex(of: .headline) ?? -1) + 1
        for index in start..<roles.count where roles[index] == .other {
            let shape = shapes[index]
            if shape.cues.contains(.sentence), shape.words >= 8, shape.cues.isDisjoint(with: notText) { roles[index] = .body }
        }
        // Shorter sentences after the first of them are the story's too ("Roads in the north are already closed.": wire
        // stories end on short sentences), as `lastSentenceBeforeTheEnd` reads them when the model found the text.
        if let first = roles.firstIndex(of: .body) {
            for index in (first + 1)..<roles.count where roles[index] == .other {
                let shape = shapes[index]
                if shape.end.endsSentence, shape.words >= 5, shape.start == .uppercase,
                    shape.cues.isDisjoint(with: notText.union([.editorsNote, .signOff, .reportingTrailer, .agencyWord])),
                    !attributionWords.matches(blocks[index].text)
                {
                    roles[index] = .body
                }
            }
        }
        proseTakenForACaptionIsTheStory(shapes, &roles, after: start, notText: notText)
        // A story of one short sentence ("CHATHAM, Mass. (AP) _ A lobster died."): the sentences, not an editor's note.
        guard !roles.contains(.body) else { return }
        for index in start..<roles.count where roles[index] == .other {
            let shape = shapes[index]
            if shape.end.endsSentence, shape.words >= 3, shape.cues.isDisjoint(with: notText.union([.editorsNote, .signOff])) {
                roles[index] = .body
            }
        }
    }

    /// When the page still has no body, running prose the model read as a caption — long, with no sign of a picture in it
    /// or beside it (no credit, no "Photo:", no gallery counter) — is the story: a one-paragraph page whose last line
    /// looks like a name ("Weitere Informationen Ok") had its story set as the caption of a picture it never had.
    static func proseTakenForACaptionIsTheStory(
        _ shapes: [BlockShape], _ roles: inout [LineRole], after start: Int, notText: BlockShape.Cues
    ) {
        guard !roles.contains(.body), !roles.contains(.credit) else { return }
        for index in start..<roles.count where roles[index] == .caption {
            let shape = shapes[index]
            if shape.words >= 25, shape.cues.contains(.sentence), shape.end.endsSentence,
                shape.cues.isDisjoint(with: notText.union(.picture))
            {
                roles[index] = .body
            }
        }
    }

    /// A line that is only a navigation label or furniture ("Read more", "Advertisement", "Image 2 of 5") is
    /// neither story text nor a subheading; the short unpunctuated lines right after a related-links label are
    /// the links' titles (teasers), up to the first line that ends a sentence.
    static func navigationIsFurniture(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        var index = 0
        while index < shapes.count {
            let cues = shapes[index].cues
            guard cues.contains(.furnitureLabel) || cues.contains(.relatedLabel) else {
                index += 1
                continue
            }
            roles[index] = .other
            index += 1
            guard cues.contains(.relatedLabel) else { continue }
            var links = 0
            // A rail of kicker and title pairs ("RANDY ANDY" / "Andrew parties …") runs to a dozen lines; story
            // text (a sentence) ends it.
            while index < shapes.count, links < 16 {
                let shape = shapes[index]
                // (Nor does a list run over the page's copyright line: "© 2024 Cox Media Group" under "Latest trending news:".)
                if shape.cues.contains(.relatedLabel) || shape.cues.contains(.copyright) { break }
                // "Previous" / "1" / "Next" (a carousel's controls, MailOnline), "Advertisement": furniture inside the list.
                if shape.cues.contains(.furnitureLabel) || shape.cues.contains(.onlyNumber) && shape.words == 1 {
                    roles[index] = .other
                    index += 1
                    continue
                }
                // A separator between the links ("-") is no title.
                if !shape.hasLetterWords {
                    roles[index] = .other
                    index += 1
                    continue
                }
                // A title cut short with three full stops ("… as unions vote...") ends in no sentence, nor does one
                // with an excerpt cut short under it ("Catania. Nascondevano droga …" over "La Procura … del Comando...").
                let endsOnStop =
                    shape.end == .fullStop && !blocks[index].text.hasSuffixOnBytes("...") && !isTitleOverAnExcerpt(index, blocks, shapes)
                guard shape.words <= 30, !endsOnStop, shape.end != .colon, roles[index] != .headline,
                    // A long quotation ending in its mark ("… left," said X. "Any … price.") is story text too
                    // (a title may have two sentences: "Řepka a spol. zůstali na trávníku sami. Jejich soupeř …").
                    !(shape.end == .quote && shape.words > 20)
                else { break }
                if links > 0, isCutShortExcerpt(blocks[index].text) {
                    // The excerpt under a link's title: the box's, no title of its own.
                    roles[index] = .other
                } else if roles[index] != .caption || shape.cues.isDisjoint(with: [.imageCaption, .captionWithCredit, .creditLine]) {
                    // A thumbnail's labelled caption stays one; a title whose last words only looked like a credit
                    // ("… Minorenni. Un Uomo Arrestato Dai Carabinieri") is a link's.
                    roles[index] = .teaser
                }
                links += 1
                index += 1
            }
        }
    }

    /// Inside the story (text before and after), a full sentence is text and a short capitalised line without a
    /// full stop is a subheading (unless `headings` is false), where the model left them out. Not a sentence whose
    /// words the story repeats (a pull quote, `echoesAreNotParagraphs`).
    static func storyTextBetweenParagraphs(_ shapes: [BlockShape], _ roles: inout [LineRole], headings: Bool = true) {
        guard let firstBody = roles.firstIndex(of: .body), let lastBody = roles.lastIndex(of: .body), lastBody > firstBody + 1 else {
            return
        }
        let notText: BlockShape.Cues = [.url, .email, .copyright, .widget, .dateOnly, .trailingCredit]
        for index in (firstBody + 1)..<lastBody where roles[index] == .other {
            let shape = shapes[index]
            // (A short sentence with story text right above and below it, prose in small words and a stop: "A suspect
            // has been arrested." between two paragraphs of a broadcaster's page — or in long small words, its capital
            // only the first: "It happened shortly before noon.")
            let shortSentenceInTheText =
                shape.words >= 4 && shape.end == .fullStop && shape.start == .uppercase
                && (shape.shortLowercase >= 2 || shape.words >= 5 && shape.capitalised <= 2)
                && roles[index - 1] == .body
                // (The paragraph below may stand under related links set into the story: "* Man Shot at …".)
                && roles[(index + 1)...].first(where: { $0 != .teaser }) == .body
            if (shape.cues.contains(.sentence) && shape.words >= 12 || shortSentenceInTheText) && shape.cues.isDisjoint(with: notText)
                && !shape.echoed
            {
                roles[index] = .body
            } else if headings, isHeadlineShaped(shape), shape.words <= 12, shape.start == .uppercase || shape.start == .digit {
                roles[index] = .subheading
            }
        }
    }

    /// A credit names a source in a few words without a full stop; a full sentence after the story started that the
    /// model took for one ("Ранее ставки по ипотеке снизил ВТБ." — an agency's capitals last) is story text.
    static func sentencesAreNoCredits(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body) else { return }
        let credits: BlockShape.Cues = [.creditLine, .captionWithCredit, .trailingCredit, .copyright, .imageCaption, .url]
        for index in roles.indices where index > firstBody && roles[index] == .credit {
            let shape = shapes[index]
            // A sentence's words are mostly small ("снизил", "ставки"); a credit's are names.
            guard shape.words >= 5, shape.end == .fullStop, shape.cues.isDisjoint(with: credits), !blocks[index].text.containsBytes("/"),
                blocks[index].text.spaceSeparatedWords.filter({ $0.first?.isLowercase == true }).count * 2 >= shape.words
            else { continue }
            roles[index] = .body
        }
    }

    /// "Why you can trust SCMP" under the time stamp, taken for a credit or a caption: a credit names who made a picture, and stands by its caption or
    /// carries its label ("Care of Throggs Neck Associates LLC", "Source: CNN"), an agency, a copyright sign or a
    /// photographer's name. A line above the story with none of them and no caption beside it is the page's furniture.
    static func creditsStandByTheirPictures(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body) else { return }
        let credits: BlockShape.Cues = [
            .creditLine, .captionWithCredit, .trailingCredit, .copyright, .imageCaption, .agencyWord, .nameLike, .url,
        ]
        // "Why you can trust SCMP" right over the picture's caption and its credit: a short line without a stop, no credit
        // of its own — the page's label, not a second caption.
        for index in roles.indices.dropFirst() where index + 1 < firstBody && roles[index] == .caption && roles[index + 1] == .caption {
            guard shapes[index].words <= 6, !shapes[index].end.endsSentence, shapes[index].cues.isDisjoint(with: credits),
                shapes[index + 1].words > shapes[index].words,
                !shapes[index + 1].cues.isDisjoint(with: [.trailingCredit, .captionWithCredit, .creditLine])
                    || index + 2 < roles.count && roles[index + 2] == .credit
            else { continue }
            roles[index] = .other
        }
        for index in roles.indices.dropFirst() where index < firstBody && roles[index] == .credit {
            guard shapes[index].cues.isDisjoint(with: credits), ![.caption, .credit].contains(roles[index - 1]),
                ![.caption, .credit].contains(roles[index + 1]), !blocks[index].text.containsBytes("/"),
                !PictureCredit.isAgency(blocks[index].text), !opens(blocks[index].text, withOneOf: courtesyLabels),
                !opensWithSourceLabel(blocks[index].text)
            else { continue }
            roles[index] = .other
        }
    }
}
