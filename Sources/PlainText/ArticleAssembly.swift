import Foundation
import NewsModel

/// The line-by-line reading of one article: first the head (tags, headline, byline, picture lines),
/// then the body in blocks, then trailers and notes.
struct ArticleAssembly {
    let file: String?
    var item = NewsItem(guid: "")
    var diagnostics: [Diagnostic] = []
    /// Bytes of text kept out of the story as notes (furniture, labels): reported when they are a large share.
    private var keptOutBytes = 0
    private var keptOutBlocks = 0
    private let envelope: EnvelopeMetadata
    private var pendingDateline: String?

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

    /// Without weights (the resource is missing): the first line is the headline, the rest is text.
    private static func fallbackRoles(_ shapes: [BlockShape]) -> [LineRole] {
        shapes.indices.map { $0 == 0 && shapes[0].words <= 25 ? .headline : .body }
    }

    // MARK: Assembly

    private mutating func assemble(_ blocks: [Block], shapes: [BlockShape], roles: [LineRole]) {
        var sawParagraph = false
        var pendingList: [String] = []
        var awaitingCaption: Int?
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
                readCaption(text, block: index, awaitingCaption: &awaitingCaption, lastCaption: &lastCaption)
            case .credit:
                // "Image: Thames Water customers face the biggest rise" (Sky News): the label opens the caption.
                if let caption = PictureCredit.labelledCaption(text) {
                    readCaption(caption, block: index, awaitingCaption: &awaitingCaption, lastCaption: &lastCaption)
                    continue
                }
                // "Christopher Battin Submitted photo" under a gallery counter: a caption with its credit.
                if PictureCredit.markedPhotoCredit(in: text) != nil {
                    readCaption(text, block: index, awaitingCaption: &awaitingCaption, lastCaption: &lastCaption)
                    continue
                }
                if lastCaption == nil, captionReadAsParagraph(before: index, credit: text, blocks: blocks, roles: roles) { continue }
                let credit = PictureCredit.creditOnly(text)
                if let last = lastCaption, index - last.block <= 2, item.pictures[last.picture].creditline == nil {
                    item.pictures[last.picture].creditline = credit
                    lastCaption = nil
                } else {
                    item.pictures.append(Picture(creditline: credit))
                    awaitingCaption = item.pictures.count - 1
                }
            case .teaser:
                if !readTeaser(text) {
                    let link = RelatedLink(title: Self.strippingListMarker(text), relation: "irel:seeAlso")
                    item.links.append(link)
                    item.body.append(.relatedTeaser(link))
                }
            case .subheading:
                if item.headlines.isEmpty {
                    setHeadline(text, line: block.line)
                } else {
                    item.body.append(.subheading(text, level: 2))
                }
            case .trailer:
                item.editorialNotes.append(text)
            case .other:
                if !sawParagraph, isStandfirst(shapes[index], afterHeadline: index > 0 && roles[index - 1] == .headline) {
                    item.descriptions.append(TextWithRole(text, role: "drol:summary"))
                } else {
                    readOther(text, line: block.line, sawParagraph: sawParagraph)
                }
            case .body:
                if LineRules.editorsNote.matches(in: text) && (text.hasPrefix("(") || text.hasPrefix("Ed")) {
                    item.editorialNotes.append(text)
                    continue
                }
                if LineRules.isCopyrightNotice(text) {
                    item.rights.copyrightNotice = item.rights.copyrightNotice ?? text
                    continue
                }
                if block.lineCount == 1, let bullet = LineRules.bullet.match(text), !bullet[1].isEmpty {
                    pendingList.append(bullet[1])
                    continue
                }
                flushList(&self)
                var paragraph = text
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
    /// caption is that caption's ("Image copyright X" / "Image caption Y") and is left alone.
    private mutating func captionReadAsParagraph(before index: Int, credit text: String, blocks: [Block], roles: [LineRole]) -> Bool {
        guard index > 0, roles[index - 1] == .body, case .paragraph(let previous)? = item.body.last, previous == blocks[index - 1].text,
            previous.spaceSeparatedWordCount <= 80,
            [LineRole.body, .subheading].contains(roles[(index + 1)...].first(where: { $0 != .other })),
            Self.isPhotographerAndAgency(text) || PictureCredit.creditOnly(text) != text.trimmingWhitespace() || text.hasPrefix("©")
                || PictureCredit.opensWithCreditWord(text)
        else { return false }
        item.body.removeLast()
        let credit = PictureCredit.creditOnly(text)
        item.pictures.append(Picture(caption: previous, creditline: credit))
        return true
    }

    private static let nameEdges = CharacterSet(charactersIn: " ,/-–|")

    /// "Michael Conroy, AP", "Ringo H.W. Chiu / AFP": a name of two to four capitalised words, then an agency.
    static func isPhotographerAndAgency(_ text: String) -> Bool {
        let (name, credit) = PictureCredit.split(text)
        guard let credit, !credit.isEmpty, PictureCredit.endsWithAgency(text) else { return false }
        let words = name.trimmingCharacters(in: Self.nameEdges).split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// A caption line: its credit split off where it carries one; a credit line just before it
    /// ("Image copyright X" / "Image caption Y") is its credit.
    private mutating func readCaption(
        _ text: String, block: Int, awaitingCaption: inout Int?, lastCaption: inout (picture: Int, block: Int)?
    ) {
        var caption = text
        if let match = LineRules.imageCaption.match(caption) { caption = match[1] }
        if let counter = LineRules.galleryCounter.match(caption) { caption = counter[1] }
        caption = Self.strippingGalleryCounter(caption)
        if caption.hasPrefix("* ") || caption.hasPrefix("• ") { caption = String(caption.dropFirst(2)) }
        let captionText: String
        let credit: String?
        var copyrightNotice: String?
        if let match = LineRules.captionWithCredit.match(caption), !isSentenceWithoutCaption(match[1]) {
            captionText = match[1].trimmingWhitespace()
            // "AP2014": AP's copyright notice for the picture, kept as the text writes it.
            if match.count > 5, !match[5].isEmpty { copyrightNotice = match[5] }
            // "(Photo: X)" labels the credit X; "(Photo by X)" is the credit, said in words.
            credit = (match[3].isEmpty ? match[4] : match[3].lowercased().hasPrefix("by ") ? match[2] : match[3]).trimmingWhitespace()
        } else {
            (captionText, credit) = PictureCredit.split(caption)
        }
        // A caption that carries its own credit is not the one a different credit line above was waiting for: joined,
        // one of the two credits would be lost.
        if let waiting = awaitingCaption, item.pictures[waiting].caption == nil,
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

    /// The first paragraph of running text after the headline that the model kept out of the body: the standfirst
    /// (dek, summary) that web pages and wire stories put above the lead. It is the item's summary, not a note. Right
    /// under the headline it may go without its full stop, as many pages set it ("La ministra de Trabajo, Yolanda
    /// Díaz, defiende que …"), when it is long enough to be prose.
    private func isStandfirst(_ shape: BlockShape, afterHeadline: Bool) -> Bool {
        let notText: BlockShape.Cues = [
            .url, .email, .copyright, .widget, .dateOnly, .trailingCredit, .captionWithCredit, .imageCaption, .editorsNote,
            .statusLine, .furnitureLabel, .relatedLabel, .relatedTeaser, .byline, .reportingTrailer,
        ]
        let prose = shape.cues.contains(.sentence) || afterHeadline && shape.words >= 12 && shape.start == .uppercase
        return !item.headlines.isEmpty && !item.descriptions.contains { $0.role == "drol:summary" } && shape.words >= 8
            && prose && shape.cues.isDisjoint(with: notText)
    }

    /// A block that is not story text: metadata where its shape says what it is, otherwise a note.
    private mutating func readOther(_ text: String, line: Int, sawParagraph: Bool) {
        if !sawParagraph, item.headlines.isEmpty, LineRules.keywordPath.matches(in: text), text.containsBytes("/") {
            item.keywords += text.split(separator: "/").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            note(text, line: line, kind: "keyword line")
            return
        }
        if !sawParagraph, let source = LineRules.sourceLine.match(text) {
            item.infoSources.append(InfoSource(name: source[1], role: "isrol:originfo"))
            return
        }
        if !sawParagraph, let release = LineRules.releaseIdentifier.match(text) {
            item.alternativeIdentifiers.append(AlternativeIdentifier(value: release[1]))
            return
        }
        if !sawParagraph, let dateline = LineRules.datelineLine.match(text) {
            pendingDateline = text.stripping(" -–—")
            if !dateline[2].isEmpty { item.infoSources.append(InfoSource(name: dateline[2], role: "isrol:contentSource")) }
            return
        }
        if LineRules.editorsNote.matches(in: text) || LineRules.statusLine.matches(in: text) {
            item.editorialNotes.append(text)
            return
        }
        if LineRules.isCopyrightNotice(text) {
            item.rights.copyrightNotice = item.rights.copyrightNotice ?? text
            return
        }
        if !sawParagraph, item.dateline == nil, pendingDateline == nil, LineRules.dateOnlyLine.matches(in: text),
            let first = text.spaceSeparatedWords.first, first.count > 1, first.allSatisfy({ $0.isUppercase })
        {
            // "JAKARTA Tue Dec 30, 2014 9:21am IST": a place in capitals before the date.
            pendingDateline = text
        }
        note(text, line: line, kind: sawParagraph ? "page furniture" : "line before the text")
    }

    /// A byline the byline expression does not read ("* Debbie White", "Staff Reports | Nov 20, 2019"):
    /// the name part, without list marks, labels or the date after it.
    private mutating func readLooseByline(_ text: String, line: Int) {
        var name = Self.strippingListMarker(text)
        for label in [
            "Author:", "Author", "Autor:", "Autor", "Auteur:", "Auteur", "Autore:", "Автор:", "By:", "Written by", "Words by", "By", "by",
            "BY", "Von", "Par", "Por",
        ]
        where name.hasPrefix(label + " ") || name.hasPrefix(label + ":") {
            name = String(name.dropFirst(label.count)).stripping(" :")
            break
        }
        for separator in [" | ", " - ", " – ", " — ", " • ", " · ", ", Updated", " Updated", " Published", " on ", " On "] {
            if let range = name.firstByteRange(of: separator) { name = String(name[..<range.lowerBound]) }
        }
        // "Christopher Serju/Senior Gleaner Writer", "Jane Doe/AP": the name, then its role or agency after a slash.
        if let slash = name.firstIndex(of: "/"), case let before = String(name[..<slash]).trimmingWhitespace(),
            RoleRules.isBareName(before)
        {
            name = before
        }
        name = Self.strippingJournalistRole(name.stripping(" ,.|="))
        guard !name.isEmpty, name.spaceSeparatedWords.count <= 8 else {
            note(text, line: line, kind: "byline")
            return
        }
        item.bylines.append(name)
        if name != text { note(text, line: line, kind: "byline line") }
    }

    /// "Caroline Hawley, BBC diplomatic correspondent" → "Caroline Hawley"; "Richard Adams Education editor" →
    /// "Richard Adams": the name without the role after it (the role's words up to a comma, or its lower-case words
    /// and one capitalised desk name before a lower-case role word).
    static func strippingJournalistRole(_ line: String) -> String {
        var words = line.spaceSeparatedWords.map(String.init)
        guard words.count >= 3, let last = words.last,
            RoleRules.journalistRoles.contains(BlockShape.trimmingPunctuation(last.lowercased()))
        else { return line }
        if let comma = line.firstIndex(of: ",") { return String(line[..<comma]).trimmingWhitespace() }
        let lowercaseRole = last.first?.isLowercase == true
        words.removeLast()
        var modifiers = 0
        while words.count > 2, let previous = words.last, previous.first?.isLowercase == true {
            words.removeLast()
            modifiers += 1
        }
        if lowercaseRole, modifiers == 0, words.count >= 3 { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// Words a line cannot end on when its sentence goes on: conjunctions, prepositions and articles of the corpus's
    /// languages.
    static let joiningWords: Set<String> = [
        "and", "or", "of", "for", "to", "the", "a", "an", "in", "on", "at", "with", "from", "as", "but", "und", "oder", "der",
        "die", "das", "von", "für", "mit", "et", "ou", "de", "du", "des", "la", "le", "les", "y", "o", "el", "los", "las", "del",
        "e", "di", "il", "and/or",
    ]

    static func strippingListMarker(_ text: String) -> String {
        if let bullet = LineRules.bullet.match(text), !bullet[1].isEmpty, !(text.first?.isNumber ?? false) {
            return bullet[1].trimmingWhitespace()
        }
        return text.trimmingWhitespace()
    }

    /// "1 of 4 Grass Valley's …": a gallery counter without the period.
    static func strippingGalleryCounter(_ text: String) -> String {
        let words = text.split(separator: " ", maxSplits: 3)
        if words.count == 4, words[0].allSatisfy(\.isNumber), words[1] == "of" || words[1] == "/", words[2].allSatisfy(\.isNumber) {
            return String(words[3])
        }
        return text
    }

    private func isHeadMetadata(_ text: String) -> Bool {
        LineRules.byline.matches(in: text) || LineRules.captionWithCredit.matches(in: text) || LineRules.creditLine.matches(in: text)
            || LineRules.relatedTeaser.matches(in: text) || LineRules.dateOnlyLine.matches(in: text)
            || LineRules.datelineLine.matches(in: text)
    }

    private mutating func setHeadline(_ raw: String, line: Int) {
        var headline = raw.trimmingWhitespace()
        // "*En 41-årig mand …": a list or emphasis mark before the title is not part of it.
        while let first = headline.first, first == "*" || first == "•" { headline = String(headline.dropFirst()).trimmingWhitespace() }
        if let tag = LineRules.headlineTag.match(headline), tag[0].count < headline.count {
            item.signals.append(Concept(literal: nil, names: [tag[0].stripping(" -:/|")]))
            headline = String(headline.dropFirst(tag[0].count))
        }
        if let topic = LineRules.topicPrefix.match(headline), headline.contains(where: { $0.isLowercase }) {
            item.slugline = item.slugline ?? topic[1]
            headline = String(headline.dropFirst(topic[0].count))
        }
        // Reuters' tickers ("STANDARD OIL <SRD> TO FORM …"): the company's stock symbol, kept as a keyword.
        if headline.containsBytes("<"), headline.containsBytes(">") {
            let tickers = LineRules.Ticker.matches(headline)
            if !tickers.isEmpty {
                for ticker in tickers where !item.keywords.contains(ticker.symbol) { item.keywords.append(ticker.symbol) }
                for ticker in tickers.reversed() { headline.replaceSubrange(ticker.range, with: "") }
                headline = headline.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            }
        }
        headline = headline.stripping(" +=")
        if headline.isEmpty { return }
        item.headlines = [TextWithRole(headline)]
    }

    private mutating func extractDateline(_ paragraph: String) -> String {
        if let pending = pendingDateline {
            item.dateline = pending
            pendingDateline = nil
        }
        // A dateline is a few words at the start: the expressions never need more than the first 300 bytes.
        let opening = paragraph.prefixCutAtSpace(afterBytes: 300)
        guard let match = LineRules.dateline.match(opening) ?? LineRules.agencyDateline.match(opening) else {
            if let place = envelope.datelinePlace, item.dateline == nil {
                item.dateline = place
                item.located = Concept(names: [place])
            }
            return paragraph
        }
        var place = match[2]
        // "MOSCOW. Dec 3 (Interfax) -": the full stop after the place is no part of its name ("D.C." keeps its own).
        if place.hasSuffix("."), let last = place.spaceSeparatedWords.last, last.count >= 4, !last.dropLast().contains(".") {
            place = String(place.dropLast())
        }
        let date = match[3]
        let agency = match[4].isEmpty ? match[5] : match[4]
        // Accept only what is clearly a dateline: an agency, a date, or a place in capitals.
        let placeInCapitals = place.count > 1 && place.allSatisfy { !$0.isLowercase }
        guard !agency.isEmpty || !date.isEmpty || placeInCapitals else { return paragraph }
        guard place.spaceSeparatedWords.count <= 4 else { return paragraph }
        let rest = String(paragraph.dropFirst(match[1].count))
        guard let first = rest.first, first.isUppercase || first.isNumber || first == "\"" || first == "“" || first == "«" || first == "`"
        else { return paragraph }
        item.dateline = match[1].stripping(" -–—_:")
        if !place.isEmpty { item.located = Concept(names: [place]) }
        if !agency.isEmpty {
            let name = agency.trimmingWhitespace()
            if !item.infoSources.contains(where: { $0.name == name }) {
                item.infoSources.append(InfoSource(name: name, role: "isrol:originfo"))
            }
            if item.provider == nil { item.provider = Concept(names: [name]) }
        }
        return rest.replacingBacktickQuotes()
    }

    private mutating func findSources(in paragraph: String) {
        for pattern in [LineRules.sourceAttribution, LineRules.reportedBy] {
            for match in pattern.matches(paragraph) {
                let name = match[1]
                if !item.infoSources.contains(where: { $0.name == name }) {
                    item.infoSources.append(InfoSource(name: name, role: "isrol:originfo"))
                }
            }
        }
    }

    // MARK: Line kinds

    private func isSentenceWithoutCaption(_ text: String) -> Bool { !text.isShorter(than: 401) }

    private mutating func readTeaser(_ text: String) -> Bool {
        guard let match = LineRules.relatedTeaser.match(text) else { return false }
        let link = RelatedLink(title: match[1].trimmingWhitespace(), relation: "irel:seeAlso")
        item.links.append(link)
        item.body.append(.relatedTeaser(link))
        return true
    }

    /// The names and the outlet of a byline whose last name runs into its outlet ("Adam Shaw, Bill Melugin Fox
    /// News"): the last name is two words, the outlet the capitalised words after it, ending in a newsroom's word.
    static func outletAfterNames(_ names: String) -> (names: String, outlet: String)? {
        let lastPart = names.split(separator: ",").last.map(String.init) ?? names
        let segment = lastPart.components(separatedBy: " and ").last ?? lastPart
        let words = segment.spaceSeparatedWords
        guard words.count >= 3, words.count <= 6, let last = words.last, outletWords.contains(String(last)),
            words.allSatisfy({ $0.first?.isUppercase == true })
        else { return nil }
        let outlet = words.dropFirst(2).joined(separator: " ")
        guard let range = names.range(of: " " + outlet, options: .backwards) else { return nil }
        return (String(names[..<range.lowerBound]), outlet)
    }
    private static let outletWords: Set<String> = ["News", "Digital", "Press", "Times", "Post", "TODAY", "Today", "Network", "Wire"]

    /// News agencies as they sign a byline after its names.
    private static let newsAgencySignatures = ["The Associated Press", "Associated Press", "Agence France-Presse", "Reuters", "Bloomberg"]

    /// Names written in capitals, the words that join them aside ("JULIE WATSON and CHRISTOPHER WEBER").
    private static func isWrittenInCapitals(_ names: String) -> Bool {
        names.spaceSeparatedWords.allSatisfy { ["and", "und", "et", "y", "&"].contains($0) || !$0.contains(where: \.isLowercase) }
    }

    private mutating func readByline(_ text: String) -> Bool {
        guard text.isShorter(than: 120), let match = LineRules.byline.match(text) else { return false }
        var names = match[1].stripping(" ,=")
        var agency = match[2].stripping(" ,=")
        // "By Manuel Schwarz, dpa" — the part after the comma is the agency when it is short.
        if agency.isEmpty, let comma = names.lastIndex(of: ",") {
            let tail = String(names[names.index(after: comma)...]).trimmingWhitespace()
            if tail.spaceSeparatedWords.count <= 3 {
                agency = tail
                names = String(names[..<comma])
            }
        }
        // "By JULIE WATSON and CHRISTOPHER WEBER Associated Press": AP writes the names in capitals and its own name
        // after them, without a comma.
        if agency.isEmpty, let signed = Self.newsAgencySignatures.first(where: { names.hasSuffix(" " + $0) }) {
            let written = String(names.dropLast(signed.count + 1)).trimmingWhitespace()
            if !written.isEmpty, Self.isWrittenInCapitals(written) {
                names = written
                agency = signed
            }
        }
        // "By Adam Shaw , Bill Melugin Fox News": the outlet after the last name, without a comma.
        names = names.replacingOccurrences(of: " ,", with: ",")
        if agency.isEmpty, let signed = Self.outletAfterNames(names) {
            names = signed.names
            agency = signed.outlet
        }
        if Self.isWrittenInCapitals(names) { names = names.capitalizedWords() }
        item.bylines.append(names)
        if !agency.isEmpty, !item.infoSources.contains(where: { $0.name == agency }) {
            item.infoSources.append(InfoSource(name: agency, role: "isrol:originfo"))
        }
        return true
    }

    /// A warning when much of the input was kept out of the story: the text is in the output's notes, but an
    /// editor should know that the reader did not take it for story text.
    func keptOutWarning(totalCharacters: Int) -> Diagnostic? {
        guard keptOutBytes >= 2_000, keptOutBytes * 3 > totalCharacters else { return nil }
        return .warning(
            "plaintext.kept-out",
            "\(keptOutBlocks) blocks (\(keptOutBytes * 100 / max(totalCharacters, 1)) % of the text, \(keptOutBytes) bytes) were not read as story text; they are kept as notes (edNote in NewsML-G2)",
            at: SourceLocation(file: file, line: 1, column: 1))
    }

    private mutating func note(_ text: String, line: Int, kind: String) {
        keptOutBytes += text.utf8.count
        keptOutBlocks += 1
        item.preserved.append(PreservedProperty(container: "note", format: "plaintext", serialized: text))
        diagnostics.append(
            .note(
                "plaintext.kept-as-metadata", "\(kind) kept out of the body: \(text.prefix(80))",
                at: SourceLocation(file: file, line: line, column: 1)))
    }
}

func endsSentence(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last else { return false }
    switch last {
    case ".", "!", "?", "…", "\"", "”", "»", "'", "’", ")": return true
    // A combining mark after the punctuation makes another Character: decide on Characters.
    case _ where last.value >= 0x300 && last.properties.generalCategory == .nonspacingMark: return ".!?…\"”»'’)".contains(text.last!)
    default: return false
    }
}

/// A line reads as running text: several words and sentence punctuation, or long.
func isSentence(_ text: String) -> Bool {
    let words = text.spaceSeparatedWordCount
    return (words >= 8 && endsSentence(text)) || words >= 20
}

extension String {
    func capitalizedWords() -> String {
        split(separator: " ", omittingEmptySubsequences: false).map { word in
            let lower = word.lowercased()
            if ["and", "und", "et", "y", "en", "og", "of", "de", "van", "von"].contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }

    /// ANPA copy writes quotation marks as double backticks and double apostrophes.
    func replacingBacktickQuotes() -> String {
        guard contains("``") else { return self }
        return replacingOccurrences(of: "``", with: "\u{201C}").replacingOccurrences(of: "''", with: "\u{201D}")
    }
}

extension String {
    /// `count` — the number of Characters — from the bytes when every scalar is a Character of its own
    /// (ASCII, Latin, common punctuation: nearly every line of news copy), by grapheme breaking otherwise.
    var characterCount: Int {
        let (scalars, separate) = scalarCounts(stoppingAt: .max)
        return scalars == separate ? scalars : count
    }

    /// The scalars, and the scalars that are Characters of their own (`isSeparateCharacter`): an upper and a
    /// lower bound of `count`. Counting stops once the lower bound reaches `limit`.
    private func scalarCounts(stoppingAt limit: Int) -> (scalars: Int, separate: Int) {
        withUTF8Bytes { bytes in
            var scalars = 0
            var separate = 0
            var index = 0
            while index < bytes.count {
                if bytes[index] & 0xC0 != 0x80 {
                    scalars += 1
                    if Self.isSeparateCharacter(bytes, at: index) {
                        separate += 1
                        if separate >= limit { break }
                    }
                }
                index += 1
            }
            return (scalars, separate)
        }
    }

    /// Whether the scalar starting at `index` always starts a Character and is never extended: ASCII other
    /// than CR, Latin U+0080–U+02FF, punctuation U+2010–U+2027 and U+2030–U+205E, less the emoji among them.
    @inline(__always)
    static func isSeparateCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return byte != 0x0D }
        if byte >= 0xC2 && byte <= 0xCB {
            // © and ® are emoji: a zero-width joiner before them joins them to the emoji before.
            return !(byte == 0xC2 && index + 1 < bytes.count && (bytes[index + 1] == 0xA9 || bytes[index + 1] == 0xAE))
        }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 {
            let value = 0x2000 | (Int(bytes[index + 1] & 0x3F) << 6) | Int(bytes[index + 2] & 0x3F)
            return ((0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)) && value != 0x203C && value != 0x2049
        }
        return false
    }

    /// `count < limit` without grapheme breaking in nearly every case: counting all the characters of a long
    /// paragraph costs a grapheme-breaking pass over it.
    func isShorter(than limit: Int) -> Bool {
        if utf8.count < limit { return true }
        let (scalars, separate) = scalarCounts(stoppingAt: limit)
        if separate >= limit { return false }
        // The whole text was counted: fewer scalars than the limit means fewer Characters.
        if scalars < limit { return true }
        return index(startIndex, offsetBy: limit, limitedBy: endIndex) == nil
    }
}
