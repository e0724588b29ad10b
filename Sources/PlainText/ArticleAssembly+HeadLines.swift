import Foundation
import NewsModel

/// The blocks that are not story text: the head's headline, byline, dateline and teaser lines, sources, and
/// everything else kept as a note.
extension ArticleAssembly {
    /// A block that is not story text: metadata where its shape says what it is, otherwise a note.
    mutating func readOther(_ text: String, line: Int, sawParagraph: Bool) {
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
        // "Gera (ots)" alone over the first paragraph: the wire's dateline, its dash left off by the page.
        if !sawParagraph, item.dateline == nil, pendingDateline == nil, let parts = AgencyDatelineLine.parts(of: text) {
            pendingDateline = text.trimmingWhitespace()
            if item.located == nil { item.located = Concept(names: [parts.place]) }
            addDatelineAgency(parts.agency)
            return
        }
        // "New Delhi:" alone over the first paragraph (NDTV and other Indian outlets): the place the story was written.
        if !sawParagraph, item.dateline == nil, pendingDateline == nil, let place = Self.placeOverTheStory(text) {
            pendingDateline = place
            if item.located == nil { item.located = Concept(names: [place]) }
            note(text, line: line, kind: "line before the text")
            return
        }
        if LineRules.isCopyrightNotice(text) {
            addCopyrightNotice(text)
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

    /// "New Delhi:", "MUMBAI:": two or three capitalised words of letters (one in capitals) and a colon, no label of a
    /// box or a page.
    static func placeOverTheStory(_ text: String) -> String? {
        guard text.hasSuffixOnBytes(":"), text.utf8.count <= 40 else { return nil }
        let place = String(text.dropLast()).trimmingWhitespace()
        let words = place.spaceSeparatedWords
        // (One word only in capitals, "MUMBAI:": "Valorar:", "Teilen:" are a page's buttons.)
        guard (2...3).contains(words.count) || words.count == 1 && place.allSatisfy({ !$0.isLowercase }),
            words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." } })
        else { return nil }
        let lowered = place.lowercasedOnBytes()
        guard !NavigationLabel.relatedPhrases.contains(lowered), !NavigationLabel.summaryPhrases.contains(lowered),
            !Self.labelsBeforeTheText.contains(lowered), let first = words.first,
            !Self.labelOpenings.contains(first.lowercasedOnBytes())
        else { return nil }
        return place
    }
    /// Labels of their own (a label opening with one of `labelOpenings` needs no entry).
    private static let labelsBeforeTheText: Set<String> = [
        "update", "updated", "updates", "photos", "photo", "video", "videos", "advertisement", "editor's note", "correction",
        "summary", "highlights", "topics", "tags", "published", "source", "sources",
    ]
    /// A label's first word ("More On:", "Read More:", "Filed Under:").
    private static let labelOpenings: Set<String> = [
        "more", "read", "also", "see", "watch", "listen", "filed", "posted", "related", "follow", "share", "click", "sign", "get",
        "the", "a", "an", "by", "in", "on", "from", "with", "for", "and", "or", "our", "your", "this",
        // A contact box's labels ("Help Line:", "Contact Us:", "Call Centre:") over its numbers.
        "help", "contact", "call", "phone", "email", "hotline",
    ]

    /// "Publicat: 07 02. 2020, 18:42" (a Romanian page), "Datum: 03.12.2026 14:05": one word and a colon, then only
    /// figures — when the page was published, whatever the language of its label; no one's name.
    static func isLabelledFiguresOnly(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let label = text[..<colon]
        guard (2...20).contains(label.count), label.allSatisfy(\.isLetter) else { return false }
        let rest = text[text.index(after: colon)...]
        return rest.contains(where: \.isNumber) && rest.allSatisfy { $0.isNumber || " .,:/-".contains($0) }
    }

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

    func isHeadMetadata(_ text: String) -> Bool {
        LineRules.byline.matches(in: LineRules.bylineText(text)) || LineRules.captionWithCredit.matches(in: text)
            || LineRules.creditLine.matches(in: text)
            || LineRules.relatedTeaser.matches(in: text) || LineRules.dateOnlyLine.matches(in: text)
            || LineRules.datelineLine.matches(in: text)
    }

    /// "L'intimidazione a Mastroianni: scattate le indagini - Live Sicilia" over "L’intimidazione a Mastroianni: scattate
    /// le indagini": the page's title with the site's name after a dash or a bar, then the same title as the page sets
    /// it. The title and the site's name, or nil.
    static func titleWithSiteName(_ headline: String, repeatedIn next: ArraySlice<Block>) -> (title: String, site: String)? {
        for separator in [" - ", " | ", " – ", " — "] {
            guard let range = headline.lastByteRange(of: separator) else { continue }
            let title = String(headline[..<range.lowerBound]).trimmingWhitespace()
            let site = String(headline[range.upperBound...]).trimmingWhitespace()
            guard !site.isEmpty, site.spaceSeparatedWordCount <= 4, title.utf8.count >= 15 else { continue }
            let key = comparable(title)
            if next.contains(where: { comparable($0.text) == key }) { return (title, site) }
        }
        return nil
    }

    /// The text with its apostrophes and quotation marks alike, in small letters: the title and its repetition compared.
    private static func comparable(_ text: String) -> String {
        text.trimmingWhitespace().lowercasedOnBytes().replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
    }

    mutating func setHeadline(_ raw: String, line: Int) {
        var headline = raw.trimmingWhitespace()
        // "*En 41-årig mand …": a list or emphasis mark before the title is not part of it; nor is a dialog's close
        // button copied with it ("× Driver leads deputies on 3-city chase").
        while let first = headline.first, first == "*" || first == "•" || first == "×" {
            headline = String(headline.dropFirst()).trimmingWhitespace()
        }
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
                // (A space in its place: "BROWNING-FERRIS <BFI>WASTE DISPOSAL …" runs the next word on.)
                for ticker in tickers.reversed() { headline.replaceSubrange(ticker.range, with: " ") }
                headline = headline.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                    .replacingOccurrences(of: " ,", with: ",")
            }
        }
        headline = headline.stripping(" +=")
        // "Fuerte operativo policial en Monte Maíz:": the colon led into the story under the title, no part of it.
        if headline.hasSuffixOnBytes(":"), headline.utf8.count >= 12 { headline = String(headline.dropLast()).trimmingWhitespace() }
        if headline.isEmpty { return }
        item.headlines = [TextWithRole(headline)]
    }

