import NewsModel

/// Where the story meets the page's furniture around it: the last sentence right above the readers' comments, a line
/// leading into a quoted statement, a match's score set as a section's heading.
extension RoleRules {
    /// "The Office of the Commissioner … remains dedicated to upholding the standards of safety …" / "Leave a Reply": one
    /// sentence of twelve words or more between the story's last paragraph and the label of the readers' comments is the
    /// story's last paragraph, not the comment box's (which opens at its label) — unless it promotes the site, asks for
    /// money or disclaims.
    static func sentenceBeforeTheCommentsIsStoryText(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        guard let label = roles.indices.first(where: { $0 >= 2 && shapes[$0].words <= 4 && isCommentsLabel(blocks[$0].text) })
        else { return }
        let index = label - 1
        guard roles[index] == .other, roles[index - 1] == .body, roles[..<index].filter({ $0 == .body }).count >= 2,
            shapes[index].words >= 12, shapes[index].end == .fullStop, shapes[index].cues.contains(.sentence),
            !isPromotion(blocks[index].text), !isSupportAppeal(blocks[index].text), !isFundingNotice(blocks[index].text),
            !mayOpenWithDisclaimerLabel(blocks[index].text)
        else { return }
        roles[index] = .body
    }

    /// "The statement reads partly;", "He said:": a line closing on a colon or a semicolon between paragraphs leads into
    /// what follows — story text, never a picture's credit (no credit ends so).
    static func leadInIsNoCredit(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices.dropFirst().dropLast() where roles[index] == .credit && shapes[index].words >= 3 {
            guard roles[index - 1] == .body, roles[index + 1] == .body,
                let last = blocks[index].text.utf8.last(where: { $0 != 0x20 }), last == UInt8(ascii: ":") || last == UInt8(ascii: ";")
            else { continue }
            roles[index] = .body
        }
    }

    /// "Manchester United 1-1 Southampton" over the managers' words: a match's teams and score head a section of a
    /// sports page, and sign no story.
    static func scoreLineIsNoByline(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .byline && shapes[index].words <= 10 && isScoreLine(blocks[index].text) {
            roles[index] = index + 1 < roles.count && roles[index + 1] == .body ? .subheading : .other
        }
    }

    /// Team, a score "N-N" (or "N–N"), team: capitalised words either side, the score alone between them.
    static func isScoreLine(_ text: String) -> Bool {
        let words = text.spaceSeparatedWords
        guard words.count >= 3, let scoreAt = words.firstIndex(where: isScore), scoreAt > 0, scoreAt < words.count - 1 else {
            return false
        }
        return words[0].first?.isUppercase == true && words[scoreAt + 1].first?.isUppercase == true
            && words.indices.allSatisfy { $0 == scoreAt || !isScore(words[$0]) }
    }

