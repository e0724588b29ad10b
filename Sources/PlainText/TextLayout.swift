import NewsModel

/// A run of lines that reads as one unit: a paragraph, a subheading, a caption.
struct Block: Sendable, Hashable {
    var text: String
    var line: Int
    var lineCount: Int
}

/// How the article lays out its text: one paragraph per line, or hard-wrapped lines joined into
/// paragraphs that blank lines or indentation separate.
struct TextLayout {
    let isHardWrapped: Bool
    let indentationStartsParagraphs: Bool
    let wrapWidth: Int

    init(_ lines: [SourceLine]) {
        let lengths = lines.filter { !$0.isBlank }.map { $0.text.characterCount }.sorted()
        let typical = lengths.isEmpty ? 0 : lengths[min(lengths.count - 1, lengths.count * 9 / 10)]
        let longest = lengths.last ?? 0
        // Wire copy wraps near 60–80 columns; web and e-mail copy keeps a paragraph on one line.
        isHardWrapped = lengths.count >= 4 && typical <= 90 && longest <= 110 && Self.hasContinuationLines(lines)
        wrapWidth = max(typical, 1)
        // Indentation marks paragraphs only when some lines are indented and others (continuations) are not.
        let indented = lines.filter { !$0.isBlank && $0.indentation > 0 }.count
        let flush = lines.filter { !$0.isBlank && $0.indentation == 0 }.count
        indentationStartsParagraphs = indented >= 2 && flush >= 2
    }

    /// True when some line continues the sentence of the line before it (the previous line does not
    /// end a sentence and the next starts in lower case): the sign of hard wrapping.
    private static func hasContinuationLines(_ lines: [SourceLine]) -> Bool {
        var continuations = 0
        for index in 1..<max(1, lines.count) {
            let previous = lines[index - 1]
            let current = lines[index]
            guard !previous.isBlank, !current.isBlank, let first = current.text.first else { continue }
            if !endsSentence(previous.text), !previous.text.isShorter(than: 30), first.isLetter || first.isNumber { continuations += 1 }
        }
        return continuations >= 2
    }

    /// The block starting at or after `start`, and the index after it.
    func block(in lines: [SourceLine], from start: Int) -> (Block?, Int) {
        var index = start
        while index < lines.count, lines[index].isBlank { index += 1 }
        guard index < lines.count else { return (nil, index) }
        let first = lines[index]
        var text = first.text
        var count = 1
        index += 1
        if isHardWrapped {
            var previous = first
            while index < lines.count {
                let next = lines[index]
                if next.isBlank { break }
                if indentationStartsParagraphs && next.indentation > 0 { break }
                if previous.text.isShorter(than: wrapWidth * 6 / 10) && endsSentence(previous.text) { break }
                if startsOwnBlock(next.text) { break }
                text += text.hasSuffixOnBytes("-") && next.text.first?.isLowercase == true ? next.text : " " + next.text
                previous = next
                count += 1
                index += 1
            }
        }
        return (Block(text: text, line: first.number, lineCount: count), index)
    }

    private func startsOwnBlock(_ text: String) -> Bool {
        LineRules.bullet.matches(in: text) && !text.hasPrefixOnBytes("- ") || LineRules.relatedTeaser.matches(in: text)
            || LineRules.creditLine.matches(in: text) || LineRules.reportingTrailer.matches(in: text) && text.hasPrefixOnBytes("(")
    }
}
