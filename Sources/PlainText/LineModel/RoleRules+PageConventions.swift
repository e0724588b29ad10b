/// Conventions of web pages read after the model (session 15): the page's own copies of story text, captions set
/// without credit, and headings an explainer asks as questions. Each is checked on every corpus output for what
/// else it moves; `WebPageConventionTests` fails without each.
extension RoleRules {
    /// A pull quote or a "highlights" box repeats words of the story in a block of its own; the story has them in
    /// the paragraph they come from (longer, or the same words again further down), so the copy is not a
    /// paragraph again.
    static func echoesAreNotParagraphs(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .body && shapes[index].echoed { roles[index] = .other }
    }

    /// Story paragraphs end with a stop; a picture's caption on a web page often does not. A line of words that ends
    /// without one, standing between two paragraphs that do, is the caption of a picture set without credit.
    static func unpunctuatedLinesBetweenParagraphs(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard roles.count >= 3 else { return }
        let letters: Set<EdgeCharacter> = [.lowercase, .uppercase, .otherLetter]
        let stops: Set<EdgeCharacter> = [.fullStop, .quote, .question, .exclamation]
        for index in 1..<(roles.count - 1) where roles[index] == .body {
            let shape = shapes[index]
            guard letters.contains(shape.end), (10...60).contains(shape.words), shape.lineCount == 1, shape.start == .uppercase,
                !shape.cues.contains(.bullet), !shape.cues.contains(.quotation),
                roles[index - 1] == .body, roles[index + 1] == .body, stops.contains(shapes[index - 1].end),
                stops.contains(shapes[index + 1].end)
            else { continue }
            roles[index] = .caption
        }
    }

    /// "Image copyright Reuters" / "Image caption Assange gestures …": where the caption under a credit is labelled
    /// as one, the sentence before the credit is story text, not a second caption of the same picture.
    static func labelledCaptionHasThePicture(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard roles.count >= 3 else { return }
        let captionCues: BlockShape.Cues = [.imageCaption, .captionWithCredit, .trailingCredit, .galleryCounter]
        for index in 1..<(roles.count - 2) where roles[index] == .caption && shapes[index].cues.isDisjoint(with: captionCues) {
            guard roles[index + 1] == .credit, shapes[index + 2].cues.contains(.imageCaption), shapes[index].cues.contains(.sentence),
                roles[index - 1] == .body || roles[index - 1] == .subheading
            else { continue }
            roles[index] = .body
        }
    }

    /// An explainer asks its sections' questions ("What did the prosecutors say?"): where two subheadings of the
    /// article are questions, a short question standing alone between paragraphs is one more, not a paragraph.
    static func questionsLikeTheSubheadings(_ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard roles.count >= 3,
            roles.indices.filter({ roles[$0] == .subheading && shapes[$0].end == .question }).count >= 2
        else { return }
        for index in 1..<(roles.count - 1) where roles[index] == .body {
            let shape = shapes[index]
            guard shape.end == .question, shape.start == .uppercase, (3...12).contains(shape.words), shape.lineCount == 1,
                !shape.cues.contains(.quotation), roles[index - 1] == .body, roles[index + 1] == .body
            else { continue }
            roles[index] = .subheading
        }
    }
}
