import NewsModel
import Testing

@testable import PlainText

/// French regional pages of session 53: a public broadcaster's newsletter box set between the paragraphs (its label,
/// its pitch and its privacy notice read as story text), a regional daily's caption with its credit after a slash
/// ("…pompiers./Photo DDM", split inside the caption's words), and its source line closing the story above the comment
/// form (read as a picture's credit). The pages are written for these tests.
@Suite struct NewsletterBoxAndSlashedCreditTests {
    @Test("a newsletter's sign-up box between the paragraphs is no story text")
    func newsletterBox() {
        let page = """
            Une cycliste renversée par une voiture à Saint-Flour

            Samedi matin, une cycliste de 45 ans a été renversée par une voiture à l’entrée de Saint-Flour, dans le Cantal. Elle a été transportée à l’hôpital.

            Faits divers
            Accidents, enquêtes et procès : découvrez chaque soir les faits divers qui ont marqué votre région.
            La Gazette du Plateau utilise votre adresse e-mail afin de vous envoyer la newsletter "Faits divers". Vous pouvez vous désinscrire à tout moment via le lien en bas de cette newsletter.

            Selon les pompiers, la cycliste souffre d’une fracture de la jambe. Le conducteur, âgé de 62 ans, a été entendu par les gendarmes.

            Une enquête a été ouverte pour déterminer les circonstances de l’accident.
            """
        let item = PlainTextReader().read(text: page).item
        let body = item.body.map(\.text)
        #expect(!body.contains { $0.contains("newsletter") || $0.hasPrefix("Accidents, enquêtes") }, "\(body)")
        #expect(body.contains { $0.hasPrefix("Selon les pompiers") }, "\(body)")
    }

    @Test("a caption's credit after a slash and the photograph's label is the credit; a source line over the comment form closes the story")
    func slashedCreditAndSource() {
        let page = """
            Collision sur la RD 12 : un motard blessé

            Intervention des pompiers sur la RD 12./Photo DDM

            Dimanche soir, à l’approche des 20 heures, une moto et une voiture sont entrées en collision sur la RD 12 près de Muret. L’enquête déterminera les circonstances de l’accident.

            Le motard a été transporté à l’hôpital de Toulouse dans un état grave, selon les pompiers.

            Source : La Dépêche du Midi

            Laisser un commentaire

            Votre adresse e-mail ne sera pas publiée.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.caption == "Intervention des pompiers sur la RD 12.", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "DDM", "\(item.pictures)")
        #expect(PictureCredit.split("Intervention des pompiers sur la RD 12./Photo DDM").credit == "DDM")
        #expect(PictureCredit.split("REUTERS/Yves Herman").caption != "REUTERS.")
    }
}
