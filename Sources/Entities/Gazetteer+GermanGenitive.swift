import NewsModel

extension Gazetteer {
    /// The place a German word names in the genitive ("Deutschlands", "Europas"), with its nominative: the word less
    /// its -s, when that is a place the gazetteer knows and the word itself is not. A given name or surname in -s
    /// ("Georges", "Davies") is the name's own ending, never a genitive. The scanner and the resolver ask the same.
    func genitivePlace(of word: String) -> (nominative: String, entry: Entry)? {
        guard word.count > 4, word.hasSuffixOnBytes("s"), lookup(word) == nil, !GivenNames.containsName(Substring(word)),
            !Surnames.contains(Substring(word))
        else { return nil }
        let nominative = String(word.dropLast())
        guard let entry = lookup(nominative), entry.kind == .place else { return nil }
        return (nominative, entry)
    }
}
