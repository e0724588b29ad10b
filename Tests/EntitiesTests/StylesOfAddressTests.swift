import NewsModel
import PlainText
import Testing

@testable import Entities

/// "Her Royal Highness" had become a person called "Royal Highness", and Italian copy's "Il Questore" (the police chief)
/// an organisation (stories read in session 57). The texts are written for these tests.
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

    @Test("an office of another language alone is no one's name")
    func officeAlone() {
        let story = """
            Furti in centro, arrestati due giovani

            I carabinieri hanno arrestato due giovani sorpresi a rubare in un negozio di via Roma. Il Questore ha espresso soddisfazione per l'intervento, e il Sindaco ha ringraziato gli agenti. Il Questore Marco Bianchi ha poi incontrato i commercianti.
            """
        let item = PlainTextReader().read(Array(story.utf8)).item
        let names = EntityRecognizer().recognise(in: item).map(\.name)
        #expect(!names.contains { $0.hasSuffix("Questore") || $0 == "Sindaco" }, "\(names)")
        #expect(names.contains("Marco Bianchi"), "\(names)")
    }
}
