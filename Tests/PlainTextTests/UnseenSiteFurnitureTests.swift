import Foundation
import NewsModel
import Testing

@testable import PlainText

/// What pages outside the corpus (session 46: Spanish, French, German, Austrian, Russian and Indian news sites) showed
/// the reader take for story text or a picture: a site's excerpts of other stories cut off by an ellipsis, a series
/// counter after a title ("(4/4)") read as a credit, "Lo más visto", page-template tags, a comment box under "Your
/// Comment", a typo prompt ("… press Ctrl+Enter"), Reuters' trailers in other languages and "the story continues after
/// the advertisement" notices; and a deck before the first paragraph read as a subheading, the story's last paragraph
/// signed "(APA)" read as a caption. The pages are written for these tests.
@Suite struct UnseenSiteFurnitureTests {
    @Test("excerpts cut off by an ellipsis closing the page are no part of the story")
    func truncatedExcerptsAreNoStory() {
        let page = """
            El Gobierno aprueba el plan de vivienda para jóvenes

            El Consejo de Ministros ha aprobado este martes un plan de vivienda destinado a los menores de 35 años, con ayudas de hasta 250 euros al mes para el alquiler.

            La ministra de Vivienda, Lucía Ferrández, ha explicado en rueda de prensa que las ayudas llegarán a unos 60.000 jóvenes durante el primer año.

            El plan se tramitará como real decreto y entrará en vigor el próximo mes de enero.

            Así se desprende del informe sometido a audiencia pública sobre los modelos de…

            Solamente en el mes de diciembre, el volumen de nuevas hipotecas concedidas fue de 6.877…

            En concreto, las ventas del fabricante cayeron en enero en Alemania un 59,5% respecto…
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.body.count == 3, "\(item.body.map(\.text))")
        #expect(item.body.last?.text.hasPrefix("El plan se tramitará como real decreto") == true, "\(item.body.map(\.text))")
    }

    @Test("one sentence ending in an ellipsis closes the story as its own last paragraph")
    func oneTrailingEllipsisStaysStory() {
        let page = """
            Las lluvias vuelven al norte

            La Agencia Estatal de Meteorología prevé lluvias intensas en Galicia y Asturias durante todo el fin de semana, con acumulados de hasta 80 litros.

            Los avisos amarillos se mantendrán al menos hasta el domingo por la tarde en toda la costa gallega y en el interior de Lugo.

            Protección Civil ha pedido a los conductores que eviten los desplazamientos innecesarios por las carreteras de montaña.

            El lunes, las temperaturas subirán de nuevo en toda la cornisa cantábrica y el cielo quedará por fin despejado…
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.body.count == 4, "\(item.body.map(\.text))")
    }

    @Test("a series counter after a title, \"(4/4)\", is no picture credit")
    func seriesCounterIsNoCredit() {
        #expect(PictureCredit.trailingCredit(in: "Sur l’autoroute A10 avec les gendarmes de Loir-et-Cher (4/4)") == nil)
        #expect(PictureCredit.trailingCredit(in: "Un couple escorté jusqu’au péage (Photo NR/Jean Dupuis)") != nil)
    }

    @Test("\"Lo más visto\" labels a list of links")
    func mostViewedIsALabel() {
        #expect(NavigationLabel.kind(of: "Lo más visto") == .related)
    }

    @Test("a page template's tags left in the text and a comment box under \"Your Comment\" are no story")
    func templateTagsAndCommentBox() {
        let page = """
            Council approves new bus lanes for the city centre

            The city council on Tuesday approved three new bus lanes through the centre, to be built over the next two years.

            {{^userSubscribed}} {{/userSubscribed}}

            Councillor Priya Raman said the lanes would cut journey times by a quarter for the 40,000 people who take the bus each day.

            {{^userSubscribed}} {{/userSubscribed}}

            Work on the first lane will start in March, the council said in a statement after the vote.

            Your Comment

            Type your comment in English or Tamil (Press Ctrl+g to switch between them)
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.body.count == 3, "\(item.body.map(\.text))")
        #expect(!item.body.contains { $0.text.contains("{{") }, "\(item.body.map(\.text))")
        #expect(item.pictures.isEmpty, "\(item.pictures)")
    }

    @Test("a site's prompt to report a typo (\"… press Ctrl+Enter\") is a widget in any language")
    func typoPromptIsAWidget() {
        for line in [
            "Ошибка в тексте? Выделите её и нажмите «Ctrl + Enter»", "Found a typo? Select the text and press Ctrl+Enter.",
            "Našli jste chybu? Označte text a stiskněte Ctrl+Enter",
        ] {
            #expect(LineRules.widget.matches(in: line), "\(line)")
        }
        #expect(
            !LineRules.widget.matches(
                in: "The keyboard shortcut Ctrl+Enter sends the message, the company said in a statement on Monday after users complained.")
        )
    }

    @Test("a typo prompt under the story is no picture's caption")
    func typoPromptIsNoCaption() {
        let page = """
            В Москве задержали подозреваемого в стрельбе в метро

            В Москве задержали мужчину, ранившего одного из пассажиров в метро из травматического пистолета, сообщил представитель полиции.

            Он отметил, что оружие, из которого были произведены выстрелы, принадлежит подозреваемому, и что мужчина задержан по месту жительства.

            Ранее сообщалось, что в столичной подземке один из мужчин в поезде в результате ссоры ранил другого.

            Ошибка в тексте? Выделите её и нажмите «Ctrl + Enter»
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.body.last?.text.hasPrefix("Ранее сообщалось") == true, "\(item.body.map(\.text))")
    }

    @Test("a deck before the story is no subheading; the last paragraph signed \"(APA)\" over the picture box is story text")
    func deckAndSignedLastParagraph() {
        let page = """
            Schüssel: "Auch für mich nicht einfach"

            27. Oktober 2003, 19:08
            82 Postings

            Der Kanzler klagt: Innerhalb eines Jahres arbeite er mit dem dritten Vizekanzler

            Wien - Bundeskanzler Wolfgang Schüssel betonte am Dienstagabend im Fernsehen, nach der Umbildung des Regierungsteams stünden nun in den nächsten Wochen ambitionierte Reformziele auf dem Programm.

            Den Menschen müssten die Regierungsparteien nun das Gefühl geben, an einem Strang zu ziehen. Gemeinsam solle etwas für das Land bewegt werden, zeigte sich der Bundeskanzler überzeugt. (APA)

              • Kanzler Schüssel will trotz aller Schwierigkeiten an einem Strang ziehen
                foto: standard/matthias cremer
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!item.body.contains { if case .subheading = $0 { true } else { false } }, "\(item.body)")
        #expect(item.body.last?.text.hasSuffix("überzeugt. (APA)") == true, "\(item.body.map(\.text))")
        #expect(item.pictures.count == 1, "\(item.pictures)")
    }

    @Test("Reuters' trailers in French, German, Spanish and Italian, and \"La suite après cette publicité\", are no story")
    func foreignReutersTrailersAndAdNotices() {
        for line in [
            "(Myriam Rivet et Elizabeth Pineau, édité par Yves Clarisse)", "(Bericht von Anna Weber; redigiert von Olaf Brenner)",
            "(Información de Ana Ruiz; editado en español por Pablo Sanz)", "(Reporting di Giulia Conti, editing di Marco Neri)",
        ] {
            #expect(LineRules.reportingTrailer.matches(in: line), "\(line)")
        }
        #expect(NavigationLabel.kind(of: "La suite après cette publicité") == .furniture)
        #expect(NavigationLabel.kind(of: "Weiter nach der Anzeige") == .furniture)
    }
}
