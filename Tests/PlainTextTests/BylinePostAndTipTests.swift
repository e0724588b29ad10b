import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Conventions met in session 31 on copy written for these tests in the manner of The Telegraph's sport pages, a US
/// local news site and a German broadcaster's sport page.
@Suite struct BylinePostAndTipTests {

    @Test("\"By Sam Wallace, Chief Football Writer\": the post is no source; it is kept as a note, the byline is the name")
    func bylinePostIsNoSource() {
        let page = """
            Arsenal 2-1 Tottenham: Saka and Havertz sink Spurs

            By Sam Wallace, Chief Football Writer

            Arsenal moved three points clear at the top of the table after goals from Bukayo Saka and Kai Havertz.

            Mikel Arteta's side took the lead after 23 minutes when Saka curled a shot beyond the goalkeeper.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Sam Wallace"])
        #expect(item.infoSources.isEmpty, "\(item.infoSources)")
        #expect(item.preserved.contains { $0.serialized == "Chief Football Writer" })
        // An agency after the comma stays the source.
        let agency = PlainTextReader().read(text: page.replacingOccurrences(of: "Chief Football Writer", with: "dpa")).item
        #expect(agency.bylines == ["Sam Wallace"] && agency.infoSources.compactMap(\.name) == ["dpa"])
    }

    @Test("\"By Alicia Moreno | amoreno@…\": the author's address is no source; \"Have a news tip? Email …\" is no paragraph")
    func bylineAddressAndTipLine() {
        let page = """
            Man charged after police chase ends in crash on Route 9

            By Alicia Moreno | amoreno@example-news.com

            A Framingham man faces several charges after leading police on a chase that ended when his car struck a pole.

            Officers tried to stop a silver Honda Accord shortly after 2 a.m. for driving without headlights, police said.

            Anyone with information is asked to call the police department at 508-555-0142.

            Have a news tip? Email newstips@example-news.com.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Alicia Moreno"])
        #expect(!item.infoSources.contains { $0.name?.contains("@") == true }, "\(item.infoSources)")
        #expect(item.preserved.contains { $0.serialized == "amoreno@example-news.com" })
        let paragraphs = item.body.compactMap { block -> String? in
            if case .paragraph(let text) = block { return text }
            return nil
        }
        #expect(paragraphs.count == 3, "\(paragraphs)")
        #expect(paragraphs.last?.hasPrefix("Anyone with information") == true)
        #expect(item.preserved.contains { $0.serialized.hasPrefix("Have a news tip?") })
    }

    @Test("\"Bild: picture alliance/dpa | Sven Hoppe\": after a label, and in brackets, the agency's name keeps its first word")
    func pictureAllianceKeepsItsName() {
        let labelled = PictureCredit.trailingCredit(
            in: "Harry Kane jubelt nach seinem Treffer zum 1:0. | Bild: picture alliance/dpa | Sven Hoppe")
        #expect(labelled?.credit == "picture alliance/dpa | Sven Hoppe", "\(String(describing: labelled))")
        #expect(labelled?.caption == "Harry Kane jubelt nach seinem Treffer zum 1:0.")
        #expect(PictureCredit.stripLabel("picture alliance/dpa") == "picture alliance/dpa")
        // A label word without its colon still goes ("Photo Prakash Mathema. AFP").
        #expect(PictureCredit.stripLabel("Picture Prakash Mathema") == "Prakash Mathema")
    }

    @Test("the story's last sentence above a related box closing the page is its last paragraph (\"More on this story\")")
    func lastSentenceAboveARelatedBox() {
        let page = """
            Gunmen abduct 25 students in Kebbi State

            Gunmen have abducted at least 25 students from a government secondary school in north-western Nigeria, police say.

            The attack happened before dawn on Monday at a girls' school in Maga, in Kebbi State.

            A police spokesman said officers had exchanged fire with the attackers and one teacher was killed.

            Kidnappings for ransom have become common in parts of northern Nigeria in recent years.

            In 2014, Boko Haram militants seized 276 schoolgirls from Chibok in Borno State, an abduction that drew worldwide attention.

            More on this story

            Nigeria's kidnapping crisis explained

            Freed Chibok girl tells her story
            """
        let item = PlainTextReader().read(text: page).item
        let paragraphs = item.body.compactMap { block -> String? in
            if case .paragraph(let text) = block { return text }
            return nil
        }
        #expect(paragraphs.last?.hasPrefix("In 2014, Boko Haram") == true, "\(paragraphs)")
        #expect(!paragraphs.contains { $0.contains("crisis explained") })
    }

