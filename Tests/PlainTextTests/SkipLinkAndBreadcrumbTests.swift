import Foundation
import NewsModel
import Testing

@testable import PlainText

/// A web page's head as an extraction leaves it (session 45): the skip links a site sets for keyboards and screen
/// readers, a breadcrumb trail under its "You are here:" label that ends with the story's title, and the site's
/// masthead (its address and motto). None is the headline. The pages are written in the manner of German regional news sites.
@Suite struct SkipLinkAndBreadcrumbTests {
    @Test("skip links in the reader's languages are a widget; a sentence that starts like one is not")
    func skipLinksAreWidgets() {
        for line in [
            "Skip to main content", "Skip to content", "Direkt zum Inhalt Direkt zur Navigation", "Zum Inhalt springen",
            "Aller au contenu principal", "Saltar al contenido", "Vai al contenuto", "Přejít na obsah", "Перейти к содержанию",
            // The menu's link beside the content's (session 46, a Czech news site).
            "Přejít k obsahu | Přejít k hlavnímu menu", "Skip to content | Skip to main menu", "Aller au contenu | Aller au menu",
        ] {
            #expect(LineRules.widget.matches(in: line), "\(line)")
        }
        for line in ["Skip to the end of the road and turn left.", "Zum Inhalt des Vertrags äußerte sich der Minister nicht."] {
            #expect(!LineRules.widget.matches(in: line), "\(line)")
        }
    }

    @Test("\"Direkt zum Inhalt\" over the page heads no story: the headline is the title under it")
    func skipLinksAreNoHeadline() {
        let page = """
            Direkt zum Inhalt Direkt zur Navigation

            Stadtrat beschließt Haushalt für Straßen

            Der Stadtrat hat am Dienstag einen Haushalt von vier Millionen Euro für Straßenreparaturen beschlossen, sagte der Bürgermeister.

            Die Arbeiten sollen im März beginnen und bis zum Jahresende dauern.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headline == "Stadtrat beschließt Haushalt für Straßen", "\(item.headlines)")
    }

    @Test("\"Sie sind hier: Startseite Nachrichten …\" is navigation; the title it ends with is the headline, no byline")
    func labelledBreadcrumbIsNavigation() {
        let page = """
            Direkt zum Inhalt Direkt zur Navigation
            Sie sind hier: Startseite Nachrichten Politik Landesminister nur noch geschäftsführend im Amt

            Landesminister nur noch geschäftsführend im Amt

            Archivmeldung vom 22.10.2013

            Die Landesregierung ist seit Dienstagnachmittag nur noch geschäftsführend im Amt. Das Kabinett erhielt vom Landtagspräsidenten seine Entlassungsurkunden.

            "Das war eine spannende Zeit, die hinter mir liegt", schrieb der bisherige Gesundheitsminister Tobias Wendland.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headline == "Landesminister nur noch geschäftsführend im Amt", "\(item.headlines)")
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        #expect(!item.descriptions.contains { $0.text.hasPrefix("Sie sind hier") }, "\(item.descriptions)")
        #expect(RoleRules.opensWithBreadcrumbLabel("You are here: Home › News › Council approves budget"))
        #expect(!RoleRules.opensWithBreadcrumbLabel("Sie sind hier, sagte der Minister, um zu helfen."))
    }

    @Test("a site's masthead, \"NEWSWIRE-DAILY.org - Press Release Distribution\", heads no story")
    func mastheadIsNoHeadline() {
        let page = """
            NEWSWIRE-DAILY.org - Press Release Distribution
            PRESS RELEASES DISTRIBUTION

            Pressure for quick results puts research under strain, study shows

            Research may be in decline because of growing pressure to report only positive results, a new analysis suggests.

            A study by the University of Dunmore examined more than 4,600 papers published between 1990 and 2007.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headline == "Pressure for quick results puts research under strain, study shows", "\(item.headlines)")
        #expect(RoleRules.isMasthead("Example.com | Local news"))
        #expect(!RoleRules.isMasthead("Amazon.com reports record holiday sales"))
    }
}
