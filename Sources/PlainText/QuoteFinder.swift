import Foundation
import NewsModel

/// Finds direct quotations in paragraphs and, where the sentence says it, who spoke them.
enum QuoteFinder {
    /// A quotation is at least this many characters between its marks.
    static let shortestQuotation = 8

    static let speechVerbs = "said|says|stated|told|added|noted|declared|explained|insisted|warned|stressed|emphasized|emphasised|asked|replied|wrote|continued|argued|claimed|recalled|acknowledged|admitted|announced|sagte|erklärte|a déclaré|a dit|dijo|afirmó|заявил|сказал|заявив|сказав"
    static let speechVerbList = speechVerbs.split(separator: "|").map(String.init)
    /// The verb list in two halves: each alternative stays short enough for Foundation (see `Pattern`).
    static let verbHalves = [speechVerbList.prefix(16).joined(separator: "|"), speechVerbList.dropFirst(16).joined(separator: "|")]
    static let name = #"((?:[\p{Lu}][\p{L}.'’\-]+\s+){0,3}[\p{Lu}][\p{L}'’\-]+)"#
    /// After the quotation: "he said" (group 1), "said Name" (group 2) or "Name said" (group 3).
    /// The speech verb comes within the first words after the quotation, or within the last before it.
    static let speakerAfter = Pattern(
        // Each alternative runs only when its own verbs are near and the text starts as it must.
        alternatives: verbHalves.map { half in
            (#"^[,.]?\s*(he|she|they)\s+(?:\w+\s+)?(?:"# + half + #")()()"#,
             { [start = ProbeSet(atStart: ["he", "she", "they"], skipping: [",", "."]), verbs = verbProbe(half, within: 240)] in start.matches($0) && verbs.matches($0) })
        } + verbHalves.map { half in
            (#"^[,.]?\s*()(?:"# + half + #")\s+"# + name + "()",
             { [start = ProbeSet(atStart: half.components(separatedBy: "|"), skipping: [",", "."])] in start.matches($0) })
        } + verbHalves.map { half in
            (#"^[,.]?\s*()()"# + name + #"\s+(?:"# + half + ")", { [verbs = verbProbe(half, within: 240)] in verbs.matches($0) })
        },
        prefilter: { [probe = ProbeSet(anywhereIn: speechVerbList, within: 240)] in probe.matches($0) })
    /// Before the quotation: "Name said:" (group 1) — the text ends with a comma or colon.
    static let speakerBefore = Pattern(
        alternatives: verbHalves.map { half in
            (name + #"\s+(?:"# + half + #")(?:\s+[\w\s]{0,40})?[,:]\s*$"#, { [verbs = verbProbe(half, within: -240)] in verbs.matches($0) })
        },
        prefilter: { [probe = ProbeSet(anywhereIn: speechVerbList, within: -240)] in
            guard let last = $0.unicodeScalars.last(where: { !$0.isSpaceLike }), last == "," || last == ":" else { return false }
            return probe.matches($0)
        })

    private static func verbProbe(_ half: String, within limit: Int) -> ProbeSet {
        ProbeSet(anywhereIn: half.components(separatedBy: "|"), within: limit)
    }

    static func attributeQuotes(in item: inout NewsItem) {
        // The capitalised runs of earlier blocks, found only when a quotation needs its speaker resolved.
        var namesByBlock: [Int: [String]] = [:]
        func names(_ index: Int, _ body: [BodyBlock]) -> [String] {
            if let known = namesByBlock[index] { return known }
            let found = personNames(in: body[index].text)
            namesByBlock[index] = found
            return found
        }
        let isParagraph = item.body.map { block in if case .paragraph = block { true } else { false } }
        for index in item.body.indices {
            guard case .paragraph(let text) = item.body[index], let (range, quoted) = firstQuotation(in: text) else { continue }
            let before = String(text[..<range.lowerBound])
            var after = String(text[range.upperBound...])
            if let again = after.firstByteRange(of: text[range]) { after = String(after[..<again.lowerBound]) }
            // The speech verb comes within the first 240 bytes (the prefilter's window) and the name right
            // after it: the regular expressions need no more than that, cut at a space.
            after = after.prefixCutAtSpace(afterBytes: 320)
            var speaker: String?
            let body = item.body
            if let found = speakerAfter.match(after) {
                if !found[1].isEmpty {
                    // "…," he said: the person named last in the paragraphs before.
                    speaker = (0..<index).reversed().lazy.filter { isParagraph[$0] }
                        .compactMap { names($0, body).last }.first.map(lastWords)
                } else {
                    speaker = [found[2], found[3]].first { !$0.isEmpty }
                }
            } else if let found = speakerBefore.match(String(before.suffix(scalars: 400))) {  // speaker and verb end the text before the quotation
                speaker = found[1]
            }
            if let candidate = speaker, !candidate.contains(" ") {
                // "Macron" → "Emmanuel Macron" when the article named the person in full before.
                speaker = (0..<index).reversed().lazy.compactMap { names($0, body).first { $0.hasSuffix(" " + candidate) } }.first.map(lastWords) ?? candidate
            }
            item.body[index] = .quote(Quote(text: text, quotation: String(quoted).trimmingWhitespace().stripping(",."), speaker: speaker))
        }
    }

    /// "French President Emmanuel Macron" → "Emmanuel Macron": titles before the name are dropped.
    private static func lastWords(_ run: String) -> String {
        let words = run.split(separator: " ")
        return words.suffix(2).joined(separator: " ")
    }

    /// Runs of two or more capitalised words ("Emmanuel Macron", "French President Emmanuel Macron"):
    /// each word an upper-case letter followed by lower-case letters, apostrophes or hyphens, the words
    /// separated by white space only. Written out instead of a regular expression: it runs on every paragraph.
    static func personNames(in text: String) -> [String] {
        var names: [String] = []
        var run: [Substring] = []
        func finishRun() {
            if run.count >= 2 { names.append(run.joined(separator: " ")) }
            run.removeAll(keepingCapacity: true)
        }
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            while index < scalars.endIndex, scalars[index].isSpaceLike { index = scalars.index(after: index) }
            guard index < scalars.endIndex else { break }
            var pieceEnd = index
            while pieceEnd < scalars.endIndex, !scalars[pieceEnd].isSpaceLike { pieceEnd = scalars.index(after: pieceEnd) }
            defer { index = pieceEnd }
            var start = index
            // Punctuation before the word ("(Bayern", "“Gerd") ends the run: only white space may join words.
            while start < pieceEnd, !scalars[start].isLetterLike { start = scalars.index(after: start) }
            if start != index { finishRun() }
            guard start < pieceEnd, scalars[start].isUppercaseLetter else { finishRun(); continue }
            var end = scalars.index(after: start)
            while end < pieceEnd, scalars[end].isLowercaseLetter || scalars[end] == "'" || scalars[end] == "’" || scalars[end] == "-" {
                end = scalars.index(after: end)
            }
            guard end > scalars.index(after: start) else { finishRun(); continue }
            run.append(text[start..<end])
            // Anything else in the piece ("Macron," or "McDonald") ends the run after this word.
            if end < pieceEnd { finishRun() }
        }
        finishRun()
        return names
    }

    /// The first quotation in the text: "…", “…”, «…», „…“ or ``…'' with at least eight characters
    /// inside — the whole span with its marks, and the text inside.
    static func firstQuotation(in text: String) -> (Range<String.Index>, Substring)? {
        // Every opening mark has a byte 0x22 ("), 0x60 (`), 0xC2 («) or 0xE2 (“ „): most paragraphs have none.
        guard let firstMark = text.withUTF8Bytes({ bytes in bytes.firstIndex { $0 == 0x22 || $0 == 0x60 || $0 == 0xC2 || $0 == 0xE2 } }) else { return nil }
        let scalars = text.unicodeScalars
        var index = text.utf8.index(text.startIndex, offsetBy: firstMark)
        while index < scalars.endIndex {
            let opening = scalars[index]
            let closings: [Unicode.Scalar]
            var contentStart = scalars.index(after: index)
            switch opening {
            case "\"": closings = ["\""]
            case "“": closings = ["”"]
            case "«": closings = ["»"]
            case "„": closings = ["“", "”"]
            case "`":
                guard contentStart < scalars.endIndex, scalars[contentStart] == "`" else { index = contentStart; continue }
                contentStart = scalars.index(after: contentStart)
                closings = ["'"]
            default:
                index = scalars.index(after: index)
                continue
            }
            // The first closing mark after the opening one ends the quotation (the content cannot contain it).
            var end = contentStart
            var length = 0
            while end < scalars.endIndex, !closings.contains(scalars[end]) {
                end = scalars.index(after: end)
                length += 1
            }
            if end < scalars.endIndex, length >= shortestQuotation {
                var afterClosing = scalars.index(after: end)
                if opening == "`" {
                    // ``…'' closes with two apostrophes.
                    guard afterClosing < scalars.endIndex, scalars[afterClosing] == "'" else { index = scalars.index(after: index); continue }
                    afterClosing = scalars.index(after: afterClosing)
                }
                return (index..<afterClosing, text[contentStart..<end])
            }
            index = scalars.index(after: index)
        }
        return nil
    }
}
