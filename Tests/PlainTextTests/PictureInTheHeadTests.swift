import Foundation
import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// The picture between the headline and the story (session 41, pages written in the manner of Clarín, ABC, Die Welt,
/// the BBC and Stuff).
@Suite struct PictureInTheHeadTests {
    @Test("\"Javier Milei, en la Casa Rosada. Foto: Presidencia\": a caption with its labelled credit, though a name opens it")
    func captionOpeningWithAName() {
        let page = """
            El Gobierno envió al Congreso el proyecto de reforma laboral

            El texto fue firmado por el presidente Javier Milei y el jefe de Gabinete, Guillermo Francos.

            Javier Milei, en la Casa Rosada. Foto: Presidencia

            Actualizado al 5 de diciembre de 2026 19:34

            El Poder Ejecutivo envió este viernes al Senado el proyecto de ley de modernización laboral.

            La Confederación General del Trabajo (CGT) rechazó el proyecto.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "Javier Milei, en la Casa Rosada.", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Presidencia", "\(item.pictures)")
        #expect(item.bylines.isEmpty, "\(item.bylines)")
    }

    @Test("Headline, standfirst, then a caption over the agency's initials in small letters: the first line is the headline")
    func captionOverAgencyInitials() {
        let page = """
            ABC
            Madrid

            La Comunidad de Madrid abrirá tres nuevos hospitales antes de 2030

            La presidenta regional, Isabel Díaz Ayuso, ha anunciado una inversión de 1.200 millones de euros

            Isabel Díaz Ayuso, durante su intervención en la Asamblea de Madrid
            ep

            Sara Medialdea
            Madrid
            05/12/2026
            Actualizado a las 18:21h.

            La presidenta de la Comunidad de Madrid, Isabel Díaz Ayuso, ha anunciado este viernes la construcción de tres nuevos hospitales públicos.

            El sindicato Amyts ha reclamado que las nuevas plantillas se cubran con contratos estables.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "La Comunidad de Madrid abrirá tres nuevos hospitales antes de 2030", "\(item.headlines)")
        #expect(item.pictures.first?.caption == "Isabel Díaz Ayuso, durante su intervención en la Asamblea de Madrid", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "ep", "\(item.pictures)")
    }

    @Test("Standfirst, a caption the model read as the credit, then \"Quelle: dpa/…\": summary, caption and credit")
    func standfirstCaptionAndSourceLabel() {
        let page = """
            WELT
            Politik

            Bundesregierung beschließt schärfere Regeln für Bürgergeld-Empfänger

            Stand: 05.12.2026 | Lesedauer: 3 Minuten

            Von Philipp Vetter

            Wer Termine beim Jobcenter wiederholt versäumt, soll künftig kein Geld mehr bekommen. Arbeitsministerin Bas verteidigt die Reform.

            Bärbel Bas (SPD) im Bundestag
            Quelle: dpa/Kay Nietfeld

            Das Bundeskabinett hat am Freitag eine Reform des Bürgergelds beschlossen, die deutlich härtere Sanktionen vorsieht.

            Der Bundestag soll das Gesetz im Januar beraten.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "Bärbel Bas (SPD) im Bundestag", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "dpa/Kay Nietfeld", "\(item.pictures)")
        #expect(item.descriptions.first { $0.role == "drol:summary" }?.text.hasPrefix("Wer Termine") == true, "\(item.descriptions)")
    }

    @Test("\"Getty Images\" over a caption under the byline (the BBC) is the credit; over the lead (CBS Sports) it stays alone")
    func agencyOverACaptionInTheHead() {
        let page = """
            Council tax to rise by 5% in Birmingham as city faces cuts

            Kathryn Stanczyszyn
            BBC News, West Midlands

            Getty Images
            Birmingham City Council declared itself effectively bankrupt in 2023

            Council tax bills in Birmingham are set to rise by almost 5% from April, the city council has confirmed.

            Council leader John Cotton said the city was "on the road to recovery" but difficult decisions remained.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "Birmingham City Council declared itself effectively bankrupt in 2023", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Getty Images", "\(item.pictures)")
        #expect(item.bylines == ["Kathryn Stanczyszyn"], "\(item.bylines)")
        let lead = """
            Nuggets vs. Lakers score, takeaways: Nikola Jokic posts triple-double as Denver snaps skid

            By Jasmyn Wimbish
            Dec 2, 2026 at 1:05 am ET • 3 min read

            Getty Images

            The Denver Nuggets snapped a three-game losing streak on Monday night with a 121-112 win over the Los Angeles Lakers.

            Jokic finished with 31 points, 14 rebounds and 12 assists for his eighth triple-double of the season.
            """
        let other = PlainTextReader().read(text: lead).item
        #expect(other.paragraphTexts.first?.hasPrefix("The Denver Nuggets snapped") == true, "\(other.paragraphTexts)")
    }

    @Test("\"Christel Yardley/Stuff\" under the caption is its credit; \"Where to get help:\" labels a box, no byline")
    func slashCreditUnderACaptionAndABoxLabel() {
        let page = """
            Man charged with murder after woman found dead in Hamilton home

            Catherine Hutton
            17:52, Dec 05 2026

            Police at the scene in Hamilton East on Friday.
            Christel Yardley/Stuff

            A 38-year-old man has been charged with murder after a woman was found dead in a house in Hamilton East.

            Police are not seeking anyone else in relation to the death.

            Where to get help:
            Women's Refuge: 0800 733 843
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.creditline == "Christel Yardley/Stuff", "\(item.pictures)")
        #expect(item.bylines == ["Catherine Hutton"], "\(item.bylines)")
    }

    @Test("\"… de Rennes. | OUEST-FRANCE\": the credit after the bar; \"(foto d'archivio)\" names no credit")
    func creditAfterABarAndAnArchiveMarker() {
        #expect(
            PictureCredit.split("La station Gares de la ligne b du métro de Rennes. | OUEST-FRANCE") == (
                "La station Gares de la ligne b du métro de Rennes.", "OUEST-FRANCE"
            ))
        #expect(PictureCredit.split("La stazione Termini di Roma (foto d'archivio)") == ("La stazione Termini di Roma", nil))
        #expect(PictureCredit.creditAfterBar(in: "Politics | World") == nil)
        // The photographer after a slash, then the agency after the bar (session 57), with or without a stop.
        #expect(
            PictureCredit.split("Firefighters at the scene on Tuesday / John Smith | Reuters") == (
                "Firefighters at the scene on Tuesday", "John Smith | Reuters"
            ))
        #expect(
            PictureCredit.split("Firefighters at the scene. / John Smith | Reuters") == (
                "Firefighters at the scene.", "John Smith | Reuters"
            ))
        #expect(PictureCredit.creditAfterBar(in: "News / Local | Sport") == nil)
        let page = """
            Roma, chiusa la stazione Termini per un pacco sospetto

            di Marco Carta

            La stazione Termini di Roma (foto d'archivio)

            Un pacco sospetto abbandonato vicino al binario 18 ha fatto scattare l'allarme alla stazione Termini di Roma.

            Trenitalia e Italo hanno previsto il rimborso dei biglietti per i passeggeri in ritardo.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "La stazione Termini di Roma", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == nil, "\(item.pictures)")
    }

    @Test("Standfirst, byline, time, the lead, then a picture: the lead is story text, though the standfirst has no stop")
    func leadOverThePictureUnderAStandfirstWithoutAStop() {
        let page = """
            Tube strike: RMT announces walkout on Central line in row over drivers' rosters

            Services on the Central line are expected to be severely disrupted on December 16

            Ross Lydall
            1 hour ago

            The RMT union has announced a 24-hour strike on the Central line later this month in a dispute over drivers' rosters.

            A Central line train at Bank station
            PA

            Transport for London said it was "disappointed" by the decision and urged the union to call off the action.

            London Mayor Sadiq Khan said he wanted "a negotiated settlement".
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.paragraphTexts.first?.hasPrefix("The RMT union has announced") == true, "\(item.paragraphTexts)")
        #expect(item.pictures.first?.creditline == "PA", "\(item.pictures)")
    }

    @Test("\"Illustration: Aïda Amer/Axios\": a drawn picture's labelled credit")
    func illustrationCredit() {
        let page = """
            OpenAI signs $10 billion cloud deal with Oracle

            Ina Fried

            Illustration: Aïda Amer/Axios

            OpenAI has agreed to buy $10 billion of computing capacity from Oracle over five years, the companies said Friday.

            Oracle chairman Larry Ellison said the company expected demand to grow for many years.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.creditline == "Aïda Amer/Axios", "\(item.pictures)")
    }

    @Test("Two sentences under the headline over the time stamp are the standfirst, the line over \"Foto: APA/…\" the caption")
    func standfirstOfTwoSentencesOverTheTimeStamp() {
        let page = """
            derStandard
            Inland
            Wien

            Wiener Linien erhöhen Preis für Jahreskarte auf 467 Euro

            Die Jahreskarte wird ab Jänner um 106 Euro teurer. Bürgermeister Ludwig verteidigt die Erhöhung

            5. Dezember 2026, 14:20

            Eine Straßenbahn der Wiener Linien am Ring.
            Foto: APA/Georg Hochmuth

            Die Wiener Linien erhöhen den Preis der Jahreskarte ab 1. Jänner von 365 auf 467 Euro.

            Die Preise für Einzelfahrscheine bleiben unverändert, teilten die Wiener Linien mit.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.map(\.caption) == ["Eine Straßenbahn der Wiener Linien am Ring."], "\(item.pictures)")
        #expect(item.descriptions.first { $0.role == "drol:summary" }?.text.hasPrefix("Die Jahreskarte") == true, "\(item.descriptions)")
    }

    @Test("The photographer in capitals under the caption, the author in capitals under them, above the story")
    func photographerInCapitalsOverTheAuthor() {
        let page = """
            El paro baja en 25.000 personas en noviembre y la afiliación marca un nuevo récord

            La Seguridad Social suma 21,8 millones de afiliados, según los datos publicados este martes

            Oficina de empleo en Madrid.
            JAVIER BARBANCHO

            MARÍA HERNÁNDEZ
            Madrid
            Actualizado Martes, 2 diciembre 2026 - 10:12

            El número de parados registrados bajó en 25.000 personas en noviembre, hasta 2,38 millones.

            Los sindicatos CCOO y UGT valoraron los datos.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "Oficina de empleo en Madrid.", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "JAVIER BARBANCHO", "\(item.pictures)")
    }

    @Test("Under the byline, a short sentence over a bare name is a caption and its photographer (the New York Post)")
    func captionOverAPhotographerUnderTheByline() {
        let page = """
            NYC Subway rider slashed in face on Manhattan train in random attack: cops

            By Larry Celona and Emily Crane
            Published Dec. 5, 2026, 11:42 a.m. ET

            The victim was treated at Bellevue Hospital.
            Steven Hirsch

            A straphanger was slashed in the face by a stranger on a Manhattan subway train early Friday, police said.

            The NYPD released surveillance images of the suspect Friday afternoon.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "The victim was treated at Bellevue Hospital.", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Steven Hirsch", "\(item.pictures)")
        #expect(item.bylines == ["Larry Celona", "Emily Crane"] || item.bylines == ["Larry Celona and Emily Crane"], "\(item.bylines)")
    }

    @Test("\"Kevin Mazur/Getty Images for TAS Rights Management\" under the caption: the agency, then whom it worked for")
    func agencyCreditForAClient() {
        let page = """
            Taylor Swift announces surprise album 'The Archive' at Nashville show

            By Chloe Melas, CNN
            Updated 10:15 PM EST, Fri December 5, 2026

            Taylor Swift performs in Nashville on Friday.
            Kevin Mazur/Getty Images for TAS Rights Management

            Taylor Swift surprised fans in Nashville on Friday night by announcing a new album, which will be released on January 16.

            Republic Records confirmed the release date in a statement.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "Taylor Swift performs in Nashville on Friday.", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Kevin Mazur/Getty Images for TAS Rights Management", "\(item.pictures)")
    }
}
