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

/// Reuters' datelines as its 1987 copy writes them beside the usual "SALVADOR, Feb 26 -": the month in capitals, and a
/// company's name in angle brackets opening the story. The stories are written for these tests.
@Suite struct WireDatelineVariantTests {
    @Test("a month in capitals dates the dateline")
    func monthInCapitals() {
        let copy = """
            HALVORSEN CHEMICAL RAISES MARGINS
                OSLO, MARCH 3 - Halvorsen Chemical A/S reported higher
            margins in 1986, its chairman said.
                The company said volumes rose five pct.
             Reuter
            """
        let item = PlainTextReader().read(text: copy).item
        #expect(item.dateline == "OSLO, MARCH 3", "\(String(describing: item.dateline))")
        #expect(item.body.first?.text.hasPrefix("Halvorsen Chemical A/S reported") == true, "\(item.body.map(\.text))")
    }

    @Test("a bracketed company's name right after the dash opens the story")
    func bracketedNameAfterTheDash() {
        let copy = """
            BRANDT RESOURCES TAKES WRITEDOWN
                CALGARY, Alberta, March 3 - <Brandt Resources
            Ltd> said its 1986 loss was mainly due to a writedown on its
            coal properties.
                Brandt earlier reported a loss of 12.4 mln dlrs.
             Reuter
            """
        let item = PlainTextReader().read(text: copy).item
        #expect(item.dateline == "CALGARY, Alberta, March 3", "\(String(describing: item.dateline))")
        #expect(item.located?.names.first == "CALGARY", "\(String(describing: item.located))")
        #expect(item.body.first?.text.hasPrefix("<Brandt Resources Ltd> said") == true, "\(item.body.map(\.text))")
    }

    @Test("a lowercase word in angle brackets after a dash opens no dateline's story")
    func markupAfterTheDash() {
        let copy = """
            Rates
            OSLO, March 3 - <b>bold</b> text that some page left in.
            """
        let item = PlainTextReader().read(text: copy).item
        #expect(item.dateline == nil, "\(String(describing: item.dateline))")
        #expect(item.body.first?.text.hasPrefix("OSLO, March 3 - <b>bold</b>") == true, "\(item.body.map(\.text))")
    }
}
