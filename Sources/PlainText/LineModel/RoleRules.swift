import NewsModel

/// What stands after the model's decisions: formats and labelled conventions whose meaning is fixed, and a few
/// constraints of article structure the left-to-right model cannot see (one headline, and what the story's own
/// text around a line says of it). No rule here names an outlet or an article.
enum RoleRules {
    static func apply(_ blocks: [Block], shapes: [BlockShape], _ roles: inout [LineRole]) {
        openingDatelineStartsTheText(blocks, shapes, &roles)
        agencyDatelineLineOpensTheText(blocks, shapes, &roles)
        creditFirstCaptionOverTheStory(blocks, &roles)
        notebookIsNeverStory(blocks, &roles)
        if let first = roles.firstIndex(of: .headline) {
            for index in roles.indices where index > first && roles[index] == .headline { roles[index] = .other }
        }
        searchBoxIsNoHeadline(blocks, shapes, &roles)
        mastheadIsNoHeadline(blocks, shapes, &roles)
        headlineUnderTheSiteHead(shapes, &roles)
        datedListIsNoHeadline(blocks, shapes, &roles)
        creditedCaptionIsNoHeadline(blocks, shapes, &roles)
        bylineLabelOverTheName(blocks, shapes, &roles)
        labelledBreadcrumbIsNavigation(blocks, shapes, &roles)
        breadcrumbOverTheHeadline(blocks, shapes, &roles)
        pageTitleOverTheHeadline(blocks, shapes, &roles)
        labelledLinesKeepTheirRole(blocks, shapes, &roles)
        embeddedPostsAreNoStory(blocks, shapes, &roles)
        captionUnderItsLabel(blocks, shapes, &roles)
        summaryUnderItsLabel(blocks, &roles)
        labelledCaptionHasThePicture(shapes, &roles)
        copyrightNoticeIsNotStory(blocks, shapes, &roles)
        disclaimersAreNoStory(blocks, shapes, &roles)
        licenceNoticeIsNoStory(blocks, shapes, &roles)
        headlineIsNotASentence(shapes, &roles)
        headlineIsNotADate(blocks, shapes, &roles)
        kickerAboveTheHeadline(shapes, &roles)
        kickerOverAHeadlineTakenForAByline(shapes, &roles)
        headlineAboveItsStandfirst(shapes, &roles)
        captionOverItsCreditIsNoHeadline(blocks, shapes, &roles)
        headlineIsNoSignature(shapes, &roles)
        storyTextBetweenParagraphs(shapes, &roles)
        sentencesAreNoCredits(blocks, shapes, &roles)
        // (Before the credits away from a picture are dropped: a heading the model took for one is the story's.)
        headingInsideTheStory(takenFor: .credit, blocks, shapes, &roles)
        creditsStandByTheirPictures(blocks, shapes, &roles)
        echoesAreNotParagraphs(shapes, &roles)
        unpunctuatedLinesBetweenParagraphs(shapes, &roles)
        linksAreNotSubheadings(shapes, &roles)
        capitalsInsideTheStoryAreSubheadings(shapes, &roles)
        loneHeadingsBetweenParagraphs(blocks, shapes, &roles)
        storyAboveItsRelatedBox(blocks, shapes, &roles)
        navigationIsFurniture(blocks, shapes, &roles)
        summaryBoxIsNoStory(blocks, shapes, &roles)
        summaryBulletsAboveTheStory(shapes, &roles)
        dashedLeadOpensTheStory(shapes, &roles)
        gallerySlidesAreCaptions(shapes, &roles)
        captionAboveItsCredit(blocks, shapes, &roles)
        creditBetweenParagraphs(blocks, shapes, &roles)
        creditAboveItsCaption(blocks, shapes, &roles)
        photographerInCapitalsUnderACaption(shapes, &roles)
        creditUnderALabelledCaption(shapes, &roles)
        placedPeopleAreCaptions(blocks, shapes, &roles)
        listsAfterTheirLeadIn(shapes, &roles)
        unbulletedListAfterItsLeadIn(shapes, &roles)
        teasersAreTitles(blocks, shapes, &roles)
        trailersAreAttributions(blocks, shapes, &roles)
        sourceLineClosesTheStory(blocks, shapes, &roles)
        storyRunsToTheWireSeparator(blocks, shapes, &roles)
        contributorsLineIsATrailer(blocks, shapes, &roles)
        lastSentenceBeforeTheEnd(blocks, shapes, &roles)
        closingSentenceIsStoryText(shapes, &roles)
        lastSectionUnderItsHeading(shapes, &roles)
        agencySignOffIsStoryText(blocks, shapes, &roles)
        signedParagraphIsNoCaption(blocks, shapes, &roles)
        // Again, now that related links read as the story's text are paragraphs: a sentence between a picture and a
        // related box ("Leggi anche") had no paragraph after it before.
        storyTextBetweenParagraphs(shapes, &roles, headings: false)
        broadcastSignOffIsNoStory(blocks, shapes, &roles)
        teaserBoxesAreNoHeadings(blocks, shapes, &roles)
        quotedHeadingsOverParagraphs(blocks, shapes, &roles)
        sectionNamesInRelatedLists(shapes, &roles)
        titlesUnderRepeatedSectionLabels(blocks, shapes, &roles)
        videoCaptionsAreNoStory(blocks, shapes, &roles)
        videoEmbedsAreNoStory(blocks, shapes, &roles)
        enlargedPicturesAreCaptions(blocks, shapes, &roles)
        modalPicturesAreCaptions(blocks, shapes, &roles)
        sourceLinesAreNoLinks(blocks, &roles)
        addressesAreNoCredits(blocks, shapes, &roles)
        menusAreNoTeasers(blocks, shapes, &roles)
        authorsNoteIsNoStory(blocks, &roles)
        contactLinesAreNoStory(blocks, &roles)
        subheadingsAreHeadings(blocks, shapes, &roles)
        questionsInsideTheStoryAreHeadings(blocks, shapes, &roles)
        tagListsAreFurniture(blocks, shapes, &roles)
        questionsLikeTheSubheadings(shapes, &roles)
        headingsLikeTheSubheadings(shapes, &roles)
        numberedSectionHeadings(blocks, shapes, &roles)
        sectionUnderAHeadingIsNoCaption(shapes, &roles)
        // Again, now that prose under a heading the model took for a caption is a paragraph: the author box's note may be.
        authorsNoteIsNoStory(blocks, &roles)
        bylinesByTheirWords(blocks, shapes, &roles)
        outletUnderItsReporter(blocks, shapes, &roles)
        proseOverTheBylineIsNoByline(shapes, &roles)
        proseUnderThePictureIsTheLead(shapes, &roles)
        standfirstAboveTheByline(blocks, shapes, &roles)
        everyStoryHasText(blocks, shapes, &roles)
        authorBoxClosesThePage(blocks, &roles)
        headlineBetweenParagraphsIsASubheading(shapes, &roles)
        doubledCaptionIsOne(blocks, shapes, &roles)
        // Again, now that a page the model found no text on has its story: the lists it leads into are the story's too.
        listsAfterTheirLeadIn(shapes, &roles)
        leadUnderTheByline(shapes, &roles)
        storyAboveAnEmbeddedPost(blocks, shapes, &roles)
        secondProseAboveTheStoryIsTheLead(shapes, &roles)
        standfirstUnderTheByline(shapes, &roles)
        standfirstIsNoCaption(shapes, &roles)
        decksUnderCapitalLabels(blocks, shapes, &roles)
        timeStampIsNoCaption(blocks, shapes, &roles)
        sourcesUnderTheTimeStamp(blocks, shapes, &roles)
        oneCaptionUnderTheHeadline(shapes, &roles)
        capitalisedLeadInOpensTheStory(blocks, shapes, &roles)
        captionsWithAnEmptyCredit(blocks, shapes, &roles)
        capitalLinksAreTeasers(blocks, shapes, &roles)
        videoBlocksAreNoStory(blocks, shapes, &roles)
        boxTitleIsNoHeading(shapes, &roles)
        researchNotesCloseTheStory(blocks, &roles)
        disclaimersAreNoStory(blocks, shapes, &roles)
        paywallClosesThePage(blocks, &roles)
        sitePromotionIsNoStory(blocks, &roles)
        promotionsAreNoStory(blocks, shapes, &roles)
        postalAddressIsNoStory(blocks, shapes, &roles)
        liveBlogEntries(blocks, shapes, &roles)
        closingBoxIsNoStory(blocks, shapes, &roles)
        commentsCloseThePage(blocks, shapes, &roles)
        truncatedExcerptsCloseThePage(blocks, shapes, &roles)
        sentenceBeforeTheCommentsIsStoryText(blocks, shapes, &roles)
        courtesyCreditMakesACaption(blocks, shapes, &roles)
        paragraphBeforeAnAdvertisement(blocks, shapes, &roles)
        lowercaseWordIsNoHeadline(blocks, &roles)
        labelIsNoHeadline(blocks, shapes, &roles)
        repeatedTagRowIsNoHeadline(blocks, shapes, &roles)
        headlineWithItsKickerIsNoByline(blocks, &roles)
        leadInBetweenParagraphsIsText(shapes, &roles)
        promotionInsideTheStory(blocks, shapes, &roles)
        newsletterBoxIsNoStory(blocks, shapes, &roles)
        leadInIsNoCredit(blocks, shapes, &roles)
        scoreLineIsNoByline(blocks, shapes, &roles)
        deckBeforeTheStoryIsNoSubheading(shapes, &roles)
        // Again at the end: the rules on the story's text between paragraphs may have taken a post for one.
        embeddedPostsAreNoStory(blocks, shapes, &roles)
        siteFurnitureIsNoStory(blocks, shapes, &roles)
        footerUnderTheCopyright(blocks, shapes, &roles)
        photographerUnderACaptionBesideTheByline(shapes, &roles)
        titleAboveTheStoryIsTheHeadline(shapes, &roles)
        storyBeforeItsFirstHeading(shapes, &roles)
        // (After the rule above: a notice over the title set twice is no lead.)
        doubledTitleIsTheHeadline(blocks, shapes, &roles)
        pictureTextAroundTheTitle(blocks, shapes, &roles)
        headlineAboveTheByline(shapes, &roles)
        headlineRightAboveTheByline(shapes, &roles)
        cutTeaserAboveTheHeadline(blocks, shapes, &roles)
        capitalHeadingLikeTheOthers(blocks, shapes, &roles)
        bulletedTitleLikeTheTeasers(shapes, &roles)
        quotedSpeechIsNoTeaser(blocks, shapes, &roles)
        headingInsideTheStory(takenFor: .byline, blocks, shapes, &roles)
        headingLikeTheStorysOthers(blocks, shapes, &roles)
        headingWithAColonIsNoByline(blocks, shapes, &roles)
        bylineBelowTheStoryNamesSomeone(blocks, shapes, &roles)
        publicationTimeIsNoLink(blocks, shapes, &roles)
        placeAndDateIsNoHeading(blocks, shapes, &roles)
        separatorIsNoParagraph(blocks, shapes, &roles)
        authorBoxLabelIsNoByline(blocks, shapes, &roles)
        developingStoryNoteIsNoStory(blocks, shapes, &roles)
        numberedMenuItemIsNoCaption(blocks, shapes, &roles)
        captionCopyIsNoParagraph(shapes, &roles)
        storyGoesOnUnderAPicture(blocks, shapes, &roles)
        creditUnderItsLabel(blocks, shapes, &roles)
        attributedSentenceIsNoCaption(blocks, shapes, &roles)
        paragraphWithoutPictureIsNoCaption(shapes, &roles)
        headingsTakenForPictureLines(blocks, shapes, &roles)
        headlineAgainIsNoStoryLine(blocks, &roles)
        storyLinesTakenForPictureLines(blocks, shapes, &roles)
        quotedParagraphWithItsAgencyIsNoCaption(blocks, shapes, &roles)
        // (After the rules that read long captions without a credit back as paragraphs: the date is this one's mark.)
        datedCaptionsBetweenParagraphs(blocks, shapes, &roles)
        rightsNoticeIsNoPicture(blocks, shapes, &roles)
        shareToolbarIsNoByline(blocks, shapes, &roles)
        bracketedTeasersAreTeasers(blocks, &roles)
        // Late: the rules on headings above the story's first paragraph would undo the first entry's.
        stampedLiveEntriesAreHeadings(blocks, shapes, &roles)
        videoCreditIsNoPicture(blocks, &roles)
        releaseContactsAndDisclaimersAreNoStory(blocks, &roles)
        // Last: the rules between paragraphs would take the copy for a heading.
        doubledCaptionIsOne(blocks, &roles)
    }

