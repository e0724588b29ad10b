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
    /// `LONDON (Reuters) - `, `Munich (dpa) - `, `SALVADOR, Feb 26 - `, `BUENOS AIRES, Argentina (AP) _ `.
    static let dateline = Pattern(
        // Groups: 1 the whole dateline, 2 the place, 3 the date, 4 or 5 the agency. Four alternatives (a date in
        // English, a date in another language in two halves of the months, no date) keep each expression short enough
        // for Foundation; both halves start at the text's start, so the earlier half wins as one alternation would.
        alternatives: [
            (
                #"^((\p{Upper}[\p{Alpha}.'’-]*(?: \p{Upper}[\p{Alpha}.'’-]*){0,3}),?\s+((?:[MTWFS][a-z]{2,},?\s+)?(?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?)\s*(?:\(([^()]{2,40})\)|/([^/]{2,40})/)?\s*[:.]?\s*(?:--?|[–—_:])\s+)(?=\S)"#,
                {
                    [
                        months = ProbeSet(
                            anywhereIn: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], within: 200)
                    ] in months.matches($0)
                }
            ),
            (
                // Reuters' 1987 copy writes the month in capitals too: "LONDON, MARCH 3 -".
                #"^((\p{Upper}[\p{Alpha}.'’-]*(?: \p{Upper}[\p{Alpha}.'’-]*){0,3}),?\s+((?:JAN|FEB|MA[RY]|APR|JU[NL]|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?\s+\d{1,2}(?:,\s+\d{4})?)()()\s*(?:--?|[–—_:])\s+)(?=\S)"#,
                {
                    [
                        months = ProbeSet(
                            anywhereIn: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], within: 80)
                    ] in months.matches($0)
                }
            ),
            (
                #"^((\p{Upper}[\p{Alpha}.'’-]*(?: \p{Upper}[\p{Alpha}.'’-]*){0,3}),?\s+(\d{1,2}\s+(?i:ene|feb|fév|mär|ma[ryi]|abr|avr|ju[nil])[a-zéû]*\.?(?:\s+\d{4})?)\s*(?:\(([^()]{2,40})\)|/([^/]{2,40})/)?\s*[:.]?\s*(?:--?|[–—_:])\s+)(?=\S)"#,
                { TextProbe.digitAfterCapitalisedWords($0) }
            ),
            (
                #"^((\p{Upper}[\p{Alpha}.'’-]*(?: \p{Upper}[\p{Alpha}.'’-]*){0,3}),?\s+(\d{1,2}\s+(?i:ago|aoû|aug|sep|o[ck]t|nov|d[ié]c|dez|jan)[a-zéû]*\.?(?:\s+\d{4})?)\s*(?:\(([^()]{2,40})\)|/([^/]{2,40})/)?\s*[:.]?\s*(?:--?|[–—_:])\s+)(?=\S)"#,
                { TextProbe.digitAfterCapitalisedWords($0) }
            ),
            (
                // The agency in brackets and no dash after it: "New Delhi, Dec 3 (PTI) The …", "Kyiv, 3 December 2026
                // (Ukrinform) The …" — a capital opens the story; the place may name its country ("NAIROBI, Kenya,
                // Dec. 3 (Xinhua) --").
                #"^((\p{Upper}[\p{Alpha}.'’-]*(?: \p{Upper}[\p{Alpha}.'’-]*){0,3})(?:, \p{Upper}[\p{Alpha}]+)?,?\s+((?:[JFMASOND][a-z]{2}[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+[JFMASOND][a-z]{2}[a-z]*\.?)(?:,?\s+\d{4})?)\s*\(([^()]{2,40})\)()\s*(?:--?|–|—)?\s+)(?=[\p{Upper}"“])"#,
                { TextProbe.agencyAfterDate($0) }
            ),
            (
                // The day before an English month ("Rome, 3 December 2026 (ANSA) -", "Kyiv, 3 April -"): the line above
                // has no room for "dec" and "apr" under Foundation's length.
                #"^((\p{Upper}[\p{Alpha}.'’-]*(?: \p{Upper}[\p{Alpha}.'’-]*){0,3}),?\s+(\d{1,2}\s+(?:Apr|APR|Dec|DEC)[a-zA-Z]*\.?(?:\s+\d{4})?)\s*(?:\(([^()]{2,40})\)|/([^/]{2,40})/)?\s*[:.]?\s*(?:--?|–|—|_|:)\s+)(?=\S)"#,
                { [months = ProbeSet(anywhereIn: ["Apr", "APR", "Dec", "DEC"], within: 200)] in
                    months.matches($0) && TextProbe.digitAfterCapitalisedWords($0)
                }
            ),
            (
                // Russian agencies: "МОСКВА, 3 дек — РИА Новости.", "МОСКВА, 3 декабря. /ТАСС/.", "Саратов, 11 октября -
                // АиФ-Саратов." — the agency after the date.
                #"^((\p{Upper}[\p{Alpha}-]*(?: \p{Upper}[\p{Alpha}-]*){0,2}),\s+(\d{1,2}\s+(?i:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)[а-я]*\.?)\s*(?:[—–-]\s+(\p{Upper}[\p{Alpha}-]+(?: \p{Upper}[\p{Alpha}]+)?)\.|/([^/]{2,20})/\.?)\s+)(?=\S)"#,
                { [probe = ProbeSet(anywhereIn: ["—", "–", "-", "/"], within: 80)] in
                    ($0.unicodeScalars.first.map { ("А"..."Я").contains($0) } ?? false) && probe.matches($0)
                }
            ),
            (
                // A US state or a country between the place and the date: "PORTLAND, Ore., Feb 26 -", "AKRON, Ohio, March 3 -".
                #"^((\p{Upper}[\p{Alpha}.'’-]*(?: \p{Upper}[\p{Alpha}.'’-]*){0,3}), \p{Upper}[\p{Alpha}.]*(?: \p{Upper}[\p{Alpha}.]*)?,\s+((?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?)()()\s*(?:--?|[–—])\s+)(?=\S)"#,
                {
                    [
                        months = ProbeSet(
                            anywhereIn: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], within: 80)
                    ] in months.matches($0)
                }
            ),
            (
                // Europa Press: "MADRID, 3 (EUROPA PRESS) -" — the day without its month, the agency in brackets; the
                // province in brackets after a town ("LOS ALCÁZARES (MURCIA), 25 (EUROPA PRESS)").
                #"^((\p{Upper}[\p{Alpha}.'’-]*(?: \p{Upper}[\p{Alpha}.'’-]*){0,3})(?: \(\p{Upper}[\p{Alpha} .'’-]{1,30}\))?,\s+(\d{1,2})\s+\(([^()]{2,40})\)()\s*(?:--?|–|—)?\s+)(?=[\p{Upper}"“])"#,
                { TextProbe.agencyAfterDate($0) && (TextProbe.digitAfterCapitalisedWords($0) || TextProbe.provinceBeforeDay($0)) }
            ),
            (
                // Business Wire: "AUSTIN, Texas--(BUSINESS WIRE)--Northwind …", no date and no spaces around the dashes.
                #"^((\p{Upper}[\p{Alpha}.'’-]*(?: \p{Upper}[\p{Alpha}.'’-]*){0,3})(?:, \p{Upper}[\p{Alpha}.'’-]*(?: \p{Upper}[\p{Alpha}.'’-]*){0,2})?()--\((BUSINESS WIRE)\)()--\s*)(?=\S)"#,
                { [probe = ProbeSet(anywhereIn: ["--(BUSINESS WIRE)--"], within: 200)] in probe.matches($0) }
            ),
            (
                // Interfax: "Москва. 3 декабря. INTERFAX.RU - " — full stops after the place and the date, the agency in
                // capitals before the dash.
                #"^((\p{Upper}[\p{Alpha}-]*(?: \p{Upper}[\p{Alpha}-]*){0,2})\.\s+(\d{1,2}\s+(?i:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)[а-я]*)\.\s+(\p{Upper}[\p{Upper}.]{2,20})()\s*[—–-]\s+)(?=\S)"#,
                { ($0.unicodeScalars.first.map { ("А"..."Я").contains($0) } ?? false) && TextProbe.digitAfterCapitalisedWords($0) }
            ),
            (
                // "LONDON (Reuters) -AstraZeneca appeared …": Reuters' updated stories leave out the space after the dash.
                #"^((\p{Upper}[\p{Alpha}.'’-]*(?: \p{Upper}[\p{Alpha}.'’-]*){0,3})()\s*\(([^()]{2,40})\)()\s*(?:--?|–|—))(?=\p{Upper})"#,
                { [probe = ProbeSet(anywhereIn: [") -", ")-", ") –", ") —"], within: 80)] in probe.matches($0) }
            ),
            (
                #"^((\p{Upper}[\p{Alpha}.'’-]*(?: \p{Upper}[\p{Alpha}.'’-]*){0,3})(?:,\s*\p{Upper}[\p{Alpha}.'’-]*(?: \p{Upper}[\p{Alpha}.'’-]*){0,2})?()\s*(?:\(([^()]{2,40})\)|/([^/]{2,40})/)?\s*[:.]?\s*(?:--?|–|—|_|:)\s+)(?=\S)"#,
                { TextProbe.startsWithCapitalisedWordsThenSeparator($0) }
            ),
            (
                // A place whose words a connecting word joins, with its agency: "Frankfurt am Main (dpa) -", "Castel di
                // Sangro (ANSA) -" (the agency required: such a place alone before a dash may be a sentence's words).
                #"^((\p{Upper}[\p{Alpha}.'’-]*(?: (?:d[aeiu]\p{Lower}{0,3}|am|sur|upon))?(?: \p{Upper}[\p{Alpha}.'’-]*){1,3})()\s*\(([^()]{2,40})\)()\s*(?:--?|–|—)\s+)(?=\S)"#,
                {
                    [
                        connector = ProbeSet(anywhereIn: [" am ", " d", " sur ", " upon "], within: 40),
                        dash = ProbeSet(anywhereIn: [") -", ") –", ") —"], within: 80)
                    ] in
                    connector.matches($0) && dash.matches($0)
                }
            ),
            (
                // German regional papers: "BAD AROLSEN. Zu einem schweren Verkehrsunfall …" — the place in capitals and a
                // full stop, no date and no dash.
                #"^((\p{Upper}{2,}(?:[ -]\p{Upper}{2,}){0,2})()()()\.\s+)(?=\p{Upper}\p{Lower})"#,
                { TextProbe.capitalsThenFullStop($0) }
            ),
        ],
        // A capital starts it, and its dash or colon — or the agency's closing bracket, or TASS's "/ТАСС/." — comes
        // within a few words (or, after a place in capitals, a full stop).
        prefilter: {
            [probe = ProbeSet(anywhereIn: ["-", "–", "—", "_", ":"], within: 200), slash = ProbeSet(anywhereIn: ["/"], within: 80)] in
            ($0.unicodeScalars.first?.isUppercaseLetter ?? false)
                && (probe.matches($0) || TextProbe.agencyAfterDate($0) || TextProbe.capitalsThenFullStop($0)
                    || slash.matches($0) && ($0.unicodeScalars.first.map { ("А"..."Я").contains($0) } ?? false))
        })
    /// The agency opening the story: "(CNN) —", "(Reuters) -", or before place and date, as ANSA writes them:
    /// "(ANSA) - ROME, DECEMBER 3 - ", "(ANSA) - ROMA, 1 LUG - " (the day first in Italian). Groups as `dateline`'s
    /// (place and date, read ahead, may be empty).
    /// Not a cue of the line-role model: read by the assembly and by `RoleRules` only.
    static let agencyDateline = Pattern(
        alternatives: [
            // Place and date read ahead, so that the groups keep `dateline`'s order; tried before the agency alone.
            (
                #"^((?=\([^()]{2,32}\)\s*[-–—]{1,2}\s+(\p{Upper}[\p{Alpha}.'’-]*(?: \p{Upper}[\p{Alpha}.'’-]*){0,2}),\s+(\p{Alpha}{3,9}\.?\s+\d{1,2})\s*[-–—]{1,2}\s)\((\p{Upper}[\p{Alpha}]{1,15})\)()\s*[-–—]{1,2}\s+[^,]{2,40},\s+[^-–—]{4,20}[-–—]{1,2}\s+)(?=\S)"#,
                nil
            ),
            // The day first, as ANSA writes Italian dates ("(ANSA) - ROMA, 1 LUG - "): its own alternative, for length.
            (
                #"^((?=\([^()]{2,32}\)\s*[-–—]{1,2}\s+(\p{Upper}[\p{Alpha}.'’-]*(?: \p{Upper}[\p{Alpha}.'’-]*){0,2}),\s+(\d{1,2}\s+\p{Alpha}{3,9}\.?)\s*[-–—]{1,2}\s)\((\p{Upper}[\p{Alpha}]{1,15})\)()\s*[-–—]{1,2}\s+[^,]{2,40},\s+[^-–—]{4,20}[-–—]{1,2}\s+)(?=\S)"#,
                nil
            ),
            (#"^(()()\((\p{Upper}[\p{Alpha}]{1,15}(?: \p{Upper}[\p{Alpha}]{1,15})?)\)()\s*(?:--?|–|—|_)\s+)(?=\S)"#, nil),
            // A reprint's source with no dash after it, as Caribbean papers credit each other ("(Jamaica Gleaner) The …",
            // "(AP) Police …"): two or three capitalised words, or an agency's capitals — not a label ("(Updated)").
            (
                #"^(()()\((\p{Upper}[\p{Alpha}]{1,15}(?: \p{Upper}[\p{Alpha}]{1,15}){1,2}|\p{Upper}{2,5})\)()\s+)(?=\p{Upper}[\p{Lower}\s])"#,
                nil
            ),
        ],
        prefilter: { $0.utf8.first == UInt8(ascii: "(") })
    /// A dateline alone on its line: `AUSTIN, Texas, Feb. 1, 2017 /PRNewswire-AsiaNet/ --`, `MUMBAI, India, July 25,
    /// 2018/PRNewswire-AsiaNet/` (the dash left off).
    static let datelineLine = Pattern(
        #"^([\p{Upper}][\p{Alpha}\d .,'’\-]{1,60}?\d{4})?\s*/([^/]{2,60})/\s*(?:--|–|—)?\s*$"#,
        prefilter: { TextProbe.slashEnds($0) })

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
    /// A publication date or time line: `Friday, January 4, 2019`, `Published December 29, 2014`, `LONDON Mon Dec 29, 2014 8:57pm GMT`.
    /// (`December 5, 20263:45 PM ET`: NPR's page sets the year and the time apart, and their text runs together.)
    static let dateOnlyLine = StagedPattern(
        prefix:
            #"^\s*(?:First published|Published(?: on)?|Updated(?: on)?|Posted(?: on)?|Last updated|Veröffentlicht|Publié|Publicado)?:?\s*"#,
        labels: ["first published", "published", "updated", "posted", "last updated", "veröffentlicht", "publié", "publicado"],
        rest: Pattern(
            alternatives: [
                (
                    #"^(?:[\p{Upper}][\p{Upper} ]+\s+)?(?:[mtwfs][a-z]{2,8},?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})(?:(?:\s*[,/.]?\s+(?:at\s+)?)?\d{1,2}[:. ]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?(?: ?Uhr)?)?\s*(?:[|/].*)?$"#,
                    {
                        [
                            months = ProbeSet(
                                anywhereIn: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
                                ignoringCase: true)
                        ] in
                        TextProbe.containsDigitRun($0, length: 4) && months.matches($0)
                    }
                ),  // a month name and a year
                (
                    #"^(?:[\p{Upper}][\p{Upper} ]+\s+)?(?:[mtwfs][a-z]{2,8},?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+[\p{Alpha}]+\.?\s+\d{4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?(?:\s*Uhr)?)?\s*(?:[|].*)?$"#,
                    { TextProbe.containsDigitRun($0, length: 4) }
                ),  // "3 März 2021", "3rd December 2026"
                (
                    #"^(?:[\p{Upper}][\p{Upper} ]+\s+)?(?:[mtwfs][a-z]{2,8},?\s+)?(?:\d{4}-\d{2}-\d{2})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?(?:\s*Uhr)?)?\s*(?:[|].*)?$"#,
                    { [dash = ProbeSet(anywhereIn: ["-"])] in TextProbe.containsDigitRun($0, length: 4) && dash.matches($0) }
                ),  // ISO "2021-03-03"
                (
                    #"^(?:[\p{Upper}][\p{Upper} ]+\s+)?(?:[mtwfs][a-z]{2,8},?\s+)?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?(?:\s*Uhr)?)?\s*(?:[|].*)?$"#,
                    { TextProbe.containsDigitSeparatedByDotOrSlash($0) }
                ),  // "03.03.2021", "3/3/21"
                (
                    #"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?,?\s+(?:[mtwfs][a-z]{2,8},?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*(?:[|/].*)?$"#,
                    { TextProbe.containsDigitRun($0, length: 4) && TextProbe.startsWithDigit($0) }
                ),  // the time first: "6:12 p.m. ET Dec. 2, 2026" (US web pages)
            ], caseInsensitive: true, prefilter: { TextProbe.containsDigit($0) }))
    /// Date lines of the forms `dateOnlyLine` leaves out, asked by the rules only: a date written with "de" in Spanish or
    /// Portuguese ("Día jueves, 22 de enero de 2026", a calendar's "Del viernes, 16 de enero de 2026 al domingo, …") and a
    /// page's relative time ("Published 1 day ago"). Not one of the model's cues: adding them to `dateOnlyLine` changed one
    /// line of the gold corpus and moved the refitted weights' held-out structure by −5 checks in 334, decisions unrelated
    /// to dates flipping (refitting on 73 articles is that sensitive); the rules that must never take a date for a
    /// headline ask this too.
    static let otherDateLine = StagedPattern(
        prefix: #"^\s*(?:Published|Updated|Posted|Publicado|Actualizado)?:?\s*"#,
        labels: ["published", "updated", "posted", "publicado", "actualizado"],
        rest: Pattern(
            alternatives: [
                (
                    #"^(?:(?:d[ií]a|del?|el)\s+)?(?:(?:\#(romanceWeekdays)),?\s+)?\d{1,2}\s+de\s+\p{Alpha}+\s+(?:del?\s+)?\d{4}(?:,?\s+\d{1,2}[:.h]\d{2}h?)?(?:\s+(?:al?|-|–)\s+.*\d{4})?\s*$"#,
                    { [of = ProbeSet(anywhereIn: [" de "], ignoringCase: true)] in
                        TextProbe.containsDigitRun($0, length: 4) && of.matches($0)
                    }
                ),  // Spanish and Portuguese: "jueves, 22 de enero de 2026", "Del viernes, 16 de enero de 2026 al domingo, …"
                (
                    #"^\d{1,2}\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago$"#,
                    { [ago = ProbeSet(anywhereIn: [" ago"], ignoringCase: true)] in ago.matches($0) }
                ),  // a page's relative time: "Published 1 day ago", "Updated 3 hours ago"
            ], caseInsensitive: true, prefilter: { TextProbe.containsDigit($0) }))

    /// Whether a line is a date alone, of any form the reader knows.
    static func isDateLine(_ text: String, cues: BlockShape.Cues) -> Bool {
        cues.contains(.dateOnly) || text.utf8.count <= 120 && otherDateLine.matches(in: text)
    }

    /// Spanish and Portuguese weekdays, for the dates written with "de".
    private static let romanceWeekdays =
        "lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|(?:segunda|ter[çc]a|quarta|quinta|sexta)\\S*"
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
    private static let commentFormTitles = [
        "leave a", "laisser un", "laisser une", "deja un", "lascia un", "schreibe einen", "kommentar schreiben",
    ]
    /// How the subscribe prompts of the other languages open (both cases of the Cyrillic and Czech letters: the probe folds
    /// ASCII only): the widget expression's own alternative and its prefilter ask the same words.
    private static let subscribePromptStarts = [
        "подписывайтесь", "Подписывайтесь", "подпишитесь", "Подпишитесь", "подписаться", "Подписаться", "abonnez-vous",
        "abonnieren sie", "jetzt abonnieren", "suscríbete", "suscribite", "iscriviti", "přihlaste se k odběru",
        "Přihlaste se k odběru", "odebírejte", "Odebírejte",
    ]

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
