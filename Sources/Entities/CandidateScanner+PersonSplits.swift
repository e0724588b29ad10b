import NewsModel

/// Where a person's name starts or ends inside a longer capitalised run: after roles and places before the first
/// given name, after another language's capitalised role noun, before "of" and the body or place the person is of.
extension CandidateScanner {
    /// Where a person's name starts inside a run of three or more capitalised words that does not start with a
    /// given name: at the first given name followed by one or two more words, when what comes before it is
    /// capitalised words no name list claims as a whole ("Santa Maria Novella" starts with a given name; "Sierra
    /// Nevada Corp" and "San Francisco Bay Area" are in the gazetteer or end in an organisation or place word).
    static let portfolioJoiners: WordSet = ["for", "and"]

    /// "il ministro degli Esteri Antonio Tajani", "the minister of Health Ana Lima": after a role in small letters and
    /// "of", the portfolio's words and then the holder's given name and surname — where the portfolio itself reads as
    /// a given name ("Esteri" is one in the lists), which `givenNameStart` leaves whole. The holder's start, or nil.
    func portfolioHolderStart(start: Int, runEnd: Int) -> Int? {
        // (Not a town named after a saint: "il sindaco di San Giuseppe Jato" is the town's mayor.)
        guard start >= 2, runEnd - start >= 3, Self.portfolioLinks.contains(tokens[start - 1].word), tokens[start - 2].isLowercase,
            Self.roleWordsInSmallLetters.contains(tokens[start - 2].word), !Self.saintWords.contains(tokens[start].bare)
        else { return nil }
        // (A person's name of two or three words, not a body's: "director of Youssef Al-Najjar Hospital".)
        guard let holder = ((start + 1)..<(runEnd - 1)).first(where: { Self.isGivenName(tokens[$0].bare) }), runEnd - holder <= 3,
            (start..<holder).allSatisfy({ !tokens[$0].trailingPunctuation }), !Self.endsABodyOrPlace(tokens[runEnd - 1].bare)
        else { return nil }
        return holder
    }
    private static let portfolioLinks: WordSet = ["of", "for", "di", "del", "della", "degli", "dello", "de", "du", "des", "da", "do"]
    private static let roleWordsInSmallLetters = WordSet(EntityWords.otherLanguageRoles + ["minister", "secretary"])

    /// A word that closes a body's or a place's name, never a person's ("Hospital", "Street", "Ltd").
    static func endsABodyOrPlace(_ word: String) -> Bool {
        EntityWords.organisationWords.contains(word) || EntityWords.placeWords.contains(word) || EntityWords.legalForms.contains(word)
    }

    func givenNameStart(start: Int, runEnd: Int) -> Int? {
        guard runEnd - start >= 3, !Self.isGivenName(tokens[start].bare) else { return nil }
        // "San Giuseppe Jato", "Santa Maria di Licodia", "São João del-Rei": a saint's word before a given name names a
        // town or a church after the saint — no role before a person's name.
        guard !Self.saintWords.contains(tokens[start].bare) else { return nil }
        let words = bares(start..<runEnd)
        guard gazetteer.lookup(words.joined(separator: " ")) == nil else { return nil }
        for index in (start + 1)..<(runEnd - 1) {
            // Role words are capitalised, with "of" and the like between them ("District of Massachusetts", "Minister of
            // State for Tourism", "Minister of Agriculture and Farmers Welfare" — the run holds "for" and "and" only so).
            guard
                (start..<index).allSatisfy({
                    (tokens[$0].isCapitalised || EntityWords.connectors.contains(tokens[$0].word)
                        || Self.portfolioJoiners.contains(tokens[$0].word))
                        && !tokens[$0].trailingPunctuation
                })
            else { return nil }
            // (In a language that declines names, a given name in a case form too: "mluvčí Policie ČR Petry Vaňkové".)
            // (Right after "and" or "for" a word goes on with the portfolio: "Department of Housing and Urban
            // Development".)
            // (Nor a connector set in capitals, which is a given name too: "Banca Nazionale Del Lavoro", as Reuters writes it,
            // is one name.)
            guard tokens[index].isCapitalised, !Self.portfolioJoiners.contains(tokens[index - 1].word),
                !EntityWords.connectors.contains(tokens[index].bare.lowercasedOnBytes()),
                Self.isGivenName(tokens[index].bare)
                    || inflectsNames && Resolver.nominativeGivenName(of: Substring(tokens[index].bare)) != nil
            else { continue }
            // "Luiz Inácio Lula da Silva": before a name with a surname's particle, words that no dictionary, gazetteer or
            // role list has and that are shaped like names are given names the lists lack, not a role.
            if (index + 1..<runEnd).contains(where: { Self.particlesOf.contains(tokens[$0].word) }),
                (start..<index).allSatisfy({
                    isNameShaped(tokens[$0].bare) && EnglishWords.listing(Substring(tokens[$0].bare)) == 0
                        && gazetteer.lookup(tokens[$0].bare) == nil && !isCapitalisedRole($0, before: runEnd)
                })
            {
                return nil
            }
            // "Anil Kumar Bhansali", "Sunil Kumar Gupta", "Sławoj Leszek Głódź": in English copy one word before a second
            // given name that no dictionary, gazetteer or role list has and that is shaped like a name is a first given
            // name the lists lack, not a role (an English role word is a word: "Administrator"; "Tanaiste" is listed).
            if readsEnglish, index - start == 1, runEnd - index == 2, !tokens[start].trailingPunctuation,
                isNameShaped(tokens[start].bare),
                !Self.isTitle(tokens[start].bare), !isCapitalisedRole(start, before: runEnd),
                EnglishWords.listing(Substring(tokens[start].bare)) & 2 == 0, gazetteer.lookup(tokens[start].bare) == nil
            {
                return nil
            }
            // The name ends at the run's end or at an "of" after it ("Supervisor Alfredo Pedroza of Napa County").
            let nameEnd = ((index + 2)..<runEnd).first { tokens[$0].word == "of" } ?? runEnd
            guard nameEnd - index >= 2, nameEnd - index <= 3 else { return nil }
            guard !Self.endsABodyOrPlace(tokens[nameEnd - 1].bare) else { return nil }
            // "San Francisco Bay Area": a known place that runs into the given name is not a role before a name.
            let throughName = (index..<runEnd).contains { gazetteer.lookup(words[0...($0 - start)].joined(separator: " ")) != nil }
            return throughName ? nil : index
        }
        return nil
    }