    @Test("\"Written by Priya Nair | Edited by Rohan Mehta\": the writer is the byline, the editor a note, neither a source")
    func writtenByIsAByline() {
        let page = """
            Delhi air quality slips to 'severe' again, schools move classes online

            Updated: December 03, 2026 10:41 AM IST
            Written by Priya Nair | Edited by Rohan Mehta

            Delhi's air quality slipped back into the 'severe' category on Wednesday, with the index touching 428 at 9 am.

            Schools up to Class 5 in Delhi, Noida and Gurugram will hold classes online until further notice.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Priya Nair"], "\(item.bylines)")
        #expect(item.infoSources.isEmpty, "\(item.infoSources)")
        #expect(item.preserved.contains { $0.serialized == "Edited by Rohan Mehta" })
        #expect(LineRules.bylineText("Written by Priya Nair") == "By Priya Nair")
        #expect(LineRules.bylineText("Written in 1952, the novel") == "Written in 1952, the novel")
    }

    @Test("a postal address closing the page (CBC's \"Audience Relations\" box) is no byline, credit or paragraph")
    func postalAddressIsNoStory() {
        let page = """
            Canada to buy 12 submarines, defence minister says

            Canada will buy up to 12 new submarines to patrol its three coasts, Defence Minister David McGuinty said Wednesday.

            "Our Arctic is changing and our allies are watching," McGuinty said.

            CBC News has learned the contract could be worth more than $20 billion.

            Audience Relations, CBC
            P.O. Box 500 Station A
            Toronto, ON
            Canada, M5W 1E6
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        let kept = item.preserved.map(\.serialized)
        for line in ["Audience Relations, CBC", "P.O. Box 500 Station A", "Toronto, ON", "Canada, M5W 1E6"] {
            #expect(kept.contains(line), "\(line): \(kept)")
        }
    }

    @Test("El País: the section's name right above the headline, the standfirst under it — the model's long headline is the standfirst")
    func headlineAboveItsStandfirst() {
        let page = """
            Economía
            El Banco de España eleva al 2,6% su previsión de crecimiento para 2026

            El organismo que dirige José Luis Escrivá mejora en tres décimas su estimación por el empuje del consumo y del turismo

            El Banco de España ha elevado este miércoles su previsión de crecimiento del PIB para 2026 hasta el 2,6%.
            """
        #expect(rolesAfterRules(page, [.other, .other, .headline, .body]) == [.other, .headline, .other, .body])
        // A short line over the headline is its kicker, not the headline.
        let kicker = page.replacingOccurrences(
            of: "El Banco de España eleva al 2,6% su previsión de crecimiento para 2026", with: "Previsiones")
        #expect(rolesAfterRules(kicker, [.other, .other, .headline, .body]) == [.other, .other, .headline, .body])
    }

    @Test(
        "Reach's \"Get the latest Manchester news straight to your inbox …\" is no related link; ABC's \"What's next?\" closes its summary box"
    )
    func inboxPromotionAndNextStepBox() {
        let reach = """
            Flooding closes dozens of roads across Greater Manchester

            Dozens of roads across Greater Manchester have been closed after heavy rain caused flooding overnight.

            The Environment Agency issued 14 flood warnings for the region, with the River Roch reaching its highest level.

            Get the latest Manchester news straight to your inbox with our free newsletter

            A spokesperson said Metrolink services between Bury and Whitefield were suspended.
            """
        #expect(
            rolesAfterRules(reach, [.headline, .body, .body, .teaser, .body]) == [.headline, .body, .body, .other, .body])
        let abc = """
            Man charged over Sydney warehouse fire

            In short:
            A 34-year-old man has been charged with arson over a fire that destroyed a warehouse in Sydney's west.
            Police allege he was seen leaving the building minutes before the blaze.

            What's next?
            He is due to appear in Parramatta Local Court today.

            A man has been charged over a fire that destroyed a warehouse in Wetherill Park in Sydney's west on Tuesday night.
            """
        #expect(
            rolesAfterRules(abc, [.headline, .other, .other, .other, .subheading, .body, .body])
                == [.headline, .other, .other, .other, .other, .other, .body])
        // Without the box above it, "What's next?" is the story's own heading.
        let heading = abc.replacingOccurrences(of: "In short:\n", with: "Short:\n")
        #expect(rolesAfterRules(heading, [.headline, .other, .other, .other, .subheading, .body, .body])[4] == .subheading)
    }

    @Test("Europa Press' \"MADRID, 3 Dic. (EUROPA PRESS) -\" on a line of its own is the first paragraph's dateline, not a byline")
    func datelineOnItsOwnLine() {
        let story = """
            Sánchez anuncia una conferencia de presidentes para enero

            MADRID, 3 Dic. (EUROPA PRESS) -

            El presidente del Gobierno, Pedro Sánchez, ha anunciado este miércoles que convocará una Conferencia de Presidentes.

            Así lo ha avanzado durante la sesión de control en el Congreso de los Diputados.
            """
        let item = PlainTextReader().read(text: story).item
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        #expect(item.dateline == "MADRID, 3 Dic. (EUROPA PRESS)")
        #expect(item.located?.names.first == "MADRID")
        #expect(item.infoSources.compactMap(\.name) == ["EUROPA PRESS"])
        if case .paragraph(let lead) = item.body.first {
            #expect(lead.hasPrefix("El presidente del Gobierno"), "\(lead)")
        } else {
            Issue.record("no lead paragraph: \(item.body)")
        }
        // A label with a dateline's shape but no date or agency stays a line of its own.
        let label = PlainTextReader().read(text: story.replacingOccurrences(of: "MADRID, 3 Dic. (EUROPA PRESS) -", with: "Política:")).item
        #expect(label.dateline == nil)
    }
}
