import Foundation
import NewsModel
import Testing

@testable import PlainText

/// An e-paper page read in session 58 marked its lead with a dash ("- Auch wenn es eine heiße Spur … nicht gibt: …"),
/// which made the story's first paragraph a list of one (or, with no byline over it, a line of the head); and an Italian page's "Leggi articolo completo" (read the
/// whole story) had become a subheading. The pages are written for this test.
@Suite struct DashedParagraphTests {
    @Test("one dashed paragraph of prose among plain ones is a paragraph")
    func dashedLead() {
        let page = """
            Staatsanwaltschaft arbeitet auf Hochtouren

            Land sagt zwei weitere Stellen zu – Jahrespressekonferenz erinnert an die wichtigsten Verfahren

            - Von Anna Beispiel

            - Auch wenn es eine heiße Spur im Mordfall derzeit nicht gibt, wollen die Ermittler das Verfahren nicht einstellen. Das hat der Pressesprecher der Staatsanwaltschaft am Freitag versichert. Es ist der bekannteste Fall, der die Behörde im vergangenen Jahr beschäftigt hat.

            „Wir haben noch Hoffnung, dass der Fall gelöst wird“, sagte der Sprecher beim traditionellen Termin in der Bibliothek der Behörde.

            Seit dem vergangenen Jahr gehe wöchentlich mindestens ein Hinweis ein, sagte der Sprecher. Die Sonderkommission ruht derzeit.
            """
        let item = PlainTextReader().read(text: page).item
        let paragraphs = storyParagraphTexts(item)
        #expect(paragraphs.count == 3, "\(item.body)")
        #expect(paragraphs.first?.hasPrefix("Auch wenn es eine heiße Spur") == true, "\(paragraphs)")
        #expect(!item.body.contains { if case .list = $0 { true } else { false } }, "\(item.body)")
    }

    @Test("the dashed lead right under the headline, with no byline between, opens the story")
    func dashedLeadUnderTheHeadline() {
        let page = """
            Staatsanwaltschaft arbeitet auf Hochtouren

            - Auch wenn es eine heiße Spur im Mordfall derzeit nicht gibt, wollen die Ermittler das Verfahren nicht einstellen. Das hat der Pressesprecher der Staatsanwaltschaft am Freitag versichert. Es ist der bekannteste Fall, der die Behörde im vergangenen Jahr beschäftigt hat.

            „Wir haben noch Hoffnung, dass der Fall gelöst wird“, sagte der Sprecher beim traditionellen Termin in der Bibliothek der Behörde.
            """
        #expect(rolesAfterRules(page, [.headline, .other, .body]) == [.headline, .body, .body])
        let paragraphs = storyParagraphTexts(PlainTextReader().read(text: page).item)
        #expect(paragraphs.first?.hasPrefix("Auch wenn es eine heiße Spur") == true, "\(paragraphs)")
    }

    @Test("a list of short dashed points stays a list")
    func dashedList() {
        let page = """
            Council approves new budget

            The council approved the budget on Tuesday. It includes:

            - New buses for the city's three busiest routes
            - A second swimming pool in the north of the city

            The mayor said the plan would be paid for without raising taxes.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.body.contains { if case .list(let items, _) = $0 { items.count == 2 } else { false } }, "\(item.body)")
    }

    @Test("a link to the whole story heads nothing")
    func readFullArticle() {
        #expect(NavigationLabel.kind(of: "Leggi articolo completo") == .furniture)
        #expect(NavigationLabel.kind(of: "Read full article") == .furniture)
    }
}
