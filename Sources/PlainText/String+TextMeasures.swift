import Foundation
import NewsModel

/// The text ends as a sentence does: a stop, a closing quotation mark or bracket.
func endsSentence(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last else { return false }
    switch last {
    case ".", "!", "?", "…", "\"", "”", "»", "'", "’", ")": return true
    // A combining mark after the punctuation makes another Character: decide on Characters.
    case _ where last.value >= 0x300 && last.properties.generalCategory == .nonspacingMark: return ".!?…\"”»'’)".contains(text.last!)
    default: return false
    }
}

/// A line reads as running text: several words and sentence punctuation, or long.
func isSentence(_ text: String) -> Bool {
    let words = text.spaceSeparatedWordCount
    return (words >= 8 && endsSentence(text)) || words >= 20
}

extension String {
    func capitalizedWords() -> String {
        split(separator: " ", omittingEmptySubsequences: false).map { word in
            let lower = word.lowercasedOnBytes()
            if ["and", "und", "et", "y", "en", "og", "of", "de", "van", "von"].contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }

    /// ANPA copy writes quotation marks as double backticks and double apostrophes.
    func replacingBacktickQuotes() -> String {
        guard contains("``") else { return self }
        return replacingOccurrences(of: "``", with: "\u{201C}").replacingOccurrences(of: "''", with: "\u{201D}")
    }
}
