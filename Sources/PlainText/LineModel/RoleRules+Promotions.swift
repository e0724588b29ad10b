import NewsModel

/// What a page promotes after or inside the story (its newsletter, app, donations, a browser notice): no story text.
extension RoleRules {
    /// A site closes its pages with a line promoting itself ("For the latest news, weather, sports, and streaming
    /// video, head to KTLA.", "For the latest news from the South China Morning Post download our mobile app.",
    /// "Click here to subscribe"): the same on every page, never the story's last paragraph.
    static func sitePromotionIsNoStory(_ blocks: [Block], _ roles: inout [LineRole]) {
        guard let firstBody = roles.firstIndex(of: .body) else { return }
        // A promotion the model took for a related link ("Find The Irish Times on WhatsApp and stay up to date") links
        // nothing, and one it took for a caption ("Track Latest News Live on NDTV.com …", "GET NEWS ALERTS | Add the
        // 12News App to your phone" between paragraphs) captions nothing.
        for index in firstBody..<roles.count
        where [.teaser, .caption].contains(roles[index])
            && (isPromotion(blocks[index].text) || LineRules.wordPressCommentForm.matches(in: blocks[index].text))
        {
            roles[index] = .other
        }
        var index = roles.count - 1
        while index > firstBody, roles[index] != .body { index -= 1 }
        while index > firstBody, roles[index] == .body || roles[index] == .subheading,
            isPromotion(blocks[index].text) || isFundingNotice(blocks[index].text) || isSupportAppeal(blocks[index].text)
        {
            roles[index] = .other
            index -= 1
        }
    }

    /// "Readers like you are keeping these stories free for everyone...", "Support PREMIUM TIMES' journalism of integrity
    /// and credibility" / "At Premium Times, we firmly believe …": the site asking its readers for money under the story —
    /// the same box on every page, never the story's text.
    static func isSupportAppeal(_ text: String) -> Bool {
        guard text.utf8.count < 800 else { return false }
        if isDonationAppeal(text) { return true }
        // The phrases' small-letter middles, found on the bytes as written, before any text is lowered.
        guard appealAnchors.contains(where: { text.containsBytes($0) }) else { return false }
        let lowered = text.lowercasedOnBytes()
        return supportWords.contains(where: { lowered.containsBytes($0) }) && appealPhrases.contains { lowered.containsBytes($0) }
    }

    static let appealAnchors: [StaticString] = [
        "upport ", "ontribution", "onation", "onate ", "eaders like you", "aywalls", "ecome a ", "reely accessible", "ubscriptions",
        "stories free",
    ]

    static let supportWords: [StaticString] = ["journalism", "stories", "news", "reporting", "article"]

    static let appealPhrases: [StaticString] = [
        "support our journalism", "support independent journalism", "support quality journalism", "support local journalism",
        "supporting contributions", "readers like you", "keep paywalls away", "keeping these stories free", "make a contribution",
        "making a contribution", "make a donation", "making a donation", "donate now", "donate today", "become a member",
        "become a supporter", "freely accessible to all", "costly news subscriptions",
    ]

    /// "Local Democracy Reporting is Public Interest Journalism funded through NZ On Air." (New Zealand's outlets), "The
    /// Associated Press' climate coverage receives financial support from private foundations.", "This story was
    /// produced in partnership with …": who pays for the journalism, a notice under the story, not its text.
    static func isFundingNotice(_ text: String) -> Bool {
        guard text.utf8.count < 400 else { return false }
        let lowered = text.lowercasedOnBytes()
        return fundingPhrases.contains { lowered.containsBytes($0) } && journalismWords.contains { lowered.containsBytes($0) }
    }

    static let fundingPhrases: [StaticString] = [
        "funded by ", "funded through ", "financial support from ", "receives support from ", "support from the ",
        "supported by a grant", "with support from ", "in partnership with ", "grant from ",
    ]

