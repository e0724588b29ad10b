import Foundation
import NewsModel

/// What a site wraps around a story, read after the model: its search box, its share toolbar, the addresses of
/// pictures an extraction left as lines.
extension RoleRules {
    /// "Hi, what are you looking for?": a site's search box (a widget's words) heads no story; the headline is the first
    /// title-like line after it, of three words or more, before the story's text, its picture or its byline.
    static func searchBoxIsNoHeadline(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), shapes[headline].cues.contains(.widget) else { return }
        headlineBelow(headline, shapes, &roles, texts: { blocks[$0].text })
    }

    /// "PRESS-NEWS.org - Press Release Distribution", "Example.com | Local news": a site's masthead — its address, then
    /// its motto after a dash or a bar — heads no story either.
    static func mastheadIsNoHeadline(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), shapes[headline].words <= 10, isMasthead(blocks[headline].text) else {
            return
        }
        headlineBelow(headline, shapes, &roles)
    }

    /// Whether a line opens with a site's address ("PRESS-NEWS.org", "example.co.uk") and is that alone or its motto
    /// after a dash or a bar.
    static func isMasthead(_ text: String) -> Bool {
        let words = text.spaceSeparatedWords
        guard let first = words.first, words.count == 1 || words.count >= 3 && ["-", "–", "—", "|"].contains(words[1]) else { return false }
        let lowered = first.lowercasedOnBytes()
        return [".com", ".org", ".net", ".co.uk", ".ie", ".in", ".info", ".news"].contains { lowered.hasSuffixOnBytes($0) }
            && lowered.utf8.count > 5
    }

    /// The headline is not the line the model took: it is the first title-like line after it, of three words or more,
    /// before the story's text, its picture or its byline (or there is none) — and not a label closing on a colon
    /// ("Navigation:"), nor one `allowed` refuses.
    static func headlineBelow(
        _ headline: Int, _ shapes: [BlockShape], _ roles: inout [LineRole], allowed: (Int) -> Bool = { _ in true },
        texts: ((Int) -> String)? = nil
    ) {
        roles[headline] = .other
        for index in (headline + 1)..<roles.count {
            let shape = shapes[index]
            // (A "byline" with a word in small letters no name has and none of a byline's marks is a title the model
            // read as one, when the texts are given: "Harbour ferry service to resume in spring".)
            let titleTakenForAByline =
                roles[index] == .byline && shape.cues.isDisjoint(with: [.byline, .bylineWord])
                && texts.map { hasSmallWord($0(index)) } == true
            if [LineRole.body, .caption, .byline, .credit].contains(roles[index]), !titleTakenForAByline { return }
            // (A line the model took for a subheading counts: no section of the story stands above its text.)
            if roles[index] == .other || roles[index] == .subheading || titleTakenForAByline, shape.words >= 3, shape.words <= 25,
                !shape.end.endsSentence,
                shape.end != .colon,
                shape.hasLetterWords, shape.cues.isDisjoint(with: [.widget, .furnitureLabel, .relatedLabel, .url, .dateOnly, .time]),
                allowed(index)
            {
                roles[index] = .headline
                return
            }
        }
    }

    /// A picture's caption with its credit in brackets after its last sentence ("Arma larga, dinero en efectivo … en el
    /// Distrito Nacional. ( FUENTE EXTERNA )") heads no story, though it opens the page: it is the caption, and the
    /// headline the first title-like line below, if any.
    static func creditedCaptionIsNoHeadline(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), shapes[headline].words >= 10,
            shapes[headline].cues.contains(.trailingCredit),
            let split = PictureCredit.trailingCredit(in: blocks[headline].text), let stop = split.caption.unicodeScalars.last,
            [".", "!", "?"].contains(stop),
            // The credit in brackets, or an agency's and its photographer's after a slash, as the wires sign their pictures
            // ("… August 8, 2020. REUTERS/Thaier Al-Sudani").
            shapes[headline].end == .bracket || isAgencySlashPhotographer(split.credit)
                || isPhotographerAfterABar(split.credit, in: blocks[headline].text)
        else { return }
        headlineBelow(headline, shapes, &roles)
        roles[headline] = .caption
    }

    /// "… antes de su despacho estival en Palma. | Teresa Ayuga": the only bar in the line, then a person's name of two to
    /// four capitalised words — as Spanish and Italian pages sign a caption. A title's bar names the site, after a title
    /// that ends without a stop.
    static func isPhotographerAfterABar(_ credit: String, in text: String) -> Bool {
        let words = credit.split(separator: " ")
        return text.utf8.count(where: { $0 == UInt8(ascii: "|") }) == 1 && text.hasSuffixOnBytes("| " + credit)
            && (2...4).contains(words.count)
            && words.allSatisfy({ $0.first?.isUppercase == true && $0.dropFirst().contains(where: \.isLowercase) })
    }

    /// "REUTERS/Thaier Al-Sudani", "AFP/Getty Images", "AP Photo/Jane Doe": an agency (or its photo service) and a name
    /// after a slash.
    static func isAgencySlashPhotographer(_ credit: String) -> Bool {
        guard let slash = credit.firstIndex(of: "/") else { return false }
        var agency = String(credit[..<slash]).trimmingWhitespace()
        if agency.hasSuffixOnBytes(" Photo") { agency = String(agency.dropLast(6)) }
        let name = String(credit[credit.index(after: slash)...]).trimmingWhitespace()
        return PictureCredit.isAgency(agency) && (1...4).contains(name.spaceSeparatedWordCount) && name.first?.isUppercase == true
    }

    /// A list of the site's latest stories above this one, each a title and its date after a dash ("Tips for becoming a
    /// good boxer - November 6, 2020"): where the model took the first for the headline, the list is no story's head —
    /// the headline is the first title-like line after it. Two such lines make the list.
    static func datedListIsNoHeadline(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), endsWithDateAfterDash(blocks[headline].text) else { return }
        let storyStart = roles.firstIndex(of: .body) ?? roles.count
        let listed = (0..<storyStart).filter { endsWithDateAfterDash(blocks[$0].text) }
        guard listed.count >= 2, let last = listed.last else { return }
        for index in listed { roles[index] = .other }
        headlineBelow(last, shapes, &roles)
    }

    /// "… - November 6, 2020": a dash, then a date of five words at most closing the line.
    private static func endsWithDateAfterDash(_ text: String) -> Bool {
        guard text.utf8.count <= 300, let dash = text.lastByteRange(of: " - ") else { return false }
        let tail = String(text[dash.upperBound...])
        return tail.spaceSeparatedWordCount <= 5 && ArticleAssembly.opensWithDate(tail) && text[..<dash.lowerBound].utf8.count >= 10
    }

    /// A page with no headline whose one title-like line, right above the story's first paragraph, the model read as a
    /// link ("23 days in office: ICIR takes a look at some key decisions by new governors" under a countdown widget):
    /// a teaser with no label and no teasers beside it, heading the story, is its headline.
    static func titleAboveTheStoryIsTheHeadline(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard !roles.contains(.headline), let first = roles.firstIndex(of: .body), first > 0,
            let title = roles[..<first].lastIndex(where: { $0 != .other }), roles[title] == .teaser,
            title == 0 || roles[title - 1] != .teaser
        else { return }
        let shape = shapes[title]
        guard (3...25).contains(shape.words), shape.hasLetterWords, !shape.end.endsSentence,
            shape.cues.isDisjoint(with: [.relatedTeaser, .relatedLabel, .url, .widget, .bullet])
        else { return }
        roles[title] = .headline
    }

    /// A picture's text set over the title and again, as its caption with a stop, under it ("Governor of Nairobi County
    /// Johnson Sakaja" / "You knew the storm was coming" / "Governor of Nairobi County Johnson Sakaja."): the model took
    /// the first for the headline. The title between them is the headline, the second copy the caption.
    static func pictureTextAroundTheTitle(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), headline + 2 < roles.count else { return }
        func bare(_ index: Int) -> Substring {
            var text = Substring(blocks[index].text.trimmingWhitespace())
            if text.hasSuffixOnBytes(".") { text = text.dropLast() }
            return text
        }
        let caption = headline + 2
        let title = headline + 1
        guard roles[title] == .other, roles[caption] != .body, shapes[caption].end == .fullStop, shapes[headline].end != .fullStop,
            bare(caption) == bare(headline), (3...25).contains(shapes[title].words), shapes[title].hasLetterWords,
            !shapes[title].end.endsSentence,
            shapes[title].cues.isDisjoint(with: [.widget, .furnitureLabel, .relatedLabel, .url, .dateOnly, .time, .byline, .bylineWord])
        else { return }
        roles[headline] = .other
        roles[title] = .headline
        roles[caption] = .caption
    }

    /// A page with no headline yet whose title stands twice over the story, once as the page's title and once as its
    /// heading ("Why Electro Scientific Instruments Shares Jumped Today" on two lines), the model having read both as
    /// bylines: the first is the headline, the second its copy. A byline's marks ("By", a name's shape) keep a byline.
    static func doubledTitleIsTheHeadline(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard !roles.contains(.headline), let first = roles.firstIndex(of: .body), first >= 2 else { return }
        for index in 0..<(first - 1) where [.byline, .other, .subheading].contains(roles[index]) {
            let shape = shapes[index]
            guard (3...25).contains(shape.words), shape.hasLetterWords, !shape.end.endsSentence,
                shape.cues.isDisjoint(with: [
                    .byline, .bylineWord, .nameLike, .widget, .furnitureLabel, .relatedLabel, .url, .dateOnly, .time,
                ]),
                blocks[index].text.trimmingWhitespace() == blocks[index + 1].text.trimmingWhitespace()
            else { continue }
            roles[index] = .headline
            roles[index + 1] = .other
            return
        }
    }

    /// "Sie sind hier: Startseite Nachrichten Politik Bundesminister …", "You are here: Home › News › …": a breadcrumb
    /// trail under its label, which may end with the story's title, is the site's navigation — not the headline, the
    /// standfirst or a byline. Where the model took it for the headline, the line it ends with (or else the first
    /// title-like line after it) is the headline.
    static func labelledBreadcrumbIsNavigation(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        let storyStart = roles.firstIndex(of: .body) ?? roles.count
        for index in 0..<storyStart where opensWithBreadcrumbLabel(blocks[index].text) {
            let wasHeadline = roles[index] == .headline
            roles[index] = .other
            guard wasHeadline, !roles.contains(.headline) else { continue }
            let trail = blocks[index].text.trimmingWhitespace()
            let title = ((index + 1)..<roles.count).prefix(4).first {
                blocks[$0].text.utf8.count >= 8 && trail.hasSuffixOnBytes(blocks[$0].text.trimmingWhitespace())
            }
            if let title {
                roles[title] = .headline
            } else if index + 1 < roles.count, roles[index + 1] == .other, (3...25).contains(shapes[index + 1].words),
                !shapes[index + 1].end.endsSentence
            {
                roles[index + 1] = .headline
            }
        }
    }

    /// Whether a line opens with a breadcrumb's label, in the languages the reader meets.
    static func opensWithBreadcrumbLabel(_ text: String) -> Bool {
        // On the bytes, first byte first: most lines open with none of the labels' letters, and this is asked of every
        // line above the story.
        let bytes = text.utf8.drop { $0 == 0x20 }
        guard let first = bytes.first, breadcrumbFirstBytes.contains(first) else { return false }
        return breadcrumbLabels.contains { bytes.starts(with: $0) }
    }
    private static let breadcrumbLabelWords = [
        "You are here:", "Sie sind hier:", "Vous êtes ici :", "Vous êtes ici:", "Usted está en:", "Estás en:", "Está en:",
        "Ti trovi in:", "Sei in:", "Nacházíte se:", "Вы здесь:",
    ]
    private static let breadcrumbLabels = breadcrumbLabelWords.flatMap { [Array($0.utf8), Array($0.lowercasedOnBytes().utf8)] }
    private static let breadcrumbFirstBytes = Set(breadcrumbLabels.compactMap(\.first))

    /// Last, after every rule on bylines: a share toolbar's capitalised words are no author ("Comment E-mail Print
    /// Share"), and a widget's line no picture's caption or credit ("Ошибка в тексте? Выделите её и нажмите «Ctrl +
    /// Enter»" under the story); an image's address left where the picture stood is no text of the story.
    static func siteFurnitureIsNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices
        where roles[index] == .byline || roles[index] == .caption || roles[index] == .credit {
            if shapes[index].cues.contains(.widget) { roles[index] = .other }
        }
        // A widget's whole line is no paragraph either ("Hier geht es zu allen aktuellen Polizeimeldungen." under the story):
        // the widget's expressions match a line whole, never a sentence of the story.
        // (Nor a teaser: "Your email address will not be published." under "Related News" names no story.)
        for index in roles.indices
        where (roles[index] == .body || roles[index] == .teaser) && shapes[index].words <= 30 && shapes[index].cues.contains(.widget) {
            roles[index] = .other
        }
        // "/cloudfront-us-east-1.images.arcpublishing.com/gray/QHET….jpg)": an image's address the extraction left where
        // the picture stood is no text of the story.
        for index in roles.indices where roles[index] != .other && isImageAddress(blocks[index].text) { roles[index] = .other }
    }

    /// One word with a slash that ends in a picture file's extension (a closing bracket after it aside).
    static func isImageAddress(_ text: String) -> Bool {
        // The last byte first: most lines end in a full stop.
        guard let last = text.utf8.last, [0x67, 0x47, 0x66, 0x46, 0x70, 0x50, 0x29, 0x5D].contains(last), text.utf8.count >= 8,
            !text.utf8.contains(UInt8(ascii: " ")), text.utf8.contains(UInt8(ascii: "/"))
        else { return false }
        let lowered = text.lowercasedOnBytes().trimmingCharacters(in: CharacterSet(charactersIn: ")]"))
        return [".jpg", ".jpeg", ".png", ".gif", ".webp"].contains { lowered.hasSuffixOnBytes($0) }
    }
}

