import NewsModel

/// The shapes of lines that are not story text, as newsrooms write them.
enum LineRules {
    // MARK: Pictures

    /// `Emmanuel Macron (photo: Getty Images)`, `… (Foto: dpa)`, `… (Image: X)`, `… (AP Photo/Name)`; AP's copyright
    /// code after the credit (`… (AP Photo/Name) AP2014`) is group 5. The two-word labels come first: "[PHOTO CREDIT:
    /// @SPNigeria]" would otherwise leave "CREDIT:" in the credit.
    static let captionWithCredit = Pattern(
        #"^(.{2,400}?)\s*[\(\[]\s*((?:photo credit|image credit|photo|foto|image|picture|pic|bild|photograph|credit|source|фото|фото:)\s*:?\s*(.{2,120}?)|((?:AP|AFP|Reuters|EPA|dpa|Getty Images|AAP)\s+Photo\s*/\s*[^)\]]{2,120}?))\s*[\)\]]\s*(AP\d{4})?\s*$"#,
        caseInsensitive: true,
        prefilter: {
            [
                probe = ProbeSet(anywhereIn: ["(", "["]),
                probe2 = ProbeSet(anywhereIn: ["photo", "foto", "image", "pic", "bild", "credit", "source"], ignoringCase: true),
                probe3 = ProbeSet(anywhereIn: ["фото", "Фото", "ФОТО"])
            ] in probe.matches($0) && (probe2.matches($0) || probe3.matches($0))
        })
    /// `Photo: X`, `Credit: X`, `Foto: X`, `Image: X`, `Photograph: X`, `Bild: X`.
    /// Russian and Ukrainian pages label theirs the same way ("Фото: Сергей Бобылев / ТАСС").
    static let creditLine = Pattern(
        #"^\s*(?:photo|foto|credit|image|picture|photograph|bild|photo credit|image credit|pictures?|фото|illustration|grafik)\s*:\s*(.{2,160})$"#,
        caseInsensitive: true,
        prefilter: {
            [
                probe = ProbeSet(
                    atStart: ["photo", "foto", "credit", "image", "picture", "bild", "фото", "illustration", "grafik"], ignoringCase: true)
            ] in
            probe.matches($0)
        })
    /// "Image copyright X" (BBC pages until 2020), "Image source, X" (since).
    static let imageCopyright = Pattern(
        #"^\s*Image (?:copyright|source),?\s+(.{2,160})$"#, caseInsensitive: false,
        prefilter: { [probe = ProbeSet(atStart: ["Image copyright", "Image source"])] in probe.matches($0) })
    /// A caption's label on a line of its own, the caption on the next ("Image caption," then the text; "Caption:",
    /// "Bildunterschrift:", "Légende :").
    static let captionLabel = Pattern(
        #"^\s*(?:Image caption|Photo caption|Caption|Bildunterschrift|Légende|Didascalia|Pie de foto)\s*[,:]?\s*$"#,
        caseInsensitive: true,
        prefilter: {
            [
                probe = ProbeSet(
                    atStart: ["Image caption", "Photo caption", "Caption", "Bildunterschrift", "Légende", "Didascalia", "Pie de foto"],
                    ignoringCase: true)
            ] in
            $0.utf8.count <= 24 && probe.matches($0)
        })
    /// The label a page sets before a picture's caption: the BBC's "Image caption", Ars Technica's "Enlarge /" (the
    /// link to the full-size picture, copied with the caption after it).
    static let imageCaption = Pattern(
        #"^\s*(?:Image caption,?|Enlarge /)\s+(.{2,400})$"#, caseInsensitive: false,
        prefilter: { [probe = ProbeSet(atStart: ["Image caption", "Enlarge /"])] in probe.matches($0) })
    /// A gallery counter before a caption: `1 of 2. A general view …`.
    static let galleryCounter = Pattern(
        #"^\d+\s+of\s+\d+\.\s+(.+)$"#,
        prefilter: { [of = ProbeSet(anywhereIn: ["of"], within: 64)] in
            TextProbe.startsWithDigit($0) && of.matches($0)
        })

