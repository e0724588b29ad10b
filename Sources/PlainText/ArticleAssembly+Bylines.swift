import Foundation
import NewsModel

/// Bylines: the byline's names, the desk and journalist roles around them, the outlet after them.
extension ArticleAssembly {
    /// A byline the byline expression does not read ("* Debbie White", "Staff Reports | Nov 20, 2019"):
    /// the name part, without list marks, labels or the date after it.
    mutating func readLooseByline(_ text: String, line: Int) {
        var name = Self.strippingListMarker(text)
        // "Published:Thursday | December 4, 2026 | 12:07 AM" (the Gleaner), "Dec. 4, 2026 at 3:10 pm Updated …" (the
        // Seattle Times): when the page was published, beside the byline — no one's name.
        if RoleRules.isLabelledPublicationTime(name) || Self.opensWithDate(name) || Self.isLabelledFiguresOnly(name) {
            note(text, line: line, kind: "publication time")
            return
        }
        // "ByJulia Reinstein" (ABC News): the label run onto the name, the page's two elements set without a space.
        if name.hasPrefixOnBytes("By"), name.unicodeScalars.dropFirst(2).first?.properties.isUppercase == true {
            name = String(name.dropFirst(2))
        }
        for label in [
            "Author:", "Author", "Autor:", "Autor", "Auteur:", "Auteur", "Autore:", "Автор:", "By:", "Written by", "Words by", "By", "by",
            "BY", "Von", "Par", "Por",
        ]
        where name.hasPrefixOnBytes(label + " ") || name.hasPrefixOnBytes(label + ":") {
            name = String(name.dropFirst(label.count)).stripping(" :")
            break
        }
        // "By state political reporter Rachel Riga" (ABC Australia): the author's post in small letters before the name.
        if name.first?.isLowercase == true {
            let words = name.spaceSeparatedWords
            if let role = words.lastIndex(where: { RoleRules.signatureRoles.contains($0.lowercasedOnBytes()) }), role + 1 < words.count,
                words[..<role].allSatisfy({ $0.first?.isLowercase == true }),
                case let rest = words[(role + 1)...].joined(separator: " "), RoleRules.isBareName(rest)
            {
                name = rest
            }
        }
        // "Samantha Subin @SamanthaSubin", "Jennifer Hoff (KARE 11)": the author's handle or outlet after the name (before
        // a date is looked for: the outlet's number is none); the whole line stays in a note.
        if let before = RoleRules.nameBeforeHandle(name) { name = before }
        if name.hasSuffixOnBytes(")"), let open = name.firstByteRange(of: " ("), case let before = String(name[..<open.lowerBound]),
            RoleRules.isBareName(before)
        {
            name = before
        }
        if let (before, _) = Self.namesBeforeDate(name) { name = before }
        for separator in [" | ", " - ", " – ", " — ", " • ", " · ", ", Updated", " Updated", " Published", " on ", " On "] {
            if let range = name.firstByteRange(of: separator) { name = String(name[..<range.lowerBound]) }
        }
        // "Christopher Serju/Senior Gleaner Writer", "Jane Doe/AP": the name, then its role or agency after a slash — or a
        // second author's name ("Por Hilda Made/ Anabellys Reyes", as Latin American pages sign two).
        if let slash = name.firstIndex(of: "/"), case let before = String(name[..<slash]).trimmingWhitespace(),
            RoleRules.isBareName(before)
        {
            let after = String(name[name.index(after: slash)...]).trimmingWhitespace()
            let secondAuthor =
                RoleRules.isBareName(after) && after.spaceSeparatedWordCount >= 2 && !PictureCredit.isAgency(after)
                && !after.spaceSeparatedWords.contains {
                    RoleRules.signatureRoles.contains(BlockShape.trimmingPunctuation($0.lowercasedOnBytes()))
                }
            name = secondAuthor ? before + ", " + after : before
        }
        // "Jane Doe for Reuters", "Tom Smith for The Independent": whom the author writes for; an agency is the source
        // (the whole line stays in the note).
        if let (written, outlet) = Self.namesWrittenFor(name), RoleRules.isBareName(written) {
            name = written
            if PictureCredit.isAgency(outlet) { addSource(outlet) }
        }
        // "Daniel Gerny, Bern" (the NZZ), "Benedikt Strunz, NDR", "Jane Doe, Reuters": a name, then one word for where the
        // author writes from or for whom; an agency is the source, anything else stays in the line's note.
        if let comma = name.firstIndex(of: ","), case let before = String(name[..<comma]).trimmingWhitespace(),
            RoleRules.isBareName(before),
            case let tail = String(name[name.index(after: comma)...]).trimmingWhitespace(),
            // (Two names after the comma are a second author: "Ibtisam Mahdi, Ruwaida Kamal Amer".)
            tail.spaceSeparatedWordCount == 1 && tail.first?.isUppercase == true || PictureCredit.isAgency(tail)
        {
            name = before
            if PictureCredit.isAgency(tail) { addSource(tail) }
        }
        // "Aus Frankfurt am Main berichtet Anna Clauß", "Aus Washington berichten X und Y" (German pages): where from,
        // the verb, then the names; the whole line stays in the note.
        for verb in [" berichtet ", " berichten "] {
            if let range = name.firstByteRange(of: verb), case let after = String(name[range.upperBound...]).trimmingWhitespace(),
                !after.isEmpty, after.split(separator: " und ").allSatisfy({ RoleRules.isBareName(String($0)) })
            {
                name = after
            }
        }
        name = Self.strippingJournalistRole(name.stripping(" ,.|="))
        // "MADRID", "Praha" over the date (El Mundo, iROZHLAS): one word without a label is where the story was written;
        // an author's name has two, and a one-word byline is an agency's.
        let oneUnlabelledWord = name == text.trimmingWhitespace() && name.spaceSeparatedWordCount == 1 && !PictureCredit.isAgency(name)
        guard !name.isEmpty, name.spaceSeparatedWords.count <= 8, !oneUnlabelledWord else {
            note(text, line: line, kind: oneUnlabelledWord ? "line before the text" : "byline")
            return
        }
        // (The author's box set again at the page's foot names no second author.)
        if !item.bylines.contains(name) { item.bylines.append(name) }
        if name != text { note(text, line: line, kind: "byline line") }
    }

