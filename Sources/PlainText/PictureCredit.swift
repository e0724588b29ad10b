import Foundation
import NewsModel

/// How captions carry their credits in news copy: `(Photo: X)`, `(X/AP)`, `[X]`, `Credit: X`, `Photograph: X`,
/// `| Foto: X`, `© X`, a trailing `X/REUTERS` or `Name / AFP`, or the credit alone after the caption's last
/// sentence. These are conventions of the trade, not of one outlet.
enum PictureCredit {
    /// Labels that open a credit (compared in lower case, longest first).
    static let labels = [
        "main image credit:", "image credit:", "photo credit:", "picture credit:", "file pic:", "file photo:", "file image:",
        "credit...", "credit:", "credits:",
        // Kenya's Nation sets a bar after the label: "… on December 5, 2026. PHOTO | PCS", "FILE PHOTO | NMG".
        "file photo |", "photo |",
        "photograph:", "photographs:", "photo:", "photos:", "foto:", "fotos:", "bild:", "image:", "images:", "picture:",
        "pictures:", "pic:", "source:", "quelle:", "fuente:", "zdroj:", "image copyright", "image source,", "фото:", "photo :", "foto :",
        // Drawn pictures are credited so too ("Illustration: Aïda Amer/Axios", "Grafik: …", "Ilustración: …").
        "illustration:", "illustrations:", "grafik:", "ilustración:", "illustrazione:",
        "©", "(c)",
        // After the caption's stop: "… in San Bernardino County. Photo courtesy of San Bernardino County Fire/ Twitter" (UPI).
        "photo courtesy of ", "photo courtesy",
        // The label without its colon ("Photo credit St. Louis County Police", after the colon forms above).
        "photo credit ", "image credit ",
        // After a dash, the credit's words (Trinidad's Newsday: "… on Wednesday. - Photo courtesy Office of the Parliament").
        "- photo courtesy", "- photo by", "– photo courtesy", "– photo by",
        // The Inquirer's em dash, set close to the label: "… on Tuesday. —PHOTO FROM PCO".
        "- photo from", "– photo from", "—photo courtesy", "—photo by", "—photo from", "— photo courtesy", "— photo by", "— photo from",
    ]
    /// A byte-level first test for `labels` (most lines carry none): Foundation's case-blind backward search for
    /// each label was a third of the reader's time.
    /// (The dash forms have a probe of their own: more anchor bytes than eight make the scan read every byte.)
    /// (The labels without a colon, "photo credit " and the like, have a probe of their own too: in this one's
    /// byte table they were asked at every "p" and "i" of every line — 24 million instructions on the corpus texts.)
    static let labelProbe = ProbeSet(
        anywhereIn: labels.filter {
            !$0.hasPrefixOnBytes("-") && !$0.hasPrefixOnBytes("–") && !$0.hasPrefixOnBytes("—") && !$0.hasSuffixOnBytes(" ")
        }
            + ["Фото:", "ФОТО:"],
        ignoringCase: true)
    static let dashLabelProbe = ProbeSet(
        anywhereIn: ["- photo ", "– photo ", "—photo ", "— photo ", "photo credit ", "image credit ", "photo courtesy of "],
        ignoringCase: true)

    /// The word for "source" in the languages of the corpus, then a space: it opens a bracketed credit.
    private static let sourceLabelWords = ["fuente ", "fonte ", "quelle ", "source ", "zdroj "]

    /// Picture agencies and wire services whose name alone ends a caption as its credit.
    static let agencies: Set<String> = [
        "ap", "afp", "epa", "pa", "reuters", "getty", "getty images", "dpa", "aap", "xinhua", "ansa", "efe",
        "anadolu", "shutterstock", "alamy", "istock", "bloomberg", "ap photo", "afp photo", "epa-efe",
        "tass", "ria novosti", "kyodo", "yonhap", "ctk", "čtk", "imago", "keystone", "picture alliance",
        "zuma", "sipa", "abaca", "rex", "nasa", "ians", "pti", "belga", "anp", "ntb", "tt", "apa",
        "europa press", "ep", "pap", "associated press", "the associated press", "ritzau", "scanpix", "lusa", "mti", "sda", "lapresse",
        "nurphoto", "sputnik", "photothek",
        // USA Today's picture service, under its network's papers' photographs ("… / USA Today Network via Imagn").
        "imagn", "imagn images", "usa today network", "usa today sports",
    ]