    // MARK: Related teasers

    static let relatedTeaser = Pattern(
        anyOf: [
            #"^\s*(?:read also|read more|also read|related|see also|more on this|lesen sie auch|lesen sie mehr|mehr zum thema|siehe auch|auch interessant|lire aussi|à lire aussi|a lire aussi|voir aussi|lire également)\s*[:：|]\s*(.{3,300})$"#,
            #"^\s*(?:lea también|leer más|lee también|ver también|te puede interesar|lees ook|zie ook|læs også|se også|leggi anche|leia também|veja também|čtěte také|čtěte též|czytaj także|czytaj też)\s*[:：|]\s*(.{3,300})$"#,
            #"^\s*(?:читайте также|читайте тоже|смотрите также|также читайте|читайте також|дивіться також|також читайте)\s*[:：|]\s*(.{3,300})$"#,
            // The label set apart by a dash ("LEGGI ANCHE – Cisterna: Staff del Sindaco …", "LEGGI – …", "Read more — …").
            #"^\s*(?:read also|read more|also read|see also|lesen sie auch|siehe auch|lire aussi|à lire aussi|a lire aussi|voir aussi|lee también|leer más|ver también|leggi anche|leggi|leia também|veja também|čtěte také|читайте также)\s+[–—-]\s+(.{3,300})$"#,
            // CNN's inline teaser: "READ: How hurricanes get their names" (a colon only: "Read | …" is a menu).
            #"^\s*read\s*[:：]\s*(.{3,300})$"#,
            // The link's title run onto its label, where the page set them as two elements ("Lire aussiCOP31 : …").
            #"^\s*(?:lire aussi|à lire aussi|read more|read also|also read|lesen sie auch|leggi anche|lee también)(?-i:(\p{Upper}.{3,300}))$"#,
            // Or after a space, where the label is set in small capitals before the title ("À LIRE AUSSI Budget : …",
            // Le Point): a title has small letters, a shouted call to action ("READ MORE ON FOX BUSINESS") has none.
            #"^\s*(?:lire aussi|à lire aussi|a lire aussi|read more|read also|also read|lesen sie auch|leggi anche|lee también)\s+(?-i:(\p{Upper}(?=.*\p{Lower}).{3,300}))$"#,
        ],
        caseInsensitive: true,
        prefilter: {
            [
                probe = ProbeSet(
                    atStart: [
                        "read", "also read", "related", "see also", "more on this", "lesen sie", "mehr zum thema", "siehe auch",
                        "auch interessant", "lire", "à lire", "a lire", "voir aussi", "lea también", "leer más", "lee también",
                        "ver también", "te puede interesar", "читайте", "смотрите также", "также читайте", "дивіться також",
                        "також читайте", "lees ook", "zie ook", "læs også", "se også", "leggi", "leia também", "veja também",
                        // (Case-blind for ASCII letters only: a capital outside ASCII is listed as written.)
                        "čtěte", "Čtěte", "czytaj",
                    ], ignoringCase: true), probe2 = ProbeSet(anywhereIn: [":", "：", "|", " – ", " — ", " - "]),
                glued = ProbeSet(
                    atStart: [
                        "lire aussi", "à lire aussi", "a lire aussi", "read more", "read also", "also read", "lesen sie auch",
                        "leggi anche",
                        "lee también",
                    ], ignoringCase: true)
            ] in probe.matches($0) && (probe2.matches($0) || glued.matches($0))
        })

    /// "MORE: Plans for 49 homes in rural Suffolk village rejected by council" (the Archant papers, USA Today): a teaser
    /// under its label in capitals and a colon ("More: …" in small letters may open a sentence). A rule after the model,
    /// not one of its cues: the corpus has one such line, too few to weigh.
    static let capitalMoreTeaser = Pattern(
        #"^\s*MORE\s*[:：]\s*(.{3,300})$"#,
        prefilter: { [probe = ProbeSet(atStart: ["MORE:", "MORE :"])] in probe.matches($0) })

