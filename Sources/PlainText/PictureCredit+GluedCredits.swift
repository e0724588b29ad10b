import Foundation
import NewsModel

/// Credits run onto their caption without a separator the label finds: after a bar, glued capitals or an agency, a
/// slash, a photo marker, a label inside the text.
extension PictureCredit {
    /// "La station Gares de la ligne b du métro de Rennes. | OUEST-FRANCE" (Ouest-France): after the caption's last
    /// sentence, a bar, then a few capitalised words — the credit; or after a slash and the photographer's name, with no
    /// stop needed ("… on Tuesday / John Smith | Reuters").
    static func creditAfterBar(in text: String) -> (caption: String, credit: String)? {
        guard let bar = text.lastByteRange(of: " | ") else { return nil }
        let caption = String(text[..<bar.lowerBound]).trimmingWhitespace()
        let credit = String(text[bar.upperBound...]).trimmingWhitespace()
        let words = credit.spaceSeparatedWords
        guard !endsWithSentenceStop(credit), (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true })
        else { return nil }
        // "Firefighters at the scene on Tuesday / John Smith | Reuters": the caption, a slash, the photographer, a bar and
        // the agency — the credit is the photographer's and the agency's, with or without a stop before the slash.
        if let slash = caption.lastByteRange(of: " / ") {
            let photographer = String(caption[slash.upperBound...]).trimmingWhitespace()
            let names = photographer.spaceSeparatedWords
            let before = String(caption[..<slash.lowerBound]).trimmingWhitespace()
            if (1...4).contains(names.count), names.allSatisfy({ $0.first?.isUppercase == true }), !endsWithSentenceStop(photographer),
                before.spaceSeparatedWordCount >= 3
            {
                return (before, photographer + " | " + credit)
            }
        }
        guard endsWithSentenceStop(caption), caption.spaceSeparatedWordCount >= 3 else { return nil }
        return (caption, credit)
    }

    /// Particles inside a photographer's name, in small letters.
    static let nameParticles: Set<Substring> = ["de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "dos", "das"]

    /// What a teaser's summary ends with to link to the story ("The best photos of the year. Full Article").
    static let linkLabels: Set<String> = ["full article", "full story", "read more", "more", "continue reading", "read full story"]

    /// "… en el Ministerio de Trabajo.JAVIER BARBANCHO": the photographer's name in capitals run onto the caption's
    /// full stop, where a page sets caption and credit as two elements and the text keeps no space between them.
    static func gluedCapitalsCredit(in text: String) -> (caption: String, credit: String)? {
        let bytes = text.utf8
        guard let last = bytes.last, last >= 0x80 || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(last),
            let stop = bytes.lastIndex(of: UInt8(ascii: ".")), stop != bytes.startIndex
        else { return nil }
        let creditStart = bytes.index(after: stop)
        let credit = text[creditStart...]
        let words = credit.split(separator: " ")
        guard let first = credit.first, first.isUppercase, (1...4).contains(words.count),
            words.allSatisfy({ word in word.allSatisfy { $0.isUppercase || "-'’/".contains($0) } }),
            words.contains(where: { $0.count >= 3 }),
            text[..<stop].last?.isLowercase == true, String(text[..<stop]).spaceSeparatedWords.count >= 3
        else { return nil }
        return (String(text[..<creditStart]), String(credit))
    }

    /// "Einkaufen im Supermarkt: Lebensmittel wurden im November teurer.dpa": a picture agency run onto the caption's
    /// full stop — the two elements of the page set without a space.
    static func gluedAgencyCredit(in text: String) -> (caption: String, credit: String)? {
        let bytes = text.utf8
        guard let stop = bytes.lastIndex(of: UInt8(ascii: ".")), stop != bytes.startIndex, bytes.index(after: stop) != bytes.endIndex,
            bytes.distance(from: stop, to: bytes.endIndex) <= 41, let letter = bytes[bytes.index(after: stop)...].first,
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(letter | 0x20)
        else { return nil }
        let creditStart = bytes.index(after: stop)
        let credit = String(text[creditStart...])
        let parts = credit.lowercasedOnBytes().split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
        guard credit.utf8.count <= 40, credit.first?.isLetter == true, !parts.isEmpty, parts.allSatisfy({ agencies.contains($0) }),
            text[..<stop].last.map({ $0.isLowercase || $0.isNumber }) == true, String(text[..<stop]).spaceSeparatedWords.count >= 3
        else { return nil }
        return (String(text[..<creditStart]), credit)
    }

    /// Reuters' pages end every caption with the link to license the picture ("… REUTERS/Kim Kyung-Hoon Purchase
    /// Licensing Rights", later "…, opens new tab"): the link's words, not the credit's.
    static func withoutLicensingLink(_ text: String) -> String {
        guard text.utf8.count > 30, text.containsBytes("icensing") else { return text }
        let tail = String(text.suffix(48)).lowercasedOnBytes()
        for suffix in [" purchase licensing rights", " purchase licensing rights, opens new tab"] where tail.hasSuffixOnBytes(suffix) {
            return String(text.dropLast(suffix.count)).trimmingWhitespace()
        }
        return text
    }

    /// "… on the campus of the University of Toronto in September.Fred Lum/The Globe and Mail": the photographer and
    /// the paper, joined by a slash, run onto the caption's full stop (the same two elements, set without a space).
    static func gluedSlashCredit(in text: String) -> (caption: String, credit: String)? {
        let bytes = text.utf8
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")),
            let stop = bytes[..<slash].lastIndex(of: UInt8(ascii: ".")), stop != bytes.startIndex
        else { return nil }
        // "… Dr Karl Williams.-Winston Sill/Freelance Photographer" (the Gleaner): a hyphen may join them.
        var creditStart = bytes.index(after: stop)
        if creditStart < bytes.endIndex, bytes[creditStart] == UInt8(ascii: "-") { creditStart = bytes.index(after: creditStart) }
        guard let letter = bytes[creditStart...].first, letter >= 0x80 || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(letter)
        else { return nil }
        let credit = text[creditStart...]
        let words = credit.split(separator: " ")
        guard let first = credit.first, first.isUppercase, (2...8).contains(words.count),
            words.allSatisfy({ $0.first?.isUppercase == true || ["and", "of", "the", "for", "via", "de"].contains($0) }),
            text[..<stop].last.map({ $0.isLowercase || $0.isNumber }) == true, String(text[..<stop]).spaceSeparatedWords.count >= 3
        else { return nil }
        return (String(text[...stop]), String(credit))
    }

    /// "Christopher Battin Submitted photo": a caption, then a marker the paper puts where a photographer's name
    /// would stand.
    static func markedPhotoCredit(in text: String) -> (caption: String, credit: String)? {
        for suffix in [" Submitted photo", " Staff photo", " File photo", " Contributed photo", " Courtesy photo"]
        where text.hasSuffixOnBytes(suffix) {
            let caption = String(text.dropLast(suffix.count)).trimmingWhitespace()
            return caption.isEmpty ? nil : (caption, String(suffix.dropFirst()))
        }
        return nil
    }

    /// "… Credit: X", "… | Foto: X": the last label that starts a word and is followed by a short credit.
    static func labelledCredit(in text: String) -> (caption: String, credit: String)? {
        let lowered = text.lowercasedOnBytes()
        let loweredBytes = Array(lowered.utf8)
        for (label, needle) in zip(labels, labelBytes) {
            guard let byteOffset = lastOccurrence(of: needle, in: loweredBytes) else { continue }
            let offset = lowered.distance(from: lowered.startIndex, to: lowered.utf8.index(lowered.utf8.startIndex, offsetBy: byteOffset))
            guard offset > 0 else { continue }
            let before = text.index(text.startIndex, offsetBy: offset)
            // The label starts a word — or, BBC's "Image source, PA", runs on from the caption the page set beside it
            // ("Claire PerryImage source, PA"), its capital I after a small letter.
            let previous = text[text.index(before: before)]
            let gluedBBCLabel = (label == "image source," || label == "image copyright") && previous.isLowercase && text[before] == "I"
            guard previous == " " || previous == "|" || previous == "." || previous == "(" || gluedBBCLabel else { continue }
            let credit = String(text[text.index(before, offsetBy: label.count)...]).trimmingWhitespace()
            guard !credit.isEmpty, credit.spaceSeparatedWords.count <= 10,
                !endsWithSentenceStop(credit) || credit.hasSuffixOnBytes(".") && credit.count < 40
            else { continue }
            // ("Robert McDowell / Credit: Yavapai County Sheriff's Office / Facebook", Yahoo: a slash sets the label apart too;
            // "Policie ČR, ilustrační fotografie., foto: …", a comma.)
            let caption = withoutTrailingSeparator(String(text[..<before]).trimmingWhitespace(), separators: "|-–(/,")
            // "… up from $850. ST PHOTO: KELVIN CHNG" (the Straits Times), "AFP PHOTO: …": the outlet's initials after the
            // caption's last sentence open the credit, which then stands as written.
            let words = caption.spaceSeparatedWords
            if words.count >= 2, let initials = words.last, (2...5).contains(initials.utf8.count),
                initials.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }), endsWithSentenceStop(String(words[words.count - 2]))
            {
                return (words.dropLast().joined(separator: " "), initials + " " + String(text[before...]).trimmingWhitespace())
            }
            // ("… Photo courtesy Cal Fire/Facebook |": a bar the page set after the credit is no part of it.)
            return (caption, withoutTrailingSeparator(stripLabel(credit, afterLabel: true), separators: "|"))
        }
        return nil
    }

    static let labelBytes = labels.map { Array($0.utf8) }

    /// Built once: a CharacterSet made per word cost ICU a set construction each time.
    static let stopsAndCommas = CharacterSet(charactersIn: ".,")

    static let courtesyProbe = ProbeSet(anywhereIn: [" Courtesy "])

    /// The byte offset of the last ". " (the end of the caption's last sentence before a credit) — splitting a caption,
    /// not an initial's stop: "… siti africani. Credits J. Tyler Faith" credits J. Tyler Faith, not Tyler Faith. (The
    /// model's cue keeps the stop it was fitted with.)
    static func lastSentenceStop(in text: String, skippingInitials: Bool = false) -> Int? {
        text.withUTF8Bytes { bytes in
            var index = bytes.count - 2
            while index >= 0 {
                if bytes[index] == UInt8(ascii: "."), bytes[index + 1] == UInt8(ascii: " ") {
                    let initial =
                        skippingInitials && index >= 1 && (0x41...0x5A).contains(bytes[index - 1])
                        && (index == 1 || bytes[index - 2] == UInt8(ascii: " "))
                    if !initial { return index }
                }
                index -= 1
            }
            return nil
        }
    }

    /// The byte offset of the last occurrence of `needle` (the search the labels need, without Foundation).
    static func lastOccurrence(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var start = haystack.count - needle.count
        while start >= 0 {
            if haystack[start] == first, haystack[start..<start + needle.count].elementsEqual(needle) { return start }
            start -= 1
        }
        return nil
    }

    /// "REUTERS/Brendan McDermid", "Jaafar ASHTIYEH / AFP", "Elias Funez/The Union via AP" at the end of the line.
    static func trailingSlashCredit(_ words: [Substring], splittingCaption: Bool) -> (caption: String, credit: String)? {
        guard let slashIndex = words.lastIndex(where: { $0.containsBytes("/") }), words.count - slashIndex <= 4 else { return nil }
        var start = slashIndex
        // The credit starts after the caption's last sentence, at most four words before the slash.
        while start > 0, slashIndex - start < 4 {
            let previous = words[start - 1]
            if previous.last == "." || previous.last == "," || previous.last == ")"
                || previous.first?.isUppercase != true && previous != "/"
            {
                break
            }
            start -= 1
        }
        let credit = words[start...]
        guard
            credit.allSatisfy({
                $0.first?.isUppercase == true || $0 == "/" || $0.containsBytes("/") || ["via", "of", "for", "and"].contains($0)
                    || splittingCaption && $0 == "files"
            }),
            credit.contains(where: { word in
                word.split(separator: "/").contains { agencies.contains($0.lowercasedOnBytes()) || $0.allSatisfy(\.isUppercase) }
            })
                || credit.joined(separator: " ").containsBytes(" / ")
        else { return nil }
        // "Photo / NZ Herald" (the NZ Herald, Stuff): the label before the slash is not the credit's.
        var written = credit
        if written.count >= 3, written[written.startIndex + 1] == "/", creditWords.contains(written[written.startIndex].lowercasedOnBytes())
        {
            written = written.dropFirst(2)
        }
        // "… le 3 décembre 2026. — Denis Charlet / AFP" (20 Minutes): the dash between them is neither's.
        var caption = words[..<start]
        while let last = caption.last, ["—", "–", "-", "|"].contains(last) { caption = caption.dropLast() }
        guard !caption.isEmpty else { return nil }
        return (caption.joined(separator: " "), written.joined(separator: " "))
    }
}