    /// "Supplied", "Handout", "Contributed": a line that says only where a picture came from, without naming anyone —
    /// a credit under its caption (Stuff, the Gleaner) as surely as an agency's name.
    static func isSourceWord(_ text: some StringProtocol) -> Bool {
        sourceWords.contains(String(text).trimmingWhitespace().lowercasedOnBytes())
    }
    private static let sourceWords: Set<String> = [
        "supplied", "handout", "contributed", "submitted", "file", "file photo", "courtesy", "supplied photo", "handout photo",
    ]

    /// Whether the text is only a picture agency's name ("Getty Images", "EPA", "dpa"), in any case.
    static func isAgency(_ text: some StringProtocol) -> Bool { agencies.contains(String(text).trimmingWhitespace().lowercasedOnBytes()) }

    /// The caption and the credit of a caption line; the credit is nil when the line names none.
    static func split(_ line: String) -> (caption: String, credit: String?) {
        var text = withoutLicensingLink(line.trimmingWhitespace())
        // "PICTURED: Helen Worth at the British Soap Awards" (the tabloids): the label opens the caption.
        for label in ["PICTURED: ", "Pictured: ", "PICTURED ABOVE: ", "Pictured above: "] where text.hasPrefixOnBytes(label) {
            text = String(text.dropFirst(label.count))
        }
        if let caption = withoutArchiveMarker(text) { return (caption, nil) }
        if let (caption, credit) = slashedPhotoLabel(in: text) { return (caption, credit) }
        if let (caption, credit) = leadingCapitalsCredit(in: text) { return (caption, credit) }
        // "Amrita Deonarine -": the dash before a credit the page left empty.
        if RoleRules.endsWithEmptyCredit(text) {
            return (String(text.trimmingWhitespace().dropLast()).trimmingWhitespace(), nil)
        }
        if let (caption, credit) = trailingCredit(in: text, splittingCaption: true) {
            return (withoutFileMarker(caption), withoutLeadingDash(credit))
        }
        return (text, nil)
    }
    /// "Désincarcération par les pompiers./Photo DDM" (La Dépêche du Midi): the caption's full stop, a slash and the
    /// photograph's label before its credit.
    static func slashedPhotoLabel(in text: String) -> (caption: String, credit: String)? {
        for label in ["./Photo ", "./Photos ", "./Foto ", "./Fotos "] {
            guard let found = text.lastByteRange(of: label) else { continue }
            let caption = String(text[..<found.lowerBound]) + "."
            let credit = String(text[found.upperBound...]).trimmingWhitespace()
            guard !credit.isEmpty, credit.spaceSeparatedWordCount <= 5, caption.utf8.count >= 8 else { return nil }
            return (caption, credit)
        }
        return nil
    }