    /// A live entry's title with its time stamp run on (BBC: "1. Owen Smith: Voters 'sold a pup' over Brexitpublished at
    /// 13:53 British Summer Time 15 July 2016"). Groups: 1 the title, 2 the stamp.
    static let stampedLiveEntryTitle = Pattern(
        #"^\s*(?:\d{1,3}\.\s+)?(.{3,200}?)\s*(published at \d{1,2}:\d{2}(?: (?:British Summer Time|Greenwich Mean Time|GMT|BST|UTC))?(?: \d{1,2} \p{Alpha}+(?: \d{4})?)?)\s*$"#,
        prefilter: { [probe = ProbeSet(anywhereIn: ["published at "])] in probe.matches($0) })

    // MARK: Bylines and datelines

    /// "By X", in other languages "Von", "Par", "Por", "Door", "Af" — and Italian's lower-case "di Marco Preve".
    /// "Written by Priya Nair | Edited by Rohan Mehta" (Indian news sites): the byline as `byline` reads it, "By Priya
    /// Nair | …" (the expression itself is at Foundation's length limit).
    static func bylineText(_ text: String) -> String {
        // "Redazione ANSA", "Redaktion Tagesschau": the newsroom signs the story; the line reads as "By …" does.
        if signedByNewsroom(text) { return "By " + text }
        // "par Marie Piquemal" (Libération), "por Manuel V. Gómez": French, Spanish and German pages set the author's
        // word in lower case as Italian's "di" is.
        if RoleRules.opens(text, withOneOf: lowercaseAuthorWords) { return "By " + text.drop { $0 != " " } }
        if let (_, byline) = outletBeforeByline(text) { return String(byline) }
        guard RoleRules.opens(text, withOneOf: writtenBy) else { return text }
        return "By " + text.dropFirst("Written by ".count)
    }

    /// "ScienceMag.org | By Martin Enserink | May 6, 2021": the outlet the story comes from (one to three words), a bar,
    /// then the byline.
    static func outletBeforeByline(_ text: String) -> (outlet: Substring, byline: Substring)? {
        guard let bar = text.firstByteRange(of: " | ") else { return nil }
        let byline = text[bar.upperBound...]
        guard byline.hasPrefixOnBytes("By ") || byline.hasPrefixOnBytes("BY "),
            (1...3).contains(String(text[..<bar.lowerBound]).spaceSeparatedWordCount)
        else { return nil }
        return (text[..<bar.lowerBound], byline)
    }
    private static let writtenBy = [Array("written by ".utf8)]
    private static let lowercaseAuthorWords = ["par ", "por ", "von "].map { Array($0.utf8) }
    /// A newsroom's signature ("Redazione ANSA", "Redaktion Tagesschau").
    static func signedByNewsroom(_ text: String) -> Bool { RoleRules.opens(text, withOneOf: newsroomLabels) }
    private static let newsroomLabels = ["redazione ", "redaktion ", "rédaction ", "redacción ", "redakce ", "redação "].map {
        Array($0.utf8)
    }

    static let byline = Pattern(
        #"^\s*(?:By|BY|Von|VON|Par|PAR|Por|POR|Door|DOOR|Af|AF|di|DI)\s+([\p{Upper}][\p{Alpha}.'’\-]*(?:[\s,]+(?:and|und|et|y|en|og|&|de|van|von|der|den|da|di|du|le|la|del|dos|bin|al|ten|ter|[\p{Upper}][\p{Alpha}.'’\-]*)){0,12})\s*(?:[,|]\s*(.{2,60}?))?\s*=?\s*$"#,
        prefilter: {
            [
                probe = ProbeSet(anywhereIn: ["By", "BY", "Von", "VON", "Par", "PAR", "Por", "POR", "Door", "DOOR", "Af", "AF"]),
                // "di" stands inside most lines ("media", "did"): only the line's opening word is looked at.
                italian = ProbeSet(atStart: ["di ", "DI "], skipping: [" "])
            ] in probe.matches($0) || italian.matches($0)
        })
    // MARK: Trailers and notes

