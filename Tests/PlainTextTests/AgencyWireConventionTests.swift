import Foundation
import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// Conventions met in session 38 on pages written in the manner of ANSA's Italian wire, El País and a UK regional
/// site: the day before the month in an agency's dateline, the agency's sign-off closing the last paragraph, a short
/// standfirst right over the story, a "filed under" label in Spanish, a newsletter promotion run into one sentence.
@Suite struct AgencyWireConventionTests {
    private static let ansaWire = """
        Maltempo, allerta rossa in Emilia-Romagna. Scuole chiuse a Bologna

        Il sindaco Lepore: "Restate a casa". Evacuate 300 famiglie a Faenza

        (ANSA) - BOLOGNA, 18 SET - Allerta rossa per il maltempo in Emilia-Romagna, dove la Protezione civile ha disposto la chiusura delle scuole a Bologna, Ravenna e Forlì. Il sindaco di Bologna, Matteo Lepore, ha invitato i cittadini a "restare a casa e non mettersi in viaggio se non strettamente necessario".

        A Faenza sono state evacuate circa 300 famiglie che vivono vicino al fiume Lamone, già esondato nel maggio del 2023. La presidente facente funzione della Regione, Irene Priolo, ha chiesto al governo lo stato di emergenza.

        Il ministro per la Protezione civile, Nello Musumeci, ha convocato il Comitato operativo a Roma. "Siamo in costante contatto con le autorità locali", ha detto Musumeci.

        Secondo l'Agenzia regionale per la prevenzione, l'ambiente e l'energia (Arpae), nelle ultime 24 ore sono caduti fino a 200 millimetri di pioggia sull'Appennino.

        Le Ferrovie dello Stato hanno sospeso la circolazione sulla linea Bologna-Firenze. (ANSA).

        RIPRODUZIONE RISERVATA © Copyright ANSA
        """

    @Test("\"(ANSA) - BOLOGNA, 18 SET - \": the day before the month still makes the agency's dateline")
    func agencyDatelineWithTheDayFirst() {
        let item = PlainTextReader().read(text: Self.ansaWire).item
        #expect(item.dateline == "(ANSA) - BOLOGNA, 18 SET", "\(String(describing: item.dateline))")
        #expect(item.located?.names.first == "BOLOGNA", "\(String(describing: item.located))")
        let lead = item.body.first(where: \.isStoryText)?.text ?? ""
        #expect(lead.hasPrefix("Allerta rossa per il maltempo"), "\(lead)")
    }

    @Test("\"… sulla linea Bologna-Firenze. (ANSA).\" is the story's last paragraph, not a picture's caption and credit")
    func agencySignOffClosesTheStory() {
        let item = PlainTextReader().read(text: Self.ansaWire).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        let paragraphs = item.body.filter(\.isStoryText).map(\.text)
        #expect(paragraphs.count == 5, "\(paragraphs)")
        #expect(paragraphs.last?.hasSuffix("sulla linea Bologna-Firenze. (ANSA).") == true, "\(paragraphs)")
    }