    /// The names of a byline that a date runs on from ("Jane Miller 2024-03-05T10:00:00Z Local", "Jane Miller March 5,
    /// 2024", "Jane Miller Tue 5 Mar"), and the date with what follows it; nil when no word of it opens with a digit after
    /// a first name word. Names hold no digits, so the first word that opens with one — with the month or weekday names
    /// before it — starts the date.
    static func namesBeforeDate(_ names: String) -> (names: String, date: String)? {
        let words = names.split(separator: " ")
        guard let digit = words.indices.dropFirst().first(where: { words[$0].unicodeScalars.first.map(TextProbe.isDecimalDigit) ?? false })
        else { return nil }
        var start = digit
        while start > 0, calendarWords.contains(BlockShape.trimmingPunctuation(words[start - 1].lowercasedOnBytes())) { start -= 1 }
        let before = words[..<start].joined(separator: " ").stripping(" ,|-–—·•")
        guard !before.isEmpty else { return nil }
        return (before, words[start...].joined(separator: " "))
    }

    /// "Dec. 4, 2026 …", "4 December 2026 …", "2026-12-04 …": a date first (a month's or weekday's name, then a word that
    /// opens with a digit; or a digit first), which no name of an author is.
    static func opensWithDate(_ line: String) -> Bool {
        let words = line.split(separator: " ", maxSplits: 3)
        guard let first = words.first, words.count >= 2 else { return false }
        func opensWithDigit(_ word: Substring) -> Bool { word.unicodeScalars.first.map(TextProbe.isDecimalDigit) ?? false }
        if opensWithDigit(first) {
            return first.contains("-")
                || words.dropFirst().contains { calendarWords.contains(BlockShape.trimmingPunctuation($0.lowercasedOnBytes())) }
        }
        return calendarWords.contains(BlockShape.trimmingPunctuation(first.lowercasedOnBytes())) && opensWithDigit(words[1])
    }

