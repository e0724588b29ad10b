import NewsModel

/// The rules on labelled lines: a label ("Tags:", "Summary:", "Caption:", "Courtesy …", "©") says what the line or
/// the lines under it are.
extension RoleRules {
    /// "Filed under: Congress, Agriculture", "Tags: …", "Themen: …": the page's keywords, never a teaser, a caption or
    /// story text; nor is a short widget line without a full stop ("Sign up for our free Health newsletter") story text.
    static func tagListsAreFurniture(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
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

    static let tagLabels = [
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

    static let tagLabelBytes = tagLabels.map { Array($0.utf8) }

    /// A keyword label alone on its line ("Topics", "Tags:", "Themen").
    static func tagLabelAlone(_ text: String) -> Bool {
        text.utf8.count <= 16
            && {
                var label = text.trimmingWhitespace().lowercasedOnBytes()
                if label.hasSuffixOnBytes(":") { label.removeLast() }
                return aloneTagLabels.contains(label)
            }()
    }

    static let aloneTagLabels: Set<String> = [
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

    /// Whether the text's dateline, as `LineRules.dateline` reads it, is a word and a colon ("Above: A WeWork space …"): a
    /// caption's label, which the dateline expression's "PLACE:" form matches too.
    static func opensWithALabel(_ text: String) -> Bool {
        guard let dateline = LineRules.dateline.match(text)?[1] else { return false }
        return dateline.last(where: { $0 != " " }) == ":"
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

    static func labelledLinesKeepTheirRole(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
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
    static func summaryUnderItsLabel(_ blocks: [Block], _ roles: inout [LineRole]) {
        guard let first = roles.firstIndex(of: .body), first >= 1, roles[first - 1] == .other, first + 1 < roles.count,
            roles[first + 1] == .body
        else { return }
        let label = blocks[first - 1].text.utf8
        guard label.count <= 24, label.last == UInt8(ascii: ":"),
            opens(blocks[first - 1].text, withOneOf: summaryLabels)
        else { return }
        roles[first] = .other
    }

    static let summaryLabels = [
        "summary", "abstract", "zusammenfassung", "résumé", "resumen", "sommario", "riassunto", "shrnutí", "in short",
    ].map { Array($0.utf8) }

    /// "Image caption," on a line of its own: the label is furniture and the short line under it is the caption.
    static func captionUnderItsLabel(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
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
    static func copyrightNoticeIsNotStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
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

    /// "PREVIOUS Cost-of-living adjustment …", "WATCH Storm hits coast": a label in capitals before a title in
    /// ordinary case, the way inline teasers are set.
    static func startsWithCapitalLabel(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: 1)
        guard words.count == 2, let label = words.first, label.count >= 3 else { return false }
        return label.allSatisfy { $0.isUppercase || !$0.isLetter } && words[1].contains { $0.isLowercase }
    }
}
