import Foundation
import NewsModel

/// The line-by-line reading of one article: first the head (tags, headline, byline, picture lines),
/// then the body in blocks, then trailers and notes.
struct ArticleAssembly {
    let file: String?
    var item = NewsItem(guid: "")
    var diagnostics: [Diagnostic] = []
    private let envelope: EnvelopeMetadata
    private var notebook = false
    private var pendingCaption: (text: String, line: Int)?
    private var pendingDateline: String?

    init(file: String?, envelope: EnvelopeMetadata) {
        self.file = file
        self.envelope = envelope
        if let slugline = envelope.slugline { item.slugline = slugline }
        if let headline = envelope.headline, !headline.isEmpty { item.headlines = [TextWithRole(headline)] }
        if !envelope.headerLines.isEmpty {
            item.preserved.append(PreservedProperty(container: "envelope", format: "plaintext", serialized: envelope.headerLines.joined(separator: "\n")))
        }
        if !envelope.trailerLines.isEmpty {
            item.preserved.append(PreservedProperty(container: "envelope-trailer", format: "plaintext", serialized: envelope.trailerLines.joined(separator: "\n")))
        }
    }

    mutating func read(_ lines: [SourceLine]) {
        let layout = TextLayout(lines)
        var index = readHead(lines)
        var blocks: [Block] = []
        while index < lines.count {
            let (block, next) = layout.block(in: lines, from: index)
            if let block { blocks.append(block) }
            index = next
        }
        readBody(blocks)
        finishPicture()
        QuoteFinder.attributeQuotes(in: &item)
    }

    // MARK: Head

