import NewsModel
import PlainText
import Testing

@testable import Entities

/// "the Economist Intelligence Unit (EIU) said" lost its first word to the role "Economist", and "Telecom Colombia" was a
/// person (Reuters copy read in session 57). The texts are written for these tests.
@Suite struct RoleWordOpeningABodyTests {
    @Test("a role's word that opens a body's name is the name's first word; before a person it is a title")
    func roleWordOpeningABody() {
        let story = """
            OECD GROWTH SEEN SLOWING

            LONDON, March 9 - Growth in the industrial nations will slow this year, the Economist Intelligence Unit said, and Economist Jane Porter of the Founder of Harbour Robotics Inc said exports would suffer.
            """
        let item = PlainTextReader().read(Array(story.utf8)).item
        let names = EntityRecognizer().recognise(in: item).map(\.name)
        #expect(names.contains("Economist Intelligence Unit"), "\(names)")
        #expect(names.contains("Jane Porter"), "\(names)")
        #expect(!names.contains { $0.hasPrefix("Founder") }, "\(names)")
    }

    @Test("a telephone company named head first is an organisation")
    func telecomHeadFirst() {
        let story = """
            PLESSEY WINS EXCHANGE CONTRACT

            LONDON, March 9 - The contract was one of the largest awarded by Telecom Colombia in ten years, and Telekom Austria bid too.
            """
        let item = PlainTextReader().read(Array(story.utf8)).item
        let kinds = Dictionary(EntityRecognizer().recognise(in: item).map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["Telecom Colombia"] == .organisation, "\(kinds)")
        #expect(kinds["Telekom Austria"] == .organisation, "\(kinds)")
    }
}
