import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Conventions met in session 39 on pages written in the manner of a UK national site and a Czech news site: the lines
/// of a newsletter's sign-up form, and a related story labelled "Čtěte také:" on the teaser's own line.
@Suite struct SignUpFormAndTeaserLabelTests {
    private static func paragraphs(_ item: NewsItem) -> [String] {
        item.body.compactMap { block -> String? in
            if case .paragraph(let text) = block { return text }
            return nil
        }
    }

    private static func teasers(_ item: NewsItem) -> [String] {
        item.body.compactMap { block -> String? in
            if case .relatedTeaser(let link) = block { return link.title }
            return nil
        }
    }

    @Test("A sign-up form's \"Read our privacy notice\" is neither paragraph nor teaser")
    func signUpFormLines() {
        let page = """
            Train drivers to strike on Christmas Eve in row over rest days

            Aslef says members at three operators will walk out as talks collapse

            Holly Bancroft
            Thursday 03 December 2026 11:02 GMT

            Train drivers at three rail operators will strike on Christmas Eve in a dispute over rest-day working, the union has announced.

            Members at three operators will walk out for 24 hours, threatening travel plans for tens of thousands of people.

            Sign up to our free Travel newsletter for tips and the latest news
            Sign up to our free Travel newsletter
            Read our privacy notice

            The union's general secretary said: "Our members have been patient, but the companies have refused to negotiate."

            A spokesperson for the operators said the strike was "completely unnecessary" and urged the union to call it off.
            """
        let item = PlainTextReader().read(text: page).item
        let story = Self.paragraphs(item) + Self.teasers(item)
        #expect(!story.contains { $0.contains("privacy") || $0.contains("Sign up") }, "\(story)")
        // The two paragraphs before the form and the two after it (a quote among them).
        #expect(item.body.filter(\.isStoryText).count == 4, "\(item.body)")
    }

    @Test("\"Čtěte také: Inflace …\" inside the story is a related teaser, not a paragraph")
    func czechReadAlsoLabel() {
        let page = """
            Vláda schválila rozpočet na příští rok, schodek má činit 230 miliard

            Návrh nyní posoudí Poslanecká sněmovna, která by o něm měla hlasovat v prvním čtení ještě před Vánoci.

            „Jde o rozpočet, který je odpovědný a zároveň myslí na investice do dopravy a obrany,“ řekl ministr financí novinářům.

            Čtěte také: Inflace v listopadu zpomalila na 2,4 procenta

            Prezident Petr Pavel již dříve uvedl, že by rozpočet s vysokým schodkem nerad podepsal.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(Self.teasers(item) == ["Inflace v listopadu zpomalila na 2,4 procenta"], "\(item.body)")
        #expect(!Self.paragraphs(item).contains { $0.hasPrefix("Čtěte") }, "\(Self.paragraphs(item))")
    }

    @Test("\"By CHRIS PLEASANCE FOR MAILONLINE\": the byline is the name; whom it is written for is a note")
    func bylineWrittenForAnOutlet() {
        let page = """
            Grandmother, 72, left stranded for nine hours after rural bus service axed without warning

            By CHRIS PLEASANCE FOR MAILONLINE

            Published: 11:23 GMT, 3 December 2026 | Updated: 12:05 GMT, 3 December 2026

            A 72-year-old grandmother was left stranded for nine hours after the only bus serving her village was scrapped.

            She had travelled to the town for a hospital appointment on Monday morning, she said.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Chris Pleasance"], "\(item.bylines)")
        #expect(item.preserved.contains { $0.serialized == "MAILONLINE" }, "\(item.preserved)")
        let agencyPage = page.replacingOccurrences(of: "CHRIS PLEASANCE FOR MAILONLINE", with: "Jane Doe for Reuters")
        let agencyItem = PlainTextReader().read(text: agencyPage).item
        #expect(agencyItem.bylines == ["Jane Doe"], "\(agencyItem.bylines)")
        #expect(agencyItem.infoSources.map(\.name) == ["Reuters"], "\(agencyItem.infoSources)")
    }