    /// A subheading names a section once. Not one: a line the page repeats word for word (a live blog's author
    /// stamp, "Key event"), a fragment that opens or ends with a dash ("– USCG dispatcher, CNN", "Brian Manning
    /// -"), a credit ending in "photo", a signature ("Caroline Hawley, BBC diplomatic correspondent"), a ticker
    /// line of figures, a "Tags …" line — nor a heading with no story text after it, which heads no section (the
    /// label of a tag list at a page's foot, "Explore more on these topics").
    private static func subheadingsAreHeadings(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        if let lastText = roles.lastIndex(of: .body) {
            for index in (lastText + 1)..<roles.count where roles[index] == .subheading { roles[index] = .other }
        }
        var seen: [String: Int] = [:]
        for index in roles.indices where roles[index] == .subheading { seen[blocks[index].text, default: 0] += 1 }
        for index in roles.indices where roles[index] == .subheading {
            let text = blocks[index].text
            let words = text.spaceSeparatedWords
            guard let first = words.first, let last = words.last else { continue }
            let figures = words.filter { $0.contains(where: \.isNumber) }.count
            let isFragment = Self.dashes.contains(first) || Self.dashes.contains(last)
            let isCredit = ["photo", "photos", "foto", "fotos"].contains(last.lowercasedOnBytes()) && words.count >= 2
            // A signature ("Caroline Hawley, BBC diplomatic correspondent") or a staff byline of two or three words ("Echo
            // reporter", "Digital Desk staff").
            let lastWord = String(last.lowercasedOnBytes().filter(\.isLetter))
            let isSignature =
                signatureRoles.contains(lastWord) && (text.containsBytes(", ") || words.count <= 3)
                || lastWord == "staff" && (2...3).contains(words.count)
            let isTags = first == "Tags" || first == "TAGS" || first == "Tags:"
            // "Avge   Rate-X  Level    Price  Price": a table's row, its columns set apart by runs of spaces.
            let isTableRow = text.trimmingWhitespace().containsBytes("   ")
            if PictureCredit.opensWithCreditWord(text) {
                roles[index] = .credit
            } else if text.containsBytes(". "), !shapes[index].cues.isDisjoint(with: [.captionWithCredit, .trailingCredit]) {
                // "Rescue workers search the rubble on Tuesday. REUTERS/Umit Bektas": a sentence and its credit are a
                // picture's caption; no heading carries a credit.
                roles[index] = .caption
            } else if (seen[text] ?? 0) > 1 || isFragment || isCredit || isSignature || figures >= 3 || isTags || isTableRow {
                roles[index] = .other
            } else if shapes[index].start == .lowercase, index > 0, roles[index - 1] == .body {
                // "points the letter outlined …": a sentence broken off the paragraph before it, not a heading.
                roles[index] = .body
            }
        }
    }
    private static let dashes: Set<Substring> = ["-", "–", "—"]

