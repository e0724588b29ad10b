import NewsModel
import PlainText
import Testing

@testable import Entities

/// "Her Royal Highness" had become a person called "Royal Highness" (a royal story read in session 57). The text is
/// written for this test.
@Suite struct StylesOfAddressTests {
    @Test("a style of address is no one's name", arguments: ["Her Royal Highness", "His Excellency", "Your Majesty", "His Holiness"])
    func styleOfAddress(_ style: String) {
        let story = """
            Palace thanks public for messages

            The palace said on Friday it had received thousands of messages for the family. "We would like to thank everyone who wrote to \(style)," a spokeswoman for Buckingham Palace said.
            """
        let item = PlainTextReader().read(Array(story.utf8)).item
        let names = EntityRecognizer().recognise(in: item).map(\.name)
        #expect(!names.contains { style.hasSuffix($0) }, "\(names)")
        #expect(names.contains("Buckingham Palace"), "\(names)")
    }
}
