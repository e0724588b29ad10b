import Foundation
import NewsModel
import Testing

@testable import PlainText

/// A story's first section heading that the model took for a picture credit, with the lead above it left out: read in
/// session 57 on a German broadcaster's page and an English summary page, where the lead became the standfirst and the
/// heading a note. The pages are written for this test.
@Suite struct HeadingTakenForACreditTests {
    private static let page = """
        Hochwasser: Pegel an der Mosel steigt weiter

        Nach tagelangem Regen ist der Pegel der Mosel in der Nacht zum Mittwoch weiter gestiegen, Anwohner in mehreren Orten haben ihre Keller geräumt und Sandsäcke vor die Türen gelegt, wie die Stadtverwaltung mitteilte.
        Feuerwehr rechnet mit Höchststand am Abend
        Die Feuerwehr rechnet damit, dass der Fluss am Mittwochabend seinen Höchststand erreicht, und hat zusätzliche Kräfte aus den Nachbarkreisen angefordert, die in der Nacht eintreffen sollen.
        Schulen bleiben geschlossen
        In den betroffenen Orten bleiben die Schulen bis zum Ende der Woche geschlossen, teilte die Kreisverwaltung mit.
        """

    @Test("a heading between the lead and the story that the model read as a credit is a subheading, the lead the story's")
    func headingBetweenLeadAndStory() {
        let roles = rolesAfterRules(Self.page, [.headline, .other, .credit, .body, .subheading, .body])
        #expect(roles == [.headline, .body, .subheading, .body, .subheading, .body])
    }

    @Test("a credit with a credit's marks between paragraphs stays out of the headings")
    func realCreditStays() {
        let page = """
            Hochwasser: Pegel an der Mosel steigt weiter

            Nach tagelangem Regen ist der Pegel der Mosel in der Nacht zum Mittwoch weiter gestiegen, Anwohner in mehreren Orten haben ihre Keller geräumt und Sandsäcke vor die Türen gelegt, wie die Stadtverwaltung mitteilte.
            Foto: Stadtverwaltung Trier
            Die Feuerwehr rechnet damit, dass der Fluss am Mittwochabend seinen Höchststand erreicht, und hat zusätzliche Kräfte aus den Nachbarkreisen angefordert, die in der Nacht eintreffen sollen.
            """
        let roles = rolesAfterRules(page, [.headline, .body, .credit, .body])
        #expect(roles[2] != .subheading)
    }

    @Test("the whole page: every heading in the body, the lead a paragraph")
    func wholePage() {
        let item = PlainTextReader().read(text: Self.page).item
        let headings = item.body.compactMap { block -> String? in
            if case .subheading(let text, _) = block { return text }
            return nil
        }
        #expect(headings == ["Feuerwehr rechnet mit Höchststand am Abend", "Schulen bleiben geschlossen"], "\(item.body)")
        #expect(storyParagraphTexts(item).first?.hasPrefix("Nach tagelangem Regen") == true)
    }
}
