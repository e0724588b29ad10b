import NewsModel

extension RoleRules {
    /// BBC's live pages run each entry's time stamp onto its title ("2. Rail minister Claire Perry resignspublished at
    /// 13:46 British Summer Time 15 July 2016"): the title is the entry's heading. The assembly keeps the stamp as a
    /// note (`LineRules.stampedLiveEntryTitle`).
    static func stampedLiveEntriesAreHeadings(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where shapes[index].words <= 40 && LineRules.stampedLiveEntryTitle.matches(in: blocks[index].text) {
            roles[index] = .subheading
        }
    }

    /// A live blog's entries: a line that is only a clock time ("12:05 GMT", "21:22", "10.45am", "14h05") opens each,
    /// then perhaps the author's name or a marker in capitals ("KEY EVENT") right under it, then the entry's title,
    /// then its text.
    /// Where two such time lines or more stand in a page, the time, name and marker are no story text, a
    /// heading-shaped title over prose is a subheading, and the entry's sentences are paragraphs — also those above the
    /// story's first paragraph, which would otherwise pass for its standfirst.
    static func liveBlogEntries(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        let times = roles.indices.filter {
            shapes[$0].words <= 3 && shapes[$0].characters <= 20 && shapes[$0].digits >= 3 && isClockTimeLine(blocks[$0].text)
        }
        guard times.count >= 2 else { return }
        for (order, time) in times.enumerated() {
            let next = order + 1 < times.count ? times[order + 1] : roles.count
            roles[time] = .other
            var title = time + 1
            // The name and the marker stand on the lines right under the time; a name-shaped title has a blank line
            // before it ("Idle Hour").
            while title < next, shapes[title].words <= 4, shapes[title].blankLinesBefore == 0,
                shapes[title].allCaps || isBareName(blocks[title].text)
            {
                roles[title] = .other
                title += 1
            }
            guard title + 1 < next, isLiveTitleShaped(shapes[title]), isProse(shapes[title + 1]) else { continue }
            roles[title] = .subheading
            for index in (title + 1)..<next where isProse(shapes[index]) && [.other, .teaser].contains(roles[index]) {
                roles[index] = .body
            }
        }
    }

    private static func isProse(_ shape: BlockShape) -> Bool {
        shape.words >= 6 && shape.end.endsSentence && shape.cues.contains(.sentence)
            && shape.cues.isDisjoint(with: [.url, .trailingCredit, .captionWithCredit, .creditLine, .relatedLabel, .furnitureLabel])
    }

    /// A title: a few words to twenty, no sentence stop at its end, no link or label.
    private static func isLiveTitleShaped(_ shape: BlockShape) -> Bool {
        (2...20).contains(shape.words) && !shape.end.endsSentence && shape.end != .colon
            && shape.cues.isDisjoint(with: [.url, .time, .dateOnly, .byline, .bylineWord, .relatedLabel, .furnitureLabel, .widget])
    }

    /// "12:05", "12:05 GMT", "9.41am", "10:45 a.m. ET", "14h05", "14.12 Uhr": one or two digits, a colon, a point or
    /// an "h", two digits, then at most a meridiem and a zone of capitals.
    static func isClockTimeLine(_ text: String) -> Bool {
        let words = text.spaceSeparatedWords
        guard (1...3).contains(words.count) else { return false }
        let clock = Array(words[0].utf8)
        func digit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        guard let mark = clock.firstIndex(where: { !digit($0) }), (1...2).contains(mark), clock.count >= mark + 3,
            [UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "h")].contains(clock[mark]), digit(clock[mark + 1]), digit(clock[mark + 2])
        else { return false }
        let meridiem = String(decoding: clock[(mark + 3)...], as: UTF8.self).lowercasedOnBytes()
        guard ["", "am", "pm", "a.m.", "p.m."].contains(meridiem) else { return false }
        return words.dropFirst().allSatisfy { word in
            ["am", "pm", "a.m.", "p.m.", "uhr"].contains(word.lowercasedOnBytes())
                || (2...4).contains(word.utf8.count) && word.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
        }
    }
}