    /// Who reported, wrote and edited ("(Reporting by …)"), and where syndicated copy first ran ("This post
    /// originally appeared on Grist.", "This article has been adapted from its original source.").
    static let reportingTrailer = Pattern(
        alternatives: [
            (
                // "--With assistance from" (Bloomberg), "Edited by:" (DW), "Contributing:" (USA Today).
                #"^\s*(?:--|—|–)?\s*\(?\s*(?:\(?(?:Reporting|Additional reporting|Writing|Editing|Edited|Compiled|Reported) by\b|With (?:additional )?assistance (?:from|by)\b|Reporting and writing by\b|Writing and reporting by\b|Contributing:)\s*\S.*$"#,
                {
                    [
                        probe = ProbeSet(
                            atStart: [
                                "reporting", "additional reporting", "writing", "editing", "edited", "compiled", "reported",
                                "with assistance", "with additional", "contributing",
                            ],
                            ignoringCase: true, skipping: ["(", "-"])
                    ] in probe.matches($0) || $0.hasPrefixOnBytes("—") || $0.hasPrefixOnBytes("–")
                }
            ),
            (
                // Reuters' services in the other languages close the story as the English one does: "(Myriam Rivet et
                // Elizabeth Pineau, édité par Yves Clarisse)", "(Bericht von Anna Weber; redigiert von Olaf Brenner)",
                // "(Información de Ana Ruiz; editado en español por Pablo Sanz)", "(Reporting di Giulia Conti, editing
                // di Marco Neri)".
                #"^\s*\((?:[^()]{2,120}[,;]\s*)?(?:édité par|rédigé par|redigiert von|bearbeitet von|editado (?:en español )?por|escrito por|editing di|Version française)\s[^()]{2,80}\)\s*$"#,
                {
                    [
                        probe = ProbeSet(anywhereIn: [
                            "dité par", "rédigé par", "redigiert von", "bearbeitet von", "editado", "escrito por", "editing di",
                            "Version française",
                        ])
                    ] in
                    $0.utf8.first == UInt8(ascii: "(") && probe.matches($0)
                }
            ),
            (
                // Reuters' Russian service: "(Анастасия Лырчикова. Редактор Дмитрий Антонов)" — the reporter, then the editor.
                #"^\s*\((?:[^()]{2,120}[.,;]\s*)?(?:Редактор|Редактировал[аи]?|Редактирование)\s[^()]{2,80}\)\s*$"#,
                { [probe = ProbeSet(anywhereIn: ["Редакт"])] in $0.utf8.first == UInt8(ascii: "(") && probe.matches($0) }
            ),
            (
                // "With files from The Canadian Press" (CBC, CTV), "(With inputs from PTI)" and "(With agency inputs)"
                // (Indian outlets): the agencies whose copy the story draws on.
                #"^\s*\(?(?:With (?:files|inputs) from (?:(?:the )?(?-i:\p{Upper}).{1,120}|agencies\)?\.?)|With (?:agency|wire) inputs\)?\.?)$"#,
                {
                    [
                        probe = ProbeSet(
                            atStart: ["with files from", "with inputs from", "with agency inputs", "with wire inputs"], ignoringCase: true,
                            skipping: ["("])
                    ] in
                    probe.matches($0)
                }
            ),
            (
                #"^\s*\(?(?:(?:This|The) (?:article|story|post|piece|report|content) (?:was |has been |is |first )*(?:originally |first )?(?:appeared|published|posted|adapted|republished|reproduced|syndicated)\b|Originally (?:published|appeared|posted)\b).{0,200}$"#,
                {
                    [
                        probe = ProbeSet(
                            atStart: [
                                "this article", "this story", "this post", "this piece", "this report", "this content", "the article",
                                "the story", "originally",
                            ], ignoringCase: true, skipping: ["("])
                    ] in probe.matches($0)
                }
            ),
            (
                // "This article was written with material from Reuters and dpa." (DW): the agencies the story draws on.
                #"^\s*\(?(?:This|The) (?:article|story|report) (?:was |has been )(?:written|compiled|produced|prepared|updated) (?:with|using|from) (?:material|reporting|information|input|reports)\b.{0,200}$"#,
                {
                    [
                        probe = ProbeSet(
                            atStart: ["this article", "this story", "this report", "the article", "the story"], ignoringCase: true,
                            skipping: ["("])
                    ] in
                    probe.matches($0)
                }
            ),
        ],
        caseInsensitive: true)

