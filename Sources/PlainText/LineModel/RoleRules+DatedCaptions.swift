import NewsModel

/// A photograph's caption closes on the day the picture was taken, as agencies date them.
extension RoleRules {
    /// "A Broward, Florida, sheriff's deputy was killed in a car crash while responding to a domestic dispute, July 21,
    /// 2019.", "People walk past the Bombay Stock Exchange building in Mumbai May 13, 2014.": one sentence between the
    /// story's paragraphs that closes on a date after a comma or a place's name is a picture's caption left in the
    /// text — the story dates with a preposition ("on July 21, 2019"). Every such line of the corpus is a caption.
    static func datedCaptionsBetweenParagraphs(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body), let lastBody = roles.lastIndex(of: .body), lastBody > firstBody + 1 else {
            return
        }
        let notCaption: BlockShape.Cues = [.quotation, .startsWithQuote, .url, .email, .widget, .colonLabel]
        for index in (firstBody + 1)..<lastBody where roles[index] == .body {
            let shape = shapes[index]
            guard shape.words >= 6, shape.words <= 45, shape.end == .fullStop, shape.start == .uppercase,
                shape.cues.isDisjoint(with: notCaption), roles[index + 1] == .body,
                Self.endsOnAPictureDate(blocks[index].text), Self.isOneSentence(blocks[index].text)
            else { continue }
            roles[index] = .caption
        }
    }

    /// ", July 21, 2019.", ", Tuesday, Nov. 19, 2019.", "Mumbai May 13, 2014." closing the text.
    static let pictureDate = Pattern(
        #"(?:, |\b(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\p{Upper}\p{Lower}+,? )(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, )?(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\.$"#,
        prefilter: { text in
            // (The year and the full stop, read on the bytes before any expression runs.)
            let tail = text.utf8.suffix(5)
            return tail.count == 5 && tail.last == UInt8(ascii: ".") && tail.prefix(4).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        })

    static func endsOnAPictureDate(_ text: String) -> Bool {
        pictureDate.matches(in: String(text.utf8.suffix(80)) ?? text)
    }

    /// No full stop inside the text ends a sentence: none is followed by a space and a capital after a word of three
    /// small letters or more ("… the truck. The driver …"; "Calif. (KABC)", "Jan. 6" are abbreviations).
    static func isOneSentence(_ text: String) -> Bool {
        let bytes = Array(text.utf8.dropLast())
        var index = 3
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "."), bytes[index + 1] == 0x20, bytes[index + 2] >= 0x41, bytes[index + 2] <= 0x5A,
                (1...3).allSatisfy({ bytes[index - $0] >= 0x61 && bytes[index - $0] <= 0x7A })
            {
                return false
            }
            index += 1
        }
        return true
    }
}
