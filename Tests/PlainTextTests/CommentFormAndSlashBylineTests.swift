import NewsModel
import Testing

@testable import PlainText

/// A Dominican broadcaster's page of session 54: two authors signed with a slash ("Por Hilda Made/ Anabellys Reyes"),
/// of which the reader kept the first, and WordPress's comment form in Spanish under the story, which it took for a
/// related link. The pages are written for these tests.
@Suite struct CommentFormAndSlashBylineTests {
    func page(byline: String, form: String) -> String {
        """
        Alcaldía anuncia cierre parcial del malecón por obras de drenaje

        \(byline)
        La Alcaldía de Baní anunció ayer el cierre parcial del malecón durante tres semanas para sustituir el sistema de drenaje pluvial.

        El director de obras, Ramón Peguero, explicó que los trabajos comenzarán el lunes y que el tránsito será desviado por la avenida Máximo Gómez.

        Los comerciantes de la zona pidieron que las obras se realicen de noche para no afectar las ventas.

        Deja una respuesta

        \(form)

        Noticias populares:

        A un mes de la tragedia, el dolor sigue intacto
        """
    }

    @Test(
        "two names either side of a slash are two authors; a role after it is none",
        arguments: [("Por Ana Peralta/ Luis Brito", "Ana Peralta, Luis Brito"), ("Por Ana Peralta/ Senior Writer", "Ana Peralta")])
    func namesEitherSideOfASlash(byline: String, authors: String) {
        let item = PlainTextReader().read(text: page(byline: byline, form: "Tu dirección de correo electrónico no será publicada.")).item
        #expect(item.bylines == [authors], "\(item.bylines)")
    }

    @Test(
        "WordPress's comment form in other languages is no related link",
        arguments: [
            "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
            "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
            "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
            "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
            "Vaše e-mailová adresa nebude zveřejněna. Vyžadované informace jsou označeny *",
            "Ваш адрес email не будет опубликован. Обязательные поля помечены *",
        ])
    func commentForm(form: String) {
        let item = PlainTextReader().read(text: page(byline: "Por Ana Peralta", form: form)).item
        let related = item.body.compactMap { block -> String? in
            if case .relatedTeaser(let link) = block { return link.title } else { return nil }
        }
        #expect(!related.contains(form), "\(related)")
        #expect(!storyParagraphTexts(item).contains(form), "\(item.body.map(\.text))")
    }
}
