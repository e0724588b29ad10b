import Foundation
import NewsModel

/// Finds direct quotations in paragraphs and, where the sentence says it, who spoke them.
enum QuoteFinder {
    /// A quotation is at least this many characters between its marks.
    static let shortestQuotation = 8

    static let speechVerbs =
        "said|says|stated|told|added|noted|declared|explained|insisted|warned|stressed|emphasized|emphasised|asked|replied|wrote|continued|argued|claimed|recalled|acknowledged|admitted|announced|sagte|erklärte|a déclaré|a dit|dijo|afirmó|заявил|сказал|заявив|сказав"
    static let speechVerbList = speechVerbs.split(separator: "|").map(String.init)
    /// The verb list in two halves: each alternative stays short enough for Foundation (see `Pattern`).
    static let verbHalves = [speechVerbList.prefix(16).joined(separator: "|"), speechVerbList.dropFirst(16).joined(separator: "|")]
    static let name = #"((?:[\p{Upper}][\p{Alpha}.'’\-]+\s+){0,3}[\p{Upper}][\p{Alpha}'’\-]+)"#
    /// After the quotation: "he said" (group 1), "said Name" (group 2) or "Name said" (group 3).
    /// The speech verb comes within the first words after the quotation, or within the last before it.
    static let speakerAfter = Pattern(
        // Each alternative runs only when its own verbs are near and the text starts as it must.
        alternatives: verbHalves.map { half in
            (
                #"^[,.]?\s*(he|she|they)\s+(?:\w+\s+)?(?:"# + half + #")()()"#,
                { [start = ProbeSet(atStart: ["he", "she", "they"], skipping: [",", "."]), verbs = verbProbe(half, within: 240)] in
                    start.matches($0) && verbs.matches($0)
                }
            )
        }
            + verbHalves.map { half in
                (
                    #"^[,.]?\s*()(?:"# + half + #")\s+"# + name + "()",
                    { [start = ProbeSet(atStart: half.components(separatedBy: "|"), skipping: [",", "."])] in start.matches($0) }
                )
            }
            + verbHalves.map { half in
                (
                    #"^[,.]?\s*()()"# + name + #"\s+(?:"# + half + ")",
                    { [verbs = verbProbe(half, within: 240)] in
                        // The name comes first: a capital after the optional comma or full stop.
                        ($0.unicodeScalars.drop { $0.isSpaceLike || $0 == "," || $0 == "." }.first?.isUppercaseLetter ?? false)
                            && verbs.matches($0)
                    }
                )
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
            // "…," he said: the person named last in the paragraphs before (a run opening with an article, holding a
            // weekday or a possessive names no one: "The Hill", "Twitter Tuesday").
            func lastPersonBefore() -> String? {
                // The paragraph's own sentence before the quotation first ("Premier David Crisafulli said … "…," he said").
                if let named = personNames(in: before).last(where: isPersonLike) { return lastWords(named) }
                return (0..<index).reversed().lazy.filter { isParagraph[$0] }
                    .compactMap { names($0, body).last(where: isPersonLike) }.first.map(lastWords)
            }
            if let found = speakerAfter.match(after) {
                speaker = !found[1].isEmpty ? lastPersonBefore() : [found[2], found[3]].first { !$0.isEmpty }
            } else if let found = speakerBefore.match(String(before.suffix(scalars: 400))) {
                // The speaker and verb end the text before the quotation ("She added, …": a pronoun, resolved as above).
                speaker = pronouns.contains(found[1]) ? lastPersonBefore() : found[1]
            }
            speaker = speaker.map(untilSentenceEnds)
            if let candidate = speaker, !candidate.containsBytes(" ") {
                // "Macron" → "Emmanuel Macron" when the article named the person in full before.
                speaker =
                    (0..<index).reversed().lazy.compactMap { names($0, body).first { $0.hasSuffixOnBytes(" " + candidate) } }.first.map(
                        lastWords)
                    ?? candidate
            }
            item.body[index] = .quote(Quote(text: text, quotation: String(quoted).trimmingWhitespace().stripping(",."), speaker: speaker))
        }
    }

    /// "Jörg Krämer. Die" → "Jörg Krämer": a name's words may carry an initial's full stop ("John F. Kennedy"), but a
    /// word of two letters or more ending with one ends the sentence, and the name with it.
    static func untilSentenceEnds(_ speaker: String) -> String {
        guard speaker.containsBytes(". ") else { return speaker }
        var kept: [Substring] = []
        for word in speaker.spaceSeparatedWords {
            if word.hasSuffixOnBytes("."), word.count > 2, !kept.isEmpty, !titleAbbreviations.contains(word.lowercasedOnBytes()) {
                kept.append(word.dropLast())
                break
            }
            kept.append(word)
        }
        return kept.joined(separator: " ")
    }

