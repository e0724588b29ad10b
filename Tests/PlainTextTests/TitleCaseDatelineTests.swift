import Foundation
import NewsModel
import Testing

@testable import PlainText

/// "Indianapolis – Several thousand teachers …" (a gold key's dateline, an American paper printing AP's copy), "Praha -
/// Vláda …" (Czech agency copy) and "Tunis - Tunisian police …" were read as the first paragraph's words: only a place
/// in capitals, a date or an agency made a dateline. The stories are written for this test.
@Suite struct TitleCaseDatelineTests {
    @Test(
        "a place in small letters, a dash between spaces, then the story's sentence",
        arguments: [
            (
                "Harbourville – Hundreds of fishermen blocked the port on Tuesday to protest against new catch limits that they say will ruin the town.",
                "Harbourville"
            ),
            (
                "Praha - Vláda v úterý schválila nová pravidla pro stavební řízení, která mají zkrátit čekání na povolení o polovinu.",
                "Praha"
            ),
            (
                "San Marino - The small republic will hold a referendum next spring on joining the European Union, its government said.",
                "San Marino"
            ),
        ])
    func datelines(lead: String, place: String) {
        let item = PlainTextReader().read(text: "Headline of the story\n\n\(lead)\n\nA second paragraph follows here.\n").item
        #expect(item.dateline == place, "\(String(describing: item.dateline))")
        #expect(storyParagraphTexts(item).first?.hasPrefix(place) == false, "\(storyParagraphTexts(item))")
    }

    @Test(
        "a label, a short line or a sentence's own dash is no dateline",
        arguments: [
            "Update - The council said the road would reopen on Friday after repairs to the bridge were finished early.",
            "Exclusive – The minister told us that the plan would be published before the end of the month, officials said.",
            "Harbourville – Hundreds blocked the port.",
            "The mayor - who was elected last year - said the port would stay open for the fishing fleet until the summer.",
        ])
    func notDatelines(lead: String) {
        let item = PlainTextReader().read(text: "Headline of the story\n\n\(lead)\n\nA second paragraph follows here.\n").item
        #expect(item.dateline == nil, "\(String(describing: item.dateline))")
    }
}
