/// Surnames of many countries (`Gazetteer/surnames.txt`, generated with the given names by
/// `scripts/generate-given-names.py` from faker's last-name tables): whether a name ends with one is a feature of
/// the entity-acceptance step — "Díaz Ayuso" and "Abu Hasira" are people even without a given name before them.
public enum Surnames {
    static let fileName = "surnames.txt"
    public static let shipped = SortedWordList.shipped(fileName)

    /// Whether `word` (as written, possessive and punctuation already off) is a known surname.
    package static func contains(_ word: Substring) -> Bool { shipped.contains(word) }

    /// Whether the shipped file is sorted as the search needs.
    public static var shippedIsSorted: Bool { SortedWordList.shippedIsSorted(fileName) }
}
