import NewsModel
import Testing

@testable import PlainText

/// Reuters' wire copy closes a story on a short sentence above its sign-off ("No reason was given." / " Reuter"); the
/// reader dropped it as a note, so the story lost its last paragraph (unseen Reuters-21578 copy, session 53). The
/// stories are written for these tests.
@Suite struct WireSignOffTests {
    @Test("a short sentence right above the sign-off is the story's last paragraph", arguments: ["Reuter", "REUTER"])
    func shortSentenceAboveTheSignOff(signOff: String) {
        let copy = """
            HALVORSEN CHEMICAL PRESIDENT RESIGNS
                TRENTON, N.J., March 3 - Halvorsen Chemical Corp, a unit of
            Brandt Industries Inc, said Paul R. Meier has resigned as
            president and his duties will be taken over by chairman
            Anne Lutz.
                No reason was given.
             \(signOff)
            """
        let item = PlainTextReader().read(text: copy).item
        #expect(item.body.count == 2, "\(item.body.map(\.text))")
        #expect(item.body.last?.text == "No reason was given.", "\(item.body.map(\.text))")
    }

    @Test("a closing line that speaks to the reader above a sign-off stays out of the story")
    func readerAddressAboveTheSignOff() {
        let copy = """
            HALVORSEN CHEMICAL PRESIDENT RESIGNS
                TRENTON, N.J., March 3 - Halvorsen Chemical Corp said Paul R.
            Meier has resigned as president.
                Thanks for reading.
             Reuter
            """
        let item = PlainTextReader().read(text: copy).item
        #expect(item.body.map(\.text).allSatisfy { !$0.contains("Thanks for reading") }, "\(item.body.map(\.text))")
    }
}
