import NewsModel

/// Lines at a page's head and foot that label something else, read after the model: a search box's prompt or a call to
/// click that it took for the headline, the heading element repeated with its kicker, a lead-in closing on a colon
/// between paragraphs, a widget's title under the story that it took for a byline, a publication time, a place and date
/// line and a separator that it took for story text.
extension RoleRules {
    /// "Volltextsuche über das Angebot:", "Click here to view this story", "Posts tagged with "Study Finds"": a label that
    /// introduces something else (it closes on a colon, or names a tag's archive) or a call to click heads no story, nor
    /// does a line without a word ("×"). The headline is the title-like line nearest above it, or else the first below it
    /// before the story's text — a title closing on a colon stays one when there is no other.
    static func labelIsNoHeadline(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline) else { return }
        let shape = shapes[headline]
        // "×": a button's sign, no word at all, heads nothing either; nor does a notice of two sentences or more ("Ведутся
        // технические работы. … благодарим за ваше понимание!") over a title-like line.
        if !shape.hasLetterWords
            || shape.sentences >= 2 && shape.words >= 12 && shape.end.endsSentence && headline + 1 < roles.count
                && isHeadlineShaped(shapes[headline + 1]) && shapes[headline + 1].words >= 5
                && !shapes[headline + 1].cues.contains(.nameLike)
        {
            headlineBelow(headline, shapes, &roles)
            return
        }
        guard shape.words <= 12,
            shape.end == .colon || blocks[headline].text.containsBytes(" here") && isPromotion(blocks[headline].text)
                || opensWithTagLabel(blocks[headline].text)
        else { return }
        // (An archive's title, "Tag Archives: Police", stands over the posts it lists: the headline is below it, not in the
        // breadcrumb above it.)
        if !opensWithTagLabel(blocks[headline].text),
            let above = (0..<headline).last(where: { roles[$0] == .other && isHeadlineShaped(shapes[$0]) && shapes[$0].words >= 3 })
        {
            roles[headline] = .other
            roles[above] = .headline
            return
        }
        var below = roles
        headlineBelow(headline, shapes, &below) { !isWeatherWidget(blocks[$0].text) }
        // ("Fuerte operativo policial en Monte Maíz:" over the story's text, no other title on the page: a title that
        // closes on a colon, the only one there is, stays the headline.)
        if shape.end != .colon || below.contains(.headline) { roles = below }
    }

    /// "Сергей Собянин Москва Россия общество Сергей Собянин Москва Россия": a page's tag list set twice over (once for
    /// the screen, once for its reader), which the model took for the headline — a title never repeats itself. The
    /// headline is the first title-like line below it.
    static func repeatedTagRowIsNoHeadline(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), shapes[headline].words >= 4, shapes[headline].words <= 40,
            isRepeatedRow(blocks[headline].text)
        else { return }
        headlineBelow(headline, shapes, &roles)
    }

    /// Whether the line's words are one run of words set twice, perhaps with words between the two ("A B C x y A B C").
    static func isRepeatedRow(_ text: String) -> Bool {
        // On the bytes: splitting the String by Characters cost more than the rest of the rule.
        let words = Array(text.utf8).split(separator: UInt8(ascii: " "))
        guard words.count >= 4 else { return false }
        for length in stride(from: words.count / 2, through: 2, by: -1) {
            let head = words[..<length]
            let tail = words[(words.count - length)...]
            if head.elementsEqual(tail) { return true }
        }
        return false
    }

    /// "3 ° / 0 ° wolkig", "41.0°F": a weather widget's reading — degrees, and fewer than two words of letters.
    static func isWeatherWidget(_ text: String) -> Bool {
        guard text.utf8.count <= 40, text.containsBytes("°") else { return false }
        return text.spaceSeparatedWords.filter { $0.unicodeScalars.filter(\.properties.isAlphabetic).count >= 2 }.count < 2
    }

    /// "Kriminalität Staatsanwaltschaft übernimmt Ermittlungen gegen Polizisten" right under "Staatsanwaltschaft übernimmt
    /// Ermittlungen gegen Polizisten": the page's heading element again, its kicker run onto the title — not a byline, a
    /// standfirst or a caption.
    /// And the other way round: "Estás leyendo: Sigue en directo la rueda de prensa …" over "Sigue en directo la rueda de
    /// prensa …" — a label run onto the title the page sets again under it; the line under it is the headline.
    static func headlineWithItsKickerIsNoByline(_ blocks: [Block], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), headline + 1 < roles.count, roles[headline + 1] != .body,
            case let title = blocks[headline].text.trimmingWhitespace(), title.utf8.count >= 12,
            case let next = blocks[headline + 1].text.trimmingWhitespace()
        else { return }
        if next.utf8.count > title.utf8.count + 2, next.utf8.count <= title.utf8.count + 40, next.hasSuffixOnBytes(" " + title) {
            roles[headline + 1] = .other
        } else if next.utf8.count >= 12, title.utf8.count > next.utf8.count + 2, title.utf8.count <= next.utf8.count + 40,
            title.hasSuffixOnBytes(" " + next)
        {
            roles[headline] = .other
            roles[headline + 1] = .headline
        }
    }

    /// "Here's how various areas are being affected by the storms:" between two paragraphs: a sentence leading into the
    /// story's next part (AP's "Here's a look at …"), in small words, is story text — not a teaser, which would lead into
    /// links, nor a heading.
    static func leadInBetweenParagraphsIsText(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices.dropFirst().dropLast() where [.teaser, .other, .subheading].contains(roles[index]) {
            let shape = shapes[index]
            guard shape.end == .colon, shape.words >= 6, shape.start == .uppercase, shape.capitalised <= 3,
                roles[index - 1] == .body, roles[index + 1] == .body,
                shape.cues.isDisjoint(with: [.relatedTeaser, .relatedLabel, .url, .widget, .furnitureLabel, .colonLabel, .bullet])
            else { continue }
            roles[index] = .body
        }
    }

    /// "Hot Video From AP" under the story's last paragraph: a byline names an author — a "By" or an author's word, or a
    /// name, alone or before its outlet ("Benedikt Strunz, NDR"). A short line below the story with none of them, every
    /// word capitalised (no "Текст подготовил …", no "… и Анна Петрова"), that the model took for a byline is a
    /// widget's title.
    static func bylineBelowTheStoryNamesSomeone(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let lastBody = roles.lastIndex(of: .body), roles[..<lastBody].contains(.body) else { return }
        for index in (lastBody + 1)..<roles.count where roles[index] == .byline {
            let text = blocks[index].text
            // "Arrested: Charles Capps, 25, Blountstown, FL": a blotter's label, then whom it names — no author.
            if let colon = text.utf8.prefix(16).firstIndex(of: UInt8(ascii: ":")), case let label = text[..<colon],
                label.utf8.count >= 4, label.allSatisfy(\.isLetter), !Self.authorLabels.contains(label.lowercasedOnBytes()),
                !Self.signatureLabels.contains(label.lowercasedOnBytes())
            {
                roles[index] = .other
                continue
            }
            guard shapes[index].cues.isDisjoint(with: [.byline, .bylineWord, .nameLike, .dateline]) else { continue }
            guard shapes[index].words <= 6, text.spaceSeparatedWords.allSatisfy({ $0.first?.isLowercase != true }) else { continue }
            // (A name before its outlet, not a label's line: the label's colon keeps the exemption from it.)
            if let comma = text.firstIndex(of: ","), case let name = String(text[..<comma]), !name.contains(":"),
                BlockShape.isNameLike(name, words: name.spaceSeparatedWordCount)
            {
                continue
            }
            roles[index] = .other
        }
    }

    /// "Schwerer Unfall: Zahlreiche Menschen verletzt" over the story's paragraph, after its opening text, that the
    /// model took for a byline or a credit: a heading in two parts — an author's line sets a label of one word before
    /// its colon ("Autor: …", "Text: …"), a credit a picture's ("Photo credit: …"), and no name goes on in small words.
    static func headingWithAColonIsNoByline(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstText = roles.firstIndex(where: { $0 == .body || $0 == .other }) else { return }
        let notHeading = BlockShape.Cues.picture.union([.byline, .bylineWord, .agencyWord, .copyright, .url])
        for index in (firstText + 1)..<max(firstText + 1, roles.count - 1) where roles[index] == .byline || roles[index] == .credit {
            guard roles[index + 1] == .body, shapes[index + 1].words >= 15, shapes[index].words <= 10,
                shapes[index].cues.isDisjoint(with: notHeading), !shapes[index].end.endsSentence
            else { continue }
            let text = blocks[index].text
            guard let colon = text.firstIndex(of: ":"), case let label = String(text[..<colon]), label.spaceSeparatedWordCount >= 2,
                case let lowered = label.lowercasedOnBytes(), !Self.pictureLabelWords.contains(where: { lowered.containsBytes($0) }),
                String(text[text.index(after: colon)...]).spaceSeparatedWords.dropFirst().contains(where: {
                    $0.first?.isLowercase == true && $0.utf8.count >= 4
                })
            else { continue }
            roles[index] = .subheading
        }
    }
    /// Words of a picture's label ("Photo credit:", "Image courtesy:", "Bildquelle:").
    private static let pictureLabelWords: [StaticString] = [
        "photo", "foto", "image", "bild", "credit", "source", "quelle", "courtesy", "picture", "video",
    ]

    /// Labels besides `authorLabels` that open an author's line ("Reporter: …", "Text: …", "Текст: …").
    private static let signatureLabels: Set<String> = [
        "authors", "reporter", "reporting", "writer", "words", "text", "autora", "redakce", "texto", "testo", "текст",
    ]

    /// "First published on: 25-10-2022 at 06:12:34 pm" under the story: when the page was published — no link, heading
    /// or story text, though its colon and its figures read like a teaser's.
    static func publicationTimeIsNoLink(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where [.teaser, .subheading, .body].contains(roles[index]) && shapes[index].words <= 12 {
            guard !shapes[index].cues.isDisjoint(with: [.time, .dateOnly, .year]), isLabelledPublicationTime(blocks[index].text)
            else { continue }
            roles[index] = .other
        }
    }

    /// "Nairobi, 14th November, 2022" between the story's lines: where and when the story was issued — a date line, no
    /// heading of a section.
    static func placeAndDateIsNoHeading(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .subheading && shapes[index].words <= 6 && shapes[index].cues.contains(.year) {
            let text = blocks[index].text
            guard let comma = text.firstIndex(of: ","), case let place = text[..<comma], !place.isEmpty,
                place.split(separator: " ").count <= 3,
                ArticleAssembly.opensWithDate(String(text[text.index(after: comma)...]).trimmingWhitespace())
            else { continue }
            roles[index] = .other
        }
    }

    /// "---------------", "* * *": a separator line, no letter or figure in it, is no paragraph of the story.
    static func separatorIsNoParagraph(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .body && !shapes[index].hasLetterWords && shapes[index].words <= 3 {
            guard !blocks[index].text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            roles[index] = .other
        }
    }

    /// "By" / "Jane Doe", "Von" / "Mario Demuth", "AUTOR/IN" / "Mario Demuth": the byline's label alone on its line (as
    /// pages that link the author's name set it, and their text comes out), the name on the line under it. The name is
    /// the byline; the label is the line's furniture.
    static func bylineLabelOverTheName(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices.dropLast() where shapes[index].words == 1 && shapes[index].lineCount == 1 {
            let label = blocks[index].text.trimmingWhitespace().lowercasedOnBytes().stripping(" :")
            guard BlockShape.bylineWords.contains(label) || pluralBylineLabels.contains(label), roles[index + 1] != .body,
                isBareName(blocks[index + 1].text)
            else { continue }
            roles[index] = .other
            roles[index + 1] = .byline
        }
    }
    private static let pluralBylineLabels: Set<String> = [
        "autor/in", "autorin", "autoren", "authors", "auteurs", "autori", "autores", "авторы",
    ]
}