    /// "(Con información de EFE y AFP)" (Infobae), "Com informações da Reuters", "Mit Material von dpa", "(avec AFP)":
    /// the agencies the story draws on, in the other languages of the copy. A trailer by the rules, not a cue of the
    /// line model (as a cue it moved the fit: three held-out checks lost for the one gold line it reads).
    static let agencyMaterialTrailer = Pattern(
        #"^\s*\(?\s*(?:con informaci[óo]n(?:es)? de|com informa[çc][õo]es d|mit (?:material|informationen) (?:von|der|aus)|mit agenturmaterial|con informazioni d|avec (?:l['’])?(?:afp|reuters|ap|agences)\s*\)?\.?\s*$).{0,150}$"#,
        caseInsensitive: true,
        prefilter: {
            [
                probe = ProbeSet(
                    atStart: [
                        "con informaci", "com informa", "mit material", "mit informationen", "mit agenturmaterial", "con informazioni",
                        "avec",
                    ], ignoringCase: true, skipping: ["("])
            ] in probe.matches($0)
        })

    /// "Associated Press writer Gene Johnson in Seattle contributed to this report.", "Agencies contributed to this
    /// report.": who else reported, however the sentence opens. A trailer by the rules, not a cue of the line model
    /// (as a cue it moved the fit without a gain in the held-out figure).
    /// An aggregator's pointer to the story's source at its end: "Leer noticia completa en El Mundo.", "Read the full story at
    /// The Hill", "Lire l'article complet sur Le Monde" — where the story comes from, no text of it.
    static let fullStoryPointer = Pattern(
        anyOf: [
            #"^\s*(?:read the full (?:story|article)|lee[r]? (?:la )?noticia completa|ler (?:a )?not[íi]cia completa)\s+(?:at|on|in|en|no|na)\s+\S.{0,80}$"#,
            #"^\s*(?:lire l['’]article (?:complet|en entier)|leggi l['’]articolo completo|(?:den )?(?:ganzen|vollständigen) artikel(?: lesen)?)\s+(?:sur|su|auf|bei)\s+\S.{0,80}$"#,
        ],
        caseInsensitive: true,
        prefilter: {
            [
                probe = ProbeSet(
                    atStart: ["read the full", "leer ", "lee ", "ler ", "lire l", "leggi l", "den ", "ganzen", "vollständigen"],
                    ignoringCase: true)
            ]
            in probe.matches($0)
        })

    static let contributedTrailer = Pattern(
        #"^.{0,200}\bcontributed (?:to (?:this|the) (?:report|story|article)|reporting|to reporting)\b.{0,120}$"#,
        caseInsensitive: true,
        prefilter: { [probe = ProbeSet(anywhereIn: ["contributed"], ignoringCase: true)] in probe.matches($0) })

