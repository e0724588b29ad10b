import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Conventions met in session 32 on copy written in the manner of a Business Wire release, Europa Press, Reuters' 1987
/// wire, The Irish Times, Ouest-France, MDR, Al Jazeera and The Globe and Mail.
@Suite struct PressWireAndPromotionTests {
    @Test("Business Wire's \"AUSTIN, Texas--(BUSINESS WIRE)--\" is the release's dateline and source, not its first words")
    func businessWireDateline() {
        let page = """
            Northwind Robotics Raises $40 Million Series B to Expand Warehouse Automation

            AUSTIN, Texas--(BUSINESS WIRE)--Northwind Robotics, a maker of autonomous picking robots for warehouses, today announced it has raised $40 million in Series B funding.

            The company will use the funds to double its engineering team and open an office in Rotterdam in 2027.

            "Warehouse operators are struggling to hire, and our robots fill that gap," said Maria Chen, chief executive officer.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.located?.names == ["AUSTIN"], "\(String(describing: item.located))")
        #expect(item.infoSources.compactMap(\.name) == ["BUSINESS WIRE"])
        #expect(item.body.first?.text.hasPrefix("Northwind Robotics, a maker") == true, "\(item.body.first?.text ?? "")")
    }

    @Test("\"Find The Irish Times on WhatsApp and stay up to date\" after the story is a promotion, not a related link")
    func findUsOnWhatsApp() {
        let page = """
            Dublin housing plan approved despite objections from residents

            Council votes 38 to 21 in favour of 1,200 homes on former industrial site

            Olivia Kelly
            Wed Dec 3 2026 - 18:45

            Dublin City Council has approved a plan for 1,200 homes on a former industrial site in Ringsend, despite objections from local residents.

            Councillors voted 38 to 21 in favour of the scheme at a meeting on Wednesday night.

            The site, owned by the Land Development Agency, has been vacant for more than a decade.

            "Families in this area have waited long enough," a local councillor said.

            The Minister for Housing, James Browne, welcomed the decision.

            Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone

            Find The Irish Times on WhatsApp and stay up to date
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.links.isEmpty, "\(item.links)")
        #expect(item.body.last?.text == "The Minister for Housing, James Browne, welcomed the decision.")
        #expect(RoleRules.isPromotion("Find The Irish Times on WhatsApp and stay up to date"))
        #expect(!RoleRules.isPromotion("Find out how the council voted on each site"))
    }

    @Test("a feedback box closing the page (\"Cet article vous a été utile ? …\") is no paragraph")
    func feedbackBox() {
        #expect(RoleRules.isPromotion("Cet article vous a été utile ? Sachez que vous pouvez suivre Ouest-France dans l'espace Mon Actu."))
        #expect(RoleRules.isPromotion("Was this article helpful?"))
    }

    @Test("the story's last paragraph over \"Quelle: MDR SACHSEN/dpa\" is a paragraph, not a caption of the source line")
    func lastParagraphOverTheSourceLine() {
        let page = """
            Leipzig: Stadtrat beschließt neues Nahverkehrskonzept

            Der Leipziger Stadtrat hat am Mittwoch ein neues Konzept für Busse und Bahnen beschlossen. Bis 2030 sollen zehn neue Straßenbahnlinien entstehen.

            03. Dezember 2026, 16:20 Uhr

            Der Stadtrat hat mit großer Mehrheit ein neues Nahverkehrskonzept für Leipzig beschlossen. Das teilte die Stadtverwaltung am Mittwochnachmittag mit.

            Die Leipziger Verkehrsbetriebe (LVB) sollen demnach bis 2030 zehn neue Straßenbahnlinien bauen. Die Kosten werden auf rund 800 Millionen Euro geschätzt.

            Oberbürgermeister Burkhard Jung sagte: "Das ist ein großer Tag für unsere Stadt."

            Kritik kam von der Opposition im Stadtrat. Die CDU-Fraktion bemängelte die fehlende Finanzierung.

            Quelle: MDR SACHSEN/dpa
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.body.last?.text == "Kritik kam von der Opposition im Stadtrat. Die CDU-Fraktion bemängelte die fehlende Finanzierung.")
    }

    @Test("a name over the reporter's city and the publication time is the byline (\"Marie Woolf\" / \"Ottawa\" / \"Published …\")")
    func nameOverPlaceAndTime() {
        let page = """
            Ottawa unveils $2-billion plan to speed up housing construction

            Marie Woolf
            Ottawa
            Published December 3, 2026

            The federal government announced a $2-billion fund on Wednesday to help municipalities speed up the construction of new homes, Housing Minister Sean Fraser said.

            The money will go to cities that agree to cut development charges and approve projects within 90 days, Mr. Fraser told reporters in Halifax.

            Toronto Mayor Olivia Chow welcomed the plan but said it was not enough to solve the city's housing shortage.

            The Canada Mortgage and Housing Corporation estimates that the country needs 3.5 million more homes by 2030.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Marie Woolf"], "\(item.bylines)")
        #expect(item.body.count == 4)
    }

    @Test("Europa Press's \"MADRID, 3 (EUROPA PRESS)\" — the day without its month — is the dateline, not a byline")
    func europaPressDayOnly() {
        let page = """
            Sánchez anuncia una conferencia de presidentes para enero

            MADRID, 3 (EUROPA PRESS)

            El presidente del Gobierno, Pedro Sánchez, ha anunciado este miércoles que convocará una Conferencia de Presidentes autonómicos en enero.

            Así lo ha avanzado durante la sesión de control en el Congreso de los Diputados, en respuesta al líder del PP.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        #expect(item.located?.names == ["MADRID"] && item.infoSources.compactMap(\.name) == ["EUROPA PRESS"])
        #expect(item.body.first?.text.hasPrefix("El presidente del Gobierno") == true)
    }

    @Test("a state between the place and the date (\"AKRON, Ohio, March 3 -\") is part of the dateline")
    func stateInTheDateline() {
        let wire = """
            GENCORP <GY> SEES HIGHER 1987 EARNINGS

                AKRON, Ohio, March 3 - GenCorp Inc said it expects higher
            earnings in 1987 as its aerospace and automotive businesses
            improve.
                Chairman William Reynolds told analysts in New York that
            the company's Aerojet General unit would benefit from increased
            defense spending.
             Reuter
            """
        let item = PlainTextReader().read(text: wire).item
        #expect(item.dateline == "AKRON, Ohio, March 3", "\(String(describing: item.dateline))")
        #expect(item.located?.names == ["AKRON"])
        #expect(item.body.first?.text.hasPrefix("GenCorp Inc said") == true, "\(item.body.first?.text ?? "")")
    }

    @Test("one long sentence over \"Source: Al Jazeera and news agencies\" closing the page is the last paragraph")
    func longSentenceOverTheSourceLine() {
        let page = """
            Sudan's army and RSF agree to humanitarian truce in Darfur

            The ceasefire, brokered by Saudi Arabia and the United States, is due to take effect on Friday.

            Published On 3 Dec 2026
            3 Dec 2026

            Sudan's army and the paramilitary Rapid Support Forces (RSF) have agreed to a seven-day humanitarian truce in the Darfur region, mediators in Jeddah said.

            The agreement, announced by Saudi Arabia's foreign ministry, is intended to allow aid convoys to reach El Fasher, which has been under siege for months.

            "We hope this truce will be respected," said a spokesperson for the United Nations Office for the Coordination of Humanitarian Affairs (OCHA).

            Fighting between the army, led by General Abdel Fattah al-Burhan, and the RSF, commanded by Mohamed Hamdan Dagalo, erupted in April 2023.

            Source: Al Jazeera and news agencies
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.body.last?.text.hasPrefix("Fighting between the army") == true)
    }
}
