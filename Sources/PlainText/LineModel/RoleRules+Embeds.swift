import NewsModel

/// Posts a page embeds from social networks, as their text comes out of the page: the post, then its attribution
/// ("— New York Knicks (@nyknicks) December 4, 2026", Twitter's and X's embed). Quoted by the story, never its text,
/// byline or standfirst.
extension RoleRules {
    static func embeddedPostsAreNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where isPostAttribution(blocks[index].text) {
            roles[index] = .other
            // The post's text right above (a post holds at most 280 characters, some 60 words).
            if index > 0, roles[index - 1] != .headline, shapes[index - 1].words <= 60 { roles[index - 1] = .other }
        }
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
            if opens(text, withOneOf: videoCaptionLabels) || opens(text, withOneOf: shareLabels) && shapes[index].words <= 6 {
                roles[index] = .other
            }
        }
    }
    private static let videoCaptionLabels = ["media caption", "video caption", "media playback is"].map { Array($0.utf8) }
    private static let shareLabels = ["share this"].map { Array($0.utf8) }
}
