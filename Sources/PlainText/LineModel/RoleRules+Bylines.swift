import NewsModel

/// Bylines on web pages: what makes a line the author's (its words, a time stamp, a handle, the outlet under the
/// reporter) and what does not (an author box's label).
extension RoleRules {
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
    static func timeStampAbove(
        _ index: Int, headStart: Int, _ blocks: [Block], _ shapes: [BlockShape], _ roles: [LineRole]
    ) -> Bool {
        (1...2).contains { distance in
            let above = index - distance
            return above >= headStart && roles[above] == .other && isTimeStamp(shapes[above], blocks[above].text)
                && (distance == 1 || roles[index - 1] == .other && !isBareName(blocks[index - 1].text))
        }
    }

    /// A line of one to three capitalised words without digits or a stop (a place) over a publication time.
    static func isPlaceOverTime(_ index: Int, _ blocks: [Block], _ shapes: [BlockShape], _ roles: [LineRole]) -> Bool {
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

    static let nameJoiners: Set<Substring> = ["and", "und", "et", "y", "e", "i", "a", "og", "en", "и"]

    /// Labels of an author line ("Author: …", "Auteur : …").
    static let authorLabels: Set<String> = ["author", "auteur", "autor", "autore", "autorin", "автор"]

    /// What an author box's label names after "Author": its page, not a person.
    static let authorBoxWords: Set<String> = ["archives", "archive", "profile", "page", "bio", "details", "posts", "info"]

    /// A journalist's role closing a byline ("… Education editor", "…, BBC diplomatic correspondent"), in the
    /// corpus's languages.
    static let journalistRoles: Set<String> = [
        "correspondent", "editor", "reporter", "writer", "columnist", "journalist", "contributor", "korrespondent",
        "korrespondentin", "redakteur", "redakteurin", "correspondant", "correspondante", "journaliste", "corresponsal",
        "periodista", "redactor", "redactora", "corrispondente", "giornalista", "redattore", "redaktor", "redaktorka",
        "zpravodaj", "zpravodajka", "корреспондент", "журналист",
    ]
}
