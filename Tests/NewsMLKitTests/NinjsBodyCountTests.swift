import NewsModel
import Testing

@testable import Ninjs

/// The body's word and character counts in ninjs (words on the bytes for ASCII text, characters by NewsModel's
/// `characterCount`), held to the Character counts they stand in for.
@Suite("ninjs body counts")
struct NinjsBodyCountTests {
    static let texts: [String] = [
        "", " ", "one", "two words", "  leading and trailing  ", "tab\tand\nnewline\rreturn\r\nCRLF", "form\u{0B}feed\u{0C}end",
        "controls\u{1C}\u{1D}\u{1E}\u{1F}stay", "dots...and—dashes", "café au lait", "no\u{A0}break", "em\u{2003}space",
        "e\u{301} mark", " \u{301}mark after a space", "👍🏽 emoji", "Москва и Киев", "\r\n\r\n", "a\rb\nc",
    ]

    @Test("words are the Character split at white space, characters the Character count")
    func countsAsCharacters() {
        for text in Self.texts {
            #expect(NinjsWriter.wordCount(text) == text.split(whereSeparator: { $0.isWhitespace }).count, "\(text.debugDescription)")
            #expect(text.characterCount == text.count, "\(text.debugDescription)")
        }
    }
}