    static let saintWords: WordSet = ["San", "Santa", "Santo", "Sant", "São", "Saint", "Sainte", "Sankt", "Sveti", "Sveta", "Svatý"]

    /// A role noun of another language, capitalised because it opens the sentence ("Режиссёр Питер Джексон",
    /// "Presidente Pedro Sánchez"), before at least two more words of the run; English copy's titles are `isTitle`'s.
    func isCapitalisedRole(_ index: Int, before runEnd: Int) -> Bool {
        !readsEnglish && runEnd - index >= 2 && !tokens[index].trailingPunctuation
            && (Self.otherLanguageRoles.contains(tokens[index].bare.lowercasedOnBytes())
                || capitalisesNouns && Self.isGermanRoleNoun(tokens[index].bare))
    }

    /// German writes an office as one capitalised compound before the name ("Außenministerin Annalena Baerbock",
    /// "Oppositionsführer Jeremy Corbyn", "Kommissionspräsidentin Ursula von der Leyen"): a word that ends in the noun
    /// of a role, masculine or feminine, is that role.
    static func isGermanRoleNoun(_ word: String) -> Bool {
        guard word.utf8.count >= 5, let last = word.utf8.last,
            last == UInt8(ascii: "r") || last == UInt8(ascii: "n")
                || last == UInt8(ascii: "f") || last == UInt8(ascii: "t") || last == UInt8(ascii: "e")
        else { return false }
        // (On the bytes: asked of every one-word name of German copy.)
        var lowered = word.lowercasedOnBytes()
        return lowered.withUTF8 { bytes in
            let end =
                bytes.count >= 2 && bytes[bytes.count - 2] == UInt8(ascii: "i") && bytes[bytes.count - 1] == UInt8(ascii: "n")
                ? bytes.count - 2 : bytes.count
            return germanRoleHeadBytes.contains { head in
                head.count <= end && head.indices.allSatisfy { bytes[end - head.count + $0] == head[$0] }
            }
        }
    }
    private static let germanRoleHeadBytes = germanRoleHeads.map { Array($0.utf8) }

    /// Whether a lower-cased German compound closes with one of `heads` ("nachrichtenagentur" with "agentur").
    static func closesWithHead(_ lowered: String, _ heads: [String]) -> Bool { heads.contains { lowered.hasSuffixOnBytes($0) } }

    /// Nouns of offices and occupations that close German compounds of roles, in their masculine form (the feminine
    /// adds "-in"; "-präsidentin", "-ministerin").
    private static let germanRoleHeads = [
        "minister", "präsident", "kanzler", "führer", "chef", "sprecher", "vorsitzende", "direktor", "leiter", "beauftragte",
        "sekretär", "botschafter", "bürgermeister", "trainer", "abgeordnete", "richter", "anwalt", "berater", "kandidat",
        "kommissar", "gouverneur", "senator", "bischof", "general", "regisseur", "sänger", "autor", "moderator", "gründer",
        "ökonom", "experte", "politiker", "reporter", "korrespondent", "stürmer", "torhüter", "verteidiger", "spieler",
    ]

    static let otherLanguageRoles = WordSet(EntityWords.otherLanguageRoles)

    private static let particlesOf: WordSet = ["van", "von", "de", "di", "da", "du"]