    @Test("A short line between the headline and the dateline's paragraph is the standfirst, not a note")
    func shortStandfirstOverTheStory() {
        let item = PlainTextReader().read(text: Self.ansaWire).item
        #expect(
            item.descriptions.first { $0.role == "drol:summary" }?.text
                == #"Il sindaco Lepore: "Restate a casa". Evacuate 300 famiglie a Faenza"#,
            "\(item.descriptions)")
        #expect(!item.editorialNotes.contains { $0.hasPrefix("Il sindaco") }, "\(item.editorialNotes)")
    }

    @Test("A dateline alone on its line over the story stays the dateline, not the standfirst")
    func datelineLineIsNoStandfirst() {
        let release = """
            Northwind Robotics Opens Research Centre in Osaka

            OSAKA, Japan, March 4, 2026 /Kyodo JBN-AsiaNet/ --

            Northwind Robotics Inc. said on Wednesday that it has opened a research centre in Osaka, its first outside Europe.

            The centre will employ 120 engineers by the end of the year.
            """
        let item = PlainTextReader().read(text: release).item
        #expect(item.descriptions.isEmpty, "\(item.descriptions)")
        #expect(item.dateline?.hasPrefix("OSAKA, Japan, March 4, 2026") == true, "\(String(describing: item.dateline))")
    }

    @Test("\"Archivado En\" over the tags is the page's keywords, not a byline")
    func spanishFiledUnderLabel() {
        let page = """
            El Gobierno aprueba el plan de vivienda con el apoyo de Sumar y el rechazo del PP

            La ministra de Vivienda, Isabel Rodríguez, defiende que la ley permitirá construir 180.000 pisos en cinco años

            Carlos E. Cué
            Madrid - 14 nov 2023 - 13:45 CET

            La ministra de Vivienda, Isabel Rodríguez, durante la rueda de prensa posterior al Consejo de Ministros, este martes en Madrid. Eduardo Parra (Europa Press)

            El Consejo de Ministros ha aprobado este martes el anteproyecto de ley de vivienda asequible, que según el Ejecutivo permitirá construir 180.000 pisos en los próximos cinco años. La norma, pactada con Sumar, cuenta con el rechazo frontal del Partido Popular y de Vox, que la consideran "intervencionista".

            "Es la mayor inversión pública en vivienda de la democracia", ha asegurado Isabel Rodríguez en la rueda de prensa posterior a la reunión. La ministra ha explicado que la Sociedad Estatal de Entidad Pública Empresarial de Suelo (Sepes) gestionará los terrenos cedidos por el Ministerio de Defensa en Madrid, Sevilla y Valencia.

            Más información
            El Supremo avala los topes al alquiler en Cataluña

            El líder del PP, Alberto Núñez Feijóo, ha criticado la medida desde Santiago de Compostela. "El Gobierno de Pedro Sánchez no ha construido ni una sola vivienda en cinco años", ha dicho Feijóo ante militantes de su partido.

            Las comunidades autónomas

            La Comunidad de Madrid, gobernada por Isabel Díaz Ayuso, ha anunciado que recurrirá la ley ante el Tribunal Constitucional. También la Generalitat de Cataluña ha pedido más competencias en materia de vivienda.

            El Banco de España advirtió la semana pasada de que el precio del alquiler ha subido un 9% en el último año en las grandes ciudades.

            Archivado En
            Vivienda
            Gobierno de España
            Isabel Rodríguez
            Partido Popular
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Carlos E. Cué"], "\(item.bylines)")
    }

    @Test("\"Don't miss the latest news … - sign up to our daily newsletter here.\" closing the page is no paragraph")
    func newsletterPromotionInOneSentence() {
        let page = """
            Council approves new cycle lanes for city centre after long consultation

            The scheme will be built over the next two years

            By Tom Bradley
            10:02, 6 May 2025

            Councillors have approved plans for three new cycle lanes through the city centre after a consultation that lasted more than a year.

            The council said work would start in the autumn and the first lane would open next spring.

            Don't miss the latest news from around the city - sign up to our daily newsletter here.
            """
        let item = PlainTextReader().read(text: page).item
        let paragraphs = item.body.compactMap { block -> String? in
            if case .paragraph(let text) = block { return text }
            return nil
        }
        #expect(paragraphs.count == 2, "\(paragraphs)")
        #expect(!paragraphs.contains { $0.contains("newsletter") }, "\(paragraphs)")
    }

    @Test("Prose between the headline and the dateline's paragraph (\"Praha - Vláda …\") is the standfirst, not the lead")
    func proseAboveTheDatelineIsTheStandfirst() {
        let page = """
            Vláda schválila rozpočet na příští rok se schodkem 230 miliard korun

            Ministr financí Zbyněk Stanjura (ODS) označil návrh za odpovědný. Opozice ho kritizuje.

            Praha - Vláda Petra Fialy ve středu schválila návrh státního rozpočtu na rok 2025 se schodkem 230 miliard korun. Návrh nyní posoudí Poslanecká sněmovna.

            "Rozpočet je odpovědný a snižuje deficit," řekl po jednání vlády ministr financí Zbyněk Stanjura. Podle něj příjmy státu vzrostou o 6 procent.

            Předseda opozičního hnutí ANO Andrej Babiš návrh odmítl. "Vláda zadlužuje naše děti," uvedl Babiš na sociální síti X.

            Česká národní banka (ČNB) očekává, že inflace letos zpomalí na 2,5 procenta. Guvernér ČNB Aleš Michl varoval před dalším zvyšováním výdajů.

            Sněmovna by o rozpočtu měla hlasovat v prvním čtení v říjnu.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(
            item.descriptions.first { $0.role == "drol:summary" }?.text.hasPrefix("Ministr financí Zbyněk Stanjura") == true,
            "\(item.descriptions)")
        let paragraphs = item.body.filter(\.isStoryText).map(\.text)
        // (The place before the dash is the story's dateline since session 58.)
        #expect(item.dateline == "Praha", "\(String(describing: item.dateline))")
        #expect(paragraphs.first?.hasPrefix("Vláda Petra Fialy") == true, "\(paragraphs)")
        #expect(paragraphs.count == 5, "\(paragraphs)")
    }

    @Test("\"… in Delhi Cantonment. PTI ABS SMN SMN\": the agency's routing codes close the last paragraph, no caption")
    func routingCodesCloseTheStory() {
        let page = """
            Govt to set up 100 new Sainik schools in partnership with states: Rajnath

            New Delhi, Oct 12 (PTI) The government will set up 100 new Sainik schools in partnership with states, private schools and NGOs, Defence Minister Rajnath Singh said on Tuesday.

            Speaking at an event organised by the Sainik Schools Society, Singh said the move was aimed at giving quality education to students and increasing the number of young people joining the armed forces.

            "These schools will follow the CBSE curriculum and will also provide military training," he said.

            The Union Cabinet had approved the proposal in October last year. Currently, 33 Sainik schools are functioning in the country under the Ministry of Defence.

            Chief of Defence Staff Gen Bipin Rawat and Army chief Gen M M Naravane were also present at the event in Delhi Cantonment. PTI ABS SMN SMN
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        let paragraphs = item.body.filter(\.isStoryText).map(\.text)
        #expect(paragraphs.count == 5, "\(paragraphs)")
        #expect(paragraphs.last?.hasPrefix("Chief of Defence Staff Gen Bipin Rawat") == true, "\(paragraphs)")
        #expect(item.dateline == "New Delhi, Oct 12 (PTI)", "\(String(describing: item.dateline))")
        #expect(RoleRules.endsWithRoutingCodes("It was held in Delhi. PTI ABS SMN", agency: "PTI"))
        #expect(!RoleRules.endsWithRoutingCodes("The PTI said the report was due in June.", agency: "PTI"))
        #expect(!RoleRules.endsWithRoutingCodes("Officials met PTI leaders on Monday", agency: "PTI"))
    }

    @Test("Under \"di Claudia Voltattorni\", prose without a credit over the story is the standfirst, not a caption")
    func standfirstUnderTheByline() {
        let page = """
            Manovra, il governo pone la fiducia alla Camera. Voto finale venerdì

            di Claudia Voltattorni

            Il ministro Giancarlo Giorgetti: «Conti in ordine». Le opposizioni protestano in Aula

            Il governo ha posto la questione di fiducia sulla legge di Bilancio alla Camera dei deputati. Lo ha annunciato il ministro per i Rapporti con il Parlamento, Luca Ciriani, in apertura di seduta.

            Il voto di fiducia è previsto per domani pomeriggio, quello finale venerdì. Poi il testo passerà al Senato, che dovrà approvarlo entro il 31 dicembre.

            «Abbiamo tenuto i conti in ordine e sostenuto i redditi più bassi», ha detto il ministro dell'Economia Giancarlo Giorgetti. La segretaria del Pd Elly Schlein ha parlato di una «manovra senza visione».

            Secondo l'Ufficio parlamentare di bilancio, il deficit scenderà al 3,3 per cento del Pil nel 2025.

            © RIPRODUZIONE RISERVATA
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(
            item.descriptions.first { $0.role == "drol:summary" }?.text.hasPrefix("Il ministro Giancarlo Giorgetti") == true,
            "\(item.descriptions)")
        #expect(item.bylines == ["Claudia Voltattorni"], "\(item.bylines)")
    }
}
