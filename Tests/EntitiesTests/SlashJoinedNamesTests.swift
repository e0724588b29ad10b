import NewsModel
import PlainText
import Testing

@testable import Entities

/// Two names joined by a slash ("Dallas/Fort Worth", "Comcast/Xfinity") were one piece of text that no name could
/// start in: "Worth" came out alone (a press release and a Californian story read in session 57). The text is
/// written for this test.
@Suite struct SlashJoinedNamesTests {
    @Test("a slash between two names of letters splits them; an address, a unit and capitals keep theirs")
    func slashJoinedNames() {
        let story = """
            Carrier expands service

            DALLAS, March 9 - The company serves Dallas/Fort Worth and Minneapolis/St. Paul, and executives from Comcast/Xfinity attended. Prices rose to 3.25 Dlrs/Bu-Sorghum, and the band AC/DC played. Details are at example.com/Harbour today.
            """
        let item = PlainTextReader().read(Array(story.utf8)).item
        let names = EntityRecognizer().recognise(in: item).map(\.name)
        for name in ["Dallas", "Fort Worth", "Minneapolis", "Comcast", "Xfinity"] {
            #expect(names.contains(name), "\(name): \(names)")
        }
        #expect(!names.contains("Worth"), "\(names)")
        #expect(!names.contains { $0.hasPrefix("Bu-Sorghum") || $0 == "Harbour" }, "\(names)")
    }

    @Test("the tokens' offsets still point at their words")
    func offsets() {
        let text = "They flew to Dallas/Fort Worth on Monday."
        let tokens = Tokenizer.tokens(text)
        let utf16 = Array(text.utf16)
        for token in tokens {
            let slice = utf16[token.offset..<(token.offset + token.word.utf16.count)]
            #expect(String(decoding: slice, as: UTF16.self) == token.word, "\(token.word) at \(token.offset)")
        }
        #expect(tokens.map(\.bare).contains("Fort"))
    }
}
