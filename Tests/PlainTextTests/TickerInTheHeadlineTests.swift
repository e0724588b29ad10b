import NewsModel
import Testing

@testable import PlainText

/// Reuters' 1987 titles set a company's ticker in angle brackets, sometimes with no space before the next word
/// ("BROWNING-FERRIS <BFI>WASTE DISPOSAL SITE CLEARED"); taking the ticker out ran the words together (unseen
/// Reuters-21578 copy, session 54). The stories are written for these tests.
@Suite struct TickerInTheHeadlineTests {
    @Test("a ticker set against the next word leaves a space")
    func tickerAgainstTheNextWord() {
        let copy = """
            HARTWELL MILLS <HWM>PAPER PLANT CLEARED
                PORTLAND, Maine, March 3 - Hartwell Mills Inc said state
            regulators cleared its paper plant near Bangor.
             Reuter
            """
        let item = PlainTextReader().read(text: copy).item
        #expect(item.headlines.first?.text == "HARTWELL MILLS PAPER PLANT CLEARED", "\(item.headlines)")
        #expect(item.keywords.contains("HWM"), "\(item.keywords)")
    }

    @Test("a ticker before a comma leaves no space before it")
    func tickerBeforeAComma() {
        let copy = """
            HARTWELL MILLS <HWM>, BRANDT SIGN CONTRACT
                PORTLAND, Maine, March 3 - Hartwell Mills Inc said it signed
            a supply contract with Brandt Industries Inc.
             Reuter
            """
        let item = PlainTextReader().read(text: copy).item
        #expect(item.headlines.first?.text == "HARTWELL MILLS, BRANDT SIGN CONTRACT", "\(item.headlines)")
    }
}