    /// Words after which a capitalised run is a place or a body, not a person: "the", "in", "at", "near", "outside",
    /// "inside" (compared on the scalars: a string made of every word was a tenth of the reader's time).
    private static func isPlaceWordBeforeNames(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard (2...7).contains(word.count) else { return false }
        return placeWordsBeforeNames.contains { $0.count == word.count && $0.elementsEqual(word) }
    }
    private static let placeWordsBeforeNames: [[Unicode.Scalar]] = ["the", "in", "at", "near", "outside", "inside"].map {
        Array($0.unicodeScalars)
    }

    /// Subject pronouns a capital opens at a sentence's start, in the reader's languages: no speaker's name.
    static let pronouns: Set<String> = [
        "He", "She", "They", "We", "Er", "Sie", "Wir", "Il", "Elle", "Ils", "Elles", "On", "Nous", "Él", "Ella", "Ellos", "Ellas",
        "Lui", "Lei", "Loro", "Ona", "Oni", "Он", "Она", "Они",
    ]
    private static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// A capitalised run that may name a person: not opening with an article or a sentence's first word ("The Hill",
    /// "When Carlineo"), holding no weekday ("Twitter Tuesday") and no possessive ("Jeanine Pirro’s comments").
    static func isPersonLike(_ run: String) -> Bool {
        let words = run.spaceSeparatedWords
        guard let first = words.first, let last = words.last, !runOpeners.contains(String(first)),
            !last.hasSuffixOnBytes("’s"), !last.hasSuffixOnBytes("'s")
        else { return false }
        return !words.contains { weekdays.contains(String($0)) }
    }
    private static let runOpeners: Set<String> = [
        "The", "A", "An", "This", "That", "When", "After", "Before", "But", "And", "As", "If", "In", "On", "At", "For", "With",
        "While", "Der", "Die", "Das", "Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Gli",
    ]

    private static let titleAbbreviations: Set<String> = [
        "dr.", "mr.", "mrs.", "ms.", "prof.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.", "st.", "jr.", "sr.",
    ]

    /// "French President Emmanuel Macron" → "Emmanuel Macron": titles before the name are dropped.
    private static func lastWords(_ run: String) -> String {
        let words = run.spaceSeparatedWords
        return words.suffix(2).joined(separator: " ")
    }

    /// Runs of two or more capitalised words ("Emmanuel Macron", "French President Emmanuel Macron"):
    /// each word an upper-case letter followed by lower-case letters, apostrophes or hyphens, the words
    /// separated by white space only. Written out instead of a regular expression: it runs on every paragraph.
    static func personNames(in text: String) -> [String] {
        text.withUTF8Bytes { bytes in
            // Decoded once into scalars with their byte offsets: walking String indices costs a check per step.
            var scalars: [Unicode.Scalar] = []
            var offsets: [Int] = []
            scalars.reserveCapacity(bytes.count)
            offsets.reserveCapacity(bytes.count + 1)
            var position = 0
            while position < bytes.count {
                let (scalar, length) = Unicode.Scalar.decode(bytes, at: position)
                scalars.append(scalar)
                offsets.append(position)
                position += length
            }
            offsets.append(bytes.count)

            var names: [String] = []
            var run: [String] = []
            // A run after "the" or a preposition of place names a place or a body ("a warehouse in Grand Prairie", "the
            // Central Bank of …"): no one to resolve "he said" to.
            var runAfterPlaceWord = false
            var previousPiece = 0..<0
            func finishRun() {
                if run.count >= 2, !runAfterPlaceWord { names.append(run.joined(separator: " ")) }
                run.removeAll(keepingCapacity: true)
            }
            var index = 0
            while index < scalars.count {
                while index < scalars.count, scalars[index].isSpaceLike { index += 1 }
                guard index < scalars.count else { break }
                var pieceEnd = index
                while pieceEnd < scalars.count, !scalars[pieceEnd].isSpaceLike { pieceEnd += 1 }
                defer {
                    previousPiece = index..<pieceEnd
                    index = pieceEnd
                }
                if run.isEmpty { runAfterPlaceWord = Self.isPlaceWordBeforeNames(scalars[previousPiece]) }
                var start = index
                // Punctuation before the word ("(Bayern", "“Gerd") ends the run: only white space may join words.
                while start < pieceEnd, !scalars[start].isLetterLike { start += 1 }
                if start != index { finishRun() }
                guard start < pieceEnd, scalars[start].isUppercaseLetter else {
                    finishRun()
                    continue
                }
                var end = start + 1
                // A capital inside the word after a small letter ("McBride", "DeSantis") keeps the word whole.
                while end < pieceEnd,
                    scalars[end].isLowercaseLetter || scalars[end] == "'" || scalars[end] == "’" || scalars[end] == "-"
                        || end > start + 1 && scalars[end].isUppercaseLetter && scalars[end - 1].isLowercaseLetter
                {
                    end += 1
                }
                guard end > start + 1 else {
                    finishRun()
                    continue
                }
                run.append(String(utf8Slice: bytes[offsets[start]..<offsets[end]]))
                // Anything else in the piece ("Macron," or "McDonald") ends the run after this word.
                if end < pieceEnd { finishRun() }
            }
            finishRun()
            return names
        }
    }

