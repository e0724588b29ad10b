import Foundation
import NewsModel
import Testing

@testable import PlainText

/// HuffPost sets a picture's credit first, in capitals, before its caption ("ASSOCIATED PRESS Education Secretary …");
/// a page of that kind outside the corpus (session 46) showed the caption read as the standfirst and the agency as a
/// body of the story. AP's wire copy lists its picture numbers the same way ("AP Photo XNP101, XNP102"), which is no
/// caption. The page is written for the test.
@Suite struct CreditFirstCaptionTests {
    @Test("a credit in capitals before the caption under the headline is the picture's credit")
    func creditFirstCaption() {
        let page = """
            Vandalized Office At Transport Department Under Investigation

            ASSOCIATED PRESS Transport Secretary Helen Marsh "took immediate action" after the damage was reported, her spokesperson said.

            Federal authorities are investigating after an employee's possessions at the Department of Transportation were vandalized last week.

            "We can confirm there was an incident involving an employee's personal belongings on the third floor," a spokesperson said in a statement.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.creditline == "ASSOCIATED PRESS", "\(item.pictures)")
        #expect(item.pictures.first?.caption?.hasPrefix("Transport Secretary Helen Marsh") == true, "\(item.pictures)")
        #expect(item.body.first?.text.hasPrefix("Federal authorities are investigating") == true, "\(item.body.map(\.text))")
    }

    @Test("only an agency's name in capitals before a sentence is a leading credit")
    func leadingCreditNeedsAnAgencyAndASentence() {
        #expect(
            PictureCredit.leadingCapitalsCredit(in: "SAUL LOEB/AFP VIA GETTY IMAGES President Joe Biden speaks in the Rose Garden.")?.credit
                == "SAUL LOEB/AFP VIA GETTY IMAGES")
        #expect(PictureCredit.leadingCapitalsCredit(in: "AP Photo XNP101, XNP102, XNP103, XNP104") == nil)
        #expect(PictureCredit.leadingCapitalsCredit(in: "WASHINGTON The Senate voted on Tuesday to pass the bill.") == nil)
        #expect(PictureCredit.leadingCapitalsCredit(in: "NASA Administrator Bill Nelson said the launch would go ahead.") == nil)
    }
}
