import NewsModel

/// What a web page says about itself around the story — its paywall, its disclaimer, its rights notice — and the
/// inline teaser set in brackets: page conventions the model, fitted on a few pages of each, may read as story text,
/// related links or a picture.
extension RoleRules {
    /// A paywall's box ("You’ve reached your limit of 5 free articles this month." / "Subscribe now for unlimited
    /// access." / the plans and their prices / "Already subscribed? Log in"): from its first line on, nothing the page
    /// sets is a related link, a heading, a picture or a byline — the box's short lines only sell the subscription. A
    /// paragraph after it stays the story's (a page may set the box inside a story it prints whole).
    static func paywallClosesThePage(_ blocks: [Block], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body),
            let start = (firstBody + 1..<roles.count).first(where: { isPaywallNotice(blocks[$0].text) })
        else { return }
        let furniture: Set<LineRole> = [.teaser, .subheading, .caption, .credit, .byline, .headline]
        roles[start] = .other
        for index in (start + 1)..<roles.count where furniture.contains(roles[index]) { roles[index] = .other }
    }

    /// The opening words of a paywall's box, in the copy's languages.
    static func isPaywallNotice(_ text: String) -> Bool {
        // Every block after the story's first is asked: its first letter decides first.
        guard let first = text.utf8.first, paywallFirstLetters[Int(first | 0x20)] else { return false }
        return text.utf8.count < 300 && opens(text, withOneOf: paywallOpenings)
    }
    private static let paywallOpenings = [
        "you’ve reached your limit", "you've reached your limit", "you have reached your limit", "you’ve reached the limit",
        "you've reached the limit", "you have reached the limit", "subscribe now for unlimited", "subscribe to read the full",
        "subscribe to continue reading", "to continue reading, subscribe", "already subscribed?", "already a subscriber?",
        "this article is for subscribers", "this content is for subscribers", "dieser artikel ist nur für abonnenten",
        "cet article est réservé aux abonnés", "la suite est réservée aux abonnés", "este contenido es exclusivo para suscriptores",
        "contenuto riservato agli abbonati",
    ].map { Array($0.utf8) }
    private static let paywallFirstLetters = firstByteTable(paywallOpenings)

    /// A page's disclaimer ("DISCLAIMER: The above news, information, and opinions are the author’s own.", "Legal
    /// Disclaimer:" over "MENAFN provides the information “as is” …") and its comment policy ("COMMENT POLICY: If you care
    /// to comment …"): the publisher's terms, the same under every story, never its text. The paragraph right under a
    /// label standing alone is the notice's text. Asked before the rules on the story's text between paragraphs, and
    /// again after them.
    static func disclaimersAreNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices
        where mayOpenWithDisclaimerLabel(blocks[index].text) && opens(blocks[index].text, withOneOf: disclaimerLabels) {
            let text = blocks[index].text.trimmingWhitespace()
            guard text.utf8.count < 1_000 else { continue }
            if roles[index] == .body || roles[index] == .subheading { roles[index] = .other }
            // The label alone ("Legal Disclaimer:"): its text is the next block.
            if text.hasSuffixOnBytes(":"), shapes[index].words <= 3, index + 1 < roles.count, roles[index + 1] == .body,
                !roles[(index + 2)...].contains(.body)
            {
                roles[index + 1] = .other
            }
        }
    }

    /// "This text comes from Wikinews. Permission is granted to copy, distribute and/or modify this document under the
    /// terms of the Creative Commons Attribution 2.5 licence.", "This article is republished from The Conversation under
    /// a Creative Commons license.": the page's licence closing it, no story text (a story that speaks of Creative Commons
    /// licences keeps its paragraphs: only the notices' own phrases count, and only the story's last paragraph is asked).
    static func licenceNoticeIsNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let lastBody = roles.lastIndex(of: .body) else { return }
        let text = blocks[lastBody].text
        guard shapes[lastBody].words <= 80,
            text.containsBytes("Permission is granted to copy")
                || text.containsBytes("Creative Commons")
                    && (text.containsBytes("republished from") || text.containsBytes("is licensed under")
                        || text.containsBytes("This text comes from"))
        else { return }
        roles[lastBody] = .other
    }

    private static let disclaimerLabels = [
        "disclaimer:", "disclaimer :", "legal disclaimer:", "comment policy:", "comments policy:", "haftungsausschluss:",
        "avertissement :", "avertissement:", "aviso legal:", "descargo de responsabilidad:", "esclusione di responsabilità:",
        "отказ от ответственности:",
    ].map { Array($0.utf8) }
    private static let disclaimerFirstLetters = firstByteTable(disclaimerLabels)
    /// Every block is asked, twice: its first letter decides first.
    static func mayOpenWithDisclaimerLabel(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return disclaimerFirstLetters[Int(first | 0x20)] || disclaimerFirstLetters[Int(first)]
    }

    /// Which first bytes the labels open with, as a table to index by byte. (Not a `ProbeSet`: these two rules ask every
    /// block, and the table and `opens` cost a quarter of what its general start test does — 5 million instructions on
    /// the 126 corpus texts.)
    private static func firstByteTable(_ labels: [[UInt8]]) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for label in labels { if let first = label.first { table[Int(first)] = true } }
        return table
    }

    /// A site's rights notice ("Copyright © 2023 KGO-TV. All Rights Reserved.") is the item's rights, never a picture's
    /// caption and credit, however a photographer's "©" may look like one: the reserved rights mark it.
    static func rightsNoticeIsNoPicture(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where [.caption, .credit].contains(roles[index]) && shapes[index].cues.contains(.copyright) {
            if LineRules.reservesRights(blocks[index].text) || LineRules.rightsReserved.matches(blocks[index].text) {
                roles[index] = .other
            }
        }
    }

    /// A share toolbar's words run together ("SocialTwist Tell-a-Friend    Print this Page   COMMENT") under the headline,
    /// taken for a byline by its capitals: no one's name — the toolbar's verbs say what it is.
    static func shareToolbarIsNoByline(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .byline && !shapes[index].cues.contains(.byline) && shapes[index].words <= 12 {
            if toolbarPhrases.matches(blocks[index].text) { roles[index] = .other }
        }
    }
    private static let toolbarPhrases = ProbeSet(
        anywhereIn: ["print this", "tell-a-friend", "tell a friend", "email this", "e-mail this", "share this", "send to a friend"],
        ignoringCase: true)

    /// CNBC and PBS set their inline teasers in brackets inside the story ("(Read More: Twitter skids 17% on user
    /// growth)"): a related link, as the same label without brackets is.
    static func bracketedTeasersAreTeasers(_ blocks: [Block], _ roles: inout [LineRole]) {
        for index in roles.indices where [.body, .other, .subheading].contains(roles[index]) {
            if bracketedTeaserTitle(blocks[index].text) != nil { roles[index] = .teaser }
        }
    }

    /// The title of a teaser set in brackets, nil when the text is none.
    static func bracketedTeaserTitle(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.utf8.count < 320, trimmed.utf8.first == UInt8(ascii: "("), trimmed.utf8.last == UInt8(ascii: ")") else {
            return nil
        }
        let inner = String(trimmed.dropFirst().dropLast())
        // One pair of brackets around the whole line, not "(AP) … (file)".
        guard !inner.containsBytes("("), !inner.containsBytes(")") else { return nil }
        return LineRules.relatedTeaser.match(inner).map { $0[1].trimmingWhitespace() }
    }
}
