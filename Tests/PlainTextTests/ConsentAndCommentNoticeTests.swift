import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Page furniture read in session 57 on German local news pages: a cookie notice that asks for consent with the verb
/// away from "we", an empty comment section, and a one-paragraph story the model set as a caption because the page's
/// last line looked like a name; and a print view's toolbar taken for the headline. The pages are written for these
/// tests.
@Suite struct ConsentAndCommentNoticeTests {
    @Test(
        "a cookie notice asking for consent is furniture in every language",
        arguments: [
            "Cookies helfen uns bei der Bereitstellung unserer Inhalte. Durch die Nutzung unserer Seiten erklären Sie sich damit einverstanden, dass wir Cookies speichern.",
            "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies pour mesurer l'audience.",
            "Al navegar por esta web aceptas el uso de cookies de terceros.",
        ])
    func consentNotice(_ notice: String) {
        #expect(LineRules.widget.matches(in: notice))
        let page = """
            \(notice)

            Stadtfest fällt wegen Sturmwarnung aus

            Das für Samstag geplante Stadtfest auf dem Marktplatz ist wegen einer Sturmwarnung des Wetterdienstes abgesagt worden, teilte die Stadtverwaltung am Freitag mit.

            Ein Ersatztermin im September wird geprüft, die bereits verkauften Karten behalten ihre Gültigkeit.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Stadtfest fällt wegen Sturmwarnung aus")
        #expect(storyParagraphTexts(item).count == 2, "\(item.body)")
        let kept = item.descriptions.map(\.text) + item.pictures.flatMap { [$0.caption, $0.creditline] }.compactMap { $0 }
        #expect(!kept.contains { $0.contains("ookie") || $0.contains("einverstanden") }, "\(kept)")
    }

    @Test("a story's sentence about cookies or consent stays story")
    func storyAboutCookies() {
        for sentence in [
            "Die Bäckerei am Markt verkauft seit Montag Cookies nach einem Rezept, mit dem alle Nachbarn einverstanden sind.",
            "Regulators said the company had not asked users whether they agree to cookies that follow them across other sites.",
        ] {
            #expect(!LineRules.widget.matches(in: sentence), "\(sentence)")
        }
    }

    @Test(
        "an empty comment section is no paragraph, a story's \"no comments\" is",
        arguments: [
            ("Kommentare", "Zu diesem Artikel wurden bisher keine Kommentare abgegeben."), ("Comments", "No comments yet"),
            ("Commentaires", "Aucun commentaire"), ("Commenti", "Nessun commento"), ("Комментарии", "Комментариев пока нет"),
        ])
    func emptyCommentSection(_ label: String, _ notice: String) {
        #expect(LineRules.widget.matches(in: notice))
        let page = """
            Bridge over the river to reopen next week

            The old bridge over the river will reopen to traffic next Monday after three months of repairs, the council said on Friday.

            A spokesman for the contractor had no comments on the delay.
            \(label)
            \(notice)
            """
        let item = PlainTextReader().read(text: page).item
        #expect(storyParagraphTexts(item).count == 2, "\(item.body)")
        // As a model reading the notice for story text would have it: the rules keep it out.
        #expect(rolesAfterRules(page, [.headline, .body, .body, .other, .body]).last == .other)
        #expect(storyParagraphTexts(item).last == "A spokesman for the contractor had no comments on the delay.")
        #expect(!LineRules.widget.matches(in: "A spokesman for the contractor had no comments on the delay."))
    }

    @Test("the one paragraph of a page is its story, not the caption of a picture it does not have")
    func oneParagraphPage() {
        let page = """
            Startseite

            Unbekannte beschädigen Bushaltestelle am Bahnhof

            In der Nacht zum Sonntag haben Unbekannte die Glasscheiben der Bushaltestelle vor dem Bahnhof eingeschlagen und die Fahrplanaushänge herausgerissen. Die Polizei schätzt den Schaden auf rund 3000 Euro und bittet Zeugen, sich bei der Wache zu melden.

            Teilen
            Weitere Informationen Ok
            """
        // As the model read such a page: the last line looked like a name, the paragraph above it like a caption.
        let roles = rolesAfterRules(page, [.other, .headline, .caption, .other, .other])
        #expect(roles == [.other, .headline, .body, .other, .other])
        // A caption beside its credit stays a caption, even on a page the model found no body in.
        let captioned = """
            Unbekannte beschädigen Bushaltestelle am Bahnhof

            In der Nacht zum Sonntag haben Unbekannte die Glasscheiben der Bushaltestelle vor dem Bahnhof eingeschlagen und die Fahrplanaushänge herausgerissen, wie die Polizei auf diesem Bild zeigt, das sie am Sonntag veröffentlicht hat.
            Foto: Polizei
            """
        #expect(rolesAfterRules(captioned, [.headline, .caption, .credit]) == [.headline, .caption, .credit])
    }

    @Test(
        "a print view's toolbar over the headline is no headline",
        arguments: ["Example.com« Back to articlePrint this article", "Print this page | Email this article"])
    func printViewToolbar(_ toolbar: String) {
        #expect(LineRules.widget.matches(in: toolbar))
        let page = """
            \(toolbar)

            Harbour ferry service to resume in spring

            March 11, 2026 10:02 IST

            The harbour ferry will run again from April after the council agreed to pay for repairs to the landing stage, officials said on Tuesday.

            The service was suspended last autumn when storms damaged the pier.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Harbour ferry service to resume in spring")
        #expect(!LineRules.widget.matches(in: "Readers were asked to print this article and bring it to the meeting on Tuesday evening."))
    }
}
