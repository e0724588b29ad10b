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

    static let signatureRoles: Set<String> = [
        "correspondent", "editor", "reporter", "writer", "producer", "journalist", "columnist", "analyst", "presenter",
        "korrespondent", "korrespondentin", "redakteur", "redakteurin", "correspondant", "correspondante", "corresponsal",
    ]

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
}
