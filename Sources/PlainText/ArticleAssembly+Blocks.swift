import NewsModel

extension ArticleAssembly {
    /// The blocks of the article (paragraphs, or single lines where the copy is not hard-wrapped) and the
    /// measurements the line-role model reads.
    /// A wire's dateline set on a line of its own above the story's first paragraph ("MADRID, 3 Dic. (EUROPA PRESS) -",
    /// "ROME, Dec 3 (ANSA) -"): the paragraph it opens, as the agency sends it inline. Only a dateline with a date or an
    /// agency ("Sport:" has a dateline's shape too) or a place in capitals ("EL PASO, Texas -", as broadcasters' pages
    /// set it), in the page's first blocks, over a paragraph that opens with a capital.
    static func joinDatelinesToTheirParagraph(_ blocks: inout [Block]) {
        var index = 0
        while index + 1 < min(blocks.count, 16) {
            let text = blocks[index].text
            guard text.utf8.count < 80, let last = text.utf8.last,
                // A hyphen, an en or em dash (their UTF-8 ends in 0x93, 0x94) or the agency's bracket ends it.
                last == UInt8(ascii: "-") || last == 0x93 || last == 0x94 || last == UInt8(ascii: ")"),
                let next = blocks[index + 1].text.unicodeScalars.first,
                next.properties.isUppercase || next == "\"" || next == "“" || next == "«",
                let match = LineRules.dateline.match(text + " X"),
                match[1].trimmingWhitespace() == text.trimmingWhitespace(),
                !match[3].isEmpty || !match[4].isEmpty || !match[5].isEmpty || isPlaceInCapitals(match[2]),
                // A press wire's "/PRNewswire/ --" line is read as its distributor's (`readOther`).
                !LineRules.datelineLine.matches(in: text)
            else {
                index += 1
                continue
            }
            let following = blocks.remove(at: index + 1)
            blocks[index].text = text.trimmingWhitespace() + " " + following.text
            blocks[index].lineCount = following.line + following.lineCount - blocks[index].line
            return
        }
    }

    /// "EL PASO": a dateline's place as wires set it, no letter in small letters (two characters at least) — as
    /// `extractDateline` accepts a dateline of a place alone.
    static func isPlaceInCapitals(_ place: String) -> Bool { place.count > 1 && place.allSatisfy { !$0.isLowercase } }

    static func blocks(of lines: [SourceLine]) -> (blocks: [Block], shapes: [BlockShape]) {
        let lines = withoutCommonIndentation(lines)
        let layout = TextLayout(lines)
        var blocks: [Block] = []
        var index = 0
        // The head (tags, headline, byline, picture lines) is read line by line even in hard-wrapped copy:
        // its lines are short and unpunctuated, and joining them would make one block of all of them.
        while index < lines.count, layout.isHardWrapped {
            let line = lines[index]
            if line.isBlank {
                index += 1
                continue
            }
            // A labelled head line ("Source: OMRON Corporation") has a dateline's shape but is not one.
            if isSentence(line.text) || line.indentation > 0
                || LineRules.dateline.matches(in: line.text.prefixCutAtSpace(afterBytes: 300))
                    && !LineRules.sourceLine.matches(in: line.text)
            {
                break
            }
            blocks.append(Block(text: line.text, line: line.number, lineCount: 1))
            index += 1
            // A press wire's dateline on a line of its own ("KYOTO, Japan, Feb. 1, 2017 /Kyodo JBN-AsiaNet/ --"): the
            // text starts on the next line.
            if LineRules.datelineLine.matches(in: line.text) { break }
        }
        while index < lines.count {
            let (block, next) = layout.block(in: lines, from: index)
            if let block { blocks.append(block) }
            index = next
        }
        joinDatelinesToTheirParagraph(&blocks)
        // Blocks that stand twice, grouped by a hash of their bytes and then compared: hashing each block as a String
        // key normalises it first, a tenth of this function's cost.
        var sameBytes: [UInt64: [Int]] = [:]
        for (index, block) in blocks.enumerated() { sameBytes[Self.byteHash(block.text), default: []].append(index) }
        var repeated = [Bool](repeating: false, count: blocks.count)
        for group in sameBytes.values where group.count > 1 {
            for index in group where group.contains(where: { $0 != index && blocks[$0].text == blocks[index].text }) {
                repeated[index] = true
            }
        }
        var indentation: [Int: Int] = [:]
        for line in lines where line.indentation > 0 { indentation[line.number] = line.indentation }
        var previousEnd = blocks.first.map { $0.line - 1 } ?? 0
        let echoed = Echoes.find(in: blocks.map(\.text))
        let shapes = blocks.enumerated().map { index, block -> BlockShape in
            var shape = BlockShape(block.text)
            shape.blankLinesBefore = max(0, block.line - previousEnd - 1)
            previousEnd = block.line + block.lineCount - 1
            shape.lineCount = block.lineCount
            shape.indented = indentation[block.line] != nil
            shape.repeated = repeated[index]
            shape.echoed = echoed[index]
            return shape
        }
        return (blocks, shapes)
    }

    /// The lines less the indentation all of them share: text pasted from a quoted message or an indented
    /// editor marks nothing by it, while wire copy's indented paragraphs under a flush headline keep theirs.
    static func withoutCommonIndentation(_ lines: [SourceLine]) -> [SourceLine] {
        var common = Int.max
        for line in lines where !line.isBlank {
            common = min(common, line.indentation)
            if common == 0 { return lines }
        }
        guard common != Int.max else { return lines }
        return lines.map { line in
            var line = line
            line.indentation = max(0, line.indentation - common)
            return line
        }
    }

    /// FNV-1a of the text's UTF-8 bytes.
    static func byteHash(_ text: String) -> UInt64 {
        text.withUTF8Bytes { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            return hash
        }
    }
}
