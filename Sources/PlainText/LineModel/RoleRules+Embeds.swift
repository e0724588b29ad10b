import NewsModel

/// Posts a page embeds from social networks, as their text comes out of the page: the post, then its attribution
/// ("— New York Knicks (@nyknicks) December 4, 2026", Twitter's and X's embed). Quoted by the story, never its text,
/// byline or standfirst.
extension RoleRules {
    static func embeddedPostsAreNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where isPostAttribution(blocks[index].text) {
            roles[index] = .other
            // The post's text right above (a post holds at most 280 characters, some 60 words) — and the paragraphs
            // above it while the post's 280 characters allow (a post set in three short paragraphs): short ones in the
            // first person or with a tag or a handle, as a post speaks and a story's paragraph does not, neither
            // leading into the post (":") nor quoting anyone.
            guard index > 0, roles[index - 1] != .headline, shapes[index - 1].words <= 60 else { continue }
            roles[index - 1] = .other
            // (The walk changes only lines at and after `above`: the story's first paragraph before it stays where it is.)
            let firstBody = roles.firstIndex(of: .body) ?? roles.count
            var budget = 280 - postLength(blocks[index - 1].text)
            var above = index - 2
            while above > 0, budget > 0, roles[above] == .body || roles[above] == .other, shapes[above].words <= 30,
                shapes[above].end != .colon, !shapes[above].cues.contains(.quotation), firstBody < above,
                speaksAsAPost(blocks[above].text)
            {
                budget -= postLength(blocks[above].text)
                guard budget >= 0 else { break }
                roles[above] = .other
                above -= 1
            }
        }
        // The post and its attribution on one line ("#CORK Old Dublin Rd … https://t.co/… — AA Roadwatch (@aaroadwatch)
        // December 30, 2018").
        for index in roles.indices where roles[index] != .headline && endsWithPostAttribution(blocks[index].text) {
            roles[index] = .other
        }
    }

    /// Whether a paragraph speaks as a post does: a word of the first person ("Sharing my letter …", "We must …"), a tag or
    /// a handle.
    private static func speaksAsAPost(_ text: String) -> Bool {
        text.split(separator: " ").contains { word in
            word.hasPrefixOnBytes("#") || word.hasPrefixOnBytes("@")
                || firstPersonWords.contains(BlockShape.trimmingPunctuation(String(word).lowercasedOnBytes()))
        }
    }
    private static let firstPersonWords: Set<String> = [
        "i", "i'm", "i’m", "my", "me", "we", "we're", "we’re", "our", "us", "ich", "mein", "meine", "wir", "unser", "unsere", "je",
        "j'ai", "j’ai", "mon", "ma", "mes", "nous", "notre", "nos", "yo", "nosotros", "nuestro", "nuestra", "io", "noi", "nostro",
        "nostra",
    ]

    /// The characters a post's text counts, its links ("pic.twitter.com/…", "https://t.co/…") left out.
    private static func postLength(_ text: String) -> Int {
        text.split(separator: " ").filter { !$0.contains("/") || !$0.contains(".") }.reduce(0) { $0 + $1.count + 1 }
    }

    /// A post's text with its attribution run on at the end of the same line.
    static func endsWithPostAttribution(_ text: String) -> Bool {
        guard text.utf8.count < 400, let open = text.lastByteRange(of: "(@") else { return false }
        let before = text[..<open.lowerBound]
        guard let dash = before.lastIndex(where: { $0 == "—" || $0 == "–" || $0 == "―" }), dash != text.startIndex else { return false }
        return isPostAttribution(String(text[dash...]))
    }

    /// "— Name (@handle) Month D, YYYY": a dash, the author's name, the handle in brackets and the date, alone on a line.
    static func isPostAttribution(_ text: String) -> Bool {
        guard text.utf8.count < 200, text.containsBytes("(@") else { return false }
        let trimmed = text.trimmingWhitespace()
        guard let first = trimmed.unicodeScalars.first, first == "—" || first == "–" || first == "-" || first == "―",
            let open = trimmed.firstByteRange(of: "(@"), let close = trimmed[open.upperBound...].firstIndex(of: ")")
        else { return false }
        let handle = trimmed[open.upperBound..<close]
        let after = trimmed[trimmed.index(after: close)...]
        return (1...15).contains(handle.count) && handle.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
            && after.contains(where: \.isNumber) && String(after).spaceSeparatedWords.count <= 4
    }

    /// The story's prose above an embedded post that the model left out with the post: sentences under the byline (or the
    /// time under it) or under story text, the post after them and the story going on under it. The post hid the story's
    /// start from the rule that finds the lead under the byline.
    static func storyAboveAnEmbeddedPost(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        let notText = notLeadCues
        for post in roles.indices.dropFirst(2) where isPostAttribution(blocks[post].text) && roles[(post + 1)...].contains(.body) {
            var top = post - 1
            while top >= 1, roles[top - 1] == .other, case let shape = shapes[top - 1], shape.words >= 8, shape.end == .fullStop,
                shape.start == .uppercase, shape.cues.isDisjoint(with: notText)
            {
                top -= 1
            }
            guard top < post - 1, top >= 1 else { continue }
            let above = top - 1
            let isTime =
                roles[above] == .other && !shapes[above].cues.isDisjoint(with: [.dateOnly, .time]) && above >= 1
                && roles[above - 1] == .byline
            guard roles[above] == .byline || roles[above] == .body || isTime else { continue }
            for index in top..<(post - 1) { roles[index] = .body }
        }
    }

    /// "Media caption The BBC's Nada Tawfik reports from an empty Times Square" under "Media playback is unsupported on
    /// your device": a video's player and caption, which are no picture of the story, nor its text, nor a heading; and
    /// "Share this story About sharing", "Share this with Facebook": the share buttons.
    static func videoCaptionsAreNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] != .other && blocks[index].text.utf8.count < 400 {
            let text = blocks[index].text
            if opens(text, withOneOf: videoCaptionLabels) || opens(text, withOneOf: shareLabels) && shapes[index].words <= 6
                || isPictureDescription(text)
            {
                roles[index] = .other
            }
        }
    }

    /// "Photo shows A teenage girl looks at her phone in a classroom." (ABC Australia): the picture described for screen
    /// readers, over its caption — the label, then a sentence of its own with its capital.
    static func isPictureDescription(_ text: String) -> Bool {
        guard opens(text, withOneOf: pictureDescriptionLabels) else { return false }
        let rest = text.utf8.drop(while: { $0 != 0x20 }).dropFirst().drop(while: { $0 != 0x20 }).dropFirst()
        return rest.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false
    }
    private static let pictureDescriptionLabels = ["photo shows ", "image shows ", "picture shows "].map { Array($0.utf8) }
    private static let videoCaptionLabels = ["media caption", "video caption", "media playback is"].map { Array($0.utf8) }

    /// "close" / "Video" / "Fox News Flash top headlines for December 4" / "Fox News Flash top headlines are here. Check
    /// out …" (Fox News): a video player's label and, set right under it, the video's title and description — neither
    /// the story's text nor a picture's caption.
    static func videoEmbedsAreNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where isVideoLabel(blocks, shapes, index) {
            roles[index] = .other
            var next = index + 1
            while next < roles.count, next <= index + 2, shapes[next].blankLinesBefore == 0, shapes[next].words <= 40,
                roles[next] != .headline
            {
                roles[next] = .other
                next += 1
            }
        }
    }

    /// Whether the block is set right under a video player's label (`videoEmbedsAreNoStory`): the video's title or
    /// description, which is no standfirst either.
    static func isUnderVideoLabel(_ blocks: [Block], _ shapes: [BlockShape], _ index: Int) -> Bool {
        guard index > 0, shapes[index].blankLinesBefore == 0 else { return false }
        if isVideoLabel(blocks, shapes, index - 1) { return true }
        return index > 1 && shapes[index - 1].blankLinesBefore == 0 && isVideoLabel(blocks, shapes, index - 2)
    }

    private static func isVideoLabel(_ blocks: [Block], _ shapes: [BlockShape], _ index: Int) -> Bool {
        shapes[index].words <= 2 && shapes[index].characters <= 12
            && videoLabels.contains(blocks[index].text.lowercasedOnBytes().trimmingWhitespace())
    }
    private static let videoLabels: Set<String> = ["video", "watch video", "play video", "vidéo", "vídeo"]

    /// "Enlarge this image" / caption / credit / "hide caption" / "toggle caption" / credit (NPR): the picture's
    /// caption and credit under the player's label, then its buttons and the credit again — no standfirst, no text.
    static func enlargedPicturesAreCaptions(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for label in roles.indices.dropLast() where shapes[label].words == 3 && shapes[label].characters < 20 {
            guard blocks[label].text.lowercasedOnBytes().trimmingWhitespace() == "enlarge this image" else { continue }
            roles[label] = .other
            let caption = label + 1
            guard shapes[caption].blankLinesBefore == 0, shapes[caption].words >= 3, roles[caption] != .headline else { continue }
            roles[caption] = .caption
            var index = caption + 1
            if index < roles.count, shapes[index].blankLinesBefore == 0, shapes[index].words <= 10, !shapes[index].end.endsSentence,
                !Self.isCaptionButton(blocks[index].text)
            {
                roles[index] = .credit
                index += 1
            }
            // The buttons, and the credit repeated under them.
            while index < roles.count, index <= caption + 5, shapes[index].blankLinesBefore == 0, shapes[index].words <= 10 {
                roles[index] = .other
                index += 1
            }
        }
    }

    /// Caption / "|" / "Open Image Modal" / credit (HuffPost): the picture's caption above the viewer's button, set apart
    /// from it by a lone bar, and its credit right under it — no standfirst, no text.
    static func modalPicturesAreCaptions(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for label in roles.indices.dropFirst() where shapes[label].words == 3 && shapes[label].characters < 20 {
            guard blocks[label].text.lowercasedOnBytes().trimmingWhitespace() == "open image modal" else { continue }
            roles[label] = .other
            var caption = label - 1
            if caption > 0, blocks[caption].text.trimmingWhitespace() == "|" {
                roles[caption] = .other
                caption -= 1
            }
            // (Over the bar, a paragraph the model read stays one unless it stands right on the button.)
            if shapes[caption].words >= 3, roles[caption] != .headline, roles[caption] != .body || caption > label - 2 {
                roles[caption] = .caption
            }
            let credit = label + 1
            if credit < roles.count, shapes[credit].blankLinesBefore == 0, shapes[credit].words <= 10,
                !shapes[credit].end.endsSentence || shapes[credit].words <= 4
            {
                roles[credit] = .credit
            }
        }
    }

    private static func isCaptionButton(_ text: String) -> Bool {
        ["hide caption", "toggle caption", "show caption"].contains(text.lowercasedOnBytes().trimmingWhitespace())
    }
    private static let shareLabels = ["share this"].map { Array($0.utf8) }
}