    /// English month and weekday names, in full and short, lower case.
    static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "updated",
        "published", "posted", "on", "last", "modified",
    ]

    /// "Caroline Hawley, BBC diplomatic correspondent" → "Caroline Hawley"; "Richard Adams Education editor" →
    /// "Richard Adams": the name without the role after it (the role's words up to a comma, or its lower-case words
    /// and one capitalised desk name before a lower-case role word).
    static func strippingJournalistRole(_ line: String) -> String {
        var words = line.spaceSeparatedWords.map(String.init)
        // "Rebecca Camber, Crime And Security Editor For The Daily Mail": the role after the comma, then whom for.
        if let comma = line.firstIndex(of: ","), case let name = String(line[..<comma]).trimmingWhitespace(),
            RoleRules.isBareName(name),
            String(line[line.index(after: comma)...]).spaceSeparatedWords.dropLast().contains(where: {
                RoleRules.journalistRoles.contains(BlockShape.trimmingPunctuation($0.lowercasedOnBytes()))
            })
        {
            return name
        }
        guard words.count >= 3, let last = words.last,
            RoleRules.journalistRoles.contains(BlockShape.trimmingPunctuation(last.lowercasedOnBytes()))
        else { return line }
        if let comma = line.firstIndex(of: ",") { return String(line[..<comma]).trimmingWhitespace() }
        let lowercaseRole = last.first?.isLowercase == true
        words.removeLast()
        var modifiers = 0
        while words.count > 2, let previous = words.last, previous.first?.isLowercase == true {
            words.removeLast()
            modifiers += 1
        }
        if lowercaseRole, modifiers == 0, words.count >= 3 { words.removeLast() }
        // "Martin Chulov Middle East correspondent", "Jessica Elgot Chief political correspondent": the desk's words
        // before the role, down to a name of two words.
        while lowercaseRole, words.count > 2, let previous = words.last, Self.deskWords.contains(previous) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// Capitalised words of a journalist's post before "correspondent" or "editor": rank, desk and the regions of the world.
    static let deskWords: Set<String> = [
        "Chief", "Senior", "Deputy", "Associate", "Executive", "Managing", "Political", "Diplomatic", "Economics", "Economic",
        "Health", "Science", "Education", "Home", "Foreign", "Security", "Defence", "Defense", "Business", "Technology",
        "Environment", "Arts", "Sports", "Sport", "Media", "Social", "Affairs", "Legal", "Transport", "Consumer", "Culture",
        "Travel", "Global", "World", "International", "Energy", "Climate", "Middle", "East", "West", "North", "South",
        "Central", "Asia", "Europe", "Africa", "America", "Americas", "Pacific", "Latin",
    ]

    /// Words a line cannot end on when its sentence goes on: conjunctions, prepositions and articles of the corpus's
    /// languages.
    static let joiningWords: Set<String> = [
        "and", "or", "of", "for", "to", "the", "a", "an", "in", "on", "at", "with", "from", "as", "but", "und", "oder", "der",
        "die", "das", "von", "für", "mit", "et", "ou", "de", "du", "des", "la", "le", "les", "y", "o", "el", "los", "las", "del",
        "e", "di", "il", "and/or",
    ]

    /// The names and the outlet of a byline whose last name runs into its outlet ("Adam Shaw, Bill Melugin Fox
    /// News"): the last name is two words, the outlet the capitalised words after it, ending in a newsroom's word.
    static func outletAfterNames(_ names: String) -> (names: String, outlet: String)? {
        let lastPart = names.split(separator: ",").last.map(String.init) ?? names
        let segment = lastPart.components(separatedBy: " and ").last ?? lastPart
        let words = segment.spaceSeparatedWords
        guard words.count >= 3, words.count <= 6, let last = words.last, outletWords.contains(String(last)),
            words.allSatisfy({ $0.first?.isUppercase == true })
        else { return nil }
        let outlet = words.dropFirst(2).joined(separator: " ")
        guard let range = names.range(of: " " + outlet, options: .backwards) else { return nil }
        return (String(names[..<range.lowerBound]), outlet)
    }

    static let outletWords: Set<String> = ["News", "Digital", "Press", "Times", "Post", "TODAY", "Today", "Network", "Wire"]

    static let editorLabels = ["edited by ", "editing by "].map { Array($0.utf8) }

    /// News agencies as they sign a byline after its names.
    static let newsAgencySignatures = ["The Associated Press", "Associated Press", "Agence France-Presse", "Reuters", "Bloomberg"]

    /// Names written in capitals, the words that join them aside ("JULIE WATSON and CHRISTOPHER WEBER").
    static func isWrittenInCapitals(_ names: String) -> Bool {
        names.spaceSeparatedWords.allSatisfy { ["and", "und", "et", "y", "&"].contains($0) || !$0.contains(where: \.isLowercase) }
    }

    /// Small letters only: "The Associated Press" is a source.
    static let authorDescriptionOpenings = ["a ", "an ", "the "]

    mutating func readByline(_ text: String) -> Bool {
        guard text.isShorter(than: 120), let match = LineRules.byline.match(LineRules.bylineText(text)) else { return false }
        if let (outlet, _) = LineRules.outletBeforeByline(text) {
            item.preserved.append(PreservedProperty(container: "note", format: "plaintext", serialized: String(outlet)))
        }
        var names = match[1].stripping(" ,=")
        var agency = match[2].stripping(" ,=")
        // "By Tariq Malik 2019-11-18T22:05:36Z Spaceflight", "By Jane Miller March 5, 2024": a page's date (and what
        // follows it) run onto the names; kept as a note.
        if let (before, date) = Self.namesBeforeDate(names) {
            names = before
            item.preserved.append(PreservedProperty(container: "note", format: "plaintext", serialized: date))
        } else if let (before, date) = Self.namesBeforeDate(agency) {
            agency = before
            item.preserved.append(PreservedProperty(container: "note", format: "plaintext", serialized: date))
        }
        // "By Manuel Schwarz, dpa" — the part after the comma is the agency when it is short.
        if agency.isEmpty, let comma = names.lastIndex(of: ",") {
            let tail = String(names[names.index(after: comma)...]).trimmingWhitespace()
            let tailWords = tail.spaceSeparatedWords
            // "By James Robinson, Transport Correspondent For Mailonline": a post, then whom it is held for.
            let namesAPost = tailWords.contains {
                RoleRules.signatureRoles.contains(BlockShape.trimmingPunctuation($0.lowercasedOnBytes()))
            }
            // ("By Rebecca Camber, Crime And Security Editor For The Daily Mail": a post of several words.)
            if tailWords.count <= 3 || namesAPost && tailWords.count <= 10 {
                names = String(names[..<comma])
                // "By Sam Wallace, Chief Football Writer": the author's post, not a source; kept as a note.
                // "Von Martin Gropp, Wolfsburg" (the FAZ, the NZZ): one word in small letters after its capital that no
                // agency is called is the town the author writes from; kept as a note too.
                let town =
                    tailWords.count == 1 && !PictureCredit.isAgency(tail) && tail.first?.isUppercase == true
                    && tail.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" }
                if namesAPost || town {
                    item.preserved.append(PreservedProperty(container: "note", format: "plaintext", serialized: tail))
                } else {
                    agency = tail
                }
            }
        }
        // "By Nada Tawfik, BBC News, New York" (the BBC): the name, the outlet, then where the reporter is — the outlet
        // is the source, the place a note.
        if !agency.isEmpty, let comma = names.lastIndex(of: ",") {
            let outlet = String(names[names.index(after: comma)...]).trimmingWhitespace()
            let words = outlet.spaceSeparatedWords
            if (1...3).contains(words.count), let last = words.last,
                Self.outletWords.contains(String(last)) || PictureCredit.isAgency(outlet)
            {
                item.preserved.append(PreservedProperty(container: "note", format: "plaintext", serialized: agency))
                names = String(names[..<comma])
                agency = outlet
            }
        }
        // "By JULIE WATSON and CHRISTOPHER WEBER Associated Press": AP writes the names in capitals and its own name
        // after them, without a comma.
        if agency.isEmpty, let signed = Self.newsAgencySignatures.first(where: { names.hasSuffixOnBytes(" " + $0) }) {
            let written = String(names.dropLast(signed.count + 1)).trimmingWhitespace()
            if !written.isEmpty, Self.isWrittenInCapitals(written) {
                names = written
                agency = signed
            }
        }
        // "By CHRIS PLEASANCE FOR MAILONLINE", "By Jane Doe for The Daily Telegraph": whom the author writes for, after
        // the name — an agency is the source, another outlet a note.
        if agency.isEmpty, let (written, outlet) = Self.namesWrittenFor(names) {
            names = written
            if PictureCredit.isAgency(outlet) {
                agency = outlet
            } else {
                item.preserved.append(PreservedProperty(container: "note", format: "plaintext", serialized: outlet))
            }
        }
        // "By Adam Shaw , Bill Melugin Fox News": the outlet after the last name, without a comma.
        names = names.replacingOccurrences(of: " ,", with: ",")
        if agency.isEmpty, let signed = Self.outletAfterNames(names) {
            names = signed.names
            agency = signed.outlet
        }
        // ("By PTI": an agency's letters are its name, not a name written in capitals.)
        if Self.isWrittenInCapitals(names), !(PictureCredit.isAgency(names) && !names.contains(" ")) { names = names.capitalizedWords() }
        // "By Alicia Moreno | amoreno@example.com": the author's address, no source; "Written by Priya Nair | Edited by
        // Rohan Mehta": the editor, no source either. Kept as notes.
        // "By Tom Warren, a senior editor covering Microsoft, PC gaming, and hardware" (The Verge): a description of the
        // author, which no source's name opens with an article in small letters; a note too.
        if agency.utf8.contains(UInt8(ascii: "@")) || RoleRules.opens(agency, withOneOf: Self.editorLabels)
            || Self.authorDescriptionOpenings.contains(where: agency.hasPrefix)
        {
            item.preserved.append(PreservedProperty(container: "note", format: "plaintext", serialized: agency))
            agency = ""
        }
        item.bylines.append(names)
        if !agency.isEmpty { addSource(agency) }
        return true
    }

    /// The names before " for " or " FOR " and the outlet after it, when the outlet is one to four capitalised words
    /// (an article may open it) and the names two words or more.
    static func namesWrittenFor(_ names: String) -> (names: String, outlet: String)? {
        guard let range = names.range(of: " FOR ") ?? names.range(of: " for ", options: .backwards) else { return nil }
        let before = String(names[..<range.lowerBound]).trimmingWhitespace()
        let after = String(names[range.upperBound...]).trimmingWhitespace()
        let words = after.spaceSeparatedWords
        guard before.spaceSeparatedWordCount >= 2, (1...4).contains(words.count),
            words.allSatisfy({ $0.first?.isUppercase == true || $0 == "the" }), words.last?.first?.isUppercase == true
        else { return nil }
        return (before, after)
    }
}