    /// The first quotation in the text: "…", “…”, «…», „…“ or ``…'' with at least eight characters
    /// inside — the whole span with its marks, and the text inside.
    static func firstQuotation(in text: String) -> (Range<String.Index>, Substring)? {
        var from = 0
        // «Путиловская», “The Man Who Knew Too Much”: capitalised words alone between the marks are a name or a title —
        // Russian, French and Czech copy quote the names of stations, firms and parties — not words anyone spoke.
        while let found = firstMarkedSpan(in: text, fromByte: from) {
            if !isQuotedName(found.1) { return found }
            from = text.utf8.distance(from: text.startIndex, to: found.0.upperBound)
        }
        return nil
    }

    /// One to four words between the marks, each opening with a capital letter or a digit (links aside), and no
    /// sentence punctuation.
    static func isQuotedName(_ content: Substring) -> Bool {
        // On the bytes first, stopping at the fourth space: most quotations are sentences.
        var spaces = 0
        for byte in content.utf8 {
            switch byte {
            case 0x20:
                spaces += 1
                if spaces > 3 { return false }
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"):
                return false
            default: break
            }
        }
        return content.split(separator: " ").allSatisfy { word in
            guard let first = word.unicodeScalars.first else { return false }
            return first.properties.isUppercase || first.properties.numericType != nil
                || nameLinks.contains(String(word))
        }
    }
    /// Small words inside a quoted name or title ("Portrait of a Lady", "Партия жизни и труда").
    private static let nameLinks: Set<String> = ["и", "a", "de", "of", "the", "la", "le", "di", "del", "der", "und"]

    private static func firstMarkedSpan(in text: String, fromByte start: Int) -> (Range<String.Index>, Substring)? {
        // On bytes: every mark is ASCII or a fixed two- or three-byte sequence, and the content's length
        // is counted in scalars (bytes that do not continue a sequence).
        let found: (start: Int, contentStart: Int, contentEnd: Int, end: Int)? = text.withUTF8Bytes { bytes in
            func mark(at index: Int) -> (length: Int, closings: [[UInt8]])? {
                switch bytes[index] {
                case 0x22: return (1, [[0x22]])
                case 0x60: return index + 1 < bytes.count && bytes[index + 1] == 0x60 ? (2, [[0x27]]) : nil
                case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0xAB ? (2, [[0xC2, 0xBB]]) : nil
                case 0xE2:
                    guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return nil }
                    if bytes[index + 2] == 0x9C { return (3, [[0xE2, 0x80, 0x9D]]) }
                    if bytes[index + 2] == 0x9E { return (3, [[0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D]]) }
                    return nil
                default: return nil
                }
            }
            func closes(_ closing: [UInt8], at index: Int) -> Bool {
                guard index + closing.count <= bytes.count else { return false }
                for offset in closing.indices where bytes[index + offset] != closing[offset] { return false }
                return true
            }
            var index = start
            while index < bytes.count {
                guard let (length, closings) = mark(at: index) else {
                    index += 1
                    continue
                }
                let contentStart = index + length
                // The first closing mark after the opening one ends the quotation (the content cannot contain it).
                var end = contentStart
                var scalars = 0
                var closing: [UInt8]?
                while end < bytes.count {
                    if let match = closings.first(where: { closes($0, at: end) }) {
                        closing = match
                        break
                    }
                    if bytes[end] & 0xC0 != 0x80 { scalars += 1 }
                    end += 1
                }
                if let closing, scalars >= shortestQuotation {
                    var afterClosing = end + closing.count
                    if bytes[index] == 0x60 {
                        // ``…'' closes with two apostrophes.
                        guard afterClosing < bytes.count, bytes[afterClosing] == 0x27 else {
                            index += 1
                            continue
                        }
                        afterClosing += 1
                    }
                    return (index, contentStart, end, afterClosing)
                }
                // The next scalar after the opening mark.
                index += 1
                while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            }
            return nil
        }
        guard let found else { return nil }
        let utf8 = text.utf8
        func position(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        return (position(found.start)..<position(found.end), text[position(found.contentStart)..<position(found.contentEnd)])
    }
}
