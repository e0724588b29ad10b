import Foundation

/// What a site wraps around a story, read after the model: its search box, its share toolbar, the addresses of
/// pictures an extraction left as lines.
extension RoleRules {
    /// "Hi, what are you looking for?": a site's search box (a widget's words) heads no story; the headline is the first
    /// title-like line after it, of three words or more, before the story's text, its picture or its byline.
    static func searchBoxIsNoHeadline(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let headline = roles.firstIndex(of: .headline), shapes[headline].cues.contains(.widget) else { return }
        roles[headline] = .other
        for index in (headline + 1)..<roles.count {
            if [LineRole.body, .caption, .byline, .credit].contains(roles[index]) { return }
            let shape = shapes[index]
            if roles[index] == .other, shape.words >= 3, shape.words <= 25, !shape.end.endsSentence,
                shape.cues.isDisjoint(with: [.widget, .furnitureLabel, .relatedLabel, .url, .dateOnly, .time])
            {
                roles[index] = .headline
                return
            }
        }
    }

    /// Last, after every rule on bylines: a share toolbar's capitalised words are no author ("Comment E-mail Print
    /// Share"); an image's address left where the picture stood is no text of the story.
    static func siteFurnitureIsNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .byline && shapes[index].cues.contains(.widget) { roles[index] = .other }
        // "/cloudfront-us-east-1.images.arcpublishing.com/gray/QHET….jpg)": an image's address the extraction left where
        // the picture stood is no text of the story.
        for index in roles.indices where roles[index] != .other && isImageAddress(blocks[index].text) { roles[index] = .other }
    }

    /// One word with a slash that ends in a picture file's extension (a closing bracket after it aside).
    static func isImageAddress(_ text: String) -> Bool {
        // The last byte first: most lines end in a full stop.
        guard let last = text.utf8.last, [0x67, 0x47, 0x66, 0x46, 0x70, 0x50, 0x29, 0x5D].contains(last), text.utf8.count >= 8,
            !text.utf8.contains(UInt8(ascii: " ")), text.utf8.contains(UInt8(ascii: "/"))
        else { return false }
        let lowered = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ")]"))
        return [".jpg", ".jpeg", ".png", ".gif", ".webp"].contains { lowered.hasSuffix($0) }
    }
}