extension RoleRules {
    /// "© 2024 Cox Media Group" on its own line under the story closes the page: what follows it is the site's footer
    /// ("View All", "Dove Contests", "Win tickets to concerts …!"), not headings and paragraphs of the story — when a
    /// heading follows and no paragraph of prose, which a footer never holds (a picture's rights line can stand inside
    /// a story).
    static func footerUnderTheCopyright(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard
            let notice = shapes.indices.last(where: {
                roles[$0] != .body && shapes[$0].cues.contains(.copyright) && shapes[$0].words <= 12 && isRightsNotice(blocks[$0].text)
            }),
            roles[..<notice].count(where: { $0 == .body }) >= 2
        else { return }
        let after = (notice + 1)..<roles.count
        // (A heading under it says the footer's sections begin; a sentence alone may be the story's last, set below a
        // rights line the page placed inside the text.)
        if after.contains(where: { roles[$0] == .subheading }),
            !after.contains(where: { roles[$0] == .body && (shapes[$0].words >= 20 || shapes[$0].cues.contains(.quotation)) })
        {
            for index in after where roles[index] == .body || roles[index] == .subheading { roles[index] = .other }
        }
        // The lines the model took for links under it, with no story text after them, are the footer's too ("On Air105.5
        // WDUV - … Logo").
        if !after.contains(where: { roles[$0] == .body }) {
            for index in after where roles[index] == .teaser { roles[index] = .other }
        }
    }

