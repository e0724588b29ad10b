import Foundation
import NewsModel

/// The line-by-line reading of one article: first the head (tags, headline, byline, picture lines),
/// then the body in blocks, then trailers and notes.
struct ArticleAssembly {
    let file: String?
    var item = NewsItem(guid: "")
    var diagnostics: [Diagnostic] = []
    /// Bytes of text kept out of the story as notes (furniture, labels): reported when they are a large share.
    var keptOutBytes = 0
    var keptOutBlocks = 0
    let envelope: EnvelopeMetadata
    var pendingDateline: String?

    init(file: String?, envelope: EnvelopeMetadata) {
        self.file = file
        self.envelope = envelope
        if let slugline = envelope.slugline { item.slugline = slugline }
        if let headline = envelope.headline, !headline.isEmpty { item.headlines = [TextWithRole(headline)] }
        if !envelope.headerLines.isEmpty {
            item.preserved.append(
                PreservedProperty(container: "envelope", format: "plaintext", serialized: envelope.headerLines.joined(separator: "\n")))
        }
        if !envelope.trailerLines.isEmpty {
            item.preserved.append(
                PreservedProperty(
                    container: "envelope-trailer", format: "plaintext", serialized: envelope.trailerLines.joined(separator: "\n")))
        }
    }

    mutating func read(_ lines: [SourceLine], model: LineRoleModel?, modelRoles: [LineRole]? = nil) {
        let (blocks, shapes) = Self.blocks(of: lines)
        var roles = model?.roles(of: shapes) ?? Self.fallbackRoles(shapes)
        if let modelRoles, modelRoles.count == roles.count { roles = modelRoles }
        RoleRules.apply(blocks, shapes: shapes, &roles)
        // The envelope's headline field (a ZCZC "$" line) names the headline: a block the model took for it is the
        // lead paragraph when it is a sentence, else a note.
        if let headline = envelope.headline, !headline.isEmpty {
            for index in roles.indices where roles[index] == .headline {
                roles[index] = blocks[index].text != headline && shapes[index].cues.contains(.sentence) ? .body : .other
            }
        }
        assemble(blocks, shapes: shapes, roles: roles)
        // A wire alert is one dateline-led sentence ("HONOLULU (AP) _ Hawaii files court challenge …"): its text is
        // the story and, without the dateline, its headline.
        if item.body.isEmpty, let headline = item.headlines.first?.text, shapes.count <= 3 {
            let text = extractDateline(headline)
            if text != headline {
                item.body = [.paragraph(text)]
                item.headlines = [TextWithRole(text)]
            }
        }
        QuoteFinder.attributeQuotes(in: &item)
    }