    /// Reads the lines before the first body paragraph; returns the index of that paragraph.
    private mutating func readHead(_ lines: [SourceLine]) -> Int {
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let text = line.text
            if text.isEmpty { index += 1; continue }
            if item.headlines.isEmpty {
                if LineRules.statusLine.matches(in: text) || (LineRules.keywordPath.matches(in: text) && text.contains("/")) {
                    note(text, line: line.number, kind: "wire tag or keyword line")
                    if LineRules.keywordPath.matches(in: text) {
                        item.keywords += text.split(separator: "/").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
                    }
                    index += 1
                    continue
                }
                if let source = LineRules.sourceLine.match(text) {
                    item.infoSources.append(InfoSource(name: source[1], role: "isrol:originfo"))
                    index += 1
                    continue
                }
                if let release = LineRules.releaseIdentifier.match(text) {
                    item.alternativeIdentifiers.append(AlternativeIdentifier(value: release[1]))
                    index += 1
                    continue
                }
                if LineRules.dateOnlyLine.matches(in: text) || LineRules.widget.matches(in: text) {
                    note(text, line: line.number, kind: "line before the headline")
                    index += 1
                    continue
                }
                if isSentence(text) && !text.isShorter(than: 161) {
                    // No headline: the article starts with its text.
                    return index
                }
                var headline = text
                // A headline wrapped over two lines: the second is short and ends the block.
                if index + 1 < lines.count, !lines[index + 1].isBlank, !headline.isShorter(than: 40), !endsSentence(headline),
                   lines[index + 1].text.characterCount < headline.characterCount, lines[index + 1].indentation == line.indentation,
                   index + 2 >= lines.count || lines[index + 2].isBlank,
                   !isHeadMetadata(lines[index + 1].text) {
                    headline += " " + lines[index + 1].text
                    index += 1
                }
                setHeadline(headline, line: line.number)
                index += 1
                continue
            }
            // After the headline, until the text starts.
            if text == item.headline {
                note(text, line: line.number, kind: "repeated headline")
                index += 1
                continue
            }
            if readPictureLine(text, line: line.number) || readTeaser(text) || readByline(text) {
                index += 1
                continue
            }
            if LineRules.editorsNote.matches(in: text) || LineRules.statusLine.matches(in: text) {
                item.editorialNotes.append(text)
                index += 1
                continue
            }
            if let dateline = LineRules.datelineLine.match(text) {
                pendingDateline = text.stripping(" -–—")
                if !dateline[2].isEmpty { item.infoSources.append(InfoSource(name: dateline[2], role: "isrol:contentSource")) }
                index += 1
                continue
            }
            if LineRules.dateOnlyLine.matches(in: text) {
                if item.dateline == nil, let place = LineRules.dateOnlyLine.match(text), let first = text.split(separator: " ").first,
                   first.allSatisfy({ $0.isUppercase }), first.count > 1, place[0].count > 0 {
                    pendingDateline = text
                }
                note(text, line: line.number, kind: "date line")
                index += 1
                continue
            }
            if LineRules.widget.matches(in: text) || LineRules.sourceLine.matches(in: text) {
                note(text, line: line.number, kind: "page furniture")
                index += 1
                continue
            }
            if isSentence(text) || line.indentation > 0 || LineRules.dateline.matches(in: text) { return index }
            // A short line that is not a sentence, between headline and text: an outlet name, a kicker.
            note(text, line: line.number, kind: "line between headline and text")
            index += 1
        }
        return index
    }

    private func isHeadMetadata(_ text: String) -> Bool {
        LineRules.byline.matches(in: text) || LineRules.captionWithCredit.matches(in: text) || LineRules.creditLine.matches(in: text)
            || LineRules.relatedTeaser.matches(in: text) || LineRules.dateOnlyLine.matches(in: text) || LineRules.datelineLine.matches(in: text)
    }

    private mutating func setHeadline(_ raw: String, line: Int) {
        var headline = raw.trimmingWhitespace()
        if let tag = LineRules.headlineTag.match(headline), tag[0].count < headline.count {
            item.signals.append(Concept(literal: nil, names: [tag[0].stripping(" -:/|")]))
            headline = String(headline.dropFirst(tag[0].count))
        }
        if let topic = LineRules.topicPrefix.match(headline), headline.contains(where: { $0.isLowercase }) {
            item.slugline = item.slugline ?? topic[1]
            headline = String(headline.dropFirst(topic[0].count))
        }
        headline = headline.stripping(" +=")
        if headline.isEmpty { return }
        item.headlines = [TextWithRole(headline)]
    }

    // MARK: Body

    private mutating func readBody(_ blocks: [Block]) {
        var index = 0
        var sawParagraph = false
        var pendingList: [String] = []
        func flushList(_ assembly: inout ArticleAssembly) {
            if !pendingList.isEmpty {
                assembly.item.body.append(.list(pendingList, ordered: false))
                pendingList = []
            }
        }
        while index < blocks.count {
            let block = blocks[index]
            let text = block.text
            defer { index += 1 }
            if notebook || LineRules.notebookStart.matches(in: text) {
                notebook = true
                flushList(&self)
                item.editorialNotes.append(text)
                continue
            }
            if readPictureLine(text, line: block.line) || readTeaser(text) {
                flushList(&self)
                continue
            }
            if !sawParagraph, readByline(text) { continue }
            if isTrailer(text, isLast: index >= blocks.count - 2) {
                flushList(&self)
                item.editorialNotes.append(text)
                continue
            }
            if LineRules.editorsNote.matches(in: text) && (text.hasPrefix("(") || text.hasPrefix("Ed")) {
                item.editorialNotes.append(text)
                continue
            }
            if LineRules.widget.matches(in: text) || LineRules.pullQuoteAttribution.matches(in: text) {
                note(text, line: block.line, kind: LineRules.widget.matches(in: text) ? "page furniture" : "pull-quote attribution")
                continue
            }
            if text.isShorter(than: 160), LineRules.copyright.matches(in: text) {
                item.rights.copyrightNotice = item.rights.copyrightNotice ?? text
                continue
            }
            if block.lineCount == 1, let bullet = LineRules.bullet.match(text), !bullet[1].isEmpty {
                pendingList.append(bullet[1])
                continue
            }
            flushList(&self)
            if sawParagraph, index + 1 < blocks.count, isSubheading(text), block.lineCount == 1 {
                item.body.append(.subheading(text, level: 2))
                continue
            }
            if !sawParagraph, item.headlines.isEmpty, !isSentence(text), text.isShorter(than: 120) {
                setHeadline(text, line: block.line)
                continue
            }
            if !sawParagraph, item.bylines.isEmpty, text.isShorter(than: 80), !isSentence(text), LineRules.byline.matches(in: text) == false,
               index + 1 < blocks.count, blocks[index + 1].text.characterCount > text.characterCount, !text.contains(where: { $0.isNumber }),
               item.dateline == nil, isShortMetadata(text) {
                note(text, line: block.line, kind: "line between headline and text")
                continue
            }
            var paragraph = text
            if !sawParagraph { paragraph = extractDateline(paragraph) }
            sawParagraph = true
            findSources(in: paragraph)
            item.body.append(.paragraph(paragraph))
        }
        flushList(&self)
        // A closing byline such as "Von Jane Doe" at the end of a web article.
        if case .paragraph(let last)? = item.body.last, item.bylines.isEmpty, last.isShorter(than: 60), readByline(last) {
            item.body.removeLast()
        }
    }

    private func isShortMetadata(_ text: String) -> Bool {
        text.spaceSeparatedWordCount <= 4 && !endsSentence(text)
    }

    private mutating func extractDateline(_ paragraph: String) -> String {
        if let pending = pendingDateline {
            item.dateline = pending
            pendingDateline = nil
        }
        // A dateline is a few words at the start: the expressions never need more than the first 300 bytes.
        guard let match = LineRules.dateline.match(paragraph.prefixCutAtSpace(afterBytes: 300)) else {
            if let place = envelope.datelinePlace, item.dateline == nil { item.dateline = place; item.located = Concept(names: [place]) }
            return paragraph
        }
        let place = match[2]
        let date = match[3]
        let agency = match[4].isEmpty ? match[5] : match[4]
        // Accept only what is clearly a dateline: an agency, a date, or a place in capitals.
        let placeInCapitals = place.count > 1 && place.allSatisfy { !$0.isLowercase }
        guard !agency.isEmpty || !date.isEmpty || placeInCapitals else { return paragraph }
        guard place.split(separator: " ").count <= 4 else { return paragraph }
        let rest = String(paragraph.dropFirst(match[1].count))
        guard let first = rest.first, first.isUppercase || first.isNumber || first == "\"" || first == "“" || first == "«" || first == "`" else { return paragraph }
        item.dateline = match[1].stripping(" -–—_:")
        item.located = Concept(names: [place])
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

    private mutating func readPictureLine(_ text: String, line: Int) -> Bool {
        if text.isShorter(than: 500), let match = LineRules.captionWithCredit.match(text), !isSentenceWithoutCaption(match[1]) {
            let credit = match[3].isEmpty ? match[4] : match[3]
            var caption = match[1].trimmingWhitespace()
            if caption.hasPrefix("* ") || caption.hasPrefix("• ") { caption = String(caption.dropFirst(2)) }
            if let counter = LineRules.galleryCounter.match(caption) { caption = counter[1] }
            finishPicture()
            item.pictures.append(Picture(caption: caption, creditline: credit.trimmingWhitespace()))
            return true
        }
        if let match = LineRules.creditLine.match(text) ?? LineRules.imageCopyright.match(text), text.isShorter(than: 180) {
            var picture = Picture(creditline: match[1].trimmingWhitespace())
            if let pending = pendingCaption {
                picture.caption = pending.text
                pendingCaption = nil
            }
            item.pictures.append(picture)
            return true
        }
        if let match = LineRules.imageCaption.match(text) {
            if let last = item.pictures.indices.last, item.pictures[last].caption == nil {
                item.pictures[last].caption = match[1]
            } else {
                item.pictures.append(Picture(caption: match[1]))
            }
            return true
        }
        if let counter = LineRules.galleryCounter.match(text) {
            finishPicture()
            pendingCaption = (counter[1], line)
            return true
        }
        return false
    }

    private func isSentenceWithoutCaption(_ text: String) -> Bool { !text.isShorter(than: 401) }

    /// A caption that never got its credit is still a picture, not body text.
    private mutating func finishPicture() {
        if let pending = pendingCaption {
            item.pictures.append(Picture(caption: pending.text))
            pendingCaption = nil
        }
    }

    private mutating func readTeaser(_ text: String) -> Bool {
        guard let match = LineRules.relatedTeaser.match(text) else { return false }
        let link = RelatedLink(title: match[1].trimmingWhitespace(), relation: "irel:seeAlso")
        item.links.append(link)
        item.body.append(.relatedTeaser(link))
        return true
    }

    private mutating func readByline(_ text: String) -> Bool {
        guard text.isShorter(than: 120), let match = LineRules.byline.match(text) else { return false }
        var names = match[1].stripping(" ,=")
        var agency = match[2].stripping(" ,=")
        // "By Manuel Schwarz, dpa" — the part after the comma is the agency when it is short.
        if agency.isEmpty, let comma = names.lastIndex(of: ",") {
            let tail = String(names[names.index(after: comma)...]).trimmingWhitespace()
            if tail.split(separator: " ").count <= 3 {
                agency = tail
                names = String(names[..<comma])
            }
        }
        if names.allSatisfy({ !$0.isLowercase }) { names = names.capitalizedWords() }
        item.bylines.append(names)
        if !agency.isEmpty, !item.infoSources.contains(where: { $0.name == agency }) {
            item.infoSources.append(InfoSource(name: agency, role: "isrol:originfo"))
        }
        return true
    }

    private func isTrailer(_ text: String, isLast: Bool) -> Bool {
        if LineRules.reportingTrailer.matches(in: text) && text.isShorter(than: 400) { return true }
        if isLast && text.isShorter(than: 40) && LineRules.signOff.matches(in: text) { return true }
        return false
    }

    private func isSubheading(_ text: String) -> Bool {
        guard text.isShorter(than: 91), !text.isShorter(than: 3) else { return false }
        guard text.spaceSeparatedWordCount <= 12, let first = text.unicodeScalars.first,
              first.isUppercaseLetter || (first.value >= 48 && first.value <= 57) || (first.value >= 0x80 && first.properties.numericType != nil) else { return false }
        if endsSentence(text) { return false }
        // Single-byte marks: compared as bytes (String's hasPrefix and hasSuffix compare Characters).
        if let last = text.utf8.last, last == UInt8(ascii: ",") || last == UInt8(ascii: ";") || last == UInt8(ascii: ":") { return false }
        if text.utf8.first == UInt8(ascii: "\"") || text.utf8.first == UInt8(ascii: "(") || first == "“" { return false }
        return true
    }

    private mutating func note(_ text: String, line: Int, kind: String) {
        item.preserved.append(PreservedProperty(container: "note", format: "plaintext", serialized: text))
        diagnostics.append(.note("plaintext.kept-as-metadata", "\(kind) kept out of the body: \(text.prefix(80))",
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