    /// "ASSOCIATED PRESS Education Secretary Betsy DeVos …", "SAUL LOEB/AFP VIA GETTY IMAGES President …" (HuffPost):
    /// the credit in capitals before the caption. Only a credit that names an agency, and a caption that goes on in
    /// small letters after it.
    static func leadingCapitalsCredit(in text: String) -> (caption: String, credit: String)? {
        guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return nil }
        var creditWords: [Substring] = []
        var rest = Substring(text)
        while let space = rest.firstIndex(of: " "), creditWords.count < 8 {
            let word = rest[..<space]
            guard word.contains(where: \.isLetter), word.allSatisfy({ !$0.isLowercase }) else { break }
            creditWords.append(word)
            rest = rest[rest.index(after: space)...].drop(while: { $0 == " " })
        }
        // (A caption goes on in small words: "AP Photo XNP101, XNP102" lists the wire's picture numbers.)
        guard !creditWords.isEmpty, let next = rest.first, next.isUppercase,
            rest.split(separator: " ").count(where: { $0.first?.isLowercase == true }) >= 3
        else { return nil }
        // (One word only when it names a picture agency and nothing a story is about: "NASA Administrator …", "EPA
        // Administrator …" open sentences.)
        if creditWords.count == 1, !singleWordCredits.contains(String(creditWords[0])) { return nil }
        let credit = creditWords.joined(separator: " ")
        let agency = credit.split(whereSeparator: { $0 == "/" }).last.map { String($0).trimmingWhitespace() } ?? credit
        guard isAgency(credit) || isAgency(agency) || agency.hasSuffixOnBytes(" VIA GETTY IMAGES") else { return nil }
        return (String(rest), credit)
    }

    private static let singleWordCredits: Set<String> = ["REUTERS", "AFP", "AP", "GETTY", "SHUTTERSTOCK", "ALAMY", "ISTOCK", "IMAGO"]

    /// "La stazione Termini di Roma (foto d'archivio)": the bracket says the picture is an old one, and names no one —
    /// the caption without it; nil when the caption closes with no such bracket.
    static func withoutArchiveMarker(_ text: String) -> String? {
        guard text.hasSuffixOnBytes(")"), let open = text.lastIndex(of: "("),
            archiveMarkers.contains(text[text.index(after: open)..<text.index(before: text.endIndex)].lowercasedOnBytes())
        else { return nil }
        return String(text[..<open]).trimmingWhitespace()
    }
    /// "File photo" in the languages of the copy, as a caption's closing bracket says it.
    private static let archiveMarkers: Set<String> = [
        "file", "file photo", "file image", "archive photo", "archive", "foto d'archivio", "foto d’archivio", "foto archivio",
        "archivio", "photo d'archives", "photo d’archives", "archives", "foto de archivo", "archivo", "archivbild", "archivfoto",
        "archiv", "archivní foto", "ilustrační foto", "архивное фото", "фото из архива",
    ]

    /// "… at Jamaica House yesterday. - Rudolph Brown/Photographer" (the Gleaner): the dash that set the credit off the
    /// caption is neither's.
    static func withoutLeadingDash(_ credit: String) -> String {
        guard let first = credit.unicodeScalars.first, first == "-" || first == "–" || first == "—" else { return credit }
        let rest = String(credit.unicodeScalars.drop(while: { $0 == "-" || $0 == "–" || $0 == "—" || $0 == " " }))
        return rest.isEmpty ? credit : rest
    }

    /// "A view of the Supreme Court in New Delhi. File | Photo Credit: …" (The Hindu): "File" after the caption's
    /// last sentence says the picture is an old one; it is no part of the caption.
    static func withoutFileMarker(_ caption: String) -> String {
        for marker in [" File", " File photo", " File Photo", " (File)", " FILE"] where caption.hasSuffixOnBytes(marker) {
            let before = caption.dropLast(marker.count)
            if let last = before.last, last == "." || last == "!" || last == "?" { return String(before) }
        }
        return caption
    }

    /// The credit of a line that is only a credit: `Photo: X`, `© X`, `(Credit: X)`, `Image copyright X`.
    static func creditOnly(_ line: String) -> String {
        var text = line.trimmingWhitespace()
        // "| foto: Michal Šula, MAFRA": the separator from a caption set on the line above.
        if text.hasPrefixOnBytes("|") { text = String(text.dropFirst()).trimmingWhitespace() }
        if text.hasPrefixOnBytes("("), text.hasSuffixOnBytes(")") || text.hasSuffixOnBytes("]") {
            text = String(text.dropFirst().dropLast()).trimmingWhitespace()
        }
        return stripLabel(text)
    }

    /// The caption after a picture label, where the label opens a caption rather than a credit: "Image: Thames Water
    /// customers face the biggest rise" — a sentence of five words or more, opening with a capital, with ordinary
    /// lower-case words in it and no credit's marks (slash, ©, an agency at the end). Nil for a credit.
    static func labelledCaption(_ text: String) -> String? {
        let lowered = text.lowercasedOnBytes()
        guard ["image:", "picture:", "photo:", "foto:", "bild:"].contains(where: { lowered.hasPrefixOnBytes($0) }) else { return nil }
        let rest = stripLabel(text)
        let words = rest.spaceSeparatedWords
        guard rest != text, words.count >= 5, rest.first?.isUppercase == true, !rest.contains("/"), !rest.contains("©"),
            !endsWithAgency(rest)
        else { return nil }
        let ordinary = words.dropFirst().filter { word in
            word.first?.isLowercase == true && !["de", "van", "von", "da", "di", "del", "der", "le", "la"].contains(word)
        }
        return ordinary.count >= 3 ? rest : nil
    }

    static func stripLabel(_ text: String, afterLabel: Bool = false) -> String {
        let lowered = text.lowercasedOnBytes()
        for label in labels where lowered.hasPrefixOnBytes(label) {
            let rest = String(text.dropFirst(label.count)).trimmingWhitespace()
            if !rest.isEmpty { return stripLabel(rest, afterLabel: true) }
        }
        // "Photo Prakash Mathema. AFP": the label without its colon — not a word of the credit after a label ("Foto:
        // picture alliance/dpa").
        guard !afterLabel else { return text }
        // "Photo by Stephen Nessen/Gothamist": the label with its "by".
        for label in ["photo by ", "photos by ", "photograph by "]
        where lowered.hasPrefixOnBytes(label) && text.utf8.count > label.utf8.count {
            return String(text.dropFirst(label.count)).trimmingWhitespace()
        }
        for label in ["photo ", "foto ", "picture ", "bild "]
        where lowered.hasPrefixOnBytes(label) && !lowered.hasPrefixOnBytes(label + "by ")
            && !lowered.hasPrefixOnBytes("picture alliance")
        {
            return String(text.dropFirst(label.count)).trimmingWhitespace()
        }
        return text
    }

    /// "File image of Vijay Rupani | (Photo credit: IANS)": the bar or dash that set the credit apart is no part of
    /// the caption.
    static func withoutTrailingSeparator(_ caption: String, separators: String = "|/–—-·") -> String {
        var caption = caption
        while let last = caption.last, separators.contains(last), caption.count > 2 {
            caption = String(caption.dropLast()).trimmingWhitespace()
        }
        return caption
    }

    /// A dash standing as a word of its own between a caption's parts ("… - Pascal Pavani - AFP").
    private static let dashWords: Set<Substring> = ["-", "–", "—"]

    /// "ABC Ballarat: Sarah Jane Bell": one to three words of a source, one colon, one to four words of a name.
    static func isSourceThenPhotographer(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let source = parts[0].split(separator: " ")
        let name = parts[1].split(separator: " ")
        return (1...3).contains(source.count) && (1...4).contains(name.count) && !parts[0].hasSuffixOnBytes(" ")
    }

    /// The caption and credit when the line ends with a credit in one of the shapes above.
    /// `characters`: the text's Character count when the caller knows it.
    /// `splittingCaption`: the caption's own split, not a line's cue (where these readings moved the line model's fit
    /// without a gain): a credit may end with the archive's word ("Mike Blake/Reuters files", Postmedia), and one
    /// capitalised word in brackets closes a caption as its source ("(Fotogramma)").
    static func trailingCredit(in text: String, characters: Int? = nil, splittingCaption: Bool = false) -> (
        caption: String, credit: String
    )? {
        guard text.utf8.count >= 2, characters.map({ $0 < 700 }) ?? text.isShorter(than: 700) else { return nil }
        // "(…)" or "[…]" at the end: a credit when short and name-like.
        if let last = text.last, last == ")" || last == "]" {
            let open: Character = last == ")" ? "(" : "["
            if let start = text.lastIndex(of: open) {
                let inner = String(text[text.index(after: start)..<text.index(before: text.endIndex)]).trimmingWhitespace()
                if isCreditLike(inner, bracketed: true) {
                    let caption = withoutTrailingSeparator(String(text[..<start]).trimmingWhitespace())
                    // "… en el Palacio de la Moncloa. Eduardo Parra (Europa Press)": the photographer named after the
                    // caption's last sentence, then the agency in brackets — the credit is both.
                    if stripLabel(inner) == inner, let stop = lastSentenceStop(in: caption) {
                        let photographer = String(decoding: caption.utf8.dropFirst(stop + 2), as: UTF8.self)
                        let words = photographer.spaceSeparatedWords
                        if (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
                            !endsWithSentenceStop(photographer)
                        {
                            return (String(decoding: caption.utf8.prefix(stop + 1), as: UTF8.self), photographer + " (" + inner + ")")
                        }
                    }
                    return (caption, stripLabel(inner))
                }
                // "Un convoglio della metropolitana milanese (Fotogramma)": on a line read as a caption, one capitalised
                // word in brackets closing it is the picture's source (not for the line's cue: in a paragraph it is an
                // acronym or a ticker).
                // (Not after a labelled credit: "… Credit: ESA/Webb, NASA, J. Olmsted (STScI)" credits all of it.)
                if splittingCaption, inner.utf8.count >= 4, inner.first?.isUppercase == true, inner.allSatisfy(\.isLetter),
                    !labelProbe.matches(text), !dashLabelProbe.matches(text)
                {
                    return (String(text[..<start]).trimmingWhitespace(), inner)
                }
                // "Sky5 over the scene of the crash on Dec. 3, 2026. (KTLA)": a name in brackets after the caption's last
                // sentence is its source — a station, a family, an outlet. Inside a sentence it would name a body
                // ("… on the exchange (NYSE)."), so only after the stop.
                // (The stop is looked for on the bytes first: most brackets closing a line stand inside a sentence.)
                let beforeBracket = text.utf8[..<start].last { $0 != UInt8(ascii: " ") }
                if let stop = beforeBracket, stop == UInt8(ascii: ".") || stop == UInt8(ascii: "!") || stop == UInt8(ascii: "?") {
                    let caption = String(text[..<start]).trimmingWhitespace()
                    let words = inner.spaceSeparatedWords
                    // "… removed. (ABC Ballarat: Sarah Jane Bell)", "(AAP: Joel Carrett)": the ABC's and AAP's form, the
                    // source, a colon and the photographer.
                    // (Two letters or more: "(I)", "(E)" close a paper's paragraphs as its desk's mark.)
                    if caption.spaceSeparatedWordCount >= 4, (1...4).contains(words.count) || isSourceThenPhotographer(inner),
                        words.allSatisfy({ $0.first?.isUppercase == true }), inner.count >= 2,
                        !inner.contains(where: \.isNumber)
                    {
                        return (caption, inner)
                    }
                }
            }
        }
        // A label inside the line: "… Credit: X", "… | Foto: X", "… Photograph: X", "… © X".
        if labelProbe.matches(text) || dashLabelProbe.matches(text), let labelled = labelledCredit(in: text) { return labelled }
        if let glued = gluedCapitalsCredit(in: text) ?? gluedSlashCredit(in: text) ?? gluedAgencyCredit(in: text) { return glued }
        if let barred = creditAfterBar(in: text) { return barred }
        // "Ryan S. Hollman Submitted photo": the marker decides, not the initial's full stop.
        if text.hasSuffixOnBytes(" photo"), let marked = markedPhotoCredit(in: text) { return marked }
        // "… 2019. REUTERS/Brendan McDermid", "… Jaafar ASHTIYEH / AFP", "… Timothy Weeks AP", "… drug. Getty".
        // Most lines have none of what these shapes need (a slash, an agency last, a short last sentence, "Courtesy",
        // a trailing "photo"): they are not split into words.
        let lastStop = lastSentenceStop(in: text, skippingInitials: splittingCaption)
        guard
            text.containsByte(where: { $0 == UInt8(ascii: "/") }) || endsWithAgency(text)
                || lastStop.map({ text.utf8.count - $0 <= 200 }) == true || courtesyProbe.matches(text) || text.hasSuffixOnBytes(" photo")
        else { return nil }
        let words = text.spaceSeparatedWords
        guard words.count >= 2 else { return nil }
        if let slash = trailingSlashCredit(words, splittingCaption: splittingCaption) { return slash }
        if let lastWord = words.last, agencies.contains(lastWord.lowercasedOnBytes()), lastWord.first?.isUppercase == true, words.count >= 3
        {
            let twoWords = words.suffix(2).joined(separator: " ").lowercasedOnBytes()
            var take = agencies.contains(twoWords) ? 2 : 1
            // "Un officier de gendarmerie - Image d'illustration - Pascal Pavani - AFP" (BFMTV): the photographer set off
            // by dashes before the agency is the credit's too, and the dashes are neither's.
            if case let agency = words.count - take, agency >= 4, Self.dashWords.contains(words[agency - 1]) {
                var name = agency - 1
                while name > 1, agency - 1 - name < 3, words[name - 1].first?.isUppercase == true,
                    !Self.dashWords.contains(words[name - 1])
                {
                    name -= 1
                }
                if name < agency - 1, name >= 2, Self.dashWords.contains(words[name - 1]) { take = words.count - name }
            }
            let caption = withoutTrailingSeparator(words.dropLast(take).joined(separator: " "), separators: "-–—")
            return (caption, words.suffix(take).joined(separator: " "))
        }
        // After the caption's last sentence, a few capitalised words without a verb: the credit.
        if let stopOffset = lastStop {
            let stop =
                text.utf8.index(
                    text.utf8.startIndex, offsetBy: stopOffset)..<text.utf8.index(text.utf8.startIndex, offsetBy: stopOffset + 2)
            let tail = String(text[stop.upperBound...]).trimmingWhitespace()
            let tailWords = tail.spaceSeparatedWords
            // ("Full Article", "Read more": a teaser's link to the story, no credit.)
            // (When the caption is split, a capitalised word in it: "COVID-19 Information - Jan. 8, 2021" ends with a date
            // after an abbreviation's stop. Not for the model's cue, whose weights were fitted with it.)
            if (1...5).contains(tailWords.count), !endsWithSentenceStop(tail), !linkLabels.contains(tail.lowercasedOnBytes()),
                !splittingCaption || tailWords.contains(where: { $0.first?.isUppercase == true }),
                tailWords.allSatisfy({
                    $0.first?.isUppercase == true || $0.first?.isNumber == true
                        || ["via", "/", "-", "for", "of", "and", "photo"].contains($0.lowercasedOnBytes())
                        // A surname's particle ("LP/Philippe de Poulpiquet", "Eduardo van der Berg").
                        || nameParticles.contains($0)
                })
            {
                // "Credits J. Tyler Faith": the label without its colon is no part of the name.
                let label = tailWords.first.map { ["credit", "credits"].contains($0.lowercasedOnBytes()) } == true && tailWords.count >= 3
                return (String(text[..<stop.lowerBound]) + ".", label ? tailWords.dropFirst().joined(separator: " ") : tail)
            }
        }
        // "Christopher Battin Submitted photo", "… Courtesy Louvre".
        if let courtesy = text.lastByteRange(of: " Courtesy "), text[courtesy.upperBound...].split(separator: " ").count <= 5 {
            return (String(text[..<courtesy.lowerBound]).trimmingWhitespace(), String(text[text.index(after: courtesy.lowerBound)...]))
        }
        return nil
    }

    /// "Screenshots Instagram/TikTok", "Foto Reuters", "Photos: AP/Getty": a credit word, then only names.
    static func opensWithCreditWord(_ text: String) -> Bool {
        let words = text.spaceSeparatedWords
        guard (2...6).contains(words.count), let first = words.first else { return false }
        var label = first.lowercasedOnBytes()
        if label.hasSuffixOnBytes(":") { label.removeLast() }
        guard creditWords.contains(label) else { return false }
        let names = words.dropFirst()
        return names.contains { $0.containsBytes("/") }
            || names.allSatisfy { word in word.first.map { $0.isUppercase || $0.isNumber || $0 == "©" } ?? false }
    }
    static let creditWords: Set<String> = [
        "photo", "photos", "foto", "fotos", "screenshot", "screenshots", "bild", "bilder", "picture", "pictures",
    ]

    /// Whether a credit label stands in the line after its start ("… Credit: X", "… | Foto: X", "… © X").
    /// BBC's credit label run on from the caption beside it: "Claire PerryImage source, PA" (a small letter, then
    /// "Image source," or "Image copyright").
    static func hasGluedImageSourceLabel(_ text: String) -> Bool {
        for label in ["Image source,", "Image copyright"] {
            guard let range = text.firstByteRange(of: label), range.lowerBound > text.startIndex else { continue }
            if text[text.index(before: range.lowerBound)].isLowercase { return true }
        }
        return false
    }

    static func hasLabelledCredit(_ text: String) -> Bool {
        let lowered = text.lowercasedOnBytes()
        return [
            " credit:", " credit...", " photograph:", " photo:", "| foto:", " foto:", " bild:", " image:", " ©", "(photo", "(foto", "(bild",
        ].contains { lowered.contains($0) }
    }

    /// Whether the text ends with an agency's name: a hint for the model, not a decision.
    static func endsWithAgency(_ text: String) -> Bool {
        // ASCII last words (nearly all) are answered on their bytes; the rest by the Character walk below.
        if let answer = text.withUTF8Bytes({ asciiEndsWithAgency($0) }) { return answer }
        let lastWord = text.utf8.lastIndex(of: UInt8(ascii: " ")).map { text[text.index(after: $0)...] } ?? text[...]
        let edges: Set<Character> = [".", "(", ")", "[", "]"]
        for part in lastWord.split(separator: "/") where part.utf8.count <= 24 {
            // Agency names are short (at most 16 bytes): longer parts are not lower-cased and looked up.
            var name = part[...]
            while let first = name.first, edges.contains(first) { name = name.dropFirst() }
            while let last = name.last, edges.contains(last) { name = name.dropLast() }
            if !name.isEmpty, agencies.contains(name.lowercasedOnBytes()) { return true }
        }
        return false
    }

    private static let longestAgencyWord = agencies.filter { !$0.containsBytes(" ") }.map(\.utf8.count).max() ?? 0

    /// `endsWithAgency` for a last word of ASCII bytes; nil when it holds other bytes.
    private static func asciiEndsWithAgency(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var start = bytes.count
        while start > 0, bytes[start - 1] != 0x20 {
            guard bytes[start - 1] < 0x80 else { return nil }
            start -= 1
        }
        func isEdge(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: ".") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "[")
                || byte == UInt8(ascii: "]")
        }
        var partStart = start
        while partStart <= bytes.count {
            var partEnd = partStart
            while partEnd < bytes.count, bytes[partEnd] != UInt8(ascii: "/") { partEnd += 1 }
            if partEnd > partStart, partEnd - partStart <= 24 {
                var low = partStart
                var high = partEnd
                while low < high, isEdge(bytes[low]) { low += 1 }
                while high > low, isEdge(bytes[high - 1]) { high -= 1 }
                if high > low, high - low <= longestAgencyWord {
                    let name = String(decoding: bytes[low..<high].map { TextProbe.lowercase($0) }, as: UTF8.self)
                    if agencies.contains(name) { return true }
                }
            }
            partStart = partEnd + 1
        }
        return false
    }

    /// A cheap first test for `trailingCredit`: a line that ends a sentence or a quotation ("….", "…”") carries
    /// no credit at its end unless a credit label stands in it.
    static func mayEndWithCredit(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        switch last {
        case ".", "!", "?", "\"", "”", "’", "»", "…", ",", ";", ":":
            return labelProbe.matches(text) || dashLabelProbe.matches(text)
        default:
            return true
        }
    }

    private static func isCreditLike(_ inner: String, bracketed: Bool) -> Bool {
        // (A series' counter, "(4/4)", "[2/3]", names no one.)
        guard !inner.isEmpty, inner.count <= 120, inner.unicodeScalars.contains(where: \.properties.isAlphabetic) else {
            return false
        }
        let words = inner.spaceSeparatedWords
        guard words.count <= 10 else { return false }
        let lowered = inner.lowercasedOnBytes()
        if labels.contains(where: { lowered.hasPrefixOnBytes($0) }) || lowered.hasPrefixOnBytes("photo ")
            || lowered.hasPrefixOnBytes("foto ")
        {
            return true
        }
        // "( FUENTE EXTERNA )" (Diario Libre), "(Fonte: …)": a source's word opening the brackets credits the picture.
        if bracketed, sourceLabelWords.contains(where: { lowered.hasPrefixOnBytes($0) }) { return true }
        if inner.containsBytes("/") || inner.containsBytes(".com") || agencies.contains(lowered) { return true }
        if words.contains(where: { agencies.contains($0.lowercasedOnBytes().trimmingCharacters(in: stopsAndCommas)) }) {
            return true
        }
        // "(left)", "(1761)", "(NYSE)" are not credits; "(SpaceX via Nasa)" is, and so is a photographer working for a
        // paper, "(Tom Brenner for The Washington Post)" — two names or more before "for" ("(Center for American
        // Progress)" names a body).
        guard words.count >= 2,
            words.allSatisfy({ $0.first?.isUppercase == true || ["via", "of", "and", "for", "de", "/"].contains($0.lowercasedOnBytes()) })
        else { return false }
        if inner.containsBytes(" via ") { return true }
        guard let forIndex = words.firstIndex(of: "for") else { return false }
        return (2...4).contains(forIndex) && forIndex < words.count - 1 && !words[..<forIndex].contains { $0 == "of" || $0 == "and" }
    }

    static func endsWithSentenceStop(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return last == "." || last == "!" || last == "?"
    }
}
