import NewsModel

/// What closes a page under the story: the readers' comments, a closing box of the site's links, excerpts of other
/// stories cut short.
extension RoleRules {
    /// "Así se desprende del proyecto sometido a … sobre los modelos de…", "… cayeron en enero en Alemania un 59,5%
    /// respecto…": a site's excerpts of other stories under the article, each cut off by an ellipsis right after a word.
    /// Two or more of them closing the page are no part of the story (one alone may be its own trailing thought).
    static func truncatedExcerptsCloseThePage(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        var excerpts: [Int] = []
        var index = roles.count - 1
        while index >= 0, roles[index] == .body || roles[index] == .other {
            if roles[index] == .body {
                guard isCutShort(blocks[index].text), shapes[index].words >= 6 else { break }
                excerpts.append(index)
            }
            index -= 1
        }
        guard excerpts.count >= 2, let first = excerpts.last, roles[..<first].contains(.body) else { return }
        for excerpt in excerpts { roles[excerpt] = .other }
    }

    /// Ends with an ellipsis right after a word or a comma ("respecto…", "únicos,…", "sobre...").
    static func isCutShort(_ text: String) -> Bool {
        let last = Array(text.utf8.suffix(4))
        guard last.count == 4, last[1...] == [0xE2, 0x80, 0xA6] || last[1...] == [0x2E, 0x2E, 0x2E] else { return false }
        return last[0] != UInt8(ascii: " ") && last[0] != UInt8(ascii: ".")
    }

    /// Readers' comments close the page under their section's label ("1 Comment", "Comments", "Leave a Reply", "Post a
    /// comment as", "Kommentare"): after the story's text, every line from the label on — a commenter's name, the time, what they
    /// wrote — is the readers', not the story's nor a picture's.
    static func commentsCloseThePage(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        var paragraphs = 0
        for index in roles.indices {
            // (A label the model took for a short paragraph too: "LATEST COMMENTS (0)".)
            let label = shapes[index].words <= 4 && isCommentsLabel(blocks[index].text)
            if roles[index] == .body, !label { paragraphs += 1 }
            guard paragraphs >= 2, label else { continue }
            // A label read as the credit of the line above ("Comments: Our rules" under the story's last paragraph): that
            // line was a caption for it alone.
            if roles[index] == .credit, index > 0, roles[index - 1] == .caption, shapes[index - 1].cues.isDisjoint(with: .picture),
                shapes[index - 1].cues.contains(.sentence)
            {
                roles[index - 1] = .body
            }
            for rest in index..<roles.count where roles[rest] != .teaser && roles[rest] != .trailer { roles[rest] = .other }
            return
        }
    }

    static func isCommentsLabel(_ text: String) -> Bool {
        // Bytes first: a label is short, and opens with its count ("(0) comments" too) or one of the labels' letters.
        guard text.utf8.count <= 40, let first = text.utf8.first(where: { $0 != 0x20 }),
            first >= 0x30 && first <= 0x39 || first == 0x28 || first >= 0x80 || commentsFirstLetters.contains(first | 0x20)
        else { return false }
        var label = Substring(text.lowercasedOnBytes().trimmingWhitespace())
        // "Comments: Our rules": the section's label and its subtitle.
        if let colon = label.firstIndex(of: ":"), String(label[label.index(after: colon)...]).spaceSeparatedWordCount <= 3 {
            label = label[..<colon]
        }
        while let last = label.last, last == ":" || last == ")" || last == "(" || last.isNumber || last == " " { label = label.dropLast() }
        while let first = label.first, first.isNumber || first == " " || first == "(" || first == ")" { label = label.dropFirst() }
        return commentsLabels.contains(String(label))
    }

    static let commentsFirstLetters = Set("acdhjklprsuvwy".utf8)

    static let commentsLabels: Set<String> = [
        "comment", "comments", "leave a comment", "leave a reply", "add a comment", "add new comment", "post a comment",
        "post a comment as",
        "join the conversation",
        "your comment", "your comments", "write a comment", "have your say",
        "show comments", "view comments", "reader comments", "kommentare", "kommentar", "leserkommentare", "commentaires",
        "commentaire", "réagir", "comentarios", "comentario", "deja un comentario", "commenti", "commento", "lascia un commento",
        "komentáře", "diskuse", "комментарии", "комментарий", "оставить комментарий", "добавить комментарий", "комментировать",
        // "LATEST COMMENTS (0)" / "POST YOUR COMMENT" (Indian portals' comment box).
        "latest comments", "recent comments", "user comments", "readers' comments", "readers comments", "post your comment",
    ]

    /// A box closing the page under a short title ("More TechCrunch" / "Get the industry's biggest tech news" /
    /// "TechCrunch Daily News" / "Every weekday and Sunday, you can get the best of TechCrunch's coverage."): after the
    /// story's last full paragraph (twenty words or two sentences), a title and then only short lines, two or more, none
    /// a paragraph of the story's kind, are page furniture — not a last section with its subheading.
    static func closingBoxIsNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard
            let lastFull = roles.indices.last(where: {
                roles[$0] == .body && (shapes[$0].words >= 20 || shapes[$0].sentences >= 2)
            }),
            let title = ((lastFull + 1)..<roles.count).first(where: { roles[$0] == .subheading }), roles.count - title >= 3
        else { return }
        let tail = (title + 1)..<roles.count
        guard
            tail.allSatisfy({
                shapes[$0].words < 20 && shapes[$0].sentences <= 1 && [.body, .subheading, .teaser, .other].contains(roles[$0])
            }), tail.contains(where: { roles[$0] == .body || roles[$0] == .subheading }),
            // A title that offers more of the site makes it a box ("UP NEXT" / "Thunder: Host the Lakers on Friday." is
            // the story's last section, as the AP ends its game stories).
            shapes[title].words <= 4, opens(blocks[title].text, withOneOf: moreOfTheSite)
        else { return }
        for index in title..<roles.count where roles[index] == .body || roles[index] == .subheading { roles[index] = .other }
    }

    static let moreOfTheSite = ["more ", "mehr ", "plus de ", "más ", "altre ", "další "].map { Array($0.utf8) }
}
