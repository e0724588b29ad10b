import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Page conventions that news sites outside the corpus showed the reader missing (session 45): a police appeal's
/// closing line read as a picture's caption, an agency's dateline paragraph under the headline read as one, a
/// standfirst set line under line above a dateline, a related story's title after the comments box read as a byline,
/// a wire table's rows read as subheadings, and readers' comments read as the story's text and a picture. The pages are written in the manner of an Irish local paper, German
/// regional papers reposting dpa copy, and Reuters' commodity tables.
@Suite struct AppealAndWireHeadTests {
    @Test("\"Anyone with information is asked to contact …\" closing the story is its last paragraph, not a caption")
    func closingAppealIsNoCaption() {
        let page = """
            Gardaí have issued an appeal for witnesses to an assault in Ballykeeran on Sunday evening.

            A man in his thirties was taken to hospital with injuries to his arm after the incident at a house on the Mill Road.

            Gardaí in Athlone are appealing to anyone who was in the area between 6pm and 8pm to come forward.

            Anyone with information is asked to contact Athlone Garda Station on 090 000 0000 or the Garda Confidential Line 1800 000 000
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.body.last?.text.hasPrefix("Anyone with information is asked to contact") == true, "\(item.body)")
    }

    @Test("\"Berlin (dpa) - …\" right under the headline opens the story, though nothing follows it but page furniture")
    func datelineParagraphIsNoCaption() {
        let page = """
            14. Dezember 2013

            Zuschnitt der Ressorts steht fest

            Berlin (dpa) - Der Zuschnitt der Ressorts in der neuen schwarz-roten Landesregierung steht. Nach der Zustimmung der Parteimitglieder zur Koalition wollen beide Parteien ihn am Abend bekanntgeben. Als Superminister für Wirtschaft und Verkehr soll Parteichef Matthias Brenneisen ins Kabinett einziehen. Mehrere Medien meldeten, Sozialministerin Ulrike Hagenbeck solle in einem überraschenden Wechsel das Innenressort übernehmen.

            Weitere Artikel aus diesem Ressort
            Anzeige
            UMFRAGE
            Blutspenden

            Spenden Sie regelmäßig Blut?

            Die schönsten Seiten des Kreises
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.dateline == "Berlin (dpa)", "\(String(describing: item.dateline))")
        #expect(item.body.first?.text.hasPrefix("Der Zuschnitt der Ressorts in der neuen") == true, "\(item.body)")
        #expect(!item.body.contains { $0.text == "Spenden Sie regelmäßig Blut?" }, "\(item.body)")
    }

    @Test("a standfirst set line under line above \"Berlin (dpa) - …\" is the standfirst, not the first paragraph")
    func standfirstLineUnderLineAboveTheDateline() {
        let page = """
            Bundespräsident Hallwachs vereidigt neue Minister
            Nach dem Bruch der Regierungskoalition werden drei Ministerien neu verteilt.
            Berlin (dpa) - Nach dem Ende der Regierungskoalition aus SPD, Grünen und FDP hat Bundespräsident Konrad Hallwachs drei der vier FDP-Minister im Kabinett entlassen. Zugleich wurde der Berater des Kanzlers, Tobias Wendland, zum neuen Finanzminister ernannt. Das Bildungsministerium übernimmt zusätzlich Agrarministerin Selin Karaca (Grüne). Als einziger bisheriger FDP-Politiker bleibt Verkehrsminister Lorenz Abt in der Regierung.
            Bis der Bundestag mit Mehrheit einen neuen Kanzler wählt, bleibt diese Regierung im Amt. Da in der jetzigen Zusammensetzung des Parlaments keine Mehrheiten für einen anderen Kanzler möglich erscheinen, wird die Regierung erst nach der Wahl eines neuen Bundestags abgelöst. Die Opposition fordert vom Kanzler, die Vertrauensfrage sofort zu stellen.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.dateline == "Berlin (dpa)", "\(String(describing: item.dateline))")
        #expect(
            item.descriptions.first?.text == "Nach dem Bruch der Regierungskoalition werden drei Ministerien neu verteilt.",
            "\(item.descriptions)")
        #expect(item.body.first?.text.hasPrefix("Nach dem Ende der Regierungskoalition") == true, "\(item.body)")
    }

    @Test("a title with words in small letters under the comments box is a related story's, not a byline")
    func relatedTitleAfterTheStoryIsNoByline() {
        let page = """
            Kabinett
            Sprecher: Umbildung steht nicht an

            Berlin (dpa) - Die Regierungschefin will ihr Team im Moment nicht verändern. «Eine Umbildung steht nicht an», sagte ihr Sprecher Jonas Feldkirch.

            Kommentare

            Diese Diskussion ist geschlossen. Kommentieren ist nicht mehr möglich.

            Ordnungsamts-Mitarbeiter beim Falschparken erwischt
            Zwei Männer klingeln und warten dann vor dem Haus. Die Videokamera des Hausbesitzers hat alles aufgezeichnet.
            Nachrichten-Ticker
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines.isEmpty, "\(item.bylines)")
    }

    @Test("a wire table's rows, their columns set apart by spaces, are no subheadings")
    func tableRowsAreNoSubheadings() {
        let page = """
            AVERAGE PRICES FOR GRAIN RESERVE
                WASHINGTON, Feb 26 - The Agriculture Department
            reported the reserve's five-day average price through
            February 25 as follows (Dlrs/Bu) -
                     Natl   Loan           Release   Call
                     Avge   Rate-X  Level    Price  Price
             Wheat   2.55   2.40       IV     4.65     --
                                        V     4.65     --
             Corn    1.35   1.92       IV     3.15   3.15
                                        V     3.25     --
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.dateline == "WASHINGTON, Feb 26", "\(String(describing: item.dateline))")
        let headings = item.body.compactMap { block -> String? in
            if case .subheading(let text, _) = block { return text }
            return nil
        }
        #expect(headings.isEmpty, "\(headings)")
    }

    @Test("readers' comments under \"1 Comment\" close the page: no paragraph, caption or credit of the story")
    func commentsCloseThePage() {
        let page = """
            Connect with us

            County deputy arrested over threats, sheriff says

            A county sheriff's deputy has been arrested and charged over written threats made online, the sheriff's office said.

            The office confirmed the arrest on Tuesday. It did not name the deputy.

            Sheriff Dale Whitcombe will hold a news conference at 5 p.m. to give more details.

            This is a developing story.

            1 Comment

              1. Marla Quince

                January 19, 2021 at 4:31 pm

                Not surprised a bit, this county has had problems for years.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headline == "County deputy arrested over threats, sheriff says", "\(item.headlines)")
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(!item.body.contains { $0.text.contains("Not surprised") || $0.text.contains("Marla Quince") }, "\(item.body)")
        #expect(item.body.contains { $0.text.hasPrefix("Sheriff Dale Whitcombe will hold") }, "\(item.body)")
        #expect(RoleRules.isCommentsLabel("12 Comments"))
        #expect(RoleRules.isCommentsLabel("Kommentare (3)"))
        #expect(!RoleRules.isCommentsLabel("Comments by the mayor"))
    }

    @Test("a page with no title line that opens \"MILLBROOK, Iowa (KXYZ) - …\": the dateline's sentence is the lead, no headline")
    func datelineSentenceIsNoHeadline() {
        let page = """
            MILLBROOK, Iowa (KXYZ) - Firefighters responded to a house fire in Millbrook on Tuesday night.

            It happened in the 2100 block of Carter Road just before 11 p.m.

            The residents of the home were able to evacuate before firefighters arrived.

            No injuries were reported.

            Copyright 2023 KXYZ. All rights reserved.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headline == nil, "\(item.headlines)")
        #expect(item.dateline == "MILLBROOK, Iowa (KXYZ)", "\(String(describing: item.dateline))")
        #expect(item.body.first?.text == "Firefighters responded to a house fire in Millbrook on Tuesday night.", "\(item.body)")
    }

    @Test("a short sentence between two paragraphs (\"A suspect has been arrested.\") is story text; a short caption is not")
    func shortSentenceBetweenParagraphs() {
        let page = """
            Sheriff's deputy shot and killed
            MOUNTAIN VIEW, Ark. (KXYZ) - State police are investigating the death of a county sheriff's deputy killed in the line of duty.
            The shooting happened around 4:30 p.m. Tuesday, according to a news release from state police.
            A suspect has been arrested.
            Sheriff Dale Whitcombe asked the state police to investigate, a spokesman said.
            """
        let model: [LineRole] = [.headline, .body, .body, .other, .body]
        #expect(rolesAfterRules(page, model)[3] == .body)
        // A line that is no sentence of the story's (no stop, a credit's shape) stays out.
        let caption = page.replacingOccurrences(of: "A suspect has been arrested.", with: "Deputies at the scene (Photo: KXYZ)")
        #expect(rolesAfterRules(caption, model)[3] != .body)
    }
}