    /// "Jeremy Corbyn von der Labour-Partei", "Annalena Baerbock von den Grünen": after a given name and a surname,
    /// German "von der" says whom the person belongs to — a surname's particle follows one given name ("Ursula von der
    /// Leyen"), not a whole name.
    private func isGermanOfTheBody(at of: Int) -> Bool {
        capitalisesNouns && tokens[of].word == "von" && of + 2 < tokens.count
            && ["der", "den", "dem"].contains(tokens[of + 1].word) && tokens[of + 2].isCapitalised
    }

    /// The start of a title holder's name after the place the title is of ("India" | "Surya Kant"): the longest
    /// beginning of one to three words the gazetteer knows, then a given name and at least one more capitalised word.
    func holderAfterPlace(from start: Int, to runEnd: Int) -> Int? {
        for length in stride(from: min(3, runEnd - start - 2), through: 1, by: -1) {
            let holder = start + length
            guard runEnd - holder >= 2, Self.isGivenName(tokens[holder].bare), !tokens[holder - 1].trailingPunctuation,
                gazetteer.lookup(bares(start..<holder).joined(separator: " ")) != nil
            else { continue }
            return holder
        }
        return nil
    }

    /// The start of a member's name right after the body's ("el sargento de la Guardia Civil" | "Juan Francisco Caro
    /// Vinagre", "Real Madrid" | "Carlo Ancelotti"): a beginning of two or three words the tables know as a body, then a
    /// given name and one to three more capitalised words, the last no body's or place's word.
    func memberAfterBody(from start: Int, to runEnd: Int) -> Int? {
        guard runEnd - start >= 4 else { return nil }
        for length in stride(from: min(3, runEnd - start - 2), through: 2, by: -1) {
            let member = start + length
            guard runEnd - member <= 4, Self.isGivenName(tokens[member].bare), !tokens[member - 1].trailingPunctuation,
                !Self.endsABodyOrPlace(tokens[runEnd - 1].bare),
                gazetteer.lookup(bares(start..<member).joined(separator: " "))?.kind == .organisation
            else { continue }
            return member
        }
        return nil
    }

    /// Whether the words from `start` to `end` are a portfolio's: ordinary English words, none naming a body or a place
    /// ("Environment", "Forest and Research"), "and" and "&" between them.
    private func portfolioAfterOf(_ start: Int, _ end: Int) -> Bool {
        start < end && tokens[start].isCapitalised
            && tokens[start..<end].allSatisfy { token in
                token.word == "and" || token.word == "&"
                    || EnglishWords.listing(Substring(token.bare)) & 2 != 0 && !EntityWords.organisationWords.contains(token.bare)
                        && !EntityWords.placeWords.contains(token.bare) && gazetteer.lookup(token.bare) == nil
            }
    }

    /// The position of "of" in "Given Surname of X": two or three capitalised words starting with a given name,
    /// none an organisation or place word ("Bank of England", "Duke of York", "University of Oslo" stay whole).
    func personOfSplit(start: Int, runEnd: Int) -> Int? {
        guard runEnd - start >= 4 else { return nil }
        // "Anselma Zwaagstra van CNV": Dutch, German, French … "of" before an acronym is no surname particle ("von der
        // Leyen", "de Gaulle" go on with a name).
        for of in (start + 2)...min(start + 3, runEnd - 2)
        where tokens[of].word == "of" || (Self.particlesOf.contains(tokens[of].word) && Self.isAcronym(tokens[of + 1].bare))
            || isGermanOfTheBody(at: of)
        {
            // Without a given name we know, only a name by itself after "of" says the words before it are a
            // person's ("Yasutaka Uchiyama of Japan", "Rosaly Lopes of NASA"), and only when the first is no
            // ordinary English word ("Democratic Republic of Congo", "Gulf of Mexico").
            // Nor, after names no dictionary knows, does a portfolio's ordinary words ("caretaker minister Moffat Fugui of
            // Environment and Conservation").
            let unknownName = tokens[start..<of].allSatisfy { EnglishWords.listing(Substring($0.bare)) <= 1 }
            guard
                Self.isGivenName(tokens[start].bare)
                    || (namesAfterOf(of + 1, runEnd) && EnglishWords.listing(Substring(tokens[start].bare)) <= 1)
                    || unknownName && portfolioAfterOf(of + 1, runEnd)
            else { return nil }
            let name = tokens[start..<of]
            // "Marcus Hill of Burbank": a given name and a surname that is also a place word, then a place or body
            // by itself — a person of somewhere ("Park", "Hill", "Field" are families' names as well as places').
            let surnameOfAPlace =
                name.count == 2 && Self.isGivenName(tokens[start].bare) && Surnames.contains(Substring(tokens[start + 1].bare))
                && namesAfterOf(of + 1, runEnd)
            guard name.allSatisfy({ $0.isCapitalised && !$0.trailingPunctuation }),
                !name.contains(where: {
                    EntityWords.organisationWords.contains($0.bare) || Self.isTitle($0.bare)
                        || EntityWords.placeWords.contains($0.bare) && !surnameOfAPlace
                }),
                gazetteer.lookup(bares(start..<runEnd).joined(separator: " ")) == nil
            else { return nil }
            return of
        }
        return nil
    }
}
