import Foundation
import NewsModel
import Testing

@testable import PlainText

/// A page that sets its title three times over the lead, read in session 57 on a French aggregator: the third copy had
/// become the story's first paragraph. The page is written for this test.
@Suite struct HeadlineSetAgainTests {
    @Test("the headline set again over the story is no paragraph of it")
    func headlineAgain() {
        let title = "Un incendie ravage un entrepôt de la zone artisanale pendant la nuit"
        let page = """
            \(title)

            \(title)
            \(title)

            Un incendie s'est déclaré dans la nuit de samedi à dimanche dans un entrepôt de la zone artisanale, mobilisant une quarantaine de pompiers pendant plusieurs heures.

            Aucun blessé n'est à déplorer, mais le bâtiment a été entièrement détruit, selon les pompiers.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == title)
        #expect(!storyParagraphTexts(item).contains(title), "\(item.body)")
        #expect(storyParagraphTexts(item).count == 2, "\(item.body)")
        // As the model read it: the third copy a paragraph.
        let roles = rolesAfterRules(page, [.headline, .other, .body, .body, .body])
        #expect(roles[2] == .other)
    }

    @Test("a story of one line that is its headline keeps its line")
    func oneLineStory() {
        let page = """
            Flash: le pont de l'île est fermé à la circulation

            Flash: le pont de l'île est fermé à la circulation
            """
        #expect(rolesAfterRules(page, [.headline, .body]) == [.headline, .body])
    }
}