    private static func isScore(_ word: Substring) -> Bool {
        let bytes = Array(word.utf8)
        // "1-1", "4-1", "10-2", "2–0" (the en dash is three bytes).
        guard let dash = bytes.firstIndex(where: { $0 == 0x2D || $0 == 0xE2 }), dash >= 1, dash <= 2 else { return false }
        let after = bytes[dash] == 0x2D ? dash + 1 : dash + 3
        guard bytes[dash] == 0x2D || bytes.count >= dash + 3 && bytes[dash + 1] == 0x80 && bytes[dash + 2] == 0x93 else { return false }
        let digits = bytes[..<dash] + bytes[min(after, bytes.count)...]
        return after < bytes.count && bytes.count - after <= 2 && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// "Sheep Fire exploded to 990 acres … County. Photo courtesy of San Bernardino County Fire/ Twitter": a sentence with a
    /// picture's courtesy credit after its stop is the picture's caption, not the headline nor a paragraph; the page's
    /// cut copy of it above ("… that began Saturday. Photo courte...") is no story either.
    static func courtesyCreditMakesACaption(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .headline || roles[index] == .body || roles[index] == .caption {
            let text = blocks[index].text
            guard text.utf8.count < 400, text.containsBytes("hoto courtesy"),
                let range = text.lastByteRange(of: ". Photo courtesy ") ?? text.lastByteRange(of: ". Photo Courtesy "),
                String(text[range.upperBound...]).spaceSeparatedWordCount <= 8
            else { continue }
            roles[index] = .caption
            if index > 0, blocks[index - 1].text.hasSuffixOnBytes("..."), text.hasPrefixOnBytes(String(blocks[index - 1].text.dropLast(3)))
            {
                roles[index - 1] = .other
            }
        }
    }

    /// "June 13 (UPI) -- Authorities in California have ordered … with only 5% contained. Advertisement": an ad slot's
    /// label run onto a paragraph of two sentences or more — the paragraph, not a caption with "Advertisement" for its
    /// credit (the assembly leaves the label out).
    static func paragraphBeforeAnAdvertisement(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .caption && shapes[index].sentences >= 2 {
            guard let rest = withoutAdvertisementLabel(blocks[index].text), endsSentence(rest) else { continue }
            roles[index] = .body
        }
    }

    /// The text without an ad slot's label run onto its end ("… contained. Advertisement"), or nil when it has none.
    static func withoutAdvertisementLabel(_ text: String) -> String? {
        guard text.utf8.count > 40, text.hasSuffixOnBytes(" Advertisement") else { return nil }
        return String(text.dropLast(" Advertisement".count)).trimmingWhitespace()
    }

    /// "article", "video": a page's type, one word in small letters, heads no story.
    static func lowercaseWordIsNoHeadline(_ blocks: [Block], _ roles: inout [LineRole]) {
        for index in roles.indices where roles[index] == .headline {
            let text = blocks[index].text.trimmingWhitespace()
            if !text.isEmpty, text.utf8.count <= 20, text.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { roles[index] = .other }
        }
    }

    /// "To see the full evacuation map of Sonoma County, click here" between paragraphs: a link set as a line, no heading
    /// of the story's and no paragraph.
    static func promotionInsideTheStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where (roles[index] == .subheading || roles[index] == .body) && shapes[index].words <= 20 {
            // (A paragraph only with a link's "here" in it, found on the bytes first: most are asked nothing more.)
            // (Or with a follow button's "Google News": "Google News LinkFor all latest news, follow The Daily Star's
            // Google News channel.")
            guard roles[index] == .subheading || blocks[index].text.containsBytes(" here") || googleNewsProbe.matches(blocks[index].text)
            else { continue }
            if isPromotion(blocks[index].text) { roles[index] = .other }
        }
    }
    private static let googleNewsProbe = ProbeSet(anywhereIn: ["Google News"])

