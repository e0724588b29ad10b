/// German and Dutch write the shared tail of two compounds once: "Nord- und Südamerika" is North and South America,
/// "Noord- en Zuid-Holland" two provinces. The first name is its own word plus the second compound's tail.
extension CandidateScanner {
    /// The conjunctions between a truncated compound and the whole one.
    private static let compoundConjunctions: Set<String> = ["und", "oder", "sowie", "bzw.", "en", "of"]

    /// The whole name of a truncated compound at `index` ("Nord-" before "und Südamerika": "Nordamerika") when the
    /// gazetteer knows it; the compound's tail is the shortest ending of the next word that makes a known name.
    func truncatedCompound(at index: Int) -> String? {
        // The hyphen first: this is asked at every capitalised word.
        guard index + 2 < tokens.count, case let stem = field(index, \.word), stem.utf8.last == UInt8(ascii: "-"),
            stem.utf8.count >= 3, Self.compoundConjunctions.contains(field(index + 1, \.word)), field(index + 2, \.isCapitalised)
        else { return nil }
        let head = stem.dropLast()
        let whole = field(index + 2, \.bare)
        // From the third letter on: one or two letters are no compound's first part.
        var tail = whole.index(whole.startIndex, offsetBy: 2, limitedBy: whole.endIndex) ?? whole.endIndex
        while tail < whole.endIndex {
            let ending = whole[tail...]
            // "Zuid-Holland": the tail keeps its hyphen; "Südamerika": the tail goes on in small letters.
            if ending.first == "-" || ending.first?.isLowercase == true, ending.count >= 3 {
                let name = String(head) + ending
                if gazetteer.lookup(name) != nil { return name }
            }
            whole.formIndex(after: &tail)
        }
        return nil
    }
}
