import NewsModel
import Testing

@testable import PlainText

/// A related list that sets its section's name over every title ("España" / "Vídeo | Sigue en directo …"), read on a
/// Spanish page in session 55: its last title, which ends on a full stop, became the story's last paragraph. The page
/// is written for this test.
@Suite struct SectionLabelledTeaserTests {
    private static func page(lastTitle: String) -> String {
        """
        El Gobierno aprueba el plan de vacunación

        El presidente del Gobierno, Pedro Sánchez, ofrecerá este martes la rueda de prensa tras el Consejo de Ministros, en la que informará del plan de vacunación.

        Será el propio Sánchez quien detalle lo que se ha aprobado en el Consejo de Ministros y quien responda a las preguntas de los periodistas.

        La comparecencia se produce en un momento en el que la incidencia está en claro ascenso en la mayoría de comunidades autónomas.
        España
        Vídeo | Sigue en directo la comparecencia de Pedro Sánchez tras el Consejo de Ministros
        España
        Vídeo | Sigue la rueda de prensa de la ministra de Sanidad tras el Consejo Interterritorial
        España
        \(lastTitle)
        """
    }

    @Test("the last title under the repeated section label is a related link, though it ends on a stop")
    func lastTitleUnderTheLabel() {
        let title = "La Policía tira abajo la puerta de una casa por una fiesta ilegal sin orden judicial."
        let item = PlainTextReader().read(text: Self.page(lastTitle: title)).item
        #expect(!storyParagraphTexts(item).contains(title), "\(item.body.map(\.text))")
        #expect(item.links.contains { $0.title == title }, "\(item.links.map(\.title))")
        #expect(storyParagraphTexts(item).count == 3, "\(item.body.map(\.text))")
    }
}

/// US local news pages set related links into the story between its paragraphs ("* Man Shot at Dallas Gas Station
/// …"); a short sentence of the story above such a link had no paragraph straight under it, so the rule that keeps
/// short sentences between paragraphs passed it over (read on a broadcaster's page in session 55). The page is written
/// for this test, the model's mistake given.
@Suite struct ShortSentenceAboveALinkTests {
    @Test("a short sentence between a paragraph and the links set into the story is story text")
    func shortSentenceAboveTeaser() {
        let page = """
            Officers rescue kidnapped girl from hotel room

            Officers raced up the staircase and banged on the door of the suspect's room, the video shows.

            The suspect did not answer.

            * Man Shot at Dallas Gas Station Dies at Hospital

            Police used a ram to force open the door and found the girl hidden in a clothes basket.
            """
        let roles = rolesAfterRules(page, [.headline, .body, .other, .teaser, .body])
        #expect(roles[2] == .body, "\(roles)")
        #expect(roles[3] == .teaser, "\(roles)")
    }
}