    mutating func extractDateline(_ paragraph: String) -> String {
        if let pending = pendingDateline {
            item.dateline = pending
            pendingDateline = nil
        }
        // A dateline is a few words at the start: the expressions never need more than the first 300 bytes.
        let opening = paragraph.prefixCutAtSpace(afterBytes: 300)
        guard
            let match = LineRules.dateline.match(opening) ?? LineRules.agencyDateline.match(opening) ?? BracketDateline.match(opening)
                ?? DateAgencyDateline.match(opening) ?? BareAgencyDateline.match(opening)
                ?? BracketCountryDateline.match(opening) ?? AgencyDatelineLine.inlineMatch(opening)
        else {
            if let place = envelope.datelinePlace, item.dateline == nil {
                item.dateline = place
                item.located = Concept(names: [place])
            }
            return paragraph
        }
        var place = match[2]
        // "MOSCOW. Dec 3 (Interfax) -": the full stop after the place is no part of its name ("D.C." keeps its own).
        if place.hasSuffixOnBytes("."), let last = place.spaceSeparatedWords.last, last.count >= 4, !last.dropLast().contains(".") {
            place = String(place.dropLast())
        }
        let date = match[3]
        let agency = match[4].isEmpty ? match[5] : match[4]
        // Accept only what is clearly a dateline: an agency, a date, a place in capitals, or the full stop and dash of
        // Spanish and Latin American copy ("Madrid.- El Gobierno …").
        let placeInCapitals = Self.isPlaceInCapitals(place)
        let stopAndDash = match[1].trimmingWhitespace().hasSuffixOnBytes(".-")
        // (Or ANI's square-bracketed country, "Margao (Goa) [India]:", which no other dateline's place holds.)
        guard
            !agency.isEmpty || !date.isEmpty || placeInCapitals || stopAndDash || match[1].contains("[")
                || Self.isTitleCasePlaceBeforeASpacedDash(place, dateline: match[1], rest: paragraph.dropFirst(match[1].count))
        else { return paragraph }
        guard place.spaceSeparatedWords.count <= 4 else { return paragraph }
        let rest = String(paragraph.dropFirst(match[1].count))
        // (Reuters brackets a company's name it gives no ticker: "CALGARY, Alberta, March 3 - <Precambrian Shield …".)
        guard let first = rest.first,
            first.isUppercase || first.isNumber || first == "\"" || first == "“" || first == "«" || first == "`"
                || first == "<" && rest.dropFirst().first?.isUppercase == true
        else { return paragraph }
        // ("BAD AROLSEN." keeps no full stop: it closes the place, as the dash closes others.)
        let stopAfterPlace = match[1].trimmingWhitespace() == place + "."
        item.dateline = match[1].stripping(stopAndDash || stopAfterPlace ? " -–—_:." : " -–—_:")
        if !place.isEmpty { item.located = Concept(names: [place]) }
        // "(UrduPoint News / Sputnik - …)": each source on its own.
        for name in agency.components(separatedBy: " / ") where !name.trimmingWhitespace().isEmpty {
            addDatelineAgency(name.trimmingWhitespace())
        }
        return rest.replacingBacktickQuotes()
    }