    static let journalismWords: [StaticString] = [
        "journalism", "reporting", "coverage", "this story", "this article", "this report", "this project", "this series",
    ]

    /// "For the latest news …", "Follow me on Twitter or LinkedIn.", "Join ST's Telegram channel and get the latest
    /// breaking news delivered to you.": a site's or an author's promotion — as are a line asking the reader to log in
    /// or sign up ("Log in, register or subscribe to save articles for later.", "… Sign up for our Morning Edition
    /// newsletter.") and a reporter's or a newsroom's call for tips ("Do you work at Amazon? Contact this reporter …",
    /// "Have a news tip? Email …").
    static func isPromotion(_ text: String) -> Bool {
        if opens(text, withOneOf: promotionLabels) { return true }
        guard text.utf8.count < 300 else { return false }
        // On the bytes: `String.contains(_:)` costs fifty thousand instructions a call.
        let lowered = text.lowercasedOnBytes()
        // "… | Add the 12News App to your phone": the outlet's app, offered in a line of the page's buttons.
        if text.utf8.count <= 120, lowered.containsBytes(" app to your ") { return true }
        // "Join ST's Telegram channel …", "Find The Irish Times on WhatsApp and stay up to date".
        if opens(text, withOneOf: [Array("join ".utf8), Array("find ".utf8)]) {
            return ["channel", "newsletter", "whatsapp", "telegram", "community", "google news", "apple news"].contains {
                lowered.containsBytes($0)
            }
        }
        // "Microsoft strongly encourages users to switch to a different browser than Internet Explorer …", "You are using
        // an outdated browser. Please upgrade …": the site's notice about the reader's browser.
        if isBrowserNotice(lowered: lowered) { return true }
        // "You can receive Breaking News on a smartphone or tablet via the BBC News App.": the broadcaster's offer of its app.
        if opens(text, withOneOf: [Array("you can receive breaking news".utf8)]) { return true }
        // "WP2Social Auto Publish Powered By : XYZScripts.com", "Powered by WordPress": a site's footer, no sentence.
        if lowered.containsBytes("powered by"), text.utf8.count <= 100, !endsSentence(text) { return true }
        // "Segui LiveSicilia sui social", "Ricevi le nostre ultime notizie da Google News: clicca su SEGUICI …": a site's
        // prompt to follow it, in Italian, and a Google News prompt in any language.
        if opens(text, withOneOf: [Array("segui ".utf8), Array("seguici ".utf8)]),
            [" sui social", " su facebook", " su instagram", " su telegram", " su whatsapp", "google news"].contains(where: {
                lowered.containsBytes($0)
            })
        {
            return true
        }
        if lowered.containsBytes("google news"),
            ["segui", "clicca", "click", "follow", "suivez", "folgen", "síguenos", "ricevi", "subscribe"].contains(where: {
                lowered.containsBytes($0)
            })
        {
            return true
        }
        // "Stay with WPTV.com and News Channel 5 for updates.": a broadcaster's line under every developing story.
        if text.utf8.count <= 160, opens(text, withOneOf: stayWithOpenings),
            [" for updates", " for the latest", " for more", " for breaking"].contains(where: { lowered.containsBytes($0) })
        {
            return true
        }
        // "Don't miss the latest news from around Stoke - sign up to our daily newsletter here.": the site's own newsletter.
        if [
            ". sign up for ", ". sign up to ", "contact this reporter", "contact the reporter", "sign up to our ", "sign up for our ",
            "subscribe to our ", "signing up for our ", "signing up to our ",
        ].contains(where: { lowered.containsBytes($0) }) {
            return true
        }
        // "If you're on the ABC7 News app, click here to watch live", "To see more local news stories, click here.": the
        // page's link, set as a sentence (one search for the letters every such phrase has, then the phrases).
        if lowered.containsBytes("cli") || lowered.containsBytes(" here") || lowered.containsBytes("klicken") {
            let links: [StaticString] = [
                "click here", "tap here", "cliquez ici", "hier klicken", "clicca qui", "haga clic aquí", "haz clic aquí",
            ]
            if links.contains(where: { lowered.containsBytes($0) }) { return true }
        }
        // "Email Tariq Malik at … or follow him @tariqjmalik. Follow us on Twitter @Spacedotcom and on Facebook.": the
        // site's own line under every story.
        guard lowered.containsBytes("follow") else { return false }
        let follows: [StaticString] = [". follow us on ", " follow him @", " follow her @", " follow them @"]
        return follows.contains { lowered.containsBytes($0) }
    }

