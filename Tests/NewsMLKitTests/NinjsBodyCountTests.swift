import NewsModel
import Testing

/// The body's word and character counts in ninjs (NewsModel's `wordCount` and `characterCount`, on the bytes where
/// every scalar is a Character of its own), held to the Character operations they stand in for.
@Suite("ninjs body counts")
struct NinjsBodyCountTests {
    static let texts: [String] = [
        "", " ", "one", "two words", "  leading and trailing  ", "tab\tand\nnewline\rreturn\r\nCRLF", "form\u{0B}feed\u{0C}end",
        "controls\u{1C}\u{1D}\u{1E}\u{1F}stay", "dots...and—dashes", "café au lait", "no\u{A0}break", "em\u{2003}space",
        "e\u{301} mark", " \u{301}mark after a space", "👍🏽 emoji", "Москва и Киев", "\r\n\r\n", "a\rb\nc",
        "next\u{85}line", "line\u{2028}separator", "narrow\u{202F}space", "joined\u{200D} \u{200D}word", "© ® ‼ marks",
        "\u{600} 1 prepended", "Zürich – “quoted” … façade", "\u{A0}\u{A0}", "ends\u{A0}", "ß œ ǅ ʼ ˈ",
    ]

    @Test("words are the Character split at white space, characters the Character count")
    func countsAsCharacters() {
        for text in Self.texts {
            #expect(text.wordCount == text.split(whereSeparator: { $0.isWhitespace }).count, "\(text.debugDescription)")
            #expect(text.characterCount == text.count, "\(text.debugDescription)")
        }
    }
}