    /// A copyright notice: short, or of any length when it says "All rights reserved" (the boilerplate web pages end with).
    static func isCopyrightNotice(_ text: String) -> Bool {
        guard text.isShorter(than: 160) || text.isShorter(than: 600) && rightsReserved.matches(text) else { return false }
        // "All rights reserved. This material … may not be reproduced …" under "Copyright PUNCH.": the notice goes on.
        return copyright.matches(in: text) || RoleRules.opens(text, withOneOf: reservedRightsOpenings)
    }
    private static let reservedRightsOpenings = [
        "all rights reserved", "riproduzione riservata", "alle rechte vorbehalten", "tous droits réservés",
    ]
    .map { Array($0.utf8) }
    static let rightsReserved = ProbeSet(anywhereIn: ["all rights reserved"], ignoringCase: true)
    /// "All rights reserved" in the languages whose agencies write it beside their copyright ("RIPRODUZIONE RISERVATA ©
    /// Copyright ANSA"): a page's rights notice, never a picture's credit.
    static func reservesRights(_ text: String) -> Bool {
        text.isShorter(than: 200) && reservedRightsWords.matches(text) && copyright.matches(in: text)
    }
    private static let reservedRightsWords = ProbeSet(
        anywhereIn: [
            "all rights reserved", "riproduzione riservata", "alle rechte vorbehalten", "tous droits réservés", "derechos reservados",
        ],
        ignoringCase: true)
    static let editorsNote = Pattern(
        #"^\s*(?:\(Eds?:.*\)|\((?:Adds|Updates|Recasts|Corrects|Changes|Rewrites|Fixes|Repeats|Removes|Refiles|New throughout)\b.*\)|Eds?:\s.*|EDITORS?[’']? NOTE\b.*|Editor['’]s note:.*)\s*$"#,
        caseInsensitive: false,
        prefilter: {
            [
                probe = ProbeSet(atStart: [
                    "(Ed", "(Adds", "(Updates", "(Recasts", "(Corrects", "(Changes", "(Rewrites", "(Fixes", "(Repeats", "(Removes",
                    "(Refiles", "(New throughout", "Ed:", "Eds:", "EDITOR", "Editor",
                ])
            ] in probe.matches($0)
        })
    /// A broadcast reporter's sign-off: a name, a comma, the newsroom ending in News, Radio or TV, perhaps a place.
    static let broadcastSignOff = Pattern(
        #"^\s*(?:I'm |I’m )?\p{Upper}[\p{Alpha}'’.-]+(?: \p{Upper}[\p{Alpha}'’.-]+){1,3}, (?:\p{Upper}[\p{Alpha}&.-]* ){0,4}(?:News|Radio|Television|TV)(?:, \p{Upper}[\p{Alpha}-]+(?: \p{Upper}[\p{Alpha}-]+)?)?\.?\s*$"#,
        prefilter: { [probe = ProbeSet(anywhereIn: ["News", "Radio", "Television", "TV"])] in probe.matches($0) })
    /// Short sign-off codes: `dpa bwh bag`, `asl/tib/pid/cac`, `/ritzau/`, `AAP RTV`, `Reuter`.
    static let signOff = Pattern(
        #"^\s*(?:Reuter|REUTER|(?:dpa|afp|ap|aap|ansa|efe|apa|tca|sda|kyodo|belga|anp|ntb|ritzau|tt|stt)(?:\s+[a-z]{2,4}){0,4}|/?[a-z]{2,4}(?:/[a-z]{2,4}){1,6}/?|/\p{Alpha}+/|AAP\s+[A-Z]{2,4}|[A-Z]{2,5}\s+[a-z]{2,4}(?:\s+[a-z]{2,4})*)\s*$"#,
        prefilter: TextProbe.maySignOff)
    static let notebookStart = Pattern(
        #"^\s*#+\s*(?:Notebook|Notizblock|Note to editors|Internal)\b"#, caseInsensitive: true,
        prefilter: { [probe = ProbeSet(anywhereIn: ["#"])] in probe.matches($0) })
    static let copyright = Pattern(
        // "RIPRODUZIONE RISERVATA © Copyright ANSA": the rights reserved, in the agency's language, may come first.
        #"^\s*(?:(?:riproduzione riservata|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados)[.,]?\s*)?(?:\(c\)|©|copyright\b)\s*(.+)$"#,
        caseInsensitive: true,
        prefilter: { [probe = ProbeSet(anywhereIn: ["(c)", "©", "copyright"], ignoringCase: true)] in probe.matches($0) })

    // MARK: Headline and head lines

