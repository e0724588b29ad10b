import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Conventions met in session 33 on copy written in the manner of a German public broadcaster's site and a British
/// regional paper: teaser boxes set between the story's sections, and headings that quote someone.
@Suite struct TeaserBoxAndQuotedHeadingTests {
    static let broadcasterPage = """
        Streik bei der Bahn

        Lokführer legen Fernverkehr für zwei Tage lahm

        Stand: 03.12.2026 07:12 Uhr

        Die Gewerkschaft der Lokführer hat ihre Mitglieder zu einem zweitägigen Streik aufgerufen. Betroffen sind vor allem Fernzüge, aber auch der Regionalverkehr in mehreren Bundesländern.

        Von Anna Berg und Markus Feld, WDR

        Seit dem frühen Donnerstagmorgen stehen in weiten Teilen Deutschlands die Züge still. Nach Angaben der Deutschen Bahn fallen rund 80 Prozent der Fernverbindungen aus, im Regionalverkehr sind es je nach Region bis zu 60 Prozent.

        Die Gewerkschaft fordert eine Lohnerhöhung von acht Prozent und eine kürzere Wochenarbeitszeit für Schichtarbeiter. Die Bahn hatte zuletzt fünf Prozent über zwei Jahre angeboten.

        Tarifkonflikt

        Wie die Schlichtung im Frühjahr scheiterte

        Die Gespräche zwischen Bahn und Gewerkschaft waren im April nach drei Wochen abgebrochen worden. | mehr

        Pendler müssen umplanen

        In Köln und Düsseldorf bildeten sich schon am Morgen lange Schlangen an den Bussteigen. Viele Pendler wichen auf das Auto aus, auf den Autobahnen rund um die Städte staute sich der Verkehr.

        Ein Sprecher der Bahn sagte, man bedauere die Einschränkungen für die Fahrgäste. Tickets für die betroffenen Tage könnten kostenlos erstattet werden.

        "Wir haben keine Wahl"

        Der Vorsitzende der Gewerkschaft verteidigte den Streik. "Wir haben keine Wahl, die Bahn hat uns kein ernsthaftes Angebot gemacht", sagte er am Mittwochabend in Frankfurt.

        Verkehrsminister Peter Sander rief beide Seiten auf, an den Verhandlungstisch zurückzukehren. Ein weiterer Streik vor Weihnachten müsse verhindert werden.

        Güterverkehr

        Industrie warnt vor Engpässen

        Chemie- und Stahlunternehmen fürchten Lieferausfälle, wenn der Streik länger dauert. | mehr

        Der Streik soll am Freitagabend um 22 Uhr enden. Die Bahn rechnet damit, dass der Fernverkehr erst am Samstagmittag wieder planmäßig läuft.
        """

    static let regionalPage = """
        City council approves new tram line despite cost concerns

        The £310m line will link the airport with the city centre by 2030

        By Sarah Holt
        Transport correspondent

        Councillors have approved a new tram line linking the airport with the city centre, despite warnings that the cost could rise further.

        The 9-mile route, which will have 12 stops, was backed by 41 votes to 17 at a full council meeting on Tuesday evening.

        Opponents said the £310m budget was unrealistic and that residents would end up paying for any overspend through higher council tax.

        Transport

        Bus fares frozen for another year

        The mayor says the freeze will save commuters up to £200 a year on average across the region. » More

        ‘We cannot wait another decade’

        The council's transport lead, Priya Nair, said the line would take thousands of cars off the road each day and open up jobs near the airport to people without a car.

        "This is a once in a generation chance to fix how people get around this city, and we cannot afford to miss it," she told the meeting.

        Construction is expected to begin in 2027, with the first trams running three years later.
        """

    @Test("a teaser box between sections (kicker, title, summary ending \"| mehr\") gives a related link, no headings")
    func teaserBoxWithMoreLink() {
        let item = PlainTextReader().read(text: Self.broadcasterPage).item
        #expect(item.links.map(\.title) == ["Wie die Schlichtung im Frühjahr scheiterte", "Industrie warnt vor Engpässen"])
        let headings = item.body.compactMap { block -> String? in
            if case .subheading(let text, _) = block { return text }
            return nil
        }
        #expect(headings == ["Pendler müssen umplanen", "\"Wir haben keine Wahl\""], "\(headings)")
        // The summaries and kickers are furniture, kept as notes, not the story's text.
        #expect(!item.body.contains { $0.text.contains("| mehr") || $0.text == "Tarifkonflikt" || $0.text == "Güterverkehr" })
        #expect(item.preserved.contains { $0.container == "note" && $0.serialized == "Güterverkehr" })
    }

    @Test("an English box whose summary ends \"» More\": its title is the related link, the summary no paragraph")
    func teaserBoxWithMoreGuillemet() {
        let item = PlainTextReader().read(text: Self.regionalPage).item
        #expect(item.links.map(\.title) == ["Bus fares frozen for another year"])
        #expect(!item.body.contains { $0.text.hasSuffix("» More") })
        #expect(item.body.count == 8, "\(item.body.map(\.text))")
    }