    /// "Why It Matters", "What To Know" between paragraphs (Newsweek): capitalised like a name, so the model may take
    /// them for a byline, but no one's name opens with a question word — a heading of the story's next section.
    private static func questionsInsideTheStoryAreHeadings(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body) else { return }
        for index in roles.indices where index > firstBody && index + 1 < roles.count && roles[index] == .byline {
            guard roles[index + 1] == .body, shapes[index].words <= 8, shapes[index].cues.isDisjoint(with: [.byline, .bylineWord]),
                let first = blocks[index].text.spaceSeparatedWords.first, questionWords.contains(String(first))
            else { continue }
            roles[index] = .subheading
        }
    }
    private static let questionWords: Set<String> = [
        "What", "Why", "How", "When", "Where", "Who", "Which", "Was", "Warum", "Wie", "Wann", "Wo", "Wer", "Pourquoi", "Comment",
        "Quand", "Qué", "Cómo", "Cuándo", "Perché", "Come", "Quando", "Proč", "Jak", "Kdy", "Что", "Почему", "Как",
    ]

    /// "Filed under: Congress, Agriculture", "Tags: …", "Themen: …": the page's keywords, never a teaser, a caption or
    /// story text; nor is a short widget line without a full stop ("Sign up for our free Health newsletter") story text.
    private static func tagListsAreFurniture(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where [.teaser, .body, .subheading, .caption, .byline].contains(roles[index]) {
            // "Topics" on a line of its own, the list of them under it ("AI, Generative AI, OpenAI").
            let underLabel =
                index > 0 && tagLabelAlone(blocks[index - 1].text) && !shapes[index].end.endsSentence && shapes[index].words <= 30
            if underLabel && roles[index] != .byline || opensWithTagLabel(blocks[index].text) {
                roles[index] = .other
            } else if roles[index] == .body, shapes[index].cues.contains(.widget), shapes[index].words <= 12,
                !shapes[index].end.endsSentence
            {
                roles[index] = .other
            }
        }
    }
    private static let tagLabels = [
        "filed under", "tags:", "topics:", "themen:", "schlagwörter:", "mots-clés", "etiquetas:", "temas:", "tagy:", "témata:", "теги:",
        "Теги:", "keywords", "related subjects", "related topics", "schlagworte",
        // The Guardian's topic tags under the story.
        "explore more on these topics",
        // "Filed under" in the other languages of the copy ("Archivado En" over the tags).
        "archivado en", "archiviato in", "classé dans", "classé sous", "abgelegt unter",
        // A tag's or a month's archive page over its latest post ("Posts tagged with "Study Finds"").
        "posts tagged", "articles tagged", "stories tagged", "archive for", "archives for",
        // WordPress's archive page titles ("Tag Archives: ruido", "Archivo de la etiqueta: ruido") in the copy's languages.
        "tag archives", "category archives", "archivo de la etiqueta", "archivo de la categoría", "archivo de etiqueta",
        "archivos de la etiqueta", "archives de l’étiquette", "archives de l'étiquette", "archives de la catégorie",
        "schlagwort-archiv", "kategorie-archiv", "archivio tag", "archivio dei tag", "archivio categoria", "archivio della categoria",
    ]
    private static let tagLabelBytes = tagLabels.map { Array($0.utf8) }

    /// A keyword label alone on its line ("Topics", "Tags:", "Themen").
    static func tagLabelAlone(_ text: String) -> Bool {
        text.utf8.count <= 16
            && {
                var label = text.trimmingWhitespace().lowercasedOnBytes()
                if label.hasSuffixOnBytes(":") { label.removeLast() }
                return aloneTagLabels.contains(label)
            }()
    }
    private static let aloneTagLabels: Set<String> = [
        "topics", "tags", "themen", "schlagwörter", "schlagworte", "mots-clés", "temas", "tagy", "témata", "теги", "argomenti",
    ]

    /// Whether the text opens with a keyword label ("Filed under", "Tags:").
    static func opensWithTagLabel(_ text: String) -> Bool { opens(text, withOneOf: tagLabelBytes) }

    /// Whether the text opens with one of `labels` (lower-case UTF-8), its ASCII letters in any case — compared on the
    /// bytes: every paragraph is asked, and lower-casing whole paragraphs cost more than the rules that ask.
    static func opens(_ text: String, withOneOf labels: [[UInt8]]) -> Bool {
        text.withUTF8Bytes { bytes in
            guard let first = bytes.first else { return labels.contains(where: \.isEmpty) }
            // Most labels differ from the text in their first letter: compared before the rest.
            let folded = (65...90).contains(first) ? first + 32 : first
            return labels.contains { label in
                (label.first == folded || label.first == first || label.isEmpty) && label.count <= bytes.count
                    && zip(label, bytes).allSatisfy { wanted, byte in wanted == byte || (65...90).contains(byte) && wanted == byte + 32 }
            }
        }
    }
    static let signatureRoles: Set<String> = [
        "correspondent", "editor", "reporter", "writer", "producer", "journalist", "columnist", "analyst", "presenter",
        "korrespondent", "korrespondentin", "redakteur", "redakteurin", "correspondant", "correspondante", "corresponsal",
    ]

    /// A story has text: when the model put no block in the body, its running sentences after the headline are
    /// the body (a short page unlike any the weights were fitted on must not come out empty). A "headline" under all of
    /// the page's running sentences heads nothing: it is the signature a press office sets under its release ("mjr. Bc.
    /// Kateřina Pešková"), and the sentences above it are the story.
    private static func everyStoryHasText(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
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
    private static func proseTakenForACaptionIsTheStory(
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
    private static func navigationIsFurniture(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
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
    private static func summaryBoxIsNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
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
    private static let nextStepLabels = ["what's next", "what’s next", "what happens next"].map { Array($0.utf8) }

    /// A story-opening dateline ("LONDON (Reuters) -", "CITY, date /PRNewswire/ --", "(CNN) —") starts the text; the
    /// prose between the headline and it is the standfirst ("Ministr financí … označil návrh za odpovědný. Opozice ho
    /// kritizuje." over "Praha - Vláda …"), not the story's first paragraph.
    private static func openingDatelineStartsTheText(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
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

    /// Whether the text's dateline, as `LineRules.dateline` reads it, is a word and a colon ("Above: A WeWork space …"): a
    /// caption's label, which the dateline expression's "PLACE:" form matches too.
    private static func opensWithALabel(_ text: String) -> Bool {
        guard let dateline = LineRules.dateline.match(text)?[1] else { return false }
        return dateline.last(where: { $0 != " " }) == ":"
    }

    /// "Gera (ots)" alone over the first paragraph is the story's dateline (`AgencyDatelineLine`), neither a byline nor a
    /// caption, and the paragraph under it is the story's first.
    private static func agencyDatelineLineOpensTheText(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
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
    private static func deckBeforeTheStoryIsNoSubheading(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body) else { return }
        for index in 0..<firstBody where roles[index] == .subheading && shapes[index].words >= 8 {
            roles[index] = .other
        }
    }

    /// "ASSOCIATED PRESS Education Secretary Betsy DeVos \"took immediate action\" …" between the headline and the story:
    /// a picture's caption with its credit set first in capitals (`PictureCredit.leadingCapitalsCredit`), not a standfirst.
    private static func creditFirstCaptionOverTheStory(_ blocks: [Block], _ roles: inout [LineRole]) {
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
    private static func notebookIsNeverStory(_ blocks: [Block], _ roles: inout [LineRole]) {
        guard let start = blocks.firstIndex(where: { LineRules.notebookStart.matches(in: $0.text) }) else { return }
        for index in start..<roles.count { roles[index] = .other }
    }

    /// Lines whose label says what they are: "Read also: …", "Image caption …", "(photo: X)", "Foto: X", "(Reporting by …)";
    /// a line set apart that ends with a credit ("… REUTERS/Name") is a caption, and so is a short paragraph whose
    /// credit is labelled ("… Credit: EPA", "… | Foto: X", "… © X").
    // (And "Photo by Stephen Nessen/Gothamist" on its own line, under its caption.)
    static let courtesyLabels = [
        "courtesy of ", "care of ", "photo courtesy of ", "image courtesy of ", "photo by ", "photos by ", "photograph by ",
    ].map {
        Array($0.utf8)
    }

    private static func labelledLinesKeepTheirRole(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in shapes.indices {
            let shape = shapes[index]
            let cues = shape.cues
            if shape.words <= 10, !shape.end.endsSentence, opens(blocks[index].text, withOneOf: courtesyLabels) {
                // "Care of Throggs Neck Associates LLC", "Courtesy of the family": who gave the picture, on its own line.
                roles[index] = .credit
            } else if cues.contains(.relatedTeaser) || shape.words <= 40 && LineRules.capitalMoreTeaser.matches(in: blocks[index].text) {
                roles[index] = .teaser
            } else if cues.contains(.imageCaption) || cues.contains(.captionWithCredit) && roles[index] != .headline {
                roles[index] = .caption
            } else if cues.contains(.creditLine) && shape.words <= 12 && roles[index] != .caption {
                // "Foto: Red Eléctrica", "Credit: EPA": a labelled credit is a credit, whatever its neighbours.
                roles[index] = .credit
            } else if cues.contains(.editorsNote), roles[index] == .teaser {
                // "(Updates with Lagarde comments from fifth paragraph.)": the desk's note on the story, no link.
                roles[index] = .other
            } else if shape.words <= 6, cues.contains(.byline), LineRules.signedByNewsroom(blocks[index].text) {
                // "Redazione ANSA": the newsroom's signature, though an agency's name ends it as it ends a credit.
                roles[index] = .byline
            } else if cues.contains(.reportingTrailer) || LineRules.contributedTrailer.matches(in: blocks[index].text)
                || LineRules.agencyMaterialTrailer.matches(in: blocks[index].text)
                || shape.words <= 20 && LineRules.fullStoryPointer.matches(in: blocks[index].text)
                // "(Except for the headline, this story has not been edited by NDTV staff and is published from a
                // syndicated feed.)": the Indian outlets' note on agency copy.
                || shape.words <= 60 && blocks[index].text.containsBytes("syndicated feed"),
                shape.characters < 400
            {
                roles[index] = .trailer
            } else if roles[index] == .credit, shape.words >= 3, PictureCredit.hasGluedImageSourceLabel(blocks[index].text) {
                // "Claire PerryImage source, PA": the caption the page set beside BBC's credit label, run onto it.
                roles[index] = .caption
            } else if cues.contains(.dateOnly), roles[index] == .body {
                // "PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: …": a publication time, never story text
                // (what is left of the line after the date is a second date or a label).
                roles[index] = .other
            } else if index > 0, cues.contains(.trailingCredit), shape.words >= 3, !cues.contains(.byline), !cues.contains(.dateOnly),
                roles[index] == .other
                    || [.body, .teaser, .byline].contains(roles[index]) && shape.words <= 40
                        && PictureCredit.hasLabelledCredit(blocks[index].text)
            {
                // A teaser does not end with "Credit: X": a gallery caption read as a list of links is a caption. Nor
                // does a byline: "Javier Milei, en la Casa Rosada. Foto: Presidencia" opens with a name, but is one.
                roles[index] = .caption
                // "Президент России Владимир Путин" / "© Гавриил Григоров/ пресс-служба президента РФ/ ТАСС": a line
                // that opens with the copyright sign is all credit, and the short line right above it its caption.
                if blocks[index].text.trimmingWhitespace().hasPrefixOnBytes("©") {
                    roles[index] = .credit
                    let above = shapes[index - 1]
                    if roles[index - 1] == .other, shape.blankLinesBefore == 0, (2...25).contains(above.words), above.hasLetterWords,
                        above.cues.isDisjoint(with: [.dateOnly, .time, .widget, .byline, .furnitureLabel, .url, .copyright])
                    {
                        roles[index - 1] = .caption
                    }
                }
            }
        }
    }

    /// "Summary:" on a line of its own over the story (ScienceDaily sets "Date:", "Source:" and "Summary:" so, each
    /// with its value under it): the paragraph under the label is the page's summary, a standfirst, not the lead.
    private static func summaryUnderItsLabel(_ blocks: [Block], _ roles: inout [LineRole]) {
        guard let first = roles.firstIndex(of: .body), first >= 1, roles[first - 1] == .other, first + 1 < roles.count,
            roles[first + 1] == .body
        else { return }
        let label = blocks[first - 1].text.utf8
        guard label.count <= 24, label.last == UInt8(ascii: ":"),
            opens(blocks[first - 1].text, withOneOf: summaryLabels)
        else { return }
        roles[first] = .other
    }
    private static let summaryLabels = [
        "summary", "abstract", "zusammenfassung", "résumé", "resumen", "sommario", "riassunto", "shrnutí", "in short",
    ].map { Array($0.utf8) }

    /// "Image caption," on a line of its own: the label is furniture and the short line under it is the caption.
    private static func captionUnderItsLabel(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in shapes.indices.dropLast() where shapes[index].words <= 3 && LineRules.captionLabel.matches(in: blocks[index].text) {
            let next = shapes[index + 1]
            guard next.words <= 60, next.cues.isDisjoint(with: [.byline, .dateline, .datelineLine, .dateOnly]),
                !LineRules.captionLabel.matches(in: blocks[index + 1].text)
            else { continue }
            roles[index] = .other
            roles[index + 1] = .caption
        }
    }

    /// A rights line ("Copyright 2023 Nexstar Media Inc. All rights reserved. …", "© AFP 2024") is the item's
    /// copyright notice, never story text — but "Copyright law changed…" opening a paragraph is.
    private static func copyrightNoticeIsNotStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        // (Nor a link's title: "© 2024 Cox Media Group" under a list of links.)
        for index in shapes.indices where (roles[index] == .body || roles[index] == .teaser) && shapes[index].cues.contains(.copyright) {
            let text = blocks[index].text
            let opening = text.prefix(40)
            let yearNear = opening.split(separator: " ").prefix(4).contains { word in
                word.count == 4 && (word.hasPrefixOnBytes("19") || word.hasPrefixOnBytes("20")) && word.allSatisfy(\.isNumber)
            }
            if opening.containsBytes("©") || opening.lowercasedOnBytes().hasPrefixOnBytes("(c)") || yearNear
                || LineRules.rightsReserved.matches(text)
            {
                roles[index] = .other
            }
        }
    }

    /// A headline is not a sentence with its full stop, nor a caption with its credit: when the model took one
    /// for it, an earlier short line is the headline. Nor is it a paragraph.
    private static func headlineIsNotASentence(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
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
    private static func kickerAboveTheHeadline(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
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
    private static func kickerOverAHeadlineTakenForAByline(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
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
    private static func headlineIsNotADate(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
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

    /// Inside the story (text before and after), a full sentence is text and a short capitalised line without a
    /// full stop is a subheading (unless `headings` is false), where the model left them out. Not a sentence whose
    /// words the story repeats (a pull quote, `echoesAreNotParagraphs`).
    private static func storyTextBetweenParagraphs(_ shapes: [BlockShape], _ roles: inout [LineRole], headings: Bool = true) {
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
    private static func sentencesAreNoCredits(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
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
    private static func creditsStandByTheirPictures(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
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

    /// A line with a web address is a link, never a subheading ("More AP NBA: https://apnews.com/NBA"); nor is a
    /// line without a letter or a digit (AP's "___" before its trailer, "* * *"), which only separates.
    private static func linksAreNotSubheadings(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .subheading {
            let shape = shapes[index]
            if shape.cues.contains(.url) || shape.capitalised == 11 && shape.digits == 0 { roles[index] = .other }
        }
    }

    /// A short line in capitals with story text before and after it ("KAZAKHSTAN WINS AGAIN", "UP NEXT") is the
    /// agency-style subheading: not a trailer (story text follows it), not a byline, not a paragraph.
    private static func capitalsInsideTheStoryAreSubheadings(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body), let lastBody = roles.lastIndex(of: .body), lastBody > firstBody + 1 else {
            return
        }
        let notHeading: BlockShape.Cues = [
            .signOff, .agencyWord, .url, .email, .copyright, .dateOnly, .time, .widget, .creditLine, .captionWithCredit,
            .trailingCredit, .relatedTeaser, .furnitureLabel, .relatedLabel, .onlyNumber, .sentence, .reportingTrailer,
        ]
        for index in (firstBody + 1)..<lastBody where [.trailer, .byline, .body, .other].contains(roles[index]) {
            let shape = shapes[index]
            guard shape.allCaps, shape.words >= 1, shape.words <= 6, shape.characters >= 4, shape.cues.isDisjoint(with: notHeading),
                shape.end != .fullStop, shape.end != .colon, shape.end != .comma
            else { continue }
            roles[index] = .subheading
        }
    }

    /// A heading-shaped line between two paragraphs that the model called a credit or a teaser, with nothing that
    /// makes it one — no credit label and no caption next to it, no teaser label or list around it — is a
    /// subheading: a credit belongs to a picture, a teaser to a list of links.
    private static func loneHeadingsBetweenParagraphs(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard roles.count >= 3 else { return }
        let creditCues: BlockShape.Cues = [.creditLine, .trailingCredit, .captionWithCredit, .imageCaption]
        for index in 1..<(roles.count - 1) where roles[index] == .credit || roles[index] == .teaser {
            let shape = shapes[index]
            guard roles[index - 1] == .body, roles[index + 1] == .body, isHeadlineShaped(shape), shape.words <= 12,
                shape.start == .uppercase || shape.start == .digit, shape.cues.isDisjoint(with: creditCues),
                !shape.cues.contains(.bullet), !startsWithCapitalLabel(blocks[index].text)
            else { continue }
            roles[index] = .subheading
        }
    }

    /// "PREVIOUS Cost-of-living adjustment …", "WATCH Storm hits coast": a label in capitals before a title in
    /// ordinary case, the way inline teasers are set.
    private static func startsWithCapitalLabel(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: 1)
        guard words.count == 2, let label = words.first, label.count >= 3 else { return false }
        return label.allSatisfy { $0.isUppercase || !$0.isLetter } && words[1].contains { $0.isLowercase }
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