    @Test("\"(Con información de EFE y AFP)\", \"Mit Material von dpa\" close the story: trailers, not credits or paragraphs")
    func agencyMaterialInOtherLanguages() {
        for trailer in ["(Con información de EFE y AFP)", "Mit Material von dpa und Reuters", "(avec AFP)", "Com informações da Reuters"] {
            let page = """
                Brasil anuncia un plan para frenar la deforestación en la Amazonía

                El presidente anunció este martes un plan de 12.000 millones de dólares para frenar la deforestación.

                La organización calificó el anuncio de insuficiente y pidió metas más ambiciosas.

                \(trailer)
                """
            #expect(
                rolesAfterRules(page, [.headline, .body, .body, .credit]) == [.headline, .body, .body, .trailer], "\(trailer)")
        }
        // "Avec" opening a sentence of the story is no trailer.
        let story = """
            Le gouvernement annonce un plan pour la pêche

            Le premier ministre a présenté mardi un plan d'urgence pour la pêche artisanale.

            Avec ce plan, le gouvernement veut moderniser les pirogues et contrôler les chalutiers étrangers.
            """
        #expect(rolesAfterRules(story, [.headline, .body, .body]) == [.headline, .body, .body])
    }

    @Test("\"AP NFL: https://apnews.com/hub/NFL\" under the AP's closing rule is a link, not a picture's credit")
    func addressIsNoCredit() {
        let page = """
            Mahomes throws 3 TDs as Chiefs rally past Broncos 27-24

            KANSAS CITY, Mo. -- Patrick Mahomes threw three touchdown passes and the Kansas City Chiefs rallied to win on Sunday.

            Mahomes finished 28 of 39 for 301 yards as the Chiefs won their fourth straight game.

            ___

            AP NFL: https://apnews.com/hub/NFL
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .body, .other, .credit]) == [.headline, .body, .body, .other, .other])
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
    }

    @Test("A sentence of small words over the byline is no second byline")
    func proseOverTheByline() {
        let page = """
            Ontario to hire 1,000 more nurses for rural hospitals, health minister says

            Province says $300M program will focus on northern and rural communities

            Lisa Xing · CBC News · Posted: Dec 02, 2026 4:00 AM EST

            Ontario will hire 1,000 more nurses for hospitals in rural and northern communities, the minister announced Tuesday.

            The program will offer signing bonuses of up to $25,000 to nurses who agree to work for at least two years.
            """
        #expect(
            rolesAfterRules(page, [.headline, .byline, .byline, .body, .body]) == [.headline, .other, .byline, .body, .body])
        // A byline of names over the dated one stays.
        let names = page.replacingOccurrences(
            of: "Province says $300M program will focus on northern and rural communities", with: "By Lisa Xing and Tom Hanley")
        #expect(
            rolesAfterRules(names, [.headline, .byline, .byline, .body, .body]) == [.headline, .byline, .byline, .body, .body])
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Lisa Xing"], "\(item.bylines)")
    }

    @Test("\"New Delhi:\" alone over the story is its dateline; the syndicated-feed note is a trailer; labels stay labels")
    func placeLineOverTheStory() {
        let page = """
            Delhi Air Quality "Severe" Again, Schools Shift To Online Classes

            India News | Press Trust of India | Updated: December 02, 2026 10:32 am IST

            New Delhi:

            Delhi's air quality slipped back into the "severe" category on Tuesday, prompting the government to move classes online.

            The Air Quality Index stood at 428 at 8 am, according to data from the Central Pollution Control Board.

            (Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.dateline == "New Delhi", "\(String(describing: item.dateline))")
        #expect(item.located?.names == ["New Delhi"], "\(String(describing: item.located))")
        #expect(!item.body.contains { $0.text.contains("syndicated feed") }, "\(item.body)")
        #expect(item.body.filter(\.isStoryText).count == 2, "\(item.body)")
        for label in ["More On:", "Valorar:", "Read More:"] {
            let labelled = page.replacingOccurrences(of: "New Delhi:", with: label)
            #expect(PlainTextReader().read(text: labelled).item.dateline == nil, "\(label)")
        }
    }

    @Test("\"… near Squamish. Arlen Redekop/PNG files\": the archive's word stays with the credit (Postmedia)")
    func archiveWordAfterTheCredit() {
        let split = PictureCredit.split("Crews clear a mudslide on the Sea-to-Sky Highway near Squamish. Arlen Redekop/PNG files")
        #expect(split.caption == "Crews clear a mudslide on the Sea-to-Sky Highway near Squamish.", "\(split)")
        #expect(split.credit == "Arlen Redekop/PNG files", "\(split)")
        #expect(
            PictureCredit.split("Vancouver's port at dusk. Jennifer Gauthier/Reuters files").credit == "Jennifer Gauthier/Reuters files")
        // Lower-case words after a slash that are no archive's word stay in the caption's sentence.
        #expect(PictureCredit.split("Traffic on the highway, seen from the north/south overpass on the day it reopened").credit == nil)
    }

    @Test("Numbered sections under the sentence that announces them, and a heading shaped like the others, are subheadings")
    func numberedSectionsAndHeadingsLikeTheOthers() {
        let game = """
            Nuggets beat Lakers as Jokic posts triple-double

            The Denver Nuggets snapped a three-game losing streak on Monday night with a 121-112 win over the Lakers.

            Jokic finished with 31 points, 14 rebounds and 12 assists for his eighth triple-double of the season.

            Here are three takeaways from the game.

            1. Jokic remains in a class of his own

            There's not much left to say about Jokic that hasn't already been said, and he controlled the game from start to finish.

            2. The Lakers' defense is a problem

            Los Angeles has now allowed at least 115 points in six of its last eight games, the worst run of its season so far.
            """
        #expect(
            rolesAfterRules(game, [.headline, .body, .body, .other, .teaser, .body, .teaser, .body])
                == [.headline, .body, .body, .body, .subheading, .body, .subheading, .body])
        let explainer = """
            Map shows states where egg prices are rising fastest

            Egg prices are climbing again across much of the United States, according to new data from the Bureau of Labor Statistics.

            Why It Matters

            Bird flu outbreaks have repeatedly disrupted egg supplies since 2022, forcing farmers to cull millions of hens across the country.

            What To Know

            The average price of a dozen large eggs rose to $4.12 in October, up 18 percent from September, the bureau said on Tuesday.

            What People Are Saying

            Agriculture Secretary Brooke Rollins said in a post: "We are working around the clock with farmers to restore supply."
            """
        #expect(
            rolesAfterRules(explainer, [.headline, .body, .subheading, .body, .subheading, .body, .teaser, .body])
                == [.headline, .body, .subheading, .body, .subheading, .body, .subheading, .body])
    }

    @Test("\"Photo by X/Outlet\" under its caption is the credit, and the prose under the picture is the lead")
    func photoByCreditAndTheLeadUnderThePicture() {
        let page = """
            MTA says congestion pricing has cut traffic into Manhattan by 11%

            Stephen Nessen
            Published Dec 2, 2026

            Traffic on the FDR Drive in Manhattan.
            Photo by Stephen Nessen/Gothamist

            Traffic entering Manhattan below 60th Street has fallen by 11% since congestion pricing began, the Metropolitan Transportation Authority said Tuesday.

            The agency said the toll had raised $550 million for subway and bus improvements in its first 11 months, slightly more than projected.

            Stay up to date with the latest news from across the city by signing up to our newsletters here.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "Traffic on the FDR Drive in Manhattan.", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Stephen Nessen/Gothamist", "\(item.pictures)")
        let story = item.body.filter(\.isStoryText).map(\.text)
        #expect(story.first?.hasPrefix("Traffic entering Manhattan") == true, "\(story)")
        #expect(story.count == 2, "\(story)")
        #expect(!item.descriptions.contains { $0.role == "drol:summary" }, "\(item.descriptions)")
    }

    @Test("\"(Fotogramma)\" is an agency's name, not the label \"Foto\" glued to a credit")
    func labelGluedToAName() {
        #expect(PictureCredit.split("Un convoglio della metropolitana milanese (Fotogramma)").credit == "Fotogramma")
        #expect(PictureCredit.split("Il sindaco in piazza (Foto: Ansa)").credit == "Ansa")
        // A labelled credit keeps its bracket.
        #expect(
            PictureCredit.split("An artist's impression of the exoplanet K2-18b. Credit: ESA/Webb, NASA, CSA, J. Olmsted (STScI)").credit
                == "ESA/Webb, NASA, CSA, J. Olmsted (STScI)")
        let page = """
            Milano, sciopero dei mezzi venerdì: metro a rischio dalle 18

            Lo stop di 24 ore è stato proclamato dai sindacati di base. L'Atm: possibili disagi su tutta la rete

            di Redazione Milano Online

            Un convoglio della metropolitana milanese (Fotogramma)

            Venerdì 5 dicembre i mezzi pubblici di Milano potrebbero fermarsi per uno sciopero di 24 ore proclamato dai sindacati.

            Il sindaco Giuseppe Sala ha invitato i sindacati a trovare un accordo per non penalizzare i cittadini.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.creditline == "Fotogramma", "\(item.pictures)")
    }

    @Test("\"Corrections and clarifications | Submit a news tip |\" closing the page is its menu, no teaser")
    func menuLineIsNoTeaser() {
        let page = """
            Ontario to hire 1,000 more nurses for rural hospitals

            Ontario will hire 1,000 more nurses for hospitals in rural and northern communities, the minister announced Tuesday.

            The program will offer signing bonuses of up to $25,000 to nurses who agree to work for at least two years.

            Corrections and clarifications | Submit a news tip |
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .body, .teaser]) == [.headline, .body, .body, .other])
        // A title with one bar inside it stays a teaser.
        let teaser = page.replacingOccurrences(
            of: "Corrections and clarifications | Submit a news tip |", with: "Nurses | Why Ontario's rural hospitals struggle to hire")
        #expect(rolesAfterRules(teaser, [.headline, .body, .body, .teaser]) == [.headline, .body, .body, .teaser])
    }
}