    /// A line that opens with the rights sign or the word ("© 2024 Cox Media Group", "Copyright 2024 KAIT").
    private static func isRightsNotice(_ text: String) -> Bool {
        let trimmed = text.drop(while: { $0 == " " })
        return trimmed.hasPrefixOnBytes("©") || trimmed.prefix(9).lowercasedOnBytes() == "copyright"
    }
}

extension RoleRules {
    /// A site's head set as one run of short lines without a blank line between them ("Maire-info" / its motto / the
    /// edition's date / a section kicker), the story's title set apart under it, and the story's prose under that: the
    /// model took the motto for the headline and the title for a caption. The title-like line under the run is the
    /// headline.
    static func headlineUnderTheSiteHead(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), headline + 1 < shapes.count else { return }
        var runEnd = 0
        while runEnd + 1 < shapes.count, shapes[runEnd + 1].blankLinesBefore == 0, shapes[runEnd + 1].words <= 12 { runEnd += 1 }
        let title = runEnd + 1
        // (A press release's head ends with its headline: "Source: …" / "MEDIA RELEASE …" / the title.)
        guard runEnd >= 2, headline < runEnd, (0...runEnd).allSatisfy({ shapes[$0].words <= 12 && !shapes[$0].end.endsSentence }),
            title + 1 < shapes.count, shapes[title].blankLinesBefore > 0, roles[title] == .other || roles[title] == .caption,
            isTitleLine(shapes[title]), shapes[title].words >= 5, shapes[title].words <= 25, shapes[title].end != .colon,
            shapes[title].cues.isDisjoint(with: [
                .widget, .furnitureLabel, .relatedLabel, .url, .dateOnly, .time, .byline, .captionWithCredit,
            ]),
            shapes[title].cues.isDisjoint(with: [.imageCaption, .trailingCredit, .creditLine, .dateline, .datelineLine, .sourceLine]),
            case let lead = shapes[title + 1], lead.words >= 20, lead.end.endsSentence, roles[title + 1] != .caption
        else { return }
        roles[headline] = .other
        roles[title] = .headline
    }
}
