import NewsModel

/// A word with its offset, the punctuation around it stripped and remembered. A class: the scanner reads tokens
/// hundreds of thousands of times a batch, and each read of a struct holding three strings copied and released all
/// three (7 % of a batch's instructions); the tokenizer alone sets its fields, before anyone reads them.
final class Token {
    /// The word without surrounding quotes and punctuation ("Macron's", "J.J.", "U.S.").
    var word: String
    /// The word without a possessive ending ("Macron").
    var bare: String
    /// UTF-16 offset of `word` in the text.
    var offset: Int
    var endsSentence: Bool
    var hasPossessive: Bool
    /// A comma, colon, full stop or closing quote follows the word: a name does not run on past it.
    var trailingPunctuation: Bool
    /// An opening quotation mark comes before the word.
    var opensQuote: Bool
    /// An opening bracket or a dash comes before the word: "(NEA)" does not continue the name before it.
    var opensBracket: Bool
    /// A closing quotation mark comes after the word.
    var closesQuote: Bool
    /// The word starts with an upper-case letter.
    var isCapitalised: Bool
    /// The word starts with a lower-case letter.
    var isLowercase: Bool
    /// Initials such as "J.J." or "I.": the full stop belongs to the word.
    var isInitials: Bool
    /// An apostrophe contraction such as "I’ve" or "Don't".
    var isContraction: Bool
    /// A wire code or path ("BC-AS--China-Lawyer", "BP/Standard") or a name made an adjective
    /// ("Kremlin-backed", "U.S.-led"): not part of a name.
    var isCode = false
    /// "Paris-based", "London-born": the word is the place ("Paris"), said to be where something is; it ends a name.
    var isLocatedAdjective = false
    /// The apostrophe of a plural possessive ("Employers’"): left out where the name ends on the word, kept
    /// where the name goes on ("Colleges Employers’ Association" is how the text writes it).
    var pluralApostrophe: Unicode.Scalar?

    /// An elided article or preposition before the word ("d’" of "d’Orsay"): left out where a name starts on the
    /// word ("l'Egypte" is Egypte), written where a name goes on with it ("Quai d’Orsay").
    var elision = ""
    /// A colon follows the word: what comes after it opens a sentence ("Why it matters: The vote …").
    var endsWithColon = false

    init(
        word: String, bare: String, offset: Int, endsSentence: Bool, hasPossessive: Bool, trailingPunctuation: Bool,
        opensQuote: Bool, opensBracket: Bool, closesQuote: Bool, isCapitalised: Bool, isLowercase: Bool,
        isInitials: Bool, isContraction: Bool
    ) {
        self.word = word
        self.bare = bare
        self.offset = offset
        self.endsSentence = endsSentence
        self.hasPossessive = hasPossessive
        self.trailingPunctuation = trailingPunctuation
        self.opensQuote = opensQuote
        self.opensBracket = opensBracket
        self.closesQuote = closesQuote
        self.isCapitalised = isCapitalised
        self.isLowercase = isLowercase
        self.isInitials = isInitials
        self.isContraction = isContraction
    }

    /// The word as part of a longer name.
    var inName: String { hasPossessive ? word : pluralApostrophe.map { bare + String($0) } ?? bare }
}

/// Splits text into tokens in one pass over its Unicode scalars. The checks are on scalar values, not
/// on Characters (Character comparison normalises), and on integer positions in a decoded buffer rather
/// than on string indices: this runs over every word of every article.
enum Tokenizer {
    /// The text decoded once: each scalar with the UTF-8 position where it starts.
    private struct Scalars {
        /// Buffers that live for one `tokens` call: read without bounds checks or reference counting.
        let values: UnsafeBufferPointer<Unicode.Scalar>
        let starts: UnsafeBufferPointer<Int>

        subscript(_ index: Int) -> Unicode.Scalar { values[index] }
    }

