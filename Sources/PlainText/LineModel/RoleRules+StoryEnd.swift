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

    /// A broadcaster's script ends with its reporter's sign-off, "Max Lee, KBS World Radio News.", "Jane Doe, VOA
    /// News, Nairobi": the name and the newsroom, never story text, even where the model took it for a paragraph.
    static func broadcastSignOffIsNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let last = roles.lastIndex(of: .body), shapes[last].words <= 10, LineRules.broadcastSignOff.matches(in: blocks[last].text)
        else { return }
        roles[last] = .trailer
    }

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