    /// "Indianapolis – Several thousand teachers …", "Praha - Vláda v úterý …": the place in small letters but its first,
    /// one to three words, a dash between spaces and a sentence of the story after it — as American papers print the
    /// wires' copy and Czech and German agencies write theirs. A label is no place ("Update - …").
    static func isTitleCasePlaceBeforeASpacedDash(_ place: String, dateline: String, rest: Substring) -> Bool {
        let words = place.split(separator: " ")
        let trimmed = dateline.trimmingWhitespace()
        return (1...3).contains(words.count)
            && words.allSatisfy({ word in
                word.first?.isUppercase == true && word.count >= 3 && word.dropFirst().allSatisfy({ $0.isLowercase || $0 == "-" })
            })
            && (trimmed.hasSuffixOnBytes(" -") || trimmed.hasSuffixOnBytes(" –") || trimmed.hasSuffixOnBytes(" —"))
            && !datelineLabels.contains(place.lowercasedOnBytes())
            && rest.split(separator: " ", maxSplits: 8).count > 8
    }
    private static let datelineLabels: Set<String> = [
        "update", "updated", "breaking", "exclusive", "watch", "video", "live", "opinion", "analysis", "editorial", "comment",
        "review", "photos", "gallery", "podcast", "sponsored", "advertisement", "correction", "factbox", "explainer",
    ]

    mutating func findSources(in paragraph: String) {
        for pattern in [LineRules.sourceAttribution, LineRules.reportedBy] {
            for match in pattern.matches(paragraph) {
                let name = match[1]
                addSource(name)
            }
        }
    }

    // MARK: Line kinds

    func isSentenceWithoutCaption(_ text: String) -> Bool { !text.isShorter(than: 401) }

    mutating func readTeaser(_ text: String) -> Bool {
        guard
            let title = LineRules.relatedTeaser.match(text).map({ $0[1] }) ?? LineRules.capitalMoreTeaser.match(text).map({ $0[1] })
                ?? RoleRules.bracketedTeaserTitle(text)
        else { return false }
        let link = RelatedLink(title: title.trimmingWhitespace(), relation: "irel:seeAlso")
        item.links.append(link)
        item.body.append(.relatedTeaser(link))
        return true
    }

    /// A rights line: the notice, or its continuation ("Copyright PUNCH." then "All rights reserved. This material …");
    /// a line the notice already says is not said twice.
    mutating func addCopyrightNotice(_ text: String) {
        guard let notice = item.rights.copyrightNotice else {
            item.rights.copyrightNotice = text
            return
        }
        if !notice.contains(text) { item.rights.copyrightNotice = notice + " " + text }
    }

    /// The story's source (an agency, an outlet the text credits), once.
    /// The agency a dateline names: a source of the item, and its provider when none is known.
    mutating func addDatelineAgency(_ name: String) {
        addSource(name)
        if item.provider == nil { item.provider = Concept(names: [name]) }
    }

    mutating func addSource(_ name: String) {
        if !item.infoSources.contains(where: { $0.name == name }) {
            item.infoSources.append(InfoSource(name: name, role: "isrol:originfo"))
        }
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

    mutating func note(_ text: String, line: Int, kind: String) {
        keptOutBytes += text.utf8.count
        keptOutBlocks += 1
        item.preserved.append(PreservedProperty(container: "note", format: "plaintext", serialized: text))
        diagnostics.append(
            .note(
                "plaintext.kept-as-metadata", "\(kind) kept out of the body: \(text.prefix(80))",
                at: SourceLocation(file: file, line: line, column: 1)))
    }
}
