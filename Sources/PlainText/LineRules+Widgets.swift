import NewsModel

/// Page furniture by its words: widgets, a WordPress comment form, a subscription prompt.
extension LineRules {
    /// Share widgets and navigation copied from a web page.
    static let widget = Pattern(
        alternatives: [
            (
                #"^\s*(?:[*•·-]\s*)?(?:Tweet|Link this|Share this|Share|Email|E-mail|Print|Related Topics|Connect with us|Comments?|Follow us.*|Follow\s.{1,60}?\s(?:on|via)\s+(?:Twitter|Facebook|Instagram|X|LinkedIn|TikTok|Threads|Bluesky|Mastodon)\b.*)\s*$"#,
                nil
            ),
            // A share toolbar's words run together: "Comment E-mail Print Share", "Facebook | Twitter | Email" (a short
            // line with a space, asked only then).
            (
                #"^\s*(?:(?:Comments?|E-?mail|Print|Share(?: via)?|Tweet|Save|Facebook|Twitter|WhatsApp|LinkedIn|Reddit)\s*[|·•,]?\s*){2,}$"#,
                { $0.utf8.count <= 100 && $0.utf8.contains(UInt8(ascii: " ")) }
            ),
            // A site's search box: "Hi, what are you looking for?", "Search for:", "Type to search".
            (
                #"^\s*(?:Hi,?\s+)?(?:What are you looking for\??|Search(?: for| the site| this site)?\s*:?|Type (?:to|your) search.*|Press enter to search.*)\s*$"#,
                { $0.utf8.count <= 60 }
            ),
            (
                #"^\s*(?:[*•·-]\s*)?(?:Like us.*|Subscribe.*|Advertisement|\d+\s*Comments?|[\p{Alpha} ]{1,25}\s*»|\*|Share on (?:Facebook|Twitter|LinkedIn).*|Facebook|Twitter|WhatsApp|Pinterest|LinkedIn|Sign up (?:for|to) [^.]{0,60}newsletters?\b[^.]{0,60})\s*$"#,
                nil
            ),
            // A site's prompt to report a typo, in every language: "Found a mistake? Select it and press Ctrl+Enter",
            // "Ошибка в тексте? Выделите её и нажмите «Ctrl + Enter»".
            (#"^.{0,100}\bCtrl\s*\+\s*Enter\b.{0,40}$"#, nil),
            // A page template's tags left in the text where the page shows a box to subscribers only:
            // "{{^userSubscribed}} {{/userSubscribed}}".
            (#"^\s*(?:\{\{[^{}]{1,60}\}\}\s*)+$"#, nil),
            // A comment box's button in the other languages: "Commenta la notizia", "Kommentieren", "Commenter".
            (#"^\s*(?:Commenta(?: la notizia)?|Caricamento commenti|Kommentieren|Commenter|Comentar(?: la noticia)?)\s*$"#, nil),
            // A page's skip links, for keyboards and screen readers: "Skip to main content", "Direkt zum Inhalt Direkt zur
            // Navigation", "Aller au contenu", "Перейти к содержанию" — one, two or three on a line; WordPress themes' "Press
            // "Enter" to skip to content".
            (
                #"^\s*(?:(?:(?:Press ["“]?Enter["”]? to )?(?:Skip|Jump) to (?:the )?(?:main )?(?:content|navigation|search|menu)|(?:Direkt )?zu[mr] (?:Inhalt|Navigation|Suche|Hauptmenü)(?: springen)?|(?:Aller|Passer) au (?:contenu|menu)(?: principal)?)\s*[|·•]?\s*){1,3}$"#,
                { $0.utf8.count <= 80 }
            ),
            // A prompt to subscribe in the other languages: "Подписывайтесь на Русскую службу The Moscow Times в Telegram",
            // "Abonnez-vous à notre newsletter", "Jetzt abonnieren", "Suscríbete", "Iscriviti alla newsletter".
            (
                #"^\s*(?:Подписывайтесь|Подпишитесь|Подписаться|Abonnez-vous|Abonnieren Sie|Jetzt abonnieren|Suscríbete|Suscribite|Iscriviti|Přihlaste se k odběru|Odebírejte)\b.{0,120}$"#,
                {
                    [
                        probe = ProbeSet(atStart: subscribePromptStarts, ignoringCase: true)
                    ] in probe.matches($0)
                }
            ),
            // MediaWiki's page chrome as Wikinews' and Wikipedia's older skin set it: "Jump to: navigation, search", "From
            // Wikinews, the free news source you can write!", "From Wikipedia, the free encyclopedia".
            (
                #"^\s*(?:Jump to:\s*navigation,\s*search|From Wiki[a-z]{3,10}, the free [^.!]{3,60}[.!]?)\s*$"#,
                { [probe = ProbeSet(atStart: ["jump to:", "from wiki"], ignoringCase: true)] in probe.matches($0) }
            ),
            // WordPress's comment form: "Your email address will not be published. Required fields are marked *", "This
            // site uses Akismet to reduce spam. Learn how your comment data is processed."
            (#"^\s*(?:Your email address will not be published|Required fields are marked|This site uses Akismet)\b.{0,120}$"#, nil),
            // The same form in the other languages: "Tu dirección de correo electrónico no será publicada. Los campos
            // obligatorios están marcados con *", "Votre adresse e-mail ne sera pas publiée", "Deine E-Mail-Adresse wird nicht
            // veröffentlicht. Erforderliche Felder sind mit * markiert".
            (
                #"^\s*(?:Tu (?:dirección de )?correo electrónico no será publicad[oa]|Los campos obligatorios están marcados|Votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée|Les champs obligatoires sont indiqués)\b.{0,160}$"#,
                nil
            ),
            (
                #"^\s*(?:Il tuo indirizzo (?:e-?mail )?non sarà pubblicato|I campi obbligatori sono contrassegnati|(?:Deine|Ihre) E-Mail-Adresse wird nicht veröffentlicht|Erforderliche Felder sind)\b.{0,160}$"#,
                nil
            ),
            // A link back to the page above it: "« Back to LIVE", "Back to top", "← Back to the list".
            (
                #"^\s*(?:[«‹←<]\s*)?back to\b.{0,40}$"#,
                { [probe = ProbeSet(atStart: ["back to"], ignoringCase: true, skipping: ["«", "‹", "←", "<", " "])] in probe.matches($0) }
            ),
            // A print view's toolbar, run together with the site's name as page text often is: "Rediff.com« Back to
            // articlePrint this article", "Print this page | Email this article".
            (
                #"^.{0,30}(?:print this (?:article|page|story)|back to (?:the )?article|e-?mail this (?:article|story))\b.{0,40}$"#,
                { TextProbe.mentionsPrintView($0) }
            ),
            // A broadcaster's prompt to its player: "WATCH LIVE BELOW AT 5 P.M.", "Watch the video above:", "LISTEN NOW".
            (
                #"^\s*(?:watch|listen)(?:\s+(?:live|now|below|here|above|the video|the full interview|the full video))+(?:\s+at\s+\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?)?\s*[:.!]?\s*$"#,
                { [probe = ProbeSet(atStart: ["watch", "listen"], ignoringCase: true)] in probe.matches($0) }
            ),
            // A comment section saying it is empty: "No comments yet", "Be the first to comment", "Zu diesem Artikel wurden
            // bisher keine Kommentare abgegeben.", "Aucun commentaire", "Nessun commento", "Комментариев пока нет".
            (
                #"^\s*(?:there are |es gibt |zu diesem (?:artikel|beitrag) (?:wurden|gibt es) (?:bisher |noch )?)?(?:no comments(?: yet)?|be the first to comment|(?:noch |bisher )?keine kommentare(?: vorhanden| abgegeben)?)\b[^.!]{0,40}[.!]?\s*$"#,
                { TextProbe.mentionsComments($0) }
            ),
            (
                #"^\s*(?:il n'y a )?(?:(?:encore )?aucun commentaire|soyez le premier à (?:commenter|réagir)|(?:no hay |sin )comentarios|sé el primero en comentar|nessun commento|(?:zatím )?žádné komentáře|комментариев (?:пока )?нет|нет комментариев)\b[^.!]{0,40}[.!]?\s*$"#,
                { TextProbe.mentionsComments($0) }
            ),
            // WordPress's comment form's title: "Leave a Reply", "Laisser un commentaire", "Deja un comentario".
            (
                #"^\s*(?:Leave a (?:comment|reply)|Laisser un commentaire|Laisser une réponse|Deja (?:un comentario|una respuesta)|Lascia un commento|Schreibe einen Kommentar|Kommentar schreiben)\s*$"#,
                { [probe = ProbeSet(atStart: commentFormTitles, ignoringCase: true)] in probe.matches($0) }
            ),
            (#"^\s*(?:Vaše e-mailová adresa nebude zveřejněna|Ваш (?:адрес )?(?:e-?mail )?не будет опубликован)\b.{0,160}$"#, nil),
            // A link to the site's other pages, in German: "Hier geht es zu allen aktuellen Polizeimeldungen.", "Hier geht's
            // zum Liveblog".
            (#"^\s*Hier geht(?:'s|’s| es) (?:zu[mr]?|weiter)\b.{0,100}$"#, nil),
            // A site's cookie notice: "By using our website, you agree to the use of our cookies.", "We use cookies to
            // improve your experience", "Diese Website verwendet Cookies" — the site speaking of itself, never a story's
            // sentence about cookies.
            (
                #"^.*\b(?:we use|this (?:web)?site uses|(?:using|use of) our (?:web)?site|you agree|you consent|accept (?:all )?cookies|cookie (?:policy|settings|preferences))\b.*$"#,
                { $0.utf8.count <= 400 && TextProbe.mentionsCookies($0) }
            ),
            (
                #"^.*\b(?:wir verwenden|diese (?:web)?seite verwendet|diese website verwendet|nous utilisons|ce site utilise|utilizamos|este sitio(?: web)? utiliza|questo sito(?: web)? utilizza|tento web používá|мы используем)\b.*$"#,
                { $0.utf8.count <= 400 && TextProbe.mentionsCookies($0) }
            ),
            // The same notice asking for consent, with the verb apart from "we" or the site: "Mit der Nutzung unserer Dienste
            // erklären Sie sich damit einverstanden, dass wir Cookies verwenden.", "En poursuivant votre navigation, vous
            // acceptez l'utilisation de cookies", "Al navegar aceptas el uso de cookies".
            (
                #"^.*\b(?:wir (?:\w+ ){1,3}verwenden|verwenden wir|sie sich (?:\w+ ){0,2}einverstanden|(?:nutzung|verwendung) unserer (?:dienste|website|webseiten?|seiten?|angebote))\b.*$"#,
                { $0.utf8.count <= 400 && TextProbe.mentionsCookies($0) }
            ),
            (
                #"^.*\b(?:vous acceptez|poursuivant votre navigation|aceptas|acepta(?:s)? el uso|acconsenti|souhlasíte|соглашаетесь)\b.*$"#,
                { $0.utf8.count <= 400 && TextProbe.mentionsCookies($0) }
            ),
            (
                #"^\s*(?:(?:(?:Saltar|Ir) al contenido(?: principal)?|(?:Vai|Salta) al contenuto(?: principale)?|Přejít (?:na|k) (?:obsah(?:u)?|(?:hlavnímu )?menu)|Перейти к (?:основному )?(?:содержанию|содержимому|меню))\s*[|·•]?\s*){1,3}$"#,
                { $0.utf8.count <= 120 }
            ),
        ],
        caseInsensitive: true,
        prefilter: {
            [
                words = ProbeSet(
                    atStart: [
                        "tweet", "link this", "share", "email", "e-mail", "print", "related topics", "comment", "follow", "like us",
                        "connect with",
                        "subscribe", "advertisement", "facebook", "twitter", "whatsapp", "pinterest", "linkedin", "sign up",
                        "hi, what", "hi what", "what are you looking", "search", "type to search", "type your search", "press enter",
                        "press \"enter", "press “enter",
                        "skip to", "jump to", "from wiki", "direkt zu", "zum inhalt", "zur navigation", "zur suche", "aller au",
                        "passer au",
                        "saltar al", "ir al", "vai al", "salta al", "přejít", "Přejít", "перейти к", "Перейти к", "commenta", "caricamento",
                        "kommentieren", "commenter", "comentar", "hier geht", "your email address", "required fields",
                        "this site uses akismet", "tu dirección", "tu correo", "los campos obligatorios", "votre adresse",
                        "les champs obligatoires", "il tuo indirizzo", "i campi obbligatori", "deine e-mail", "ihre e-mail",
                        "erforderliche felder", "vaše e-mailová", "Vaše e-mailová", "ваш адрес", "Ваш адрес", "ваш e-mail", "Ваш e-mail",
                        "ваш email", "Ваш email",
                    ] + subscribePromptStarts + commentFormTitles + ["watch", "listen", "back to"],
                    ignoringCase: true, skipping: ["*", "•", "·", "-", "«", "‹", "←", "<"]),
                guillemet = ProbeSet(anywhereIn: ["»"], within: 160), comments = ProbeSet(anywhereIn: ["comment"], ignoringCase: true),
                typoPrompt = ProbeSet(anywhereIn: ["Ctrl"], within: 200)
            ] in
            // A word after an optional bullet, "… »", "12 Comments", or marks alone ("*").
            words.matches($0) || guillemet.matches($0) || (TextProbe.startsWithDigit($0) && comments.matches($0))
                || TextProbe.isOnlyMarks($0) || $0.utf8.first == UInt8(ascii: "{") || typoPrompt.matches($0)
                || TextProbe.mentionsCookies($0) || TextProbe.mentionsComments($0) || TextProbe.mentionsPrintView($0)
        })

    /// WordPress.com's comment form: "Fill in your details below or click an icon to log in:", "You are commenting using
    /// your Twitter account. Log Out / Change )", "Notify me of new comments via email.", "Connecting to %s". Asked by the
    /// rules, not a cue of the model's: as a widget cue it made the model read a short page's last paragraphs, above the
    /// form, as furniture too.
    static let wordPressCommentForm = Pattern(
        #"^\s*(?:Fill in your details below or click an icon to log in|You are commenting using your\b|Notify me of (?:new|follow-up) (?:comments|posts)|Connecting to %s)\b.{0,100}$"#,
        caseInsensitive: true,
        prefilter: {
            [
                probe = ProbeSet(
                    atStart: ["fill in your details", "you are commenting", "notify me of", "connecting to %s"], ignoringCase: true)
            ]
            in probe.matches($0)
        })

    /// How WordPress's comment form's title opens in the copy's languages.
    static let commentFormTitles = [
        "leave a", "laisser un", "laisser une", "deja un", "lascia un", "schreibe einen", "kommentar schreiben",
    ]

    /// How the subscribe prompts of the other languages open (both cases of the Cyrillic and Czech letters: the probe folds
    /// ASCII only): the widget expression's own alternative and its prefilter ask the same words.
    static let subscribePromptStarts = [
        "подписывайтесь", "Подписывайтесь", "подпишитесь", "Подпишитесь", "подписаться", "Подписаться", "abonnez-vous",
        "abonnieren sie", "jetzt abonnieren", "suscríbete", "suscribite", "iscriviti", "přihlaste se k odběru",
        "Přihlaste se k odběru", "odebírejte", "Odebírejte",
    ]
}
