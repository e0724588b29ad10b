import NewsModel

/// How a story ends: its last sentence, the trailers that say who reported or supplied it, a broadcaster's sign-off
/// and a note on the author — read after the model, as `RoleRules.apply` orders them.
extension RoleRules {
    /// A related link's title is a headline, and headlines do not end with a full stop (none of the 75 in the gold
    /// does). A "teaser" of five words or more after the story has started that ends with one — or with a closing
    /// quotation mark after one — is the story going on after a related box ("Met Office chief meteorologist Paul
    /// Gundersen said: \"Gusts of 60 to 70mph are possible.\"", "Australia introduced a similar ban last year."); a labelled teaser ("Read also: …") stays one.
    static func teasersAreTitles(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body) else { return }
        for index in roles.indices where index > firstBody && roles[index] == .teaser {
            let shape = shapes[index]
            guard shape.words >= 5, !shape.cues.contains(.relatedTeaser) else { continue }
            var scalars = blocks[index].text.unicodeScalars.reversed().makeIterator()
            var last = scalars.next()
            if let mark = last, ["\"", "”", "»", "’", "'"].contains(mark) { last = scalars.next() }
            // "… as unions vote..." (MailOnline's related titles): cut short, not a sentence ended.
            guard last == ".", !blocks[index].text.hasSuffixOnBytes("..."), !isTitleOverAnExcerpt(index, blocks, shapes) else { continue }
            roles[index] = .body
        }
    }

    /// "Así se desprende del proyecto sometido a … sobre los modelos de…", "… cayeron en enero en Alemania un 59,5%
    /// respecto…": a site's excerpts of other stories under the article, each cut off by an ellipsis right after a word.
    /// Two or more of them closing the page are no part of the story (one alone may be its own trailing thought).
    static func truncatedExcerptsCloseThePage(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        var excerpts: [Int] = []
        var index = roles.count - 1
        while index >= 0, roles[index] == .body || roles[index] == .other {
            if roles[index] == .body {
                guard isCutShort(blocks[index].text), shapes[index].words >= 6 else { break }
                excerpts.append(index)
            }
            index -= 1
        }
        guard excerpts.count >= 2, let first = excerpts.last, roles[..<first].contains(.body) else { return }
        for excerpt in excerpts { roles[excerpt] = .other }
    }
    /// Ends with an ellipsis right after a word or a comma ("respecto…", "únicos,…", "sobre...").
    static func isCutShort(_ text: String) -> Bool {
        let last = Array(text.utf8.suffix(4))
        guard last.count == 4, last[1...] == [0xE2, 0x80, 0xA6] || last[1...] == [0x2E, 0x2E, 0x2E] else { return false }
        return last[0] != UInt8(ascii: " ") && last[0] != UInt8(ascii: ".")
    }

    /// A trailer says who reported, wrote or supplied the story ("(Reporting by …)", "Reuter", "© AFP", "This post
    /// originally appeared on …"). A plain sentence after the last paragraph that says none of that ("Colombia
    /// had lost to Belgium on Monday.") is the story's last paragraph, however short.
    static func trailersAreAttributions(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        let attribution: BlockShape.Cues = [
            .reportingTrailer, .copyright, .sourceLine, .signOff, .agencyWord, .editorsNote, .url, .email, .creditLine, .trailingCredit,
            .captionWithCredit, .bylineWord, .dateOnly, .time, .pipe, .furnitureLabel, .relatedLabel, .widget,
        ]
        for index in roles.indices where roles[index] == .trailer {
            let shape = shapes[index]
            guard let previous = roles[..<index].lastIndex(where: { $0 != .other }), roles[previous] == .body,
                shape.words >= 4, shape.end == .fullStop, shape.start == .uppercase, shape.cues.isDisjoint(with: attribution),
                !attributionWords.matches(blocks[index].text), !LineRules.fullStoryPointer.matches(in: blocks[index].text)
            else { continue }
            roles[index] = .body
        }
    }

    /// AP's web copy closes the story with a line of underscores ("___") over the contributors' line: the prose between
    /// the last paragraph and that line is the story's ("The NAACP Legal Defense Fund … called the decision \"deeply
    /// concerning.\"" — the model had left it out, and the last-sentence rule below reads no quote's end nor a line
    /// with an agency's letters inside a word).
    static func storyRunsToTheWireSeparator(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let lastBody = roles.lastIndex(of: .body),
            let separator = ((lastBody + 1)..<roles.count).first(where: { isUnderscoreRule(blocks[$0].text) })
        else { return }
        let between = (lastBody + 1)..<separator
        guard !between.isEmpty, between.count <= 3,
            between.allSatisfy({
                roles[$0] == .other && shapes[$0].words >= 8 && shapes[$0].start == .uppercase && shapes[$0].cues.contains(.sentence)
                    && shapes[$0].cues.isDisjoint(with: [.reportingTrailer, .copyright, .url, .email, .dateOnly, .time, .bylineWord])
            })
        else { return }
        for index in between { roles[index] = .body }
    }
    private static func isUnderscoreRule(_ text: String) -> Bool {
        text.utf8.count >= 3 && text.utf8.allSatisfy { $0 == UInt8(ascii: "_") }
    }
    /// A caption stands by its picture: a credit, a photo label, a gallery, or the head of the page where the lead
    /// picture sits. The page's last line, right under the story's last paragraph, with none of them — a sentence of a
    /// dozen words or more, mostly in small letters ("Anyone with information is asked to contact Thurles
    /// Garda Station call 0504 25100 …", which has no stop) — is the story's last paragraph, whether the model took it for
    /// a caption or left it out.
    static func closingSentenceIsStoryText(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let last = roles.indices.last, last >= 2, roles[last] == .caption || roles[last] == .other, roles[last - 1] == .body
        else { return }
        let shape = shapes[last]
        let picture: BlockShape.Cues = [
            .captionWithCredit, .creditLine, .imageCaption, .galleryCounter, .trailingCredit, .copyright, .url, .email, .widget,
        ]
        guard shape.words >= 12, shape.start == .uppercase, shape.shortLowercase >= 1, shape.capitalised * 2 <= shape.words,
            shape.cues.isDisjoint(with: picture),
            !roles[..<last].contains(where: { $0 == .caption || $0 == .credit })
        else { return }
        roles[last] = .body
    }

    /// "Associated Press writers Stefanie Dazio in Los Angeles and Julie Watson in San Diego contributed.", "CNN's Saskya
    /// Vandoorne contributed to this report.": the reporters who helped, named under the story — a trailer, as
    /// "(Reporting by …)" is, not its last paragraph.
    static func contributorsLineIsATrailer(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let lastBody = roles.lastIndex(of: .body), shapes[lastBody].words <= 40, roles.firstIndex(of: .body) != lastBody else {
            return
        }
        let text = blocks[lastBody].text
        guard text.utf8.last == UInt8(ascii: "."), shapes[lastBody].start == .uppercase else { return }
        let endings = [
            " contributed to this report.", " contributed to this story.", " contributed reporting.", " contributed to this article.",
            " contributed reporting to this story.", " contributed to this reporting.",
        ]
        // (Once an article, on its last paragraph: Character comparison is cheap enough here.) A bare "… contributed."
        // names the reporters by their trade or their outlet ("… writers", "CNN's").
        guard
            endings.contains(where: { text.hasSuffixOnBytes($0) })
                || text.hasSuffixOnBytes(" contributed.")
                    && ["writer", "reporter", "correspondent", "'s ", "’s "].contains(where: { text.containsBytes($0) })
        else { return }
        roles[lastBody] = .trailer
    }
    /// The story's last sentence, where only an end mark ("###", "-30-", "ENDS"), page widgets ("Advertisement",
    /// "Share or comment on this article"), a picture's credit, a related box or nothing follow it, is its last
    /// paragraph even when the model left it out ("The terminal will stay open until midnight, the council said.", "The
    /// budget takes effect in July." — five words are enough: wire stories end on short sentences): a closing line of
    /// furniture would be a label, a link or an attribution, which the checks exclude. A related
    /// teaser set inside the story ("Lire aussi : …", or "Also Read" over the teaser's title) may stand between it and the
    /// paragraphs before.
    static func lastSentenceBeforeTheEnd(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let lastBody = roles.lastIndex(of: .body) else { return }
        var index = lastBody + 1
        // The teaser's label too ("Also Read", "Lire aussi"), on a line of its own above it; and a picture set before the
        // last paragraph, its caption and credit.
        while index < roles.count,
            roles[index] == .teaser || roles[index] == .caption || roles[index] == .credit
                || roles[index] == .other && shapes[index].cues.contains(.relatedLabel) && index + 1 < roles.count
                    && roles[index + 1] == .teaser
        {
            index += 1
        }
        guard index < roles.count else { return }
        let shape = shapes[index]
        let notText: BlockShape.Cues = [
            .reportingTrailer, .copyright, .sourceLine, .signOff, .agencyWord, .editorsNote, .url, .email, .creditLine, .trailingCredit,
            .captionWithCredit, .bylineWord, .dateOnly, .time, .pipe, .furnitureLabel, .relatedLabel, .widget,
        ]
        // Three or four words ("No one was hurt.", "Charges are pending.", "He was 74.") only as the page's last line,
        // straight under the story, and in the third person: a page's closing line of that length that speaks to its
        // reader ("Thanks for reading.", "Comments are closed.") is furniture. A wire's sign-off under it ("No reason was
        // given." / " Reuter") ends the copy as the page's end does.
        let endsTheCopy = index == roles.count - 1 || index + 2 == roles.count && shapes[index + 1].cues.contains(.signOff)
        let closingWords =
            shape.words >= 5
            || shape.words >= 3 && index == lastBody + 1 && endsTheCopy && shapes[lastBody].end == .fullStop
                && !readerAddress.matches(" " + blocks[index].text)
        guard roles[index] == .other, closingWords, shape.end == .fullStop || signOffRunOn(blocks[index].text) != nil,
            shape.start == .uppercase,
            shape.cues.isDisjoint(with: notText), !attributionWords.matches(blocks[index].text),
            (index + 1..<roles.count).allSatisfy({
                !shapes[$0].cues.isDisjoint(with: [.signOff, .widget, .furnitureLabel])
                    || roles[$0] == .other && shapes[$0].words <= 8 && shapes[$0].end != .fullStop
                    // A picture's credit closing the page ("Foto: Red Eléctrica"), the story's trailer ("Contributing: …").
                    || roles[$0] == .credit && shapes[$0].words <= 8 || roles[$0] == .trailer
                    // A related box closing the page ("More on this story" over its links).
                    || roles[$0] == .teaser
            })
        else { return }
        roles[index] = .body
    }

    /// The agency that opened the story ("(ANSA) - BOLOGNA, 18 SET - …", "ROME, Dec 3 (ANSA) -") signing it off at the end
    /// of a paragraph ("… sulla linea Bologna-Firenze. (ANSA)."): that paragraph is the story's, not a picture's caption
    /// over its credit — a caption's credit has no full stop after its bracket.
    static func agencySignOffIsStoryText(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        // A caption or credit after the story's start first: most stories have none, and need no dateline read again.
        guard let first = roles.firstIndex(of: .body),
            roles[(first + 1)...].contains(where: { $0 == .caption || $0 == .credit }),
            let opening = LineRules.agencyDateline.match(blocks[first].text) ?? LineRules.dateline.match(blocks[first].text),
            opening.count > 5, case let agency = opening[4].isEmpty ? opening[5] : opening[4], !agency.isEmpty
        else { return }
        let name = agency.trimmingWhitespace()
        let signOff = Array("(\(name)).".utf8)
        for index in (first + 1)..<roles.count where roles[index] == .caption || roles[index] == .credit {
            let text = blocks[index].text.trimmingWhitespace()
            guard shapes[index].words >= 5,
                text.utf8.count > signOff.count && text.utf8.suffix(signOff.count).elementsEqual(signOff)
                    || endsWithRoutingCodes(text, agency: name)
            else { continue }
            roles[index] = .body
        }
    }

    /// "… Ancora poco chiari i motivi del gesto. (ANSA)", "… con prognosi di sette giorni.[Vs]": a paragraph of two
    /// sentences or more, fifty words or more, signed after its last stop with an agency's name or an author's initials
    /// in brackets is story text — a caption is shorter, and its credit names a photographer or says "Photo".
    /// So is the story's last paragraph, right under its text, so signed ("… the stop and search carried out on the day
    /// was normal. (NAN)"), whatever its length — or signed with the agency's name alone after its stop, bare or after a
    /// dash, as agencies sign their copy and the pages that reprint it keep ("… unos 500 ejemplares. EFE", "… on the east
    /// coast. — Reuters"). A caption's credit after a dash says it is a picture ("— Reuters pic"), and a caption set
    /// under the story's last paragraph is rarer than a story that ends so.
    static func signedParagraphIsNoCaption(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        // (The story's last paragraph whatever follows it but no story text: "… überzeugt. (APA)" over the page's
        // picture box.)
        let lastBody = roles.lastIndex(of: .body) ?? -1
        for index in roles.indices where roles[index] == .caption {
            let shape = shapes[index]
            let closesTheStory = index > lastBody && index > 0 && roles[index - 1] == .body && shape.words >= 15
            let text = blocks[index].text
            guard
                shape.sentences >= 2 && shape.words >= 50 && isSignedAfterItsStop(text)
                    || closesTheStory
                        && (isSignedAfterItsStop(text) || signOffRunOn(text) != nil || bareSignOff(text) != nil
                            || isSignedOnTheNextLine(after: index, blocks, roles))
            else {
                continue
            }
            roles[index] = .body
        }
    }

    /// Whether the line after a paragraph is the last of the text (but furniture) and signs the copy with the wire services
    /// it came through, joined by slashes as German and Austrian desks do ("ddp/dpa", "dpa/lno", "AFP/dpa"): that is the
    /// story's sign-off, not a picture's credit — a picture has one source.
    static func isSignedOnTheNextLine(after index: Int, _ blocks: [Block], _ roles: [LineRole]) -> Bool {
        let next = index + 1
        return next < roles.count && (roles[next] == .other || roles[next] == .credit)
            && roles[(next + 1)...].allSatisfy({ $0 == .other }) && isWireSignOff(blocks[next].text)
    }

    /// "ddp/dpa", "dpa/lno", "(AFP/Reuters)": two or more short codes joined by slashes, at least one a wire service.
    static func isWireSignOff(_ text: String) -> Bool {
        var line = Substring(text.trimmingWhitespace())
        if line.hasPrefixOnBytes("("), line.hasSuffixOnBytes(")") { line = line.dropFirst().dropLast() }
        guard line.utf8.count <= 40 else { return false }
        let parts = line.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count >= 2
            && parts.allSatisfy({ part in
                (2...8).contains(part.count) && part.allSatisfy({ $0.isLetter })
            })
            && parts.contains(where: { PictureCredit.isAgency($0) })
    }

    /// "… unos 500 ejemplares. EFE", "… east coast of the peninsula. AFP": an agency's name alone after the story's last
    /// stop — the story and the sign-off.
    static func bareSignOff(_ text: String) -> (story: String, signOff: String)? {
        // Most paragraphs end on their stop: only one whose last word starts with a capital is looked at further.
        let trimmed = text.trimmingWhitespace()
        guard let space = trimmed.utf8.lastIndex(of: 0x20) else { return nil }
        let word = trimmed[trimmed.utf8.index(after: space)...]
        let story = String(trimmed[..<space]).trimmingWhitespace()
        guard word.first?.isUppercase == true, word.utf8.count >= 2, let last = story.unicodeScalars.last,
            [".", "”", "\"", "!", "?"].contains(last), PictureCredit.isAgency(word)
        else { return nil }
        return (story, String(word))
    }

    /// Whether a text ends with a bracketed word of two to twelve letters right after a sentence's stop ("… gesto. (ANSA)").
    static func isSignedAfterItsStop(_ text: String) -> Bool {
        let bytes = Array(text.utf8.reversed().drop { $0 == 0x20 || $0 == 0x0A })
        guard let close = bytes.first, close == UInt8(ascii: ")") || close == UInt8(ascii: "]") else { return false }
        let open = close == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
        guard let at = bytes.prefix(16).firstIndex(of: open), (3...13).contains(at) else { return false }
        let signature = bytes[1..<at]
        guard signature.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }) else { return false }
        let lowered = String(decoding: signature.reversed(), as: UTF8.self).lowercasedOnBytes()
        guard !["photo", "foto", "image", "bild", "file", "video"].contains(lowered) else { return false }
        guard let before = bytes[(at + 1)...].first(where: { $0 != 0x20 }) else { return false }
        // (0x9D: the last byte of a closing curly quotation mark, "”".)
        return [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), 0x9D].contains(before)
    }

    /// "… in Delhi Cantonment. PTI ABS SMN SMN": the agency and its editors' initials after the story's last sentence.
    static func endsWithRoutingCodes(_ text: String, agency: String) -> Bool {
        let words = text.spaceSeparatedWords
        guard words.count >= 4, let at = words.lastIndex(where: { $0 == agency }), at >= 2, at < words.count - 1,
            let before = words[at - 1].last, before == "." || before == "”" || before == "\""
        else { return false }
        return words[(at + 1)...].allSatisfy { code in
            (2...4).contains(code.utf8.count) && code.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        }
    }

    /// The story's last section under its subheading ("L’arresto del sindaco di Sparanise" / "Nel febbraio del 2019
    /// …"), then only the page's furniture: the paragraph under the heading is story text, whatever the model made of
    /// the heading's distance from the story's body.
    static func lastSectionUnderItsHeading(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let lastBody = roles.lastIndex(of: .body), lastBody + 2 < roles.count else { return }
        let heading = lastBody + 1
        let text = heading + 1
        let notText: BlockShape.Cues = [
            .url, .email, .copyright, .widget, .dateOnly, .time, .trailingCredit, .captionWithCredit, .imageCaption, .creditLine,
            .editorsNote, .reportingTrailer, .sourceLine, .signOff, .furnitureLabel, .relatedLabel, .relatedTeaser, .byline,
            .bylineWord, .agencyWord,
        ]
        let title = shapes[heading]
        let prose = shapes[text]
        guard roles[heading] == .subheading || roles[heading] == .other && isHeadlineShaped(title) && title.words <= 12,
            title.start == .uppercase, !title.end.endsSentence, title.cues.isDisjoint(with: notText),
            roles[text] == .other, prose.words >= 15, prose.sentences >= 1, prose.end == .fullStop, prose.start == .uppercase,
            prose.cues.contains(.sentence), prose.cues.isDisjoint(with: notText), !prose.echoed,
            // Nothing of the story's kind after it: the page's labels, links and buttons.
            ((text + 1)..<roles.count).allSatisfy({ roles[$0] != .body && !(shapes[$0].words >= 15 && shapes[$0].cues.contains(.sentence)) }
            )
        else { return }
        roles[heading] = .subheading
        roles[text] = .body
    }

    /// "This is a developing story. 13 WREX will update this story as we learn more.", "This is breaking news. Please check
    /// back for updates.": the desk's note on the story's state, as "(Updates with …)" is — not its text.
    static func developingStoryNoteIsNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .body && shapes[index].words <= 30 {
            if opens(blocks[index].text, withOneOf: developingStoryNotes) { roles[index] = .other }
        }
    }
    private static let developingStoryNotes = [
        "this is a developing story", "this story is developing", "this is a breaking news story", "this is breaking news",
        "this story will be updated", "this article will be updated", "this is a developing news story",
        // The BBC's: "This breaking news story is being updated and more details will be published shortly."
        "this breaking news story is being updated", "this story is being updated",
    ].map { Array($0.utf8) }

    /// Readers' comments close the page under their section's label ("1 Comment", "Comments", "Leave a Reply", "Post a
    /// comment as", "Kommentare"): after the story's text, every line from the label on — a commenter's name, the time, what they
    /// wrote — is the readers', not the story's nor a picture's.
    static func commentsCloseThePage(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        var paragraphs = 0
        for index in roles.indices {
            // (A label the model took for a short paragraph too: "LATEST COMMENTS (0)".)
            let label = shapes[index].words <= 4 && isCommentsLabel(blocks[index].text)
            if roles[index] == .body, !label { paragraphs += 1 }
            guard paragraphs >= 2, label else { continue }
            // A label read as the credit of the line above ("Comments: Our rules" under the story's last paragraph): that
            // line was a caption for it alone.
            if roles[index] == .credit, index > 0, roles[index - 1] == .caption, shapes[index - 1].cues.isDisjoint(with: .picture),
                shapes[index - 1].cues.contains(.sentence)
            {
                roles[index - 1] = .body
            }
            for rest in index..<roles.count where roles[rest] != .teaser && roles[rest] != .trailer { roles[rest] = .other }
            return
        }
    }

    static func isCommentsLabel(_ text: String) -> Bool {
        // Bytes first: a label is short, and opens with its count ("(0) comments" too) or one of the labels' letters.
        guard text.utf8.count <= 40, let first = text.utf8.first(where: { $0 != 0x20 }),
            first >= 0x30 && first <= 0x39 || first == 0x28 || first >= 0x80 || commentsFirstLetters.contains(first | 0x20)
        else { return false }
        var label = Substring(text.lowercasedOnBytes().trimmingWhitespace())
        // "Comments: Our rules": the section's label and its subtitle.
        if let colon = label.firstIndex(of: ":"), String(label[label.index(after: colon)...]).spaceSeparatedWordCount <= 3 {
            label = label[..<colon]
        }
        while let last = label.last, last == ":" || last == ")" || last == "(" || last.isNumber || last == " " { label = label.dropLast() }
        while let first = label.first, first.isNumber || first == " " || first == "(" || first == ")" { label = label.dropFirst() }
        return commentsLabels.contains(String(label))
    }
    private static let commentsFirstLetters = Set("acdhjklprsuvwy".utf8)
    private static let commentsLabels: Set<String> = [
        "comment", "comments", "leave a comment", "leave a reply", "add a comment", "add new comment", "post a comment",
        "post a comment as",
        "join the conversation",
        "your comment", "your comments", "write a comment", "have your say",
        "show comments", "view comments", "reader comments", "kommentare", "kommentar", "leserkommentare", "commentaires",
        "commentaire", "réagir", "comentarios", "comentario", "deja un comentario", "commenti", "commento", "lascia un commento",
        "komentáře", "diskuse", "комментарии", "комментарий", "оставить комментарий", "добавить комментарий", "комментировать",
        // "LATEST COMMENTS (0)" / "POST YOUR COMMENT" (Indian portals' comment box).
        "latest comments", "recent comments", "user comments", "readers' comments", "readers comments", "post your comment",
    ]

    /// A box closing the page under a short title ("More TechCrunch" / "Get the industry's biggest tech news" /
    /// "TechCrunch Daily News" / "Every weekday and Sunday, you can get the best of TechCrunch's coverage."): after the
    /// story's last full paragraph (twenty words or two sentences), a title and then only short lines, two or more, none
    /// a paragraph of the story's kind, are page furniture — not a last section with its subheading.
    static func closingBoxIsNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard
            let lastFull = roles.indices.last(where: {
                roles[$0] == .body && (shapes[$0].words >= 20 || shapes[$0].sentences >= 2)
            }),
            let title = ((lastFull + 1)..<roles.count).first(where: { roles[$0] == .subheading }), roles.count - title >= 3
        else { return }
        let tail = (title + 1)..<roles.count
        guard
            tail.allSatisfy({
                shapes[$0].words < 20 && shapes[$0].sentences <= 1 && [.body, .subheading, .teaser, .other].contains(roles[$0])
            }), tail.contains(where: { roles[$0] == .body || roles[$0] == .subheading }),
            // A title that offers more of the site makes it a box ("UP NEXT" / "Thunder: Host the Lakers on Friday." is
            // the story's last section, as the AP ends its game stories).
            shapes[title].words <= 4, opens(blocks[title].text, withOneOf: moreOfTheSite)
        else { return }
        for index in title..<roles.count where roles[index] == .body || roles[index] == .subheading { roles[index] = .other }
    }
    private static let moreOfTheSite = ["more ", "mehr ", "plus de ", "más ", "altre ", "další "].map { Array($0.utf8) }

    /// An outlet's or agency's sign-off run onto the story's last sentence after a dash ("… in Makati City. – Rappler.com",
    /// "… on Friday. — Xinhua"): the sentence and the sign-off (a web address's name or an agency, three words at most).
    static func signOffRunOn(_ text: String) -> (story: String, signOff: String)? {
        guard text.utf8.count < 2_000 else { return nil }
        let dashes = [" – ", " — ", " - "]
        guard
            let range = dashes.compactMap({ text.lastByteRange(of: $0) }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let story = String(text[..<range.lowerBound]).trimmingWhitespace()
        let signOff = String(text[range.upperBound...]).trimmingWhitespace()
        let words = signOff.spaceSeparatedWords
        guard let last = story.unicodeScalars.last, [".", "”", "\"", "!", "?"].contains(last), (1...3).contains(words.count),
            signOff.first?.isUppercase == true,
            PictureCredit.isAgency(signOff)
                || words.count == 1 && signOff.contains(".") && !signOff.hasSuffixOnBytes(".")
                    && signOff.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." })
        else { return nil }
        return (story, signOff)
    }

    /// "… said Harry Smith. (Reporting by Ahmad Ghaddar; Editing by Dale Hudson)", "… si nécessaire. (Elizabeth Pineau,
    /// édité par Blandine Hénault)": a wire's reporting line run onto the story's last sentence, as pages that join a
    /// story's lines set it, is its trailer — not the story's text, and its people not the story's.
    static func reportingTrailerRunOn(_ text: String) -> (story: String, trailer: String)? {
        // Most last paragraphs close on a stop: the bytes are copied only for one that closes on a bracket.
        guard text.utf8.last(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: ")") else { return nil }
        let bytes = Array(text.utf8)
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard end >= 2, bytes[end - 1] == UInt8(ascii: ")"), bytes.count < 20_000 else { return nil }
        // The bracket that the closing one closes, within the trailer's length; none inside it.
        var open = end - 2
        while open >= 0, end - open <= 240, bytes[open] != UInt8(ascii: "("), bytes[open] != UInt8(ascii: ")") { open -= 1 }
        guard open > 0, end - open <= 240, bytes[open] == UInt8(ascii: "(") else { return nil }
        var storyEnd = open
        while storyEnd > 0, bytes[storyEnd - 1] == 0x20 { storyEnd -= 1 }
        // The story's sentence ends before it: a stop, a closing quotation mark ("”" ends in 0x9D, "»" in 0xBB).
        guard storyEnd > 0, storyEnd < open,
            [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), 0x9D, 0xBB]
                .contains(bytes[storyEnd - 1])
        else { return nil }
        let trailer = String(decoding: bytes[open..<end], as: UTF8.self)
        guard LineRules.reportingTrailer.matches(in: trailer) else { return nil }
        return (String(decoding: bytes[..<storyEnd], as: UTF8.self), trailer)
    }

    /// "Quelle: ntv.de, mau/dpa/AFP" closing the page, set apart by a blank line, names the story's sources, not a
    /// picture's: a trailer. A paragraph of two sentences or more over it, with story text before it, that the model
    /// took for that "credit's" caption — or for a caption over the trailer it read ("Quelle: MDR SACHSEN/dpa") — is the
    /// story's last paragraph; so is one long sentence there ("Source: Al Jazeera and news agencies" closes its pages).
    static func sourceLineClosesTheStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        // (A blank line before it, where the page has blank lines at all: a credit stands right under its caption.)
        // (The page's furniture may follow it: "Source : La Dépêche du Midi" over "Laisser un commentaire".)
        guard let index = roles.indices.last(where: { roles[$0] != .other }), index >= 2,
            roles[index] == .credit || roles[index] == .trailer,
            shapes[index].blankLinesBefore >= 1 || shapes.allSatisfy({ $0.blankLinesBefore == 0 }),
            shapes[index].words <= 8, opensWithSourceLabel(blocks[index].text)
        else { return }
        roles[index] = .trailer
        let paragraph = shapes[index - 1]
        if roles[index - 1] == .caption, roles[index - 2] == .body,
            paragraph.sentences >= 2 && paragraph.words >= 10 || paragraph.words >= 20
                || paragraph.words >= 12 && paragraph.cues.contains(.sentence),
            paragraph.end.endsSentence, paragraph.cues.isDisjoint(with: [.captionWithCredit, .trailingCredit, .imageCaption])
        {
            roles[index - 1] = .body
        }
    }

    /// "Stephen Clark is a space reporter at Ars Technica, covering …" where the byline was not read: a name, "is a",
    /// a journalist's role within a few words and the outlet after "at" or "for" — a note on the author, unless the
    /// story names that person elsewhere (a story about a reporter).
    static func isUnsignedAuthorsNote(_ blocks: [Block], _ roles: [LineRole], _ last: Int) -> Bool {
        let words = blocks[last].text.spaceSeparatedWords
        // (A name of two words or three: "Frank Thorp V is a producer and off-air reporter covering Congress for NBC News.")
        guard words.count >= 7, words.count <= 60, words[0].first?.isUppercase == true, words[1].first?.isUppercase == true,
            let verb = [2, 3].first(where: { words[$0] == "is" && ($0 == 2 || words[2].first?.isUppercase == true) }),
            ["a", "an", "the"].contains(words[verb + 1])
        else { return false }
        let role = firstRoleWord(in: words[(verb + 2)..<min(words.count - 1, verb + 8)])
        guard let role, ["at", "for", "with"].contains(words[role + 1]) || words[(role + 1)...].prefix(6).contains("for") else {
            return false
        }
        let name = words[..<verb].joined(separator: " ")
        return !roles.indices.contains { $0 != last && roles[$0] == .body && blocks[$0].text.firstByteRange(of: name) != nil }
    }

    /// "Staff writer James McClendon covers breaking news, crime and public safety. Have a tip …? Reach him at … or
    /// jmcclendon@syracuse.com.": an American paper's line on its reporter's beat and how to reach them, under the story
    /// — what the reporter covers, in its first words, and an address or "reach him at".
    static func isReporterTagline(_ text: String) -> Bool {
        guard text.utf8.count < 400, text.utf8.contains(UInt8(ascii: "@")) || text.containsBytes(" at ") else { return false }
        let words = text.spaceSeparatedWords
        guard words.count >= 6, words.count <= 60, words.prefix(8).contains(where: { $0 == "covers" || $0 == "reports" }),
            words.first?.first?.isUppercase == true
        else { return false }
        let lowered = text.lowercasedOnBytes()
        return lowered.utf8.contains(UInt8(ascii: "@")) && (lowered.containsBytes(".com") || lowered.containsBytes(".org"))
            || ["reach him at", "reach her at", "reach them at", "contact him at", "contact her at", "email him at", "email her at"]
                .contains(where: { lowered.containsBytes($0) })
    }

    /// A broadcaster's script ends with its reporter's sign-off, "Max Lee, KBS World Radio News.", "Jane Doe, VOA
    /// News, Nairobi": the name and the newsroom, never story text, even where the model took it for a paragraph.
    static func broadcastSignOffIsNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let last = roles.lastIndex(of: .body), shapes[last].words <= 10, LineRules.broadcastSignOff.matches(in: blocks[last].text)
        else { return }
        roles[last] = .trailer
    }

    /// "Write to Sharon Terlep at sharon.terlep@wsj.com and …" (the Wall Street Journal), "Contact the author at …":
    /// how to reach the authors, after the story — neither caption nor paragraph.
    static func contactLinesAreNoStory(_ blocks: [Block], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] != .other && roles[index] != .headline {
            let text = blocks[index].text
            guard text.utf8.count < 300, opens(text, withOneOf: contactOpenings), text.utf8.contains(UInt8(ascii: "@")) else {
                continue
            }
            roles[index] = .other
        }
    }
    private static let contactOpenings = ["write to ", "contact the author", "contact the reporter", "email the author"].map {
        Array($0.utf8)
    }

    /// A page closes with a note on its author: "Adam Shaw is a politics reporter for Fox News Digital, …" — the
    /// byline's name, then "is", "covers" or "writes". A note, not story text.
    /// Whether the block over `note` is only the name the note opens with ("Rebecca Kaplan" over "Rebecca Kaplan is a
    /// senior political reporter for NBC News.").
    private static func isNameOverItsNote(_ blocks: [Block], _ note: Int) -> Bool {
        guard note >= 1 else { return false }
        let name = blocks[note - 1].text.trimmingWhitespace()
        return isBareName(name) && blocks[note].text.hasPrefixOnBytes(name + " ")
    }

    /// The author box closing the page (see `isAuthorBox`): the note is the trailer, the name over it no heading (a
    /// byline stays one: it names the author).
    static func authorBoxClosesThePage(_ blocks: [Block], _ roles: inout [LineRole]) {
        guard let last = roles.lastIndex(of: .body), last >= 2, roles[..<(last - 1)].contains(.body), isAuthorBox(blocks, note: last)
        else { return }
        roles[last] = .trailer
        if roles[last - 1] != .byline { roles[last - 1] = .other }
    }

    /// "Idowu Abdullahi" over "Idowu is a multimedia journalist and digital copy editor …": an author box whose note
    /// names its author by one of the name's words, then says what the author's work is — the name and the note close
    /// the page, no section of the story.
    static func isAuthorBox(_ blocks: [Block], note: Int) -> Bool {
        // (A name is a short line: the block above is most often a paragraph, whose words are not worth splitting.)
        guard note >= 1, blocks[note - 1].text.utf8.count <= 60, case let name = blocks[note - 1].text.trimmingWhitespace(),
            isBareName(name)
        else { return false }
        let nameWords = name.spaceSeparatedWords
        let words = blocks[note].text.spaceSeparatedWords
        guard words.count >= 5, words.count <= 60, let first = words.first, nameWords.contains(first) || words.starts(with: nameWords),
            case let verb = words.starts(with: nameWords) ? nameWords.count : 1, verb + 2 < words.count, words[verb] == "is",
            ["a", "an", "the"].contains(words[verb + 1])
        else { return false }
        return firstRoleWord(in: words[(verb + 2)...].prefix(6)) != nil
    }

    /// Where a note names the author's work ("reporter", "journalist", "editor") among `words`.
    private static func firstRoleWord(in words: ArraySlice<Substring>) -> Int? {
        words.firstIndex { signatureRoles.contains(BlockShape.trimmingPunctuation($0.lowercasedOnBytes())) }
    }

    static func authorsNoteIsNoStory(_ blocks: [Block], _ roles: inout [LineRole]) {
        guard let last = roles.lastIndex(of: .body) else { return }
        defer {
            // The author box's name over the note ("Sabrina Franza" / "Sabrina Franza is a reporter for …", CBS): no heading.
            if roles[last] == .trailer, isNameOverItsNote(blocks, last) { roles[last - 1] = .other }
        }
        if isUnsignedAuthorsNote(blocks, roles, last) || isReporterTagline(blocks[last].text) {
            roles[last] = .trailer
            // The box of every author, the last first (NBC News sets one a reporter, each a name over its note).
            if isNameOverItsNote(blocks, last), let previous = roles[..<(last - 1)].lastIndex(of: .body),
                isUnsignedAuthorsNote(blocks, roles, previous)
            {
                roles[last - 1] = .other
                roles[previous] = .trailer
                if isNameOverItsNote(blocks, previous) { roles[previous - 1] = .other }
            }
            return
        }
        guard let byline = roles.firstIndex(of: .byline), byline < last else { return }
        var names: [String] = []
        for index in roles.indices where roles[index] == .byline {
            var text = Substring(blocks[index].text)
            for label in ["By ", "BY ", "by "] where text.hasPrefixOnBytes(label) { text = text.dropFirst(label.count) }
            for part in text.split(whereSeparator: { $0 == "," || $0 == "|" }) {
                for name in String(part).spaceSeparatedWords.split(separator: "and") {
                    let words = name.prefix(2)
                    if words.count == 2, words.allSatisfy({ $0.first?.isUppercase == true }) { names.append(words.joined(separator: " ")) }
                }
            }
        }
        let text = blocks[last].text
        if names.contains(where: { name in [" is ", " covers ", " writes "].contains { text.hasPrefixOnBytes(name + $0) } }) {
            roles[last] = .trailer
        }
    }

    /// A site closes its pages with a line promoting itself ("For the latest news, weather, sports, and streaming
    /// video, head to KTLA.", "For the latest news from the South China Morning Post download our mobile app.",
    /// "Click here to subscribe"): the same on every page, never the story's last paragraph.
    static func sitePromotionIsNoStory(_ blocks: [Block], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body) else { return }
        // A promotion the model took for a related link ("Find The Irish Times on WhatsApp and stay up to date") links
        // nothing, and one it took for a caption ("Track Latest News Live on NDTV.com …", "GET NEWS ALERTS | Add the
        // 12News App to your phone" between paragraphs) captions nothing.
        for index in firstBody..<roles.count
        where [.teaser, .caption].contains(roles[index])
            && (isPromotion(blocks[index].text) || LineRules.wordPressCommentForm.matches(in: blocks[index].text))
        {
            roles[index] = .other
        }
        var index = roles.count - 1
        while index > firstBody, roles[index] != .body { index -= 1 }
        while index > firstBody, roles[index] == .body || roles[index] == .subheading,
            isPromotion(blocks[index].text) || isFundingNotice(blocks[index].text) || isSupportAppeal(blocks[index].text)
        {
            roles[index] = .other
            index -= 1
        }
    }

    /// "Readers like you are keeping these stories free for everyone...", "Support PREMIUM TIMES' journalism of integrity
    /// and credibility" / "At Premium Times, we firmly believe …": the site asking its readers for money under the story —
    /// the same box on every page, never the story's text.
    static func isSupportAppeal(_ text: String) -> Bool {
        guard text.utf8.count < 800 else { return false }
        if isDonationAppeal(text) { return true }
        // The phrases' small-letter middles, found on the bytes as written, before any text is lowered.
        guard appealAnchors.contains(where: { text.containsBytes($0) }) else { return false }
        let lowered = text.lowercasedOnBytes()
        return supportWords.contains(where: { lowered.containsBytes($0) }) && appealPhrases.contains { lowered.containsBytes($0) }
    }
    private static let appealAnchors: [StaticString] = [
        "upport ", "ontribution", "onation", "onate ", "eaders like you", "aywalls", "ecome a ", "reely accessible", "ubscriptions",
        "stories free",
    ]
    private static let supportWords: [StaticString] = ["journalism", "stories", "news", "reporting", "article"]
    private static let appealPhrases: [StaticString] = [
        "support our journalism", "support independent journalism", "support quality journalism", "support local journalism",
        "supporting contributions", "readers like you", "keep paywalls away", "keeping these stories free", "make a contribution",
        "making a contribution", "make a donation", "making a donation", "donate now", "donate today", "become a member",
        "become a supporter", "freely accessible to all", "costly news subscriptions",
    ]

    /// "Local Democracy Reporting is Public Interest Journalism funded through NZ On Air." (New Zealand's outlets), "The
    /// Associated Press' climate coverage receives financial support from private foundations.", "This story was
    /// produced in partnership with …": who pays for the journalism, a notice under the story, not its text.
    static func isFundingNotice(_ text: String) -> Bool {
        guard text.utf8.count < 400 else { return false }
        let lowered = text.lowercasedOnBytes()
        return fundingPhrases.contains { lowered.containsBytes($0) } && journalismWords.contains { lowered.containsBytes($0) }
    }
    private static let fundingPhrases: [StaticString] = [
        "funded by ", "funded through ", "financial support from ", "receives support from ", "support from the ",
        "supported by a grant", "with support from ", "in partnership with ", "grant from ",
    ]
    private static let journalismWords: [StaticString] = [
        "journalism", "reporting", "coverage", "this story", "this article", "this report", "this project", "this series",
    ]
    /// "For the latest news …", "Follow me on Twitter or LinkedIn.", "Join ST's Telegram channel and get the latest
    /// breaking news delivered to you.": a site's or an author's promotion — as are a line asking the reader to log in
    /// or sign up ("Log in, register or subscribe to save articles for later.", "… Sign up for our Morning Edition
    /// newsletter.") and a reporter's or a newsroom's call for tips ("Do you work at Amazon? Contact this reporter …",
    /// "Have a news tip? Email …").
    static func isPromotion(_ text: String) -> Bool {
        if opens(text, withOneOf: promotionLabels) { return true }
        guard text.utf8.count < 300 else { return false }
        // On the bytes: `String.contains(_:)` costs fifty thousand instructions a call.
        let lowered = text.lowercasedOnBytes()
        // "… | Add the 12News App to your phone": the outlet's app, offered in a line of the page's buttons.
        if text.utf8.count <= 120, lowered.containsBytes(" app to your ") { return true }
        // "Join ST's Telegram channel …", "Find The Irish Times on WhatsApp and stay up to date".
        if opens(text, withOneOf: [Array("join ".utf8), Array("find ".utf8)]) {
            return ["channel", "newsletter", "whatsapp", "telegram", "community", "google news", "apple news"].contains {
                lowered.containsBytes($0)
            }
        }
        // "Microsoft strongly encourages users to switch to a different browser than Internet Explorer …", "You are using
        // an outdated browser. Please upgrade …": the site's notice about the reader's browser.
        if isBrowserNotice(lowered: lowered) { return true }
        // "You can receive Breaking News on a smartphone or tablet via the BBC News App.": the broadcaster's offer of its app.
        if opens(text, withOneOf: [Array("you can receive breaking news".utf8)]) { return true }
        // "WP2Social Auto Publish Powered By : XYZScripts.com", "Powered by WordPress": a site's footer, no sentence.
        if lowered.containsBytes("powered by"), text.utf8.count <= 100, !endsSentence(text) { return true }
        // "Segui LiveSicilia sui social", "Ricevi le nostre ultime notizie da Google News: clicca su SEGUICI …": a site's
        // prompt to follow it, in Italian, and a Google News prompt in any language.
        if opens(text, withOneOf: [Array("segui ".utf8), Array("seguici ".utf8)]),
            [" sui social", " su facebook", " su instagram", " su telegram", " su whatsapp", "google news"].contains(where: {
                lowered.containsBytes($0)
            })
        {
            return true
        }
        if lowered.containsBytes("google news"),
            ["segui", "clicca", "click", "follow", "suivez", "folgen", "síguenos", "ricevi", "subscribe"].contains(where: {
                lowered.containsBytes($0)
            })
        {
            return true
        }
        // "Stay with WPTV.com and News Channel 5 for updates.": a broadcaster's line under every developing story.
        if text.utf8.count <= 160, opens(text, withOneOf: stayWithOpenings),
            [" for updates", " for the latest", " for more", " for breaking"].contains(where: { lowered.containsBytes($0) })
        {
            return true
        }
        // "Don't miss the latest news from around Stoke - sign up to our daily newsletter here.": the site's own newsletter.
        if [
            ". sign up for ", ". sign up to ", "contact this reporter", "contact the reporter", "sign up to our ", "sign up for our ",
            "subscribe to our ", "signing up for our ", "signing up to our ",
        ].contains(where: { lowered.containsBytes($0) }) {
            return true
        }
        // "If you're on the ABC7 News app, click here to watch live", "To see more local news stories, click here.": the
        // page's link, set as a sentence (one search for the letters every such phrase has, then the phrases).
        if lowered.containsBytes("cli") || lowered.containsBytes(" here") || lowered.containsBytes("klicken") {
            let links: [StaticString] = [
                "click here", "tap here", "cliquez ici", "hier klicken", "clicca qui", "haga clic aquí", "haz clic aquí",
            ]
            if links.contains(where: { lowered.containsBytes($0) }) { return true }
        }
        // "Email Tariq Malik at … or follow him @tariqjmalik. Follow us on Twitter @Spacedotcom and on Facebook.": the
        // site's own line under every story.
        guard lowered.containsBytes("follow") else { return false }
        let follows: [StaticString] = [". follow us on ", " follow him @", " follow her @", " follow them @"]
        return follows.contains { lowered.containsBytes($0) }
    }
    private static let stayWithOpenings = [Array("stay with ".utf8), Array("stay tuned to ".utf8), Array("stay tuned with ".utf8)]
    private static let promotionLabels = [
        // A feedback box ("Cet article vous a été utile ? Sachez que vous pouvez suivre Ouest-France …").
        "was this article helpful", "was this article useful", "cet article vous a été utile", "war dieser artikel hilfreich",
        "for the latest news", "for the latest headlines", "for the latest updates", "for more news", "download our ",
        "download the ", "get the latest news", "click here ", "free email subscription", "email subscription:", "subscribe to ",
        "subscribe now", "sign up for ", "sign up to ", "you may occasionally receive promotional content",
        "follow me on ", "follow us on ", "follow him on ", "follow her on ", "get the free ", "log in, register", "log in or ",
        // ABC Australia's share prompt under the picture: "Help keep family & friends informed by sharing this article".
        "help keep family", "get news alerts", "get breaking news alerts", "have a news tip", "got a news tip", "have a story tip",
        "got a story tip", "do you have a news tip",
        "send us a news tip",
        // The tabloids' tip line: "Do you have a story for The Sun news desk?" / "Email us at … or call …".
        "do you have a story for", "got a story for", "got a story?", "email us at ", "we pay for your stories",
        // Indian outlets' closing line ("Track Latest News Live on NDTV.com and get news updates from India …", "Catch all
        // the Business News … on Live Mint").
        "track latest news", "track the latest news", "catch all the ", "catch the latest ", "stay updated with ",
        // "Stay up to date with the latest news from across Greater Manchester by signing up to our newsletters here."
        "stay up to date with the latest", "stay up-to-date with the latest", "stay up to date with all the latest",
        "stay up-to-date with all the latest",
        // The same calls to subscribe in the other languages of the copy ("Únete a EL PAÍS para seguir toda la actualidad").
        // (Only ASCII letters are compared case-blind: a capital outside ASCII is listed as written.)
        "únete a ", "Únete a ", "suscríbete", "abonnez-vous", "jetzt abonnieren", "abbonati ", "iscriviti alla newsletter",
        "přihlaste se k odběru", "подписывайтесь на ", "Подписывайтесь на ", "подпишитесь на ", "Подпишитесь на ",
        // "Per restare aggiornato con le ultime news del Gazzettino seguici …", "Per scriverci e interagire con la
        // redazione contattaci": an Italian site's follow and contact prompts.
        "per restare aggiornat", "per rimanere aggiornat", "per scriverci",
    ].map { Array($0.utf8) }

    /// A newsletter's or a site's promotion set anywhere in the page ("Sign up to our free Morning Headlines email",
    /// "Get the free Morning Headlines email for news from our reporters across the world") with its form's lines ("Read
    /// our privacy notice"), and an archive notice ("This article is more than 2 years old."): no teaser links them, no
    /// story says them.
    static func promotionsAreNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        // "Add CBS News on Google", "Add us as a preferred source on Google": the search engine's follow button, which
        // the model may take for a credit by its outlet's name.
        for index in roles.indices where [.credit, .caption].contains(roles[index]) && shapes[index].words <= 12 {
            let text = blocks[index].text
            guard opens(text, withOneOf: followButtonOpenings) else { continue }
            let lowered = text.lowercasedOnBytes()
            if lowered.containsBytes(" on google") || lowered.containsBytes("preferred source") { roles[index] = .other }
        }
        for index in roles.indices where [.body, .teaser].contains(roles[index]) && shapes[index].words <= 60 {
            let text = blocks[index].text
            if opens(text, withOneOf: archiveNotices) || !shapes[index].end.endsSentence && opens(text, withOneOf: newsletterLabels)
                || isInboxPromotion(text) || isDonationAppeal(text) || opens(text, withOneOf: playerNotices)
                // (The bytes first: lowering every paragraph cost 50 million instructions over the corpus's 126 texts.)
                || text.utf8.count < 300 && text.containsBytes("rowser") && isBrowserNotice(lowered: text.lowercasedOnBytes())
                // (A sign-up box's text with Google's notice: "… SIGN UP This site is protected by reCAPTCHA and the
                // Google Privacy Policy and Terms of Service apply." — its "reCAPTCHA" found by memchr first.)
                || captchaProbe.matches(text) && text.lowercasedOnBytes().containsBytes("protected by recaptcha")
                // (A promotion taken for a related link anywhere: "Help keep family & friends informed by sharing this article".)
                || roles[index] == .teaser && isPromotion(text)
            {
                roles[index] = .other
            }
        }
    }
    /// The site's notice about the reader's browser (see `isPromotion`), its text in small letters.
    private static func isBrowserNotice(lowered: String) -> Bool {
        lowered.containsBytes("browser")
            && [
                "outdated browser", "upgrade your browser", "update your browser", "browser is out of date", "different browser",
                "supported browser", "modern browser",
            ]
            .contains(where: { lowered.containsBytes($0) })
    }

    /// "Get the latest Manchester news straight to your inbox with our free newsletter": a line that opens as a promotion
    /// and names the newsletter or the inbox it fills.
    private static func isInboxPromotion(_ text: String) -> Bool {
        guard text.utf8.count < 200, opens(text, withOneOf: inboxPromotionOpenings) else { return false }
        let lowered = text.lowercasedOnBytes()
        return lowered.containsBytes("newsletter") || lowered.containsBytes("inbox")
    }
    /// "Support PREMIUM TIMES' journalism of integrity and credibility", "Support independent journalism": the page's
    /// appeal for money, which opens with the verb and names the journalism it pays for.
    private static func isDonationAppeal(_ text: String) -> Bool {
        guard text.utf8.count < 200, opens(text, withOneOf: donationOpenings) else { return false }
        return text.lowercasedOnBytes().containsBytes("journalism")
    }
    /// What a page's video player says in place of the video ("Please use Chrome browser for a more accessible video
    /// player", "Your browser does not support the video tag", "To view this video please enable JavaScript").
    private static let playerNotices = [
        "please use chrome browser", "please use a different browser", "your browser does not support", "to view this video",
        "this video is not available", "this video can not be played", "this video cannot be played",
    ].map { Array($0.utf8) }
    private static let followButtonOpenings = [Array("add ".utf8)]
    private static let donationOpenings = ["support ", "donate ", "help us ", "help fund "].map { Array($0.utf8) }
    private static let captchaProbe = ProbeSet(anywhereIn: ["reCAPTCHA"])
    private static let inboxPromotionOpenings = ["get the latest ", "get the best ", "get our ", "get breaking "].map { Array($0.utf8) }
    private static let newsletterLabels = ["sign up to our ", "sign up for our ", "get the free ", "subscribe to our "].map {
        Array($0.utf8)
    }
    private static let archiveNotices = [
        "this article is more than ", "this article was published more than ", "this article is over ", "dieser artikel ist älter als",
        "cet article a plus de", "we use your sign-up to provide content",
        // The sign-up form's own lines under a newsletter promotion.
        "read our privacy notice", "read our privacy policy", "i would like to be emailed", "thanks for signing up",
    ].map { Array($0.utf8) }

    /// A postal address closing the page ("Audience Relations, CBC" / "P.O. Box 500 Station A" / "Toronto, ON" /
    /// "Canada, M5W 1E6"): the post-office box marks it; the short lines set with it, no blank line between, are the
    /// rest of the address — no byline, credit or paragraph.
    static func postalAddressIsNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let lastBody = roles.lastIndex(of: .body) else { return }
        for index in (lastBody + 1)..<roles.count where shapes[index].words <= 8 && opens(blocks[index].text, withOneOf: postOfficeBoxes) {
            var start = index
            while start > lastBody + 1, shapes[start].blankLinesBefore == 0, shapes[start - 1].words <= 8 { start -= 1 }
            var end = index + 1
            while end < roles.count, shapes[end].blankLinesBefore == 0, shapes[end].words <= 8 { end += 1 }
            for line in start..<end { roles[line] = .other }
        }
    }
    private static let postOfficeBoxes = ["p.o. box ", "po box ", "p. o. box ", "postfach ", "apartado "].map { Array($0.utf8) }

    /// Science news sites close a story with the study's particulars under labels of their own (Phys.org and the
    /// ScienceX sites: "More information: …", "Journal information: …", "Provided by …", "Citation: … retrieved …
    /// from …"; ScienceDaily: "Story Source:", "Materials provided by …", "Journal Reference:", "Cite This Page:";
    /// EurekAlert!: "Journal", "Article title", "Disclaimer: …"; idw: "Originalpublikation:"). The first such label
    /// after the story's text ends the story: what follows is reference matter, never paragraphs, headings or
    /// pictures. The line naming who supplied the story is its trailer.
    static func researchNotesCloseTheStory(_ blocks: [Block], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body),
            let start = (firstBody + 1..<roles.count).first(where: { opens(blocks[$0].text, withOneOf: researchLabels) })
        else { return }
        let story: Set<LineRole> = [.body, .subheading, .caption, .credit, .teaser, .trailer, .other]
        for index in start..<roles.count where story.contains(roles[index]) {
            roles[index] = opens(blocks[index].text, withOneOf: supplierLabels) ? .trailer : .other
        }
    }
    private static let supplierLabels = ["provided by ", "materials provided by ", "story source:"].map { Array($0.utf8) }
    private static let researchLabels =
        [
            "more information:", "journal information:", "citation:", "this document is subject to copyright", "journal reference:",
            "cite this page:", "article title:", "article publication date", "method of research", "subject of research",
            "disclaimer: aaas", "originalpublikation:", "wissenschaftliche ansprechpartner:", "référence :", "référence:",
        ].map { Array($0.utf8) } + supplierLabels

    /// Words of a page's short closing lines that address its reader or its own pages ("Thanks for reading.", "Comments
    /// are closed.", "Click here.", "All rights reserved."), not the story's third person. Matched on the line after a
    /// space, so that a word opening it is found as one inside it is.
    static let readerAddress = ProbeSet(
        anywhereIn: [
            " you", " our ", " us ", " us.", "thank", "click", "comment", "reserved", "here.", " read", "subscri", " sign ",
            "follow", "share", "below", "above", " page", "story", "article", "continu",
        ], ignoringCase: true)

    /// Words of the attribution lines news sites and agencies close stories with, in the corpus's languages.
    static let attributionWords = ProbeSet(
        anywhereIn: [
            "report", "contribut", "originally", "appeared", "published", "adapted", "edited", "editing", "writing", "written",
            "source", "via ", "information", "información", "informations", "mit Material", "agencies", "wire", "News",
            "Radio", "Press", "Agency", "Reuters", "AFP", "AP", "dpa",
        ])
}
