import Testing

@testable import NewsMLG2

/// The writer sets each line of what the plain-text reader kept out of the story as an edNote; it cuts the lines on the
/// bytes now, where `split(separator: "\n")` walked the text's Characters (session 55's profile). The cut must stay the
/// Character split's: a CR LF is one Character that split leaves whole, and empty lines are dropped.
@Suite struct PreservedLinesTests {
    @Test(
        "lines are cut at each line feed as the Character split cuts them",
        arguments: ["", "one", "one\ntwo", "\n\none\n\ntwo\n", "a\r\nb\nc", "é\n\u{301}x\n", "tab\there\n  spaced  \n"])
    func sameAsCharacterSplit(text: String) {
        #expect(NewsMLG2Writer.nonEmptyLines(of: text) == text.split(separator: "\n").map(String.init))
    }
}