    @Test("a summary's more link is told from a menu of links and from story text")
    func moreLinkShapes() {
        #expect(RoleRules.endsWithMoreLink("Der Rüstungskonzern Rheinmetall gerät in Italien unter Druck. | mehr"))
        #expect(RoleRules.endsWithMoreLink("Le gouvernement promet des mesures avant l'hiver › Lire la suite"))
        #expect(!RoleRules.endsWithMoreLink("Home | News | Sport | More"))
        #expect(!RoleRules.endsWithMoreLink("The vote was 41 to 17 | the council said more would follow."))
        #expect(!RoleRules.endsWithMoreLink("Nachrichtenatlas | Deutschland | Düsseldorf"))
        // Cyrillic letters end in the separators' last bytes ("л" is D0 BB): only the separators count.
        #expect(RoleRules.endsWithMoreLink("Правительство пообещало принять меры до зимы | далее"))
        #expect(!RoleRules.endsWithMoreLink("Правительство пообещало принять меры до зимы и весны, сказал посол"))
    }

    @Test("a few quoted words without a stop, over a paragraph, are a heading; a quoted sentence stays a paragraph")
    func quotedHeadings() {
        let text = """
            Der Streik soll am Freitagabend enden, teilte die Gewerkschaft am Mittwoch in Frankfurt mit.

            "Wir haben keine Wahl"

            Der Vorsitzende der Gewerkschaft verteidigte den Streik am Abend vor Journalisten in Frankfurt und kündigte weitere Aktionen an.

            "Wir haben keine Wahl."

            Die Bahn nannte das Vorgehen unverhältnismäßig und verwies auf ihr Angebot vom Oktober, das weiter gelte.
            """
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(text: String($0.element), number: $0.offset + 1, indentation: 0)
        }
        let (blocks, shapes) = ArticleAssembly.blocks(of: lines)
        var roles = [LineRole](repeating: .body, count: blocks.count)
        RoleRules.quotedHeadingsOverParagraphs(blocks, shapes, &roles)
        #expect(roles == [.body, .subheading, .body, .body, .body], "\(roles)")
    }

    @Test("where the page sets two subheadings, a few unpunctuated words alone between paragraphs are one more")
    func headingsLikeTheOthers() {
        let text = """
            Situación de superioridad del fiscal

            Para el instructor, las diligencias practicadas dan un elevado grado de probabilidad a los hechos investigados.

            Distinto valor a los testigos

            El juez no tiene en cuenta el testimonio de los periodistas, que aseguraron haber recibido la información antes.

            El juez defiende la imparcialidad de la UCO

            El auto destaca que los informes de la unidad han aportado en las diligencias una información de peso y relevancia.

            Según el auto, la secuencia de los mensajes

            revela prisas por parte del fiscal general en la mañana del 14 de marzo, antes de la publicación de la nota.
            """
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(text: String($0.element), number: $0.offset + 1, indentation: 0)
        }
        let (_, shapes) = ArticleAssembly.blocks(of: lines)
        var roles: [LineRole] = [.subheading, .body, .subheading, .body, .body, .body, .body, .body]
        RoleRules.headingsLikeTheSubheadings(shapes, &roles)
        #expect(roles == [.subheading, .body, .subheading, .body, .subheading, .body, .body, .body], "\(roles)")
        // With one subheading on the page, the page shows no such habit.
        var fewer: [LineRole] = [.body, .body, .subheading, .body, .body, .body, .body, .body]
        RoleRules.headingsLikeTheSubheadings(shapes, &fewer)
        #expect(fewer[4] == .body)
    }

    @Test("a deck of twelve words the model took for the headline, under a shorter headline it left out, is the standfirst")
    func headlineAboveItsDeck() {
        let text = """
            Traffic on the freeway near the airport (Getty/Jane Doe)

            Despite everything, U.S. emissions dipped in 2019

            Coal has been in a slow-motion death spiral over the past ten years

            Science news

            Storm season ends with fewer hurricanes than forecasters had expected in the spring
            """
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(text: String($0.element), number: $0.offset + 1, indentation: 0)
        }
        let (_, shapes) = ArticleAssembly.blocks(of: lines)
        var roles: [LineRole] = [.caption, .other, .headline, .other, .other]
        RoleRules.headlineAboveItsStandfirst(shapes, &roles)
        #expect(roles == [.caption, .headline, .other, .other, .other], "\(roles)")
        // A kicker of two words over a headline of thirteen: the headline stays.
        var kicker: [LineRole] = [.caption, .other, .other, .other, .headline]
        RoleRules.headlineAboveItsStandfirst(shapes, &kicker)
        #expect(kicker[4] == .headline)
    }
}
