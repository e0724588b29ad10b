import NewsModel

/// A couple or siblings named with one surname: "Bill and Hillary Clinton", "Barack und Michelle Obama". The first
/// given name stands alone in the text, but names the person its surname completes.
extension CandidateScanner {
    /// The words that join two given names before their shared surname.
    private static let coupleConjunctions: Set<String> = ["and", "&", "und", "et", "y", "e", "en"]

    /// "Bill Clinton" for "Bill" of "Bill and Hillary Clinton": a given name, a conjunction, then exactly a given name and
    /// a surname. Not after a capitalised word ("Prince William and Kate Middleton" are not both Middletons; a title
    /// makes the first name a run of its own).
    func sharedSurnameName(at index: Int) -> String? {
        // The conjunction first, by its length: this is asked at every capitalised word (no token is copied before it).
        guard index + 3 < tokens.count, case let conjunction = field(index + 1, \.word), conjunction.utf8.count <= 3,
            Self.coupleConjunctions.contains(conjunction)
        else { return nil }
        let first = tokens[index]
        let second = tokens[index + 2]
        let surname = tokens[index + 3]
        guard !first.trailingPunctuation, !first.hasPossessive,
            second.isCapitalised, !second.trailingPunctuation, !second.hasPossessive, surname.isCapitalised,
            // The surname ends the name: "Rock and Roll Hall of Fame" goes on.
            index + 4 >= tokens.count || surname.trailingPunctuation || surname.endsSentence
                || !field(index + 4, \.isCapitalised) && !EntityWords.connectors.contains(field(index + 4, \.word))
                    && !Self.purposePrepositions.contains(field(index + 4, \.word)),
            index == 0 || field(index - 1, \.endsSentence) || !field(index - 1, \.isCapitalised),
            Self.isGivenName(first.bare), Self.isGivenName(second.bare), Surnames.contains(Substring(surname.bare)),
            gazetteer.lookup(surname.bare)?.kind != .organisation
        else { return nil }
        return first.bare + " " + surname.bare
    }
}
