import Foundation
import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// Head and foot lines met in session 36 on pages written in the manner of El Mundo, iROZHLAS and MailOnline: the
/// town a story was written in over its date, an author's post after the comma, a carousel in a related box, the
/// initials that sign a Czech story.
@Suite struct PlaceLineAndCarouselTests {
    @Test("\"SEVILLA\" or \"Brno\" alone over the date is where the story was written, not its author")
    func placeOverTheDateIsNoByline() {
        let spanish = """
            La Junta aprueba un plan de vivienda para jóvenes en Andalucía

            El programa prevé 20.000 pisos de alquiler asequible hasta 2030

            SEVILLA
            Actualizado Miércoles, 2 diciembre 2026 - 10:12

            El Consejo de Gobierno de la Junta de Andalucía ha aprobado este miércoles un plan de vivienda dirigido a los menores de 35 años.

            La consejera de Fomento ha explicado que las primeras promociones se licitarán en primavera.
            """
        let czech = """
            Brno otevře nové parkoviště u hlavního nádraží

            Parkoviště pro 800 aut má ulevit centru města. Stavba začne v březnu.

            Brno
            9:15 2. prosince 2026

            Město Brno zahájí v březnu stavbu nového parkoviště u hlavního nádraží, oznámila primátorka.

            Parkoviště by mělo být hotové do konce roku 2027 a stát 600 milionů korun.
            """
        for page in [spanish, czech] {
            let item = PlainTextReader().read(text: page).item
            #expect(item.bylines.isEmpty, "\(item.bylines)")
            #expect(item.paragraphTexts.count == 2, "\(item.paragraphTexts)")
        }
        // A name of two words in the same place signs the story.
        let signed = PlainTextReader().read(text: spanish.replacingOccurrences(of: "\nSEVILLA\n", with: "\nLucía Méndez\n")).item
        #expect(signed.bylines == ["Lucía Méndez"], "\(signed.bylines)")
    }

    @Test("\"By Name, Transport Correspondent For Outlet\": the name signs; the post and whom it is for are a note")
    func postAfterTheComma() {
        let page = """
            Rail fares to rise by 4.6 per cent in March, government confirms

            By Helen Marsh, Transport Correspondent For Mailonline

            Rail fares in England will rise by 4.6 per cent in March, the Department for Transport confirmed on Wednesday.

            Campaigners said the increase would push more commuters back into their cars.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Helen Marsh"], "\(item.bylines)")
        #expect(!item.infoSources.contains { $0.name?.contains("Correspondent") == true }, "\(item.infoSources)")
    }

    @Test("a carousel's \"Previous\" / \"1\" / \"Next\" and a title cut short with \"...\" belong to the related box")
    func carouselInARelatedBox() {
        let page = """
            Storm Bert: thousands without power as gales hit Wales

            More than 20,000 homes in Wales were without power on Sunday after gusts of up to 80mph brought down lines.

            Engineers worked through the night, the network operator said.

            RELATED ARTICLES
            Previous
            1
            Next
            Forecasters warn of more flooding as second storm heads for...
            Share or comment on this article:
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.paragraphTexts.count == 2, "\(item.paragraphTexts)")
        #expect(!item.links.contains { ["Previous", "Next", "1"].contains($0.title ?? "") }, "\(item.links)")
        #expect(item.links.contains { $0.title?.hasPrefix("Forecasters warn") == true }, "\(item.links)")
    }

    @Test("initials in small letters set apart under a Czech related box sign the story; no story is titled so")
    func initialsUnderARelatedBox() {
        let page = """
            Vláda schválila novelu zákona o odpadech. Skládky mají skončit v roce 2030

            Ministr životního prostředí chce, aby obce víc třídily. Opozice varuje před zdražením.

            Vláda v pondělí schválila novelu zákona o odpadech, která má omezit skládkování.

            Podle ministra by obce měly platit vyšší poplatek za uložení odpadu na skládku.

            Čtěte také
            Třídění odpadu v Česku loni opět vzrostlo, ukazují data

            jkl
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!item.links.contains { $0.title == "jkl" }, "\(item.links)")
        #expect(item.links.contains { $0.title?.hasPrefix("Třídění odpadu") == true }, "\(item.links)")
        #expect(!item.paragraphTexts.contains("jkl"), "\(item.paragraphTexts)")
    }

    @Test("\"… on Tuesday. —PHOTO FROM PCO\": the credit after an em dash set close to its label")
    func emDashCredit() {
        let split = PictureCredit.split(
            "Senator Risa Hontiveros speaks during the hearing in Pasay City on Monday. —PHOTO FROM SENATE PRIB")
        #expect(split.caption == "Senator Risa Hontiveros speaks during the hearing in Pasay City on Monday.", "\(split)")
        #expect(split.credit == "SENATE PRIB", "\(split)")
        // A dash inside a caption's sentence opens no credit.
        #expect(PictureCredit.split("Rescuers search the rubble — photographs show the scale of the damage").credit == nil)
    }

    @Test("\"Von Martin Gropp, Wolfsburg\": the town after the author's comma is no source; an agency there is")
    func townAfterTheAuthor() {
        let page = """
            Autoindustrie: Zulieferer streicht 3.000 Stellen

            Der Konzern reagiert auf die schwache Nachfrage nach Elektroautos.

            Von Martin Gropp, Wolfsburg

            Der Autozulieferer will bis 2028 in Deutschland 3.000 Stellen abbauen. Das teilte das Unternehmen am Donnerstag mit.

            Betroffen seien vor allem die Werke in Niedersachsen und Sachsen, hieß es.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Martin Gropp"], "\(item.bylines)")
        #expect(!item.infoSources.contains { $0.name == "Wolfsburg" }, "\(item.infoSources)")
        let agency = PlainTextReader().read(text: page.replacingOccurrences(of: ", Wolfsburg", with: ", dpa")).item
        #expect(agency.infoSources.contains { $0.name == "dpa" }, "\(agency.infoSources)")
    }
}