    /// "- В результате ДТП водитель скончался, - сообщили в Госавтоинспекции.": Russian, and other languages' copy,
    /// opens direct speech with a dash and sets the speaker after a second one — a paragraph, not a list's item.
    static func isDashedSpeech(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { $0 != " " }), first == "-" || first == "–" || first == "—" else {
            return false
        }
        return dashedSpeechAttributions.matches(text)
    }
    private static let dashedSpeechAttributions = ProbeSet(
        anywhereIn: [", - ", ", – ", ", — ", "! - ", "! – ", "! — ", "? - ", "? – ", "? — ", ". - ", ". – ", ". — "])

    /// Without weights (the resource is missing): the first line is the headline, the rest is text.
    private static func fallbackRoles(_ shapes: [BlockShape]) -> [LineRole] {
        shapes.indices.map { $0 == 0 && shapes[0].words <= 25 ? .headline : .body }
    }

    // MARK: Assembly

    private mutating func assemble(_ blocks: [Block], shapes: [BlockShape], roles: [LineRole]) {
        var sawParagraph = false
        var pendingList: [String] = []
        var awaitingCaption: (picture: Int, block: Int)?
        var lastCaption: (picture: Int, block: Int)?
        func flushList(_ assembly: inout ArticleAssembly) {
            if !pendingList.isEmpty {
                assembly.item.body.append(.list(pendingList, ordered: false))
                pendingList = []
            }
        }
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            let text = block.text
            let role = roles[index]
            defer { index += 1 }
            if role != .body { flushList(&self) }
            // "… a ajouté le préfet. (Claire Morel, édité par Marc Leroy)": the story's last sentence with the wire's
            // reporting line run onto it, which the model took for the trailer or left out for that line — the sentence
            // is the story's.
            if sawParagraph, role == .trailer || role == .other, !roles[(index + 1)...].contains(.body),
                let (story, trailer) = RoleRules.reportingTrailerRunOn(text), story.spaceSeparatedWordCount >= 6
            {
                findSources(in: story)
                item.body.append(.paragraph(story))
                item.editorialNotes.append(trailer)
                continue
            }
            switch role {
            case .headline:
                var headline = text
                // A headline wrapped over two lines: the second is short and ends the block.
                // One that stops on a short lower-case word ("… for Small Ports and") goes on whatever the next line
                // was taken for (a capitalised rest reads like a byline).
                let unfinished =
                    headline.spaceSeparatedWords.last.map { Self.joiningWords.contains(String($0)) } ?? false
                    && index + 1 < blocks.count && shapes[index + 1].cues.isDisjoint(with: [.byline, .bylineWord])
                if index + 1 < blocks.count, shapes[index + 1].blankLinesBefore == 0,
                    roles[index + 1] == .other || roles[index + 1] == .subheading || unfinished && roles[index + 1] == .byline,
                    !headline.isShorter(than: 40), !endsSentence(headline), blocks[index + 1].text.characterCount < headline.characterCount,
                    index + 2 >= blocks.count || shapes[index + 2].blankLinesBefore > 0, !isHeadMetadata(blocks[index + 1].text)
                {
                    headline += " " + blocks[index + 1].text
                    index += 1
                }
                if let (title, site) = Self.titleWithSiteName(headline, repeatedIn: blocks[(index + 1)...].prefix(3)) {
                    headline = title
                    note(site, line: block.line, kind: "site's name after the title")
                }
                setHeadline(headline, line: block.line)
            case .byline:
                if !readByline(text) { readLooseByline(text, line: block.line) }
            case .caption:
                // "Michael Conroy, AP" right under a caption without credit: the photographer and the agency, the
                // whole line a credit, not a caption "Michael Conroy," with the credit "AP".
                let photographer = Self.isPhotographerAndAgency(text)
                if photographer, let last = lastCaption, index - last.block <= 2, item.pictures[last.picture].creditline == nil {
                    item.pictures[last.picture].creditline = text
                    lastCaption = nil
                    continue
                }
                if lastCaption == nil, photographer || LineRules.creditLine.matches(in: text),
                    captionReadAsParagraph(before: index, credit: text, blocks: blocks, roles: roles)
                {
                    continue
                }
                // "Bei einer Einsatzfahrt … ins Krankenhaus. Von Sascha Hack" (BR): under the headline, the standfirst with
                // its author run on after the author's word — a standfirst and a byline, not a caption and its credit.
                if !sawParagraph, !item.headlines.isEmpty, !item.descriptions.contains(where: { $0.role == "drol:summary" }),
                    let (standfirst, author) = Self.standfirstWithItsAuthor(text)
                {
                    item.descriptions.append(TextWithRole(standfirst, role: "drol:summary"))
                    if !readByline(author) { readLooseByline(author, line: block.line) }
                    continue
                }
                readCaption(text, block: index, line: block.line, awaitingCaption: &awaitingCaption, lastCaption: &lastCaption)
            case .credit:
                if LineRules.reservesRights(text) {
                    addCopyrightNotice(text)
                    continue
                }
                // "Image: Thames Water customers face the biggest rise" (Sky News): the label opens the caption.
                if let caption = PictureCredit.labelledCaption(text) {
                    readCaption(caption, block: index, line: block.line, awaitingCaption: &awaitingCaption, lastCaption: &lastCaption)
                    continue
                }
                // "Christopher Battin Submitted photo" under a gallery counter: a caption with its credit; so is "Dublin
                // Airport. Photo: Frank McGrath" (a sentence, then the labelled credit) read as a credit line. One word
                // before the stop is no caption ("Handout . / Reuters").
                if PictureCredit.markedPhotoCredit(in: text) != nil
                    || !PictureCredit.opensWithCreditWord(text)
                        && PictureCredit.trailingCredit(in: text, splittingCaption: true).map({
                            PictureCredit.endsWithSentenceStop($0.caption) && !$0.credit.isEmpty
                                && $0.caption.split(separator: " ").count(where: { $0.contains(where: \.isLetter) }) >= 2
                        }) == true
                {
                    readCaption(text, block: index, line: block.line, awaitingCaption: &awaitingCaption, lastCaption: &lastCaption)
                    continue
                }
                if lastCaption == nil, captionReadAsParagraph(before: index, credit: text, blocks: blocks, roles: roles) {
                    continue
                }
                let credit = PictureCredit.creditOnly(text)
                // "Colin Brinsden" / "(AAP)": an agency set right under the byline, no caption near, is the story's
                // source, not a picture's credit.
                if lastCaption == nil, index > 0, roles[index - 1] == .byline, shapes[index].blankLinesBefore == 0,
                    PictureCredit.isAgency(credit)
                {
                    addSource(credit)
                    note(text, line: block.line, kind: "byline line")
                    continue
                }
                // (Under the caption, or under its viewer's buttons: "|" / "Open Image Modal".)
                if let last = lastCaption,
                    index - last.block <= 2
                        || (last.block + 1..<index).allSatisfy({ roles[$0] == .other && shapes[$0].words <= 3 }),
                    item.pictures[last.picture].creditline == nil
                {
                    item.pictures[last.picture].creditline = credit
                    lastCaption = nil
                } else {
                    item.pictures.append(Picture(creditline: credit))
                    awaitingCaption = (item.pictures.count - 1, index)
                }
            case .teaser:
                if !readTeaser(text) {
                    let link = RelatedLink(title: Self.strippingListMarker(text), relation: "irel:seeAlso")
                    item.links.append(link)
                    item.body.append(.relatedTeaser(link))
                }
            case .subheading:
                var heading = text
                if let stamped = LineRules.stampedLiveEntryTitle.match(text) {
                    heading = stamped[1]
                    note(stamped[2], line: block.line, kind: "live entry's time stamp")
                }
                // A heading above the story's first paragraph may be its headline; one inside the story heads a section
                // of it, whether or not the page kept its headline.
                if item.headlines.isEmpty, !sawParagraph {
                    setHeadline(heading, line: block.line)
                } else {
                    item.body.append(.subheading(heading, level: 2))
                }
            case .trailer:
                item.editorialNotes.append(text)
            case .other:
                // (Not a box's text under its label: "Disclosure statement" / "Terry Hughes receives funding from …".)
                if !sawParagraph, index == 0 || !shapes[index - 1].cues.contains(.furnitureLabel),
                    isStandfirst(
                        shapes[index], afterHeadline: Self.followsTheHeadline(index, blocks: blocks, shapes: shapes, roles: roles),
                        beforeStory: index + 1 < roles.count && roles[index + 1] == .body),
                    !RoleRules.isPromotion(text), !RoleRules.isUnderVideoLabel(blocks, shapes, index),
                    !RoleRules.isPictureDescription(text),
                    // (Nor the headline set again under itself: the page's heading element and its title.)
                    !(shapes[index].repeated && item.headlines.first?.text == text.trimmingWhitespace()),
                    // (Nor a picture's caption set again right under itself: MailOnline's doubled captions.)
                    !(shapes[index].repeated && index > 0 && roles[index - 1] == .caption && blocks[index - 1].text == text)
                {
                    item.descriptions.append(TextWithRole(text, role: "drol:summary"))
                } else {
                    readOther(text, line: block.line, sawParagraph: sawParagraph)
                }
            case .body:
                if LineRules.editorsNote.matches(in: text) && (text.hasPrefixOnBytes("(") || text.hasPrefixOnBytes("Ed")) {
                    item.editorialNotes.append(text)
                    continue
                }
                if LineRules.isCopyrightNotice(text) {
                    addCopyrightNotice(text)
                    continue
                }
                var paragraph = text
                if block.lineCount == 1, let bullet = LineRules.bullet.match(text), !bullet[1].isEmpty, !Self.isDashedSpeech(text) {
                    // "- Auch wenn es eine heiße Spur … nicht gibt: … Deshalb war er …": one dashed paragraph of prose
                    // among plain ones, as some e-paper pages mark each paragraph, is the story's paragraph, no list.
                    let isBullet = { (other: Int) in
                        roles.indices.contains(other) && roles[other] == .body && shapes[other].cues.contains(.bullet)
                    }
                    guard shapes[index].words >= 30, shapes[index].sentences >= 2, !isBullet(index - 1), !isBullet(index + 1),
                        pendingList.isEmpty
                    else {
                        pendingList.append(bullet[1])
                        continue
                    }
                    paragraph = bullet[1]
                }
                flushList(&self)
                // "… with only 5% contained. Advertisement": the ad slot's label is no part of the paragraph.
                if let rest = RoleRules.withoutAdvertisementLabel(text), endsSentence(rest) {
                    paragraph = rest
                    note("Advertisement", line: block.line, kind: "advertisement label")
                }
                // "… in Makati City. – Rappler.com": the sign-off run onto the story's last sentence is its trailer.
                if !roles[(index + 1)...].contains(.body) {
                    if let (story, signOff) = RoleRules.signOffRunOn(paragraph) ?? RoleRules.bareSignOff(paragraph) {
                        paragraph = story
                        item.editorialNotes.append(signOff)
                    } else if let (story, trailer) = RoleRules.reportingTrailerRunOn(paragraph) {
                        paragraph = story
                        item.editorialNotes.append(trailer)
                    }
                }
                if !sawParagraph { paragraph = extractDateline(paragraph) }
                sawParagraph = true
                findSources(in: paragraph)
                item.body.append(.paragraph(paragraph))
            }
        }
        flushList(&self)
    }

    /// A credit line right under what was read as a paragraph, with story text after it: that paragraph was the
    /// picture's caption (web pages set the caption, then "Photo: X" or "Name, AP"). A credit followed by a
    /// caption is that caption's ("Image copyright X" / "Image caption Y") and is left alone. Not a paragraph of two
    /// sentences or more set apart from the credit by a blank line: the story's text over a picture that has no caption
    /// ("Foto: Michal Šula, MAFRA" under iDNES's paragraph, "Foto: X / dpa" under Der Spiegel's).
    private mutating func captionReadAsParagraph(
        before index: Int, credit text: String, blocks: [Block], roles: [LineRole]
    ) -> Bool {
        guard index > 0, roles[index - 1] == .body, case .paragraph(let previous)? = item.body.last, previous == blocks[index - 1].text,
            previous.spaceSeparatedWordCount <= 80,
            Self.sentenceCount(previous) < 2 || blocks[index].line == blocks[index - 1].line + blocks[index - 1].lineCount,
            [LineRole.body, .subheading].contains(roles[(index + 1)...].first(where: { $0 != .other })),
            Self.isPhotographerAndAgency(text) || PictureCredit.creditOnly(text) != text.trimmingWhitespace() || text.hasPrefixOnBytes("©")
                || PictureCredit.opensWithCreditWord(text)
        else { return false }
        item.body.removeLast()
        let credit = PictureCredit.creditOnly(text)
        item.pictures.append(Picture(caption: previous, creditline: credit))
        return true
    }

    /// Sentences by their ends: a full stop, "!" or "?" at the end or before white space and a capital ("Nov. 6, 2023."
    /// is one sentence, "Odbory zvýšení přivítaly. Podle nich …" two).
    static func sentenceCount(_ text: String) -> Int {
        var count = 0
        var scalars = text.unicodeScalars.makeIterator()
        var afterStop = false
        var sawSpace = false
        while let scalar = scalars.next() {
            if afterStop, scalar.isSpaceLike {
                sawSpace = true
                continue
            }
            if afterStop, sawSpace, scalar.isUppercaseLetter || scalar == "\"" || scalar == "“" || scalar == "„" || scalar == "«" {
                count += 1
            }
            afterStop = scalar == "." || scalar == "!" || scalar == "?"
            sawSpace = false
        }
        return count + (afterStop ? 1 : 0)
    }

    private static let nameEdges = CharacterSet(charactersIn: " ,/-–|")

    /// "Michael Conroy, AP", "Ringo H.W. Chiu / AFP": a name of two to four capitalised words, then an agency.
    /// A sentence, then the author's word and a name after its stop ("… ins Krankenhaus. Von Sascha Hack", "… on
    /// Tuesday. By Jane Doe"): the standfirst and its byline.
    static func standfirstWithItsAuthor(_ text: String) -> (standfirst: String, byline: String)? {
        guard text.utf8.count <= 600 else { return nil }
        for word in [". Von ", ". By ", ". Par ", ". Por ", ". Door "] {
            guard let range = text.lastByteRange(of: word) else { continue }
            let author = String(text[text.index(after: range.lowerBound)...]).trimmingWhitespace()
            let name = String(author.drop { $0 != " " }).trimmingWhitespace()
            guard RoleRules.isBareName(name), String(text[..<range.lowerBound]).spaceSeparatedWordCount >= 8 else { continue }
            return (String(text[...range.lowerBound]), author)
        }
        return nil
    }

    static func isPhotographerAndAgency(_ text: String) -> Bool {
        let (name, credit) = PictureCredit.split(text)
        guard let credit, !credit.isEmpty, PictureCredit.endsWithAgency(text) else { return false }
        let words = name.trimmingCharacters(in: Self.nameEdges).split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }

    private static let captionLabels = ["Image: ", "Photo: ", "Picture: ", "Foto: ", "Bild: "]

    /// "Tyler Henderson was taken into custody. (Photo: GBI)Tyler Henderson was taken into custody. (Photo: GBI)": a
    /// page that sets a caption twice (the picture's text and its caption) leaves it twice on one line; once is the
    /// caption.
    static func onceIfRepeated(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.count >= 40 else { return text }
        for gap in 0...1 where (bytes.count - gap) % 2 == 0 {
            let half = (bytes.count - gap) / 2
            if gap == 1, bytes[half] != UInt8(ascii: " ") { continue }
            if bytes[..<half].elementsEqual(bytes[(half + gap)...]) { return String(decoding: bytes[..<half], as: UTF8.self) }
        }
        return text
    }

    /// A caption line: its credit split off where it carries one; a credit line just before it
    /// ("Image copyright X" / "Image caption Y") is its credit.
    private mutating func readCaption(
        _ text: String, block: Int, line: Int, awaitingCaption: inout (picture: Int, block: Int)?,
        lastCaption: inout (picture: Int, block: Int)?
    ) {
        var caption = Self.onceIfRepeated(text)
        // The repetition is kept, as a note: nothing the text holds is dropped.
        if caption.utf8.count < text.utf8.count { note(String(text.dropFirst(caption.count)), line: line, kind: "repeated caption") }
        if let match = LineRules.imageCaption.match(caption) { caption = match[1] }
        if let counter = LineRules.galleryCounter.match(caption) { caption = counter[1] }
        caption = Self.strippingGalleryCounter(caption)
        if caption.hasPrefixOnBytes("* ") || caption.hasPrefixOnBytes("• ") { caption = String(caption.dropFirst(2)) }
        var captionText: String
        let credit: String?
        var copyrightNotice: String?
        if let withoutMarker = PictureCredit.withoutArchiveMarker(caption) {
            captionText = withoutMarker
            credit = nil
        } else if let match = LineRules.captionWithCredit.match(caption), !isSentenceWithoutCaption(match[1]) {
            captionText = PictureCredit.withoutTrailingSeparator(match[1].trimmingWhitespace())
            // "AP2014": AP's copyright notice for the picture, kept as the text writes it.
            if match.count > 5, !match[5].isEmpty { copyrightNotice = match[5] }
            // "(Photo: X)" labels the credit X; "(Photo by X)" is the credit, said in words.
            // "(Fotogramma)": a name that opens with a label's letters is no label and its rest ("gramma").
            let glued = !match[3].isEmpty && match[2].hasSuffixOnBytes(match[3]) && match[2].dropLast(match[3].count).last?.isLetter == true
            credit =
                (glued
                ? match[2] : match[3].isEmpty ? match[4] : match[3].lowercasedOnBytes().hasPrefixOnBytes("by ") ? match[2] : match[3])
                .trimmingWhitespace()
        } else {
            (captionText, credit) = PictureCredit.split(caption)
        }
        // "Image: Flames rise from the roof. (Reuters: Benoit Tessier)": the label names what the line is; the caption
        // is what follows it (a label before a credit alone, "Photo: Getty Images", is the credit line's business).
        if credit != nil || captionText.hasSuffixOnBytes("."),
            let label = Self.captionLabels.first(where: { captionText.hasPrefixOnBytes($0) })
        {
            let rest = String(captionText.dropFirst(label.count)).trimmingWhitespace()
            if rest.spaceSeparatedWordCount >= 3 { captionText = rest }
        }
        // A caption that carries its own credit is not the one a different credit line above was waiting for: joined,
        // one of the two credits would be lost. Nor is a caption further down the page: a credit stands right above
        // the caption it waits for (CNN's "Source: CNN" under a video is no credit of a photo four paragraphs on).
        if let (waiting, since) = awaitingCaption, block - since <= 2, item.pictures[waiting].caption == nil,
            credit == nil || item.pictures[waiting].creditline == nil || item.pictures[waiting].creditline == credit
        {
            item.pictures[waiting].caption = captionText
            if item.pictures[waiting].creditline == nil { item.pictures[waiting].creditline = credit }
            if item.pictures[waiting].copyrightNotice == nil { item.pictures[waiting].copyrightNotice = copyrightNotice }
            awaitingCaption = nil
            lastCaption = (waiting, block)
        } else {
            var picture = Picture(caption: captionText.isEmpty ? nil : captionText, creditline: credit)
            picture.copyrightNotice = copyrightNotice
            item.pictures.append(picture)
            lastCaption = (item.pictures.count - 1, block)
        }
    }

    /// Right under the headline, or under the page's time stamp, the byline or a topic label right under it ("Updated /
    /// Tuesday, 14 May 2024 18:42").
    static func followsTheHeadline(_ index: Int, blocks: [Block], shapes: [BlockShape], roles: [LineRole]) -> Bool {
        // (Or under the byline right under it, "di Claudia Voltattorni", or both: "di Cesare Giuzzi" over "5 dicembre
        // 2026 (modifica il …)".)
        var line = index - 1
        var stamps = 0
        while line >= 0 {
            if roles[line] == .headline { return true }
            // (Or under a topic label in capitals: "MOVILIDAD" over the deck, `RoleRules.decksUnderCapitalLabels`.)
            let isStamp =
                stamps < 2
                && (roles[line] == .byline || roles[line] == .other && RoleRules.isShortTimeStamp(shapes[line])
                    || roles[line] == .other && shapes[line].words == 1 && RoleRules.isCapitalsLabel(blocks[line].text))
            guard isStamp else { return false }
            stamps += 1
            line -= 1
        }
        return false
    }

    /// The first paragraph of running text after the headline that the model kept out of the body: the standfirst
    /// (dek, summary) that web pages and wire stories put above the lead. It is the item's summary, not a note. Right
    /// under the headline it may go without its full stop, as many pages set it ("La ministra de Trabajo, Yolanda
    /// Díaz, defiende que …"), when it is long enough to be prose — shorter when the story's first paragraph follows it
    /// directly (`Il sindaco Lepore: "Restate a casa". Evacuate 300 famiglie a Faenza` over "(ANSA) - BOLOGNA, …").
    private func isStandfirst(_ shape: BlockShape, afterHeadline: Bool, beforeStory: Bool) -> Bool {
        let notText: BlockShape.Cues = [
            .url, .email, .copyright, .widget, .dateOnly, .trailingCredit, .captionWithCredit, .imageCaption, .editorsNote,
            .statusLine, .furnitureLabel, .relatedLabel, .relatedTeaser, .byline, .reportingTrailer, .bullet,
        ]
        // "TOI News Desk / TIMESOFINDIA.COM / Updated: Dec 3, 2026, 18:42 IST": a date with its time and no sentence
        // is the page's byline and time stamp, however many words it has.
        let timeStamp = shape.cues.contains(.time) && shape.cues.contains(.year)
        let prose =
            (shape.cues.contains(.sentence) || afterHeadline && shape.words >= 12 && shape.start == .uppercase
                || afterHeadline && beforeStory && shape.start == .uppercase && shape.cues.isDisjoint(with: [.dateline, .datelineLine]))
            && !(timeStamp && !shape.end.endsSentence)
        return !item.headlines.isEmpty && !item.descriptions.contains { $0.role == "drol:summary" } && shape.words >= 8
            && prose && shape.cues.isDisjoint(with: notText)
    }
}
