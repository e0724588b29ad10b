import Foundation
import NewsModel
import Testing

@testable import PlainText

/// What unseen pages (session 51: US broadcasters' sites, a German regional paper, an AP storm story on a partner's
/// site) showed the reader misplace: a dateline in capitals set on its own line taken for the headline, a search box's
/// label or a "Click here" line taken for it, the heading element repeated with its kicker taken for a byline, AP's
/// "Here's how …:" lead-in kept out of the story, a video widget's "… From AP" under the story read as a byline, and a
/// photographer's initial ("Credits J. …") read as the caption's last sentence. The pages are written for these tests.
@Suite struct HeadLabelsTests {
    @Test("a dateline in capitals on its own line opens the paragraph under it")
    func placeDatelineOnItsOwnLine() {
        let page = """
            Council passes budget with a tax increase

            LAS CRUCES, N.M. -

            Monday evening the city council voted five to two to approve a budget that raises the property tax.

            The mayor said the increase would pay for two new fire stations.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Council passes budget with a tax increase", "\(item.headlines)")
        #expect(item.dateline == "LAS CRUCES, N.M.", "\(String(describing: item.dateline))")
        #expect(storyParagraphTexts(item).first?.hasPrefix("Monday evening the city council") == true, "\(item.body)")
        #expect(storyParagraphTexts(item).count == 2)
    }

    @Test("a title line ending in a dash that names no place in capitals stays a line of its own")
    func titleWithADashIsNoDateline() {
        let page = """
            Council budget vote -

            Monday evening the city council voted five to two to approve a budget that raises the property tax.
            """
        let blocks = PlainTextReader.blocks(of: Array(page.utf8)).texts
        #expect(blocks.count == 2, "\(blocks)")
        #expect(PlainTextReader().read(text: page).item.dateline == nil)
    }

    @Test("a \"Click here\" line heads no story: the title above the empty byline does")
    func clickHereIsNoHeadline() {
        let page = """
            Neighbours Clear Fallen Trees

            By  |

            Click here to view this story

            Grace Ellison watched a pine tree fall across her driveway during the height of the storm on Sunday night.

            "We heard a crack and then the whole house shook," said Ellison. "We were lucky nobody was outside."

            Crews from the county have been clearing roads since Monday morning.
            """
        let model: [LineRole] = [.other, .byline, .headline, .body, .body, .body]
        let roles = rolesAfterRules(page, model)
        #expect(roles[0] == .headline && roles[2] == .other, "\(roles)")
    }

    @Test("a label closing on a colon heads no story; the title under the widgets does, and its copy with the kicker is no byline")
    func colonLabelIsNoHeadline() {
        let page = """
            Suche im gesamten Angebot:

            12 ° / 4 ° heiter

            Navigation:
            Stadtrat beschließt neuen Haushalt

            Politik Stadtrat beschließt neuen Haushalt

            Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen, mit knapper Mehrheit.

            Die Opposition kritisierte vor allem die höheren Gebühren für Kindergärten und kündigte weiteren Widerstand an.
            """
        let blocks = PlainTextReader.blocks(of: Array(page.utf8)).texts
        #expect(blocks.count == 7, "\(blocks)")
        let model: [LineRole] = [.headline, .other, .other, .other, .byline, .body, .body]
        let roles = rolesAfterRules(page, model)
        #expect(roles[0] == .other && roles[1] == .other && roles[2] == .other, "\(roles)")
        #expect(roles[3] == .headline, "\(roles)")
        #expect(roles[4] == .other, "\(roles)")
    }

    @Test("a weather widget's reading is no headline")
    func weatherWidget() {
        #expect(RoleRules.isWeatherWidget("12 ° / 4 ° heiter"))
        #expect(RoleRules.isWeatherWidget("41.0°F"))
        #expect(!RoleRules.isWeatherWidget("Heatwave: 40°C forecast for Seville"))
    }

    @Test("\"Here's how …:\" between paragraphs is story text, not a teaser")
    func leadInBetweenParagraphs() {
        let page = """
            Heavy rain floods roads across the Northeast

            BOSTON (AP) — A slow-moving storm flooded roads and knocked out power to thousands of homes across the Northeast on Wednesday, officials said.

            The rain was expected to continue into Thursday morning before the system moves out to sea, forecasters said.

            Here's a look at how some states are coping with the storm:

            In Vermont, officials closed a dozen roads after rivers rose above their banks overnight and warned drivers to stay home.

            In Maine, utility crews worked through the night to restore power to about 30,000 customers along the coast.
            """
        let model: [LineRole] = [.headline, .body, .body, .teaser, .body, .body]
        #expect(rolesAfterRules(page, model)[3] == .body)
        // Leading into links, it stays what the model read: no paragraph follows it.
        let linked = """
            Heavy rain floods roads across the Northeast

            BOSTON (AP) — A slow-moving storm flooded roads and knocked out power to thousands of homes across the Northeast on Wednesday, officials said.

            The rain was expected to continue into Thursday morning before the system moves out to sea, forecasters said.

            Here are more of our stories about the storm and the flooding:

            Vermont closes roads as rivers rise

            Maine crews restore power along the coast
            """
        let links: [LineRole] = [.headline, .body, .body, .teaser, .teaser, .teaser]
        #expect(rolesAfterRules(linked, links)[3] == .teaser)
    }

    @Test("a widget's title under the story is no byline; an author's signature with the outlet stays one")
    func bylineBelowTheStory() {
        let page = """
            Storm topples trees in the Garden District

            By Maria Lopez

            Strong winds brought down dozens of trees across the Garden District on Tuesday afternoon, blocking several streets.

            "I have never seen anything like it," said Henry Blake, who has lived on the street for forty years.

            Power was restored to most homes by the evening, the utility said.

            Top Video From AP

            Maria Lopez, AP
            """
        let model: [LineRole] = [.headline, .byline, .body, .body, .body, .byline, .byline]
        let roles = rolesAfterRules(page, model)
        #expect(roles[1] == .byline && roles[5] == .other && roles[6] == .byline, "\(roles)")
    }

    @Test("a credit after the caption's last sentence keeps its initial, and drops its colon-less \"Credits\" label")
    func creditWithAnInitial() {
        let split = PictureCredit.split("Il team di ricerca ha analizzato fossili da oltre 100 siti. Credits R. Anna Moretti")
        #expect(split.caption == "Il team di ricerca ha analizzato fossili da oltre 100 siti.", "\(split)")
        #expect(split.credit == "R. Anna Moretti", "\(split)")
        #expect(PictureCredit.split("Firefighters at the scene on Tuesday. Jane R. Miller").credit == "Jane R. Miller")
    }

    @Test("short lines without bullets under a sentence closing on a colon are the story's list, not credits and links")
    func unbulletedListAfterItsLeadIn() {
        let page = """
            Island names its new ministers
            Posted by Harbour Radio on 2 March 2026
            This morning the assembly elected the last three ministers of the new government, and the Chief Minister announced their portfolios as follows:
            Ann Cole – Health & Social Care
            Peter Gray – Treasury & Economic Development
            Ruth Lane – Education & Employment
            The Chief Minister's speech will be broadcast on Harbour Radio this evening.
            The assembly meets again next week.
            """
        let model: [LineRole] = [.headline, .other, .caption, .credit, .other, .teaser, .body, .body]
        let roles = rolesAfterRules(page, model)
        #expect(Array(roles[2...5]) == [.body, .body, .body, .body], "\(roles)")
        // A line the model took for a link leads into links: left as it read it.
        let links: [LineRole] = [.headline, .other, .teaser, .teaser, .teaser, .teaser, .body, .body]
        #expect(Array(rolesAfterRules(page, links)[2...5]) == [.teaser, .teaser, .teaser, .teaser])
    }

    @Test("\"First published on: …\" under the story is the publication time, no link")
    func firstPublishedOn() {
        let page = """
            Man arrested for setting police post on fire

            Police arrested a man on Tuesday morning for allegedly burning down a police post in the city's north district.

            The officer said the post's windows had been smashed on three sides using bricks, and the man was arrested.

            First published on: 25-10-2022 at 06:12:34 pm
            """
        let roles = rolesAfterRules(page, [.headline, .body, .body, .teaser])
        #expect(roles[3] == .other, "\(roles)")
    }

    @Test("\"By PTI\": an agency's letters stay as they are; a name in capitals is written as a name")
    func agencyByline() {
        let story =
            "\n\nNEW DELHI: The police arrested one more person in the case on Thursday, officials said.\n\nThe accused was held in the capital.\n"
        #expect(PlainTextReader().read(text: "One more arrested in riot case\n\nBy PTI" + story).item.bylines == ["PTI"])
        #expect(
            PlainTextReader().read(text: "One more arrested in riot case\n\nBy ANJALI SHARMA" + story).item.bylines == ["Anjali Sharma"])
    }

    @Test("\"Karlsruhe (pol/anb) Die …\": a police or wire code in brackets after the place, no dash, opens the story")
    func inlineAgencyCodeDateline() {
        let page = """
            Zeugen gesucht nach Unfall mit Falschfahrer

            Heilbronn (pol/hn) Die Verkehrspolizei Weinsberg sucht Zeugen nach einem schweren Unfall auf der Bundesstraße in der Nacht zum Sonntag.

            Ein 48 Jahre alter Autofahrer war nach Angaben der Polizei auf der falschen Fahrbahn unterwegs und stieß mit einem Lieferwagen zusammen.

            Beide Fahrer wurden schwer verletzt in Krankenhäuser gebracht.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.dateline == "Heilbronn (pol/hn)", "\(String(describing: item.dateline))")
        #expect(storyParagraphTexts(item).first?.hasPrefix("Die Verkehrspolizei Weinsberg") == true, "\(item.body)")
        #expect(storyParagraphTexts(item).count == 3, "\(item.body)")
        #expect(AgencyDatelineLine.inlineMatch("Jane Doe (left) Speaks to reporters") == nil)
    }

    @Test("a label run onto the title over the title set again is no headline; nor is a button's sign")
    func labelRunOntoTheTitle() {
        let page = """
            Estás leyendo: El Gobierno aprueba el plan de vivienda para jóvenes

            El Gobierno aprueba el plan de vivienda para jóvenes

            El Consejo de Ministros aprobó este martes un plan de ayudas al alquiler para menores de 35 años, anunció la portavoz.

            Las ayudas llegarán a 200.000 hogares, según el Ministerio.
            """
        let roles = rolesAfterRules(page, [.headline, .other, .body, .body])
        #expect(roles[0] == .other && roles[1] == .headline, "\(roles)")
        let closed = """
            ×

            El Consejo de Ministros aprobó este martes un plan de ayudas al alquiler para menores de 35 años, anunció la portavoz.

            Las ayudas llegarán a 200.000 hogares, según el Ministerio.
            """
        #expect(!rolesAfterRules(closed, [.headline, .body, .body]).contains(.headline))
    }

    @Test("a site's notice of several sentences over the title is no headline; a title with an abbreviation's stop stays one")
    func noticeOverTheTitle() {
        let page = """
            Ведутся технические работы. Это может временно повлиять на скорость работы сайта. Приносим извинения за неудобства!

            Главы нескольких районов области подверглись резкой критике губернатора

            Работы по благоустройству на вверенных им территориях ведутся крайне медленно, заявил губернатор на заседании правительства.
            """
        let roles = rolesAfterRules(page, [.headline, .other, .body])
        #expect(roles[0] == .other && roles[1] == .headline, "\(roles)")
        let titled = """
            One person taken to the hospital after two-car crash on Main St. in Springfield.

            Andrew Masse

            SPRINGFIELD, MA (WGGB) - One person was taken to the hospital Tuesday night following a two-car crash in the city.
            """
        #expect(rolesAfterRules(titled, [.headline, .byline, .body])[0] == .headline)
    }

    @Test("the headline set again right under itself is no standfirst")
    func headlineTwiceIsNoStandfirst() {
        let page = """
            Прямо сейчас губернатор края выступает перед общественностью области с отчётом
            Прямо сейчас губернатор края выступает перед общественностью области с отчётом
            В первую очередь глава региона отметил важность публичного формата мероприятия для жителей и представителей власти.
            Также губернатор рассказал о выполнении задач прошедшего этапа.
            """
        let item = PlainTextReader().read(text: page).item
        let title = "Прямо сейчас губернатор края выступает перед общественностью области с отчётом"
        #expect(item.headlines.first?.text == title, "\(item.headlines)")
        #expect(!item.descriptions.contains { $0.role == "drol:summary" }, "\(item.descriptions)")
    }

    @Test("\"What you need to know:\" and its bullet are a summary box, kept out of the story")
    func whatYouNeedToKnowBox() {
        let page = """
            Governor stands by development record

            What you need to know:

              • The governor said his administration had bought more lorries for garbage collection.

            The governor has maintained that his administration has done plenty in terms of development, chiding his critics.

            He said he had a clear agenda on how the county would progress over the next five years.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!storyParagraphTexts(item).contains { $0.contains("more lorries") }, "\(item.body)")
        #expect(!item.body.contains { if case .list = $0 { true } else { false } }, "\(item.body)")
        #expect(storyParagraphTexts(item).first?.hasPrefix("The governor has maintained") == true, "\(item.body)")
    }

    @Test("a contact box's \"Help Line:\" is no dateline; \"Nairobi, 14th November, 2022\" is no heading")
    func contactLabelAndPlaceDateLine() {
        #expect(ArticleAssembly.placeOverTheStory("Help Line:") == nil)
        #expect(ArticleAssembly.placeOverTheStory("New Delhi:") == "New Delhi")
        let page = """
            County urges parents to counsel youth against crime

            The governor said he would meet the police chief this week to address growing insecurity in the city.

            Nairobi, 14th November, 2022

            Speaking at a church in Dandora, the governor urged parents to counsel their youth against engaging in crime.
            """
        let roles = rolesAfterRules(page, [.headline, .body, .subheading, .body])
        #expect(roles[2] == .other, "\(roles)")
    }

    @Test("a tag's archive label over its latest post heads nothing; the post's title under it does")
    func tagArchiveLabel() {
        let page = """
            Posts tagged with "Health News"

            Too much of this common vitamin could trigger heart problems, researchers say

            April 25, 2024

            A common vitamin might actually be harmful for your health, researchers at a clinic in Ohio have found in a new study.

            The study identifies a new pathway through which too much of the vitamin contributes to heart disease.
            """
        let roles = rolesAfterRules(page, [.headline, .other, .other, .body, .body])
        #expect(roles[0] == .other && roles[1] == .headline, "\(roles)")
    }

    @Test("a separator line is no paragraph; an Italian site's follow and contact prompts are no story")
    func separatorAndItalianPrompts() {
        let page = """
            Covid, in Puglia 142 nuovi casi positivi

            Il presidente della Regione ha comunicato che oggi sono stati registrati 3.755 test e 142 casi positivi in tutta la regione.

            Sono stati registrati 6 decessi, due dei quali in provincia di Foggia e due in provincia di Lecce.

            ---------------

            Per restare aggiornato con le ultime news del nostro giornale seguici e metti “Mi piace” sulla nostra pagina Facebook.

            Per scriverci e interagire con la redazione contattaci
            """
        let item = PlainTextReader().read(text: page).item
        #expect(storyParagraphTexts(item).count == 2, "\(item.body)")
        #expect(RoleRules.isPromotion("Per scriverci e interagire con la redazione contattaci"))
        #expect(rolesAfterRules(page, [.headline, .body, .body, .body, .body, .teaser])[3] == .other)
    }

    @Test("a sign-up box with Google's reCAPTCHA notice and a blotter's \"Arrested: …\" line are no story and no byline")
    func signUpBoxAndBlotterLabel() {
        let page = """
            Man arrested after fleeing from deputies

            On May 4, at approximately 7:50 am, the county sheriff's office was notified of a driver fleeing from deputies.

            Local News in your inbox Only local news: Sign up to get crime, weather, traffic alerts and more. SIGN UP This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.

            The vehicle was later found stuck in a ditch, and the driver was taken into custody after a long track.

            Arrested: Charles Webb, 25, Blountstown, FL
            """
        let roles = rolesAfterRules(page, [.headline, .body, .body, .body, .byline])
        #expect(roles[2] == .other && roles[4] == .other, "\(roles)")
        // An author's label stays the byline: "Reporter: Jane Miller, Tallahassee".
        let signed = page.replacingOccurrences(
            of: "Arrested: Charles Webb, 25, Blountstown, FL", with: "Reporter: Jane Miller, Tallahassee")
        #expect(rolesAfterRules(signed, [.headline, .body, .body, .body, .byline])[4] == .byline)
    }
}