    /// Wire status tags that are not part of a headline: `UPDATE 1-`, `CORRECTED-`, `REFILE-`, `2ND LEAD:`.
    static let headlineTag = Pattern(
        alternatives: [
            (
                #"^\s*(?:(?:(?:UPDATE|WRAPUP)\s*\d*|CORRECT(?:ED|ION)|RE(?:FILE|PEAT|CAST)|RPT|INSIGHT|(?:AP )?EXCLUSIVE|ANALYSIS|FACTBOX|PREVIEW|URGENT|FLASH|BULLETIN|NEWSALERT|ADVISORY|EXTRA|(?:\d+(?:ST|ND|RD|TH)\s+)?LEAD|WRITETHRU)\s*(?:[-:/|]+\s*|\s+(?=\p{Lu}))){1,3}"#,
                nil
            ),
            // Reuters' column label ("TALKING POINT/WENDY'S INTERNATIONAL").
            (#"^\s*TALKING POINT\s*[-:/|]+\s*"#, { [probe = ProbeSet(atStart: ["TALKING POINT"])] in probe.matches($0) }),
            // Web pages' status labels ("BREAKING: Lawan moves motion …").
            (
                #"^\s*(?:BREAKING(?: NEWS)?|JUST IN)\s*(?:[-:/|]+\s*|\s+(?=\p{Upper}))"#,
                { [probe = ProbeSet(atStart: ["BREAKING", "JUST IN"])] in probe.matches($0) }
            ),
        ],
        prefilter: {
            [
                probe = ProbeSet(atStart: [
                    "UPDATE", "WRAPUP", "CORRECT", "REFILE", "REPEAT", "RECAST", "RPT", "INSIGHT", "AP EXCLUSIVE", "EXCLUSIVE",
                    "ANALYSIS", "FACTBOX", "PREVIEW", "URGENT", "FLASH", "BULLETIN", "NEWSALERT", "ADVISORY", "EXTRA", "LEAD",
                    "WRITETHRU", "BREAKING", "JUST IN", "TALKING POINT", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
                ])
            ] in probe.matches($0) && TextProbe.digitsOpenAnOrdinal($0)
        })
    /// Reuters' stock tickers in angle brackets: `<WEN>`, `<SRD>`, `<BRKa.N>`.
    enum Ticker {
        static func matches(_ text: String) -> [(range: Range<String.Index>, symbol: String)] {
            var found: [(range: Range<String.Index>, symbol: String)] = []
            var cursor = text.startIndex
            while let open = text[cursor...].firstIndex(of: "<") {
                guard let close = text[open...].firstIndex(of: ">") else { break }
                let symbol = text[text.index(after: open)..<close]
                let valid =
                    (1...12).contains(symbol.count) && symbol.first?.isUppercase == true
                    && symbol.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "." }
                if valid {
                    // The space before the ticker goes with it.
                    let start = open > text.startIndex && text[text.index(before: open)] == " " ? text.index(before: open) : open
                    found.append((start..<text.index(after: close), String(symbol)))
                }
                cursor = text.index(after: close)
            }
            return found
        }
    }
    /// An agency topic prefix in capitals: `GLOBAL MARKETS-`, `PRECIOUS-`, before the headline's first word ("Asian",
    /// "U.S."): a code that goes on ("POL-MA:", "POL-Bremen:", the German police's press offices) or a number ("COVID-19")
    /// is the title's.
    static let topicPrefix = Pattern(
        #"^(?=[\d &/]*\p{Upper})([\p{Upper}\d][\p{Upper}\d &/]{1,30})-(?=\p{Upper}[\p{Lower}.'’])(?![\p{Alpha}-]+:)"#,
        prefilter: { [probe = ProbeSet(anywhereIn: ["-"], within: 128)] in probe.matches($0) })
    /// A line that is only a wire status tag.
    static let statusLine = Pattern(
        anyOf: [
            #"^\s*(?:\d+(?:ST|ND|RD|TH|st|nd|rd|th)[ -](?:LEAD|Ld)(?:[ -]Writethru)?|REFILE|EXTRA|URGENT|FLASH|BULLETIN|NEWSALERT|ADVISORY|CORRECTED|CORRECTION)(?:\s*[+=,]\s*(?:\d+(?:ST|ND|RD|TH) LEAD|REFILE|EXTRA|URGENT))*\s*[=+]?\s*$"#,
            #"^\s*(?:UPDATE\s*\d*|WRITETHRU|Writethru|SUMMARY|EXCLUSIVE|\d+(?:st|nd|rd|th) Ld-Writethru|BC-[\w-]+.*|Media release:?)(?:\s*[+=,]\s*(?:\d+(?:ST|ND|RD|TH) LEAD|REFILE|EXTRA|URGENT))*\s*[=+]?\s*$"#,
        ],
        prefilter: {
            [
                probe = ProbeSet(atStart: [
                    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "REFILE", "EXTRA", "URGENT", "FLASH", "BULLETIN", "NEWSALERT",
                    "ADVISORY", "CORRECT", "UPDATE", "WRITETHRU", "Writethru", "SUMMARY", "EXCLUSIVE", "BC-", "Media release",
                ])
            ] in probe.matches($0) && TextProbe.digitsOpenAnOrdinal($0)
        })
    /// A keyword path: `Germany-football/Munich/Mueller/`.
    static let keywordPath = Pattern(
        #"^[\p{Alpha}\d][\p{Alpha}\d\-_ ]{0,40}(?:/[\p{Alpha}\d\-_ ]{1,40}){1,8}/?$"#,
        prefilter: { [probe = ProbeSet(anywhereIn: ["/"])] in probe.matches($0) && TextProbe.mayBeOnlyPath($0) })
    /// `Source: Digital Turbine, Inc.` at the top of a press release.
    static let sourceLine = Pattern(
        #"^\s*Source\s*:\s*(.{2,120}?)\s*$"#, prefilter: { [probe = ProbeSet(anywhereIn: ["Source"])] in probe.matches($0) })
    static let releaseIdentifier = Pattern(
        #"^\s*MEDIA RELEASE\s+(\S+)\s*$"#, prefilter: { [probe = ProbeSet(anywhereIn: ["MEDIA RELEASE"])] in probe.matches($0) })
    /// A bullet item: `* text`, `- text`, `• text`.
    static let bullet = Pattern(#"^\s*(?:[*•·▪‣◦–-]|\d{1,2}[.)])\s+(.+)$"#, prefilter: { TextProbe.startsWithListMarker($0) })
    /// Attribution line of a pull quote: `—Łukasz Szumowski on the failed efforts`.
    static let pullQuoteAttribution = Pattern(#"^\s*(?:—|–|--)\s*\p{Upper}.*$"#, prefilter: { TextProbe.startsWithDashThenCapital($0) })

    // MARK: Inside paragraphs

    static let sourceAttribution = Pattern(
        #"\baccording to (?:a |an |the )?((?:[\p{Upper}][\p{Alpha}\d&.'’\-]*)(?:\s+[\p{Upper}][\p{Alpha}\d&.'’\-]*){0,4})(?:'s?)?\s+(?:report|reports|news agency|agency|newspaper|daily|broadcaster|television|TV)\b"#,
        prefilter: {
            [
                probe = ProbeSet(anywhereIn: ["according to"]),
                noun = ProbeSet(anywhereIn: ["report", "agency", "newspaper", "daily", "broadcaster", "television", "TV"])
            ] in
            probe.matches($0) && noun.matches($0)
        })
    static let reportedBy = Pattern(
        #"\b(?:reported by|told|quoted by|cited by)\s+(?:the\s+)?((?:[\p{Upper}][\p{Alpha}\d&.'’\-]*)(?:\s+[\p{Upper}][\p{Alpha}\d&.'’\-]*){0,3})\s+(?:newspaper|news agency|television|TV|radio|broadcaster|daily|magazine|website)\b"#,
        prefilter: {
            [
                probe = ProbeSet(anywhereIn: ["reported by", "told", "quoted by", "cited by"]),
                noun = ProbeSet(anywhereIn: [
                    "newspaper", "news agency", "television", "TV", "radio", "broadcaster", "daily", "magazine", "website",
                ])
            ] in
            probe.matches($0) && noun.matches($0)
        })
}