    static let stayWithOpenings = [Array("stay with ".utf8), Array("stay tuned to ".utf8), Array("stay tuned with ".utf8)]

    static let promotionLabels = [
        // A feedback box ("Cet article vous a été utile ? Sachez que vous pouvez suivre Ouest-France …").
        "was this article helpful", "was this article useful", "cet article vous a été utile", "war dieser artikel hilfreich",
        "for the latest news", "for the latest headlines", "for the latest updates", "for more news", "download our ",
        "download the ", "get the latest news", "click here ", "free email subscription", "email subscription:", "subscribe to ",
        "subscribe now", "sign up for ", "sign up to ", "you may occasionally receive promotional content",
        "follow me on ", "follow us on ", "follow him on ", "follow her on ", "get the free ", "log in, register", "log in or ",
        // ABC Australia's share prompt under the picture: "Help keep family & friends informed by sharing this article".
        "help keep family", "get news alerts", "get breaking news alerts", "have a news tip", "got a news tip", "have a story tip",
        "got a story tip", "do you have a news tip",
        "send us a news tip",
        // The tabloids' tip line: "Do you have a story for The Sun news desk?" / "Email us at … or call …".
        "do you have a story for", "got a story for", "got a story?", "email us at ", "we pay for your stories",
        // Indian outlets' closing line ("Track Latest News Live on NDTV.com and get news updates from India …", "Catch all
        // the Business News … on Live Mint").
        "track latest news", "track the latest news", "catch all the ", "catch the latest ", "stay updated with ",
        // "Stay up to date with the latest news from across Greater Manchester by signing up to our newsletters here."
        "stay up to date with the latest", "stay up-to-date with the latest", "stay up to date with all the latest",
        "stay up-to-date with all the latest",
        // The same calls to subscribe in the other languages of the copy ("Únete a EL PAÍS para seguir toda la actualidad").
        // (Only ASCII letters are compared case-blind: a capital outside ASCII is listed as written.)
        "únete a ", "Únete a ", "suscríbete", "abonnez-vous", "jetzt abonnieren", "abbonati ", "iscriviti alla newsletter",
        "přihlaste se k odběru", "подписывайтесь на ", "Подписывайтесь на ", "подпишитесь на ", "Подпишитесь на ",
        // "Per restare aggiornato con le ultime news del Gazzettino seguici …", "Per scriverci e interagire con la
        // redazione contattaci": an Italian site's follow and contact prompts.
        "per restare aggiornat", "per rimanere aggiornat", "per scriverci",
    ].map { Array($0.utf8) }

