import Foundation
import NewsModel
import Testing

@testable import PlainText

/// What unseen Latin American regional pages (session 52) showed the reader misplace: the page's only title, closing on
/// a colon ("Fuerte operativo policial en Monte Maíz:"), dropped as a label so that the page had no headline, and a
/// summary under its one-word label ("Resumen") read as the story's first paragraph. The pages are written for these
/// tests.
@Suite struct SummaryLabelAndColonTitleTests {
    @Test("the only title, closing on a colon, stays the headline, without its colon")
    func onlyTitleWithAColon() {
        let page = """
            Fuerte operativo policial en Villa Nueva:

            En la mañana de hoy, martes 7 de marzo, se llevó a cabo un fuerte operativo policial en la localidad de Villa Nueva.

            Hasta el momento se desconocen los detalles del operativo que llevó a la detención de un hombre.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Fuerte operativo policial en Villa Nueva", "\(item.headlines)")
        #expect(storyParagraphTexts(item).count == 2, "\(item.body)")
    }

    @Test("a label closing on a colon over the title still heads nothing")
    func labelOverTheTitle() {
        let page = """
            Volltextsuche über das Angebot:

            Stadt plant neuen Radweg am Fluss

            Die Stadt will bis 2027 einen neuen Radweg entlang des Flusses bauen, teilte die Verwaltung am Montag mit.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Stadt plant neuen Radweg am Fluss", "\(item.headlines)")
    }

    @Test("a summary under its one-word label is no paragraph of the story", arguments: ["Resumen", "Summary"])
    func summaryUnderItsLabel(label: String) {
        let page = """
            Capturan a hombre por presunto microtráfico en El Carmen
            \(label)
            En El Carmen, tras una alerta comunitaria, la Policía capturó a un hombre de 39 años por presunto microtráfico.
            En el municipio de El Carmen, uniformados de la Policía Nacional capturaron en flagrancia a un hombre de 39 años señalado por el delito de tráfico, fabricación o porte de estupefacientes, tras una alerta de la comunidad sobre la venta de sustancias en el lugar.
            La intervención se originó tras una alerta suministrada por la comunidad, que informó a la patrulla de la zona sobre la presunta comercialización de sustancias ilícitas en el barrio.
            """
        let paragraphs = storyParagraphTexts(PlainTextReader().read(text: page).item)
        #expect(paragraphs.count == 2, "\(paragraphs)")
        #expect(paragraphs.first?.hasPrefix("En el municipio de El Carmen") == true, "\(paragraphs)")
    }
}

/// A photographer's line for USA Today's network standing alone between paragraphs (session 52): read as a related
/// link, and — once its agency was known — with the paragraph above it, which reports what someone said, as its caption.
@Suite struct NetworkPhotoCreditTests {
    @Test("a photographer's line between paragraphs is a picture's credit; the sentence above it stays story text")
    func creditAloneBetweenParagraphs() {
        let page = """
            Three officers killed in York County shooting

            Three officers died on Wednesday after shots were fired while they answered a call in York County, officials said.

            Colonel Christopher Paris said there were many details officials were not ready to release.

            Harrison Jones / York Daily Record / USA Today Network via Imagn

            "We can confirm the shooter is dead," he said at a news conference on Wednesday evening.

            The two wounded officers were in critical but stable condition.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.links.isEmpty, "\(item.links)")
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.caption == nil, "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Harrison Jones / York Daily Record / USA Today Network via Imagn", "\(item.pictures)")
        #expect(
            storyParagraphTexts(item).contains(
                "Colonel Christopher Paris said there were many details officials were not ready to release."))
    }

    @Test("a summary box's label in the copy's language keeps its lines out of the story", arguments: ["What we know", "Lo que sabemos"])
    func summaryLabels(label: String) {
        let page = """
            Storm leaves thousands without power

            \(label)
            More than 40,000 homes lost power overnight as the storm crossed the state.
            Crews expect to restore most lines by Friday, the utility said.

            More than 40,000 homes and businesses lost power overnight as the storm crossed the state, the utility said on Thursday.

            Crews from three neighbouring states have been called in to help restore the lines, a spokeswoman said.
            """
        let paragraphs = storyParagraphTexts(PlainTextReader().read(text: page).item)
        #expect(paragraphs.count == 2, "\(paragraphs)")
        #expect(!paragraphs.contains { $0.contains("Crews expect") }, "\(paragraphs)")
    }
}