    /// A newsletter's sign-up box set inside the story: its label ("Société"), the line that sells it ("De la vie
    /// quotidienne aux grands enjeux, découvrez …") and its privacy notice ("France Télévisions utilise votre adresse
    /// e-mail afin de vous envoyer la newsletter … Vous pouvez vous désinscrire …") — the notice names the newsletter and
    /// how to leave it or the privacy policy, which no story's paragraph does. The notice is no story text, nor is the
    /// line under the box's label above it.
    /// A short line that asks to subscribe to the newsletter ("Resta aggiornato, iscriviti alla nostra newsletter", "Stay
    /// informed: sign up for our newsletter") is the box's too.
    static func newsletterBoxIsNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        for index in roles.indices where (roles[index] == .body || roles[index] == .teaser) && shapes[index].words <= 80 {
            let text = blocks[index].text
            guard newsletterProbe.matches(text) else { continue }
            let lowered = text.lowercasedOnBytes()
            if shapes[index].words <= 15, newsletterAsking.contains(where: { lowered.containsBytes($0) }) {
                roles[index] = .other
                continue
            }
            guard roles[index] == .body, newsletterLeaving.contains(where: { lowered.containsBytes($0) }) else { continue }
            roles[index] = .other
            if index >= 2, roles[index - 1] == .body, shapes[index - 1].words <= 40, roles[index - 2] != .body,
                shapes[index - 2].words <= 3, shapes[index - 2].end != .fullStop
            {
                roles[index - 1] = .other
            }
        }
    }
    private static let newsletterProbe = ProbeSet(anywhereIn: ["newsletter", "Newsletter"])
    /// How a newsletter's notice tells its reader to leave it, or names its privacy policy ("privacy" covers "privacy
    /// policy" and "privacy notice").
    /// How a prompt asks its reader to subscribe, in the copy's languages.
    private static let newsletterAsking: [StaticString] = [
        "subscribe", "sign up", "iscriviti", "abonnez", "inscrivez", "suscríbete", "suscribite", "abonnieren", "anmelden",
        "registrati", "přihlaste", "подпиш",
    ]
    private static let newsletterLeaving: [StaticString] = [
        "désinscrire", "désabonner", "unsubscribe", "privacy", "confidentialité", "abmelden", "datenschutz", "darse de baja",
        "privacidad", "disiscriverti", "cancellarti",
    ]
}

extension RoleRules {
    /// A press release's closing furniture after its text: the contact line ("For further information contact: Mr. …
    /// Telephone: …", "Media contact:") and the safe-harbor disclaimer ("Please note that this press release contains
    /// forward-looking statements, …"), or a "Forward-Looking Statements" heading and everything under it. Neither is
    /// the story's text.
    static func releaseContactsAndDisclaimersAreNoStory(_ blocks: [Block], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body) else { return }
        for index in (firstBody + 1)..<roles.count where roles[index] == .body || roles[index] == .subheading {
            let text = blocks[index].text
            // (Asked of every paragraph: the probes on the bytes first, the words only of the few lines they pass.)
            if disclaimerProbe.matches(text) {
                if isDisclaimerHeading(text) {
                    for rest in index..<roles.count where roles[rest] != .trailer { roles[rest] = .other }
                    return
                }
                if isForwardLookingDisclaimer(text) { roles[index] = .other }
            } else if releaseContactStart.matches(text) {
                roles[index] = .other
            }
        }
    }

    private static let disclaimerHeadings = [
        "forward-looking statements", "forward looking statements", "safe harbor statement", "safe harbour statement",
    ]
    private static let disclaimerProbe = ProbeSet(anywhereIn: disclaimerHeadings, ignoringCase: true, within: 200)
    /// The press-release conventions' contact openers, and the spelled-out "For further information contact".
    private static let releaseContactStart = ProbeSet(
        atStart: MessageConventions.contactOpeners + [
            "for further information contact", "for further information, contact", "for more information contact",
            "for more information, contact", "for additional information contact", "for additional information, contact",
            "investor relations contact",
        ], ignoringCase: true)
    /// "Forward-Looking Statements", "Safe Harbor Statement", "Cautionary Note Regarding Forward-Looking Statements":
    /// the heading of a release's disclaimer, alone on its line.
    private static func isDisclaimerHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 80 else { return false }
        let lowered = text.trimmingWhitespace().lowercasedOnBytes()
        return disclaimerHeadings.contains { lowered.hasSuffixOnBytes($0) || lowered.hasSuffixOnBytes($0 + ":") } && !lowered.contains(".")
    }

    /// "This press release contains forward-looking statements …", "Please note that this news release contains
    /// forward-looking statements …": the release speaking of itself.
    private static func isForwardLookingDisclaimer(_ text: String) -> Bool {
        let opening = text.prefix(160).lowercasedOnBytes()
        return opening.contains("forward-looking statements")
            && (opening.contains("this press release") || opening.contains("this news release") || opening.contains("this release"))
    }
}