    static func tokens(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            // Filled in place, not appended element by element: this loop sees every byte of every article.
            var values: [Unicode.Scalar] = []
            let starts = [Int](unsafeUninitializedCapacity: bytes.count + 1) { starts, startCount in
                values = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { values, count in
                    var position = 0
                    count = 0
                    while position < bytes.count {
                        let (scalar, length) = Unicode.Scalar.decode(bytes, at: position)
                        values[count] = scalar
                        starts[count] = position
                        count += 1
                        position += length
                    }
                    starts[count] = bytes.count
                }
                startCount = values.count + 1
            }
            return values.withUnsafeBufferPointer { values in
                starts.withUnsafeBufferPointer { starts in tokens(Scalars(values: values, starts: starts), bytes) }
            }
        }
    }

    private static func tokens(_ scalars: Scalars, _ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        let count = scalars.values.count
        var offset = 0
        var index = 0
        while index < count {
            while index < count, isSpace(scalars[index]) {
                offset += scalars[index].utf16Count
                index += 1
            }
            guard index < count else { break }
            var end = index
            var pieceLength = 0
            while end < count, !isSpace(scalars[end]) {
                // A small ASCII letter after an ASCII character — most of every text — starts no word: none of the
                // rules below is asked.
                if end > index, !(scalars[end].value &- 0x61 < 26 && scalars[end - 1].value < 0x80) {
                    let scalar = scalars[end]
                    let previous = scalars[end - 1]
                    // "2016—Colorado,Washington": an em dash, or a comma before a capital, separates words even
                    // where the writer left out the space.
                    if scalar == "\u{2014}" || (previous == "," && scalar.properties.isUppercase) { break }
                    // "France Bleu Paris(Nouvelle fenêtre)": a link's note for screen readers, its bracket glued to the
                    // link's last word, opens a word of its own.
                    if scalar == "(", previous.properties.isAlphabetic { break }
                    // '(Trelawny),”said Chuck': a closing quotation mark glued to the word before it, then a word without
                    // a space between them (not a quotation mark opening the piece, as Swedish copy opens with ”).
                    if end - 1 > index, previous == "\u{201D}", scalar.properties.isAlphabetic { break }
                    // "succeeded Jack Welch--lagging behind": two hyphens are a typewriter's dash, between words.
                    if scalar == "-", end + 1 < count, scalars[end + 1] == "-", previous != "-" { break }
                    // 'CEO of Digital Turbine."Our Pay platform …': a full stop, then a quotation opening the next
                    // sentence without a space between them.
                    if previous == ".", isQuote(scalar), end + 1 < count, scalars[end + 1].properties.isUppercase { break }
                    // "Dallas/Fort Worth", "Minneapolis/St. Paul": a slash between a word in small letters and a capital
                    // joins two names, each a word of its own (not "AC/DC", "REUTERS/Brendan", "km/h").
                    // (Words of letters on both sides: not an address's path, "twitter.com/DigitalTurbine", nor a wire's unit,
                    // "Dlrs/Bu-Sorghum".)
                    if previous == "/", end - index >= 3, scalars[end - 2].properties.isLowercase, scalar.properties.isUppercase,
                        (index..<(end - 1)).allSatisfy({ scalars[$0].properties.isAlphabetic }),
                        slashJoinsWords(scalars, from: end, count: count)
                    {
                        break
                    }
                }
                pieceLength += scalars[end].utf16Count
                end += 1
            }
            // "Main St. The police …": after a capitalised word that runs on, "St." ends a street's name; it opens a
            // place's name ("St. Louis") only where no capitalised word runs into it — an article is no name ("The St.
            // Louis County Council").
            // (The article is looked up only before a piece that may be "St.", "Mt." or "Ft.": the flag serves nothing else.)
            let mayAbbreviate = end - index == 3 && scalars[index + 1] == "t" && scalars[index + 2] == "."
            let afterName =
                tokens.last.map {
                    $0.isCapitalised && !$0.trailingPunctuation && !(mayAbbreviate && EntityWords.articles.contains($0.word))
                }
                ?? false
            if let token = token(scalars, bytes, index, end, offset: offset, afterName: afterName) {
                // A line break ends what a name can run over: a list's items ("Kent, Washington" / "Ceres Robotics")
                // are each their own line.
                if end < count, scalars[end] == "\n" || scalars[end] == "\r" { token.trailingPunctuation = true }
                // "Credit Suisse", "Long-Term Credit Bank of Japan": the word names banks; a picture's word before it or
                // a colon after it make it the credit's label ("Photo Credit", "Credit: Getty Images").
                if token.isCode, token.bare == "Credit", !token.trailingPunctuation,
                    !(tokens.last.map { Self.pictureWords.contains($0.bare) } ?? false)
                {
                    token.isCode = false
                }
                tokens.append(token)
            } else if !tokens.isEmpty,
                (index..<end).contains(where: { isDash(scalars[$0]) || (isTrailingPunctuation(scalars[$0]) && !isQuote(scalars[$0])) })
            {
                // A dash standing alone ("SYDNEY - Santos", "Israel - Egypt") separates what is on either side, and so
                // does a comma or full stop set off by spaces ("Yobe North , Ahmad Lawan").
                tokens[tokens.count - 1].trailingPunctuation = true
                if (index..<end).contains(where: { scalars[$0] == "." || scalars[$0] == "!" || scalars[$0] == "?" }) {
                    tokens[tokens.count - 1].endsSentence = true
                }
            }
            offset += pieceLength
            index = end
        }
        return tokens
    }

    /// Whether the piece from `start` (after a slash) is a word of letters up to its space, a stop or a comma at its end
    /// allowed ("Fort", "St.", "Worth,").
    private static func slashJoinsWords(_ scalars: Scalars, from start: Int, count: Int) -> Bool {
        var index = start
        while index < count, !isSpace(scalars[index]) {
            let scalar = scalars[index]
            if !scalar.properties.isAlphabetic {
                guard isTrailingPunctuation(scalar), scalar != "/" else { return false }
            }
            index += 1
        }
        return index > start
    }

    private static func string(_ scalars: Scalars, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[scalars.starts[start]..<scalars.starts[end]]), as: UTF8.self)
    }

    private static func token(
        _ piece: Scalars, _ bytes: UnsafeBufferPointer<UInt8>, _ pieceStart: Int, _ pieceEnd: Int, offset pieceOffset: Int,
        afterName: Bool = false
    ) -> Token? {
        var start = pieceStart
        var end = pieceEnd
        var offset = pieceOffset
        var opensQuote = false
        var opensBracket = false
        // Reuters marks a company's ticker in angle brackets after its name ("McDonald's Corp <MCD>", "<BCLJ.J>"):
        // a code, not a word of the sentence. Its name in them ("<Ford Motor Co>") is read as the name. (The comma
        // after it, "Occidental Petroleum Corp <OXY>, said", still ends the name: the caller gives it to the word before.)
        if end - start >= 3, piece[start] == "<" {
            var close = end
            while close - start > 3, piece[close - 1] != ">", isTrailingPunctuation(piece[close - 1]) { close -= 1 }
            if close - start >= 3, piece[close - 1] == ">",
                !(start + 1..<close - 1).contains(where: { piece[$0].isLowercaseLetter })
            {
                return nil
            }
        }
        while start < end, isLeadingPunctuation(piece[start]) {
            if isQuote(piece[start]) { opensQuote = true } else { opensBracket = true }
            offset += piece[start].utf16Count
            start += 1
        }
        guard start < end else { return nil }
        // An elided article or preposition before a name ("l'Egypte", "d'Israël", "dell'Italia", "all'Onu"): the
        // name starts after the apostrophe.
        var elision = ""
        if let apostrophe = (start + 1..<min(end, start + 5)).first(where: { piece[$0] == "'" || piece[$0] == "’" }),
            apostrophe + 1 < end, piece[apostrophe + 1].isUppercaseLetter,
            (start..<apostrophe).allSatisfy({ piece[$0].isLowercaseLetter })
        {
            for index in start...apostrophe { offset += piece[index].utf16Count }
            elision = string(piece, bytes, start, apostrophe + 1)
            start = apostrophe + 1
        }
        // Initials keep their full stops: "J.J.", "I.", "U.S." (letters each followed by a full stop), and Spanish
        // abbreviations double each letter for a plural ("EE.UU.", "FF.AA.": two doubled letters at least).
        var initialsEnd = start
        var initialsCount = 0
        var doubledCount = 0
        while initialsEnd < end, piece[initialsEnd].isUppercaseLetter {
            var next = initialsEnd + 1
            if next < end, piece[next] == piece[initialsEnd] {
                next += 1
                doubledCount += 1
            }
            guard next < end, piece[next] == "." else { break }
            initialsEnd = next + 1
            initialsCount += 1
        }
        let isInitials =
            initialsCount > 0 && initialsEnd > start && (doubledCount == 0 || (doubledCount == initialsCount && initialsCount >= 2))
            && (initialsEnd == end || (initialsEnd..<end).allSatisfy { isTrailingPunctuation(piece[$0]) && piece[$0] != "." })
        var endsSentence = false
        var strongEnd = false
        var colon = false
        var trailing = false
        var closesQuote = false
        var onlyFullStop = true
        var plural: Unicode.Scalar?
        // "Madrid.- El Gobierno …", "CARACAS.-": the dash after the full stop of a Spanish or Latin American dateline is
        // no part of the place, and the full stop ends the sentence.
        if end - start > 2, piece[end - 1] == "-" || piece[end - 1] == "\u{2013}", piece[end - 2] == "." { end -= 1 }
        if isInitials {
            let rest = initialsEnd..<end
            end = initialsEnd
            trailing = !rest.isEmpty
            closesQuote = rest.contains { isQuote(piece[$0]) }
            endsSentence = rest.contains { piece[$0] == "!" || piece[$0] == "?" }
        } else {
            while end > start {
                let last = piece[end - 1]
                guard isTrailingPunctuation(last) else { break }
                let before = end - 1
                // A plural possessive ("players'") keeps its apostrophe out of the name but does not end it.
                if last == "'" || last == "’" {
                    if before > start, piece[before - 1] == "s" {
                        end = before
                        plural = last
                        continue
                    }
                    closesQuote = true
                } else if isQuote(last) || last == ")" || last == "]" {
                    closesQuote = closesQuote || isQuote(last)
                } else if last == "." {
                    endsSentence = true
                    trailing = true
                    end = before
                    continue
                } else if last == "!" || last == "?" || last == "…" {
                    endsSentence = true
                    strongEnd = true
                } else if last == ":" {
                    colon = true
                }
                onlyFullStop = false
                trailing = true
                end = before
            }
        }
        guard start < end else { return nil }
        var word = string(piece, bytes, start, end)
        // "Gov." or "Jan." does not end a sentence.
        if endsSentence, !strongEnd, EntityWords.abbreviations.contains(word) {
            endsSentence = false
            // "Indiana Gov. Eric Holcomb", "Sen. Ted Cruz": a title's full stop does not end the run of capitals
            // either — the title inside it tells the person from what comes before.
            if onlyFullStop, EntityWords.titles.contains(word) { trailing = false }
            // "St. Louis", "Mt. Everest": the abbreviation opens the place's name, full stop and all, as the
            // gazetteer and the text write it.
            if onlyFullStop, !afterName, EntityWords.nameAbbreviations.contains(word) {
                trailing = false
                end += 1
                word = string(piece, bytes, start, end)
            }
        }
        var bare = word
        var possessive = false
        if end - start > 2, piece[end - 1] == "s", piece[end - 2] == "'" || piece[end - 2] == "’" {
            // "Australia\'s": copy whose feed escaped its apostrophes (the backslash left in) possesses all the same.
            let escaped = end - start > 3 && piece[end - 3] == "\\"
            bare = string(piece, bytes, start, end - (escaped ? 3 : 2))
            possessive = true
            // "Thomson Corp.'s bid": the legal form's full stop is no part of the name, as in "Thomson Corp. said".
            if bare.utf8.last == UInt8(ascii: "."), case let form = String(bare.dropLast()), EntityWords.legalForms.contains(form) {
                bare = form
            }
        }
        let first = piece[start]
        // Only a word that starts with "a" or "e" can open with the Arabic article: the others are not asked.
        let isCapitalised = first.isUppercaseLetter || ((first == "a" || first == "e") && Self.hasArabicArticle(word))
        let isLowercase = !isCapitalised && first.isLowercaseLetter
        // "I’ve", "don't", "we'll": the part after the last apostrophe is a short lower-case ending.
        var isContraction = false
        if !possessive, let apostrophe = (start..<end).last(where: { piece[$0] == "'" || piece[$0] == "’" }) {
            let ending = string(piece, bytes, apostrophe + 1, end)
            isContraction = ["ve", "ll", "m", "d", "re", "t", "s"].contains(ending)
        }
        let token = Token(
            word: word, bare: bare, offset: offset, endsSentence: endsSentence, hasPossessive: possessive,
            trailingPunctuation: trailing, opensQuote: opensQuote, opensBracket: opensBracket, closesQuote: closesQuote,
            isCapitalised: isCapitalised, isLowercase: isLowercase, isInitials: isInitials, isContraction: isContraction)
        token.pluralApostrophe = plural
        token.endsWithColon = colon
        token.elision = elision
        // A stock ticker ("RELI.NS", "LART.NS"): capitals with a full stop inside.
        if isCapitalised, !isInitials, let dot = (start..<end).first(where: { piece[$0] == "." }), dot > start, dot < end - 1,
            (start..<end).allSatisfy({ piece[$0] == "." || piece[$0].isUppercaseLetter || (piece[$0].value >= 48 && piece[$0].value <= 57) }
            )
        {
            token.isCode = true
        }
        // A Reuters instrument code ("LCOc1", "NKc1", "CMAL3", "CMCU3"): two capitals or more, then a lower-case letter
        // and digits or a single digit. Not "TVN24", "G7" or "A320".
        if isCapitalised, end - start >= 3, piece[end - 1].value >= 48, piece[end - 1].value <= 57 {
            var capitals = start
            while capitals < end, piece[capitals].value >= 65, piece[capitals].value <= 90 { capitals += 1 }
            var digits = capitals
            if digits < end, piece[digits].value >= 97, piece[digits].value <= 122 { digits += 1 }
            let digitsStart = digits
            while digits < end, piece[digits].value >= 48, piece[digits].value <= 57 { digits += 1 }
            if capitals - start >= 2, digits == end, digitsStart < end, digitsStart > capitals || end - digitsStart == 1 {
                token.isCode = true
            }
        }
        if isCapitalised, (start..<end).contains(where: { piece[$0] == "-" || piece[$0] == "/" }) {
            token.isCode =
                token.isCode || (start..<end).contains { piece[$0] == "/" || ($0 > start && piece[$0] == "-" && piece[$0 - 1] == "-") }
                || CandidateScanner.isCompoundAdjective(word)
            if token.isCode, let place = CandidateScanner.locatedAdjectivePlace(word) {
                token.word = place
                token.bare = place
                token.isCode = false
                token.trailingPunctuation = true
                token.isLocatedAdjective = true
            }
        }
        // "Tel:" opens a contact line; "Tel Aviv", "Tel Hashomer" name places.
        if isCapitalised, EntityWords.nonNameWords.contains(bare), bare != "Tel" || token.trailingPunctuation { token.isCode = true }
        return token
    }

    /// Words for a picture that stand before its credit's label ("Photo Credit", "Image credit").
    static let pictureWords: WordSet = ["Photo", "Photograph", "Image", "Picture", "Video", "Cover", "Photos", "Images"]

    /// "al-Balah", "el-Gebel", "al-Assad": the Arabic article joined to a name, which counts as capitalised.
    /// Asked of every lower-case word: the bytes first, without building anything.
    static func hasArabicArticle<S: StringProtocol>(_ word: S) -> Bool {
        let utf8 = word.utf8
        guard utf8.count > 4, let first = utf8.first, first == UInt8(ascii: "a") || first == UInt8(ascii: "e") else { return false }
        var scalars = word.unicodeScalars.dropFirst().makeIterator()
        guard scalars.next() == "l", scalars.next() == "-", let initial = scalars.next(), scalars.next() != nil else { return false }
        return initial.isUppercaseLetter
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    @inline(__always)
    static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x2039, 0x203A: true
        default: false
        }
    }

    @inline(__always)
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2012, 0x2013, 0x2014, 0x2015: true
        default: false
        }
    }

    @inline(__always)
    static func isLeadingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x28, 0x5B, 0x7B, 0x3C, 0x2A, 0x2D, 0x2013, 0x2014, 0x2022: true
        default: isQuote(scalar)
        }
    }

    @inline(__always)
    static func isTrailingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x3E, 0x2026, 0x2A, 0x3D, 0x5C, 0x2F: true
        default: isQuote(scalar)
        }
    }

}

extension Unicode.Scalar {
    @inline(__always)
    var utf16Count: Int { value > 0xFFFF ? 2 : 1 }
}