    /// A newsletter's or a site's promotion set anywhere in the page ("Sign up to our free Morning Headlines email",
    /// "Get the free Morning Headlines email for news from our reporters across the world") with its form's lines ("Read
    /// our privacy notice"), and an archive notice ("This article is more than 2 years old."): no teaser links them, no
    /// story says them.
    static func promotionsAreNoStory(_ blocks: [Block], _ shapes: [BlockShape], _ roles: inout [LineRole]) {
        // "Add CBS News on Google", "Add us as a preferred source on Google": the search engine's follow button, which
        // the model may take for a credit by its outlet's name.
        for index in roles.indices where [.credit, .caption].contains(roles[index]) && shapes[index].words <= 12 {
            let text = blocks[index].text
            guard opens(text, withOneOf: followButtonOpenings) else { continue }
            let lowered = text.lowercasedOnBytes()
            if lowered.containsBytes(" on google") || lowered.containsBytes("preferred source") { roles[index] = .other }
        }
        for index in roles.indices where [.body, .teaser].contains(roles[index]) && shapes[index].words <= 60 {
            let text = blocks[index].text
            if opens(text, withOneOf: archiveNotices) || !shapes[index].end.endsSentence && opens(text, withOneOf: newsletterLabels)
                || isInboxPromotion(text) || isDonationAppeal(text) || opens(text, withOneOf: playerNotices)
                // (The bytes first: lowering every paragraph cost 50 million instructions over the corpus's 126 texts.)
                || text.utf8.count < 300 && text.containsBytes("rowser") && isBrowserNotice(lowered: text.lowercasedOnBytes())
                // (A sign-up box's text with Google's notice: "… SIGN UP This site is protected by reCAPTCHA and the
                // Google Privacy Policy and Terms of Service apply." — its "reCAPTCHA" found by memchr first.)
                || captchaProbe.matches(text) && text.lowercasedOnBytes().containsBytes("protected by recaptcha")
                // (A promotion taken for a related link anywhere: "Help keep family & friends informed by sharing this article".)
                || roles[index] == .teaser && isPromotion(text)
            {
                roles[index] = .other
            }
        }
    }

    /// The site's notice about the reader's browser (see `isPromotion`), its text in small letters.
    static func isBrowserNotice(lowered: String) -> Bool {
        lowered.containsBytes("browser")
            && [
                "outdated browser", "upgrade your browser", "update your browser", "browser is out of date", "different browser",
                "supported browser", "modern browser",
            ]
            .contains(where: { lowered.containsBytes($0) })
    }

    /// "Get the latest Manchester news straight to your inbox with our free newsletter": a line that opens as a promotion
    /// and names the newsletter or the inbox it fills.
    static func isInboxPromotion(_ text: String) -> Bool {
        guard text.utf8.count < 200, opens(text, withOneOf: inboxPromotionOpenings) else { return false }
        let lowered = text.lowercasedOnBytes()
        return lowered.containsBytes("newsletter") || lowered.containsBytes("inbox")
    }

    /// "Support PREMIUM TIMES' journalism of integrity and credibility", "Support independent journalism": the page's
    /// appeal for money, which opens with the verb and names the journalism it pays for.
    static func isDonationAppeal(_ text: String) -> Bool {
        guard text.utf8.count < 200, opens(text, withOneOf: donationOpenings) else { return false }
        return text.lowercasedOnBytes().containsBytes("journalism")
    }

    /// What a page's video player says in place of the video ("Please use Chrome browser for a more accessible video
    /// player", "Your browser does not support the video tag", "To view this video please enable JavaScript").
    static let playerNotices = [
        "please use chrome browser", "please use a different browser", "your browser does not support", "to view this video",
        "this video is not available", "this video can not be played", "this video cannot be played",
    ].map { Array($0.utf8) }

    static let followButtonOpenings = [Array("add ".utf8)]

    static let donationOpenings = ["support ", "donate ", "help us ", "help fund "].map { Array($0.utf8) }

    static let captchaProbe = ProbeSet(anywhereIn: ["reCAPTCHA"])

    static let inboxPromotionOpenings = ["get the latest ", "get the best ", "get our ", "get breaking "].map { Array($0.utf8) }

    static let newsletterLabels = ["sign up to our ", "sign up for our ", "get the free ", "subscribe to our "].map {
        Array($0.utf8)
    }

    static let archiveNotices = [
        "this article is more than ", "this article was published more than ", "this article is over ", "dieser artikel ist älter als",
        "cet article a plus de", "we use your sign-up to provide content",
        // The sign-up form's own lines under a newsletter promotion.
        "read our privacy notice", "read our privacy policy", "i would like to be emailed", "thanks for signing up",
    ].map { Array($0.utf8) }
}
