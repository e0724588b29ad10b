import Foundation
import NewsModel
import Testing

@testable import PlainText

/// What local news pages outside the corpus (session 47: US television stations, a portal, British regional papers, a
/// science site) showed the reader lose or misplace: a short closing sentence ("No one was hurt.") left out of the
/// story, a caption set twice read as a picture and a heading, the page's summary (the first paragraphs run together
/// and cut off) keeping those paragraphs out of the story, a comment section's "Comments: Our rules" read as the last
/// paragraph's picture credit, "MORE: …" teasers, an "Outlet | By Name | Date" byline, and the photographer's name under
/// a caption read as a second author. The pages are written for these tests.
@Suite struct UnseenLocalNewsPageTests {
    /// The story's paragraphs, a quoted one too ("… ," said Meera Lodge).
    @Test(
        "a closing sentence of three or four words is the story's last paragraph", arguments: ["No one was hurt.", "Charges are pending."])
    func shortClosingSentenceIsStory(closing: String) {
        let page = """
            Crews rescue driver from flooded underpass

            MILLBROOK, Ore. - Firefighters pulled a driver from a car stuck in a flooded underpass on Route 9 early Monday, the fire district said.

            The water had risen to the car's windows by the time the first engine arrived, Battalion Chief Dana Whitfield said.

            "He did exactly the right thing by staying put and calling us," Whitfield said.

            The underpass was closed for most of the morning while crews pumped out the water.

            \(closing)
            """
        let item = PlainTextReader().read(text: page).item
        #expect(storyParagraphTexts(item).last == closing, "\(storyParagraphTexts(item))")
    }

    @Test("a short closing line that speaks to the reader stays out of the story")
    func readerAddressIsNoStory() {
        let page = """
            Crews rescue driver from flooded underpass

            MILLBROOK, Ore. - Firefighters pulled a driver from a car stuck in a flooded underpass on Route 9 early Monday, the fire district said.

            The water had risen to the car's windows by the time the first engine arrived, Battalion Chief Dana Whitfield said.

            The underpass was closed for most of the morning while crews pumped out the water.

            Thanks for reading.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!storyParagraphTexts(item).contains("Thanks for reading."), "\(storyParagraphTexts(item))")
    }

    @Test("a caption set twice, line under line, is one picture with its credit and no heading")
    func doubledCaptionIsOnePicture() {
        let page = """
            Man charged after standoff at rural home

            Deputies arrested a man on Thursday after a six-hour standoff at a home outside Carver Springs, the sheriff's office said.

            The man had barricaded himself inside after a dispute with a neighbour, according to Sheriff Lorna Beckett.

            Dale Pruitt / Credit: Harlan County Sheriff's Office / Facebook
            Dale Pruitt / Credit: Harlan County Sheriff's Office / Facebook

            Dale Pruitt, 47, faces charges of aggravated assault and unlawful imprisonment, court records show.

            He is being held at the county jail without bond.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.caption == "Dale Pruitt", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Harlan County Sheriff's Office / Facebook", "\(item.pictures)")
        #expect(!item.body.contains { if case .subheading = $0 { true } else { false } }, "\(item.body)")
        #expect(storyParagraphTexts(item).count == 4, "\(storyParagraphTexts(item))")
    }

    @Test("a page's summary that runs the first paragraphs together keeps none of them out of the story")
    func summaryOfTheFirstParagraphsIsTheCopy() {
        let page = """
            VILLAGE councillors have backed a plan for a new surgery despite objections from neighbours. Members of Ashby Parva Parish Council s planning group voted to support the revised scheme. But neighbours say they will take their obje

            VILLAGE councillors have backed a plan for a new surgery despite objections from neighbours.

            Members of Ashby Parva Parish Council's planning group voted to support the revised scheme.

            But neighbours say they will take their objections to the district council when it decides the application next month.

            The surgery would replace two smaller practices and serve about 9,000 patients, the applicants said.

            "We have listened and cut the building's height by a storey," said Meera Lodge, one of the partners.
            """
        let item = PlainTextReader().read(text: page).item
        let body = storyParagraphTexts(item)
        #expect(body.first == "VILLAGE councillors have backed a plan for a new surgery despite objections from neighbours.", "\(body)")
        #expect(body.count == 5, "\(body)")
        #expect(item.pictures.isEmpty, "\(item.pictures)")
    }

    @Test("\"Comments: Our rules\" opens the comment section; the story's last paragraph stays story text")
    func commentRulesCloseThePage() {
        let page = """
            Plans for riverside flats approved at second attempt

            Plans for 30 flats beside the River Wend have been approved, five months after councillors first turned them down.

            The developer cut the height of the main block and added a footpath along the water, the planning report said.

            Residents who objected said the changes did little to ease their worries about flooding.

            Councillor Joan Ashworth said: "This is a much better scheme than the one we saw in the spring."
            Comments: Our rules
            We want our comments to be a lively part of our community, a place where readers can debate the issues that matter to them.
            Please report any comments that break our rules.
            """
        let item = PlainTextReader().read(text: page).item
        let body = storyParagraphTexts(item)
        #expect(body.last?.hasPrefix("Councillor Joan Ashworth said") == true, "\(body)")
        #expect(!body.contains { $0.contains("our comments") || $0.contains("Please report") }, "\(body)")
        #expect(item.pictures.isEmpty, "\(item.pictures)")
    }

    @Test("\"MORE: …\" in capitals is a teaser, its title without the label")
    func capitalMoreLabelsATeaser() {
        let page = """
            Town's library to open on Sundays

            The central library in Eastwick will open on Sundays from next month after the council found money for two more staff.

            The library had closed on Sundays since 2011, when its budget was cut by a third.

            MORE: Plans for a new reading room at the old fire station are put on hold

            Opening hours on Sundays will be from 11am to 4pm, the council said.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.links.map(\.title) == ["Plans for a new reading room at the old fire station are put on hold"], "\(item.links)")
        #expect(storyParagraphTexts(item).count == 3, "\(storyParagraphTexts(item))")
    }

    @Test("\"Outlet | By Name | Date\" is the byline; the outlet is kept as a note")
    func outletBarBylineIsTheByline() {
        #expect(LineRules.outletBeforeByline("ScienceDaily.example | By Ruth Okafor | March 2, 2022")?.outlet == "ScienceDaily.example")
        #expect(LineRules.outletBeforeByline("Sport | Football | By the way") == nil)
        let page = """
            Coral reefs recover faster than expected after heatwave

            Coral reefs recover faster than expected after heatwave

            Divers survey a reef off the northern coast, where most of the coral had bleached in 2020.
            Tomas Reyes

            ReefWatch.example | By Ruth Okafor | March 2, 2022

            Reefs that lost most of their coral in a marine heatwave two years ago have regrown faster than scientists expected, a survey published on Tuesday found.

            The survey team counted new colonies at 40 sites and found that half had regained their former cover.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Ruth Okafor"], "\(item.bylines)")
        #expect(item.preserved.contains { $0.serialized == "ReefWatch.example" }, "\(item.preserved.map(\.serialized))")
        #expect(item.pictures.first?.creditline == "Tomas Reyes", "\(item.pictures)")
        #expect(item.pictures.first?.caption?.hasPrefix("Divers survey a reef") == true, "\(item.pictures)")
    }

    @Test("a cookie notice heads no story; the title under a countdown widget is the headline")
    func cookieNoticeIsNoHeadline() {
        let page = """
            By using our website, you agree to the use of our cookies.

              • days
              • Hours
              • Minutes
              • Seconds
            🇳🇬 👍 🇳🇬

            Ten days in office: a look at the first decisions of the new governors

            NEW governors were sworn in across ten states at the end of May, and several moved quickly to undo their predecessors' last appointments.

            Here is a look at what they have done so far.

            Two governors revoke appointments

            The governor of Amaku State cancelled the appointment of six permanent secretaries on his second day in office.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Ten days in office: a look at the first decisions of the new governors", "\(item.headlines)")
        #expect(item.links.isEmpty, "\(item.links)")
        #expect(BlockShape("We use cookies to give you the best experience on our website.").cues.contains(.widget))
        #expect(BlockShape("Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.").cues.contains(.widget))
        // A story's sentence about cookies is no notice.
        #expect(!BlockShape("Google said it would stop blocking third-party cookies in its Chrome browser.").cues.contains(.widget))
    }

    @Test("a German deck under the headline is no byline; \"Hier geht es zu …\" under the story is no paragraph")
    func germanDeckAndLinkLine() {
        let page = """
            Zwei Verletzte bei Unfall an der Bahnhofstraße

            Polizei ermittelt den genauen Hergang

            Ein Lieferwagen und ein Kleinwagen sind am Dienstagmorgen an der Kreuzung Bahnhofstraße und Lindenweg zusammengestoßen. Beide Fahrer kamen ins Krankenhaus.

            Nach Angaben der Polizei hatte der Fahrer des Lieferwagens die Vorfahrt missachtet. Der Schaden wird auf rund 15.000 Euro geschätzt.

            Hier geht es zu allen aktuellen Polizeimeldungen.
            """
        // Where the model reads the deck as a byline, as it did on the page this comes from.
        let roles = rolesAfterRules(page, [.headline, .byline, .body, .body, .body])
        #expect(roles[1] == .other, "\(roles)")
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        #expect(storyParagraphTexts(item).count == 2, "\(storyParagraphTexts(item))")
        #expect(item.preserved.contains { $0.serialized == "Hier geht es zu allen aktuellen Polizeimeldungen." })
    }

    @Test("a list of the site's latest stories, each dated after a dash, heads no story")
    func datedListIsNoHeadline() {
        let page = """
            -
            Five ways to keep your garden green through a dry summer - June 4, 2021
            -
            How to choose a second-hand bicycle without regrets - June 2, 2021
            -
            Seven questions to ask before you adopt a rescue dog - May 28, 2021
            Late double gives Harbour Town first win of the season
            Sam Okafor scored twice in the last ten minutes as Harbour Town beat Millfield 2-0 on Saturday for their first win of the season.
            Advertisement
            Okafor came off the bench after an hour and turned the game with two headers from corners.
            The win lifts Harbour Town off the bottom of the table for the first time since August.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Late double gives Harbour Town first win of the season", "\(item.headlines)")
    }

    @Test("a live page's entry titles with their time stamps run on are headings; a caption run onto \"Image source\" is split")
    func stampedLiveEntries() {
        let page = """
            Council budget vote: Live coverage

              1. Mayor defends tax risepublished at 10:15 British Summer Time 3 March 2022

                The mayor has told councillors the rise is the smallest in a decade and will protect bus routes.

                Opposition members say families cannot afford another increase this year.

              2. Vote passes by two votespublished at 11:40 British Summer Time 3 March 2022

                Priya ShahImage source, PA

                The budget passed by 31 votes to 29 after a debate that lasted almost three hours.
            """
        let item = PlainTextReader().read(text: page).item
        let headings = item.body.compactMap { if case .subheading(let text, _) = $0 { text } else { nil } }
        #expect(headings == ["Mayor defends tax rise", "Vote passes by two votes"], "\(item.body)")
        #expect(item.preserved.contains { $0.serialized == "published at 10:15 British Summer Time 3 March 2022" })
        #expect(item.pictures.first?.caption == "Priya Shah", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "PA", "\(item.pictures)")
        #expect(storyParagraphTexts(item).count == 3, "\(storyParagraphTexts(item))")
    }

    @Test("a caption credited \"( FUENTE EXTERNA )\" opening the page is the picture's; a heading inside the story heads no page")
    func creditedCaptionAndSectionHeading() {
        let page = """
            Cajas de medicamentos incautadas durante el operativo realizado por la Policía en el puerto de Haina. ( FUENTE EXTERNA )

            La Policía informó este martes sobre la incautación de 300 cajas de medicamentos sin registro sanitario en un almacén del puerto de Haina.

            Según una nota de prensa, los agentes encontraron la mercancía durante una inspección de rutina.

            Objetos ocupados

            Entre los productos había antibióticos, analgésicos y jarabes para la tos, todos sin etiquetas en español.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.isEmpty, "\(item.headlines)")
        #expect(item.pictures.first?.creditline == "FUENTE EXTERNA", "\(item.pictures)")
        #expect(item.body.contains(.subheading("Objetos ocupados", level: 2)), "\(item.body)")
        #expect(storyParagraphTexts(item).count == 3, "\(storyParagraphTexts(item))")
    }

    @Test("a paper's desk mark \"(I)\" is no picture credit; \"Fuente: …\" closing a page without blank lines is its source")
    func deskMarkAndSourceLine() {
        #expect(
            PictureCredit.trailingCredit(in: "El vehículo, un todoterreno del año 2023, fue llevado a los patios de retención. (I)") == nil)
        let page = """
            Detienen a un policía en un vehículo robado
            Las Fuerzas Armadas detuvieron el sábado a un policía que se transportaba en un vehículo reportado como robado.
            Los militares realizaban controles en Manta cuando detuvieron un vehículo sin placas y con vidrios polarizados.
            La Policía Judicial determinó que el vehículo se encontraba reportado como robado y el agente fue detenido.
            Fuente: El Diario del Puerto
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.editorialNotes.contains("Fuente: El Diario del Puerto"), "\(item.editorialNotes)")
    }

    @Test("\"Author Archives\", a site's author-box label, is no byline")
    func authorBoxLabelIsNoByline() {
        let page = """
            School board approves budget cut

            Author Archives

            By Nadia Okafor

            On March 23, the school board voted to approve the $1.5 million budget cut presented at its February meeting.

            Board member Gregory Lind proposed a few amendments, but none found a second.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Nadia Okafor"], "\(item.bylines)")
        #expect(rolesAfterRules(page, [.headline, .byline, .byline, .body, .body])[1] == .other)
    }

    @Test("a weather reading heads no story; a labelled date is no caption; a caption's date is no credit")
    func weatherDateAndCaptionDate() {
        #expect(RoleRules.isWeatherReading("41.0°F"))
        #expect(RoleRules.isWeatherReading("-3 °C"))
        #expect(!RoleRules.isWeatherReading("Temperatures fell to 41°F overnight"))
        let page = """
            Wednesday, April 24, 2024
            41.0°F

            Flu season update - Jan. 8, 2021

            | January 7, 2021 7:50 PM

            Health officials urge residents to get a flu shot before the holidays and to stay home when sick.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!item.headlines.contains { $0.text.contains("°") }, "\(item.headlines)")
        #expect(item.pictures.allSatisfy { $0.creditline != "8, 2021" }, "\(item.pictures)")
        // "UPDATED: Tue., Nov. 19, 2019" under the headline, where the model reads a caption.
        let updated =
            "Ad agencies split on viral campaign\n\nUPDATED: Tue., Nov. 19, 2019\n\nAgencies in the city disagree about the state's new campaign."
        #expect(rolesAfterRules(updated, [.headline, .caption, .body])[1] == .other)
    }

    @Test("WordPress's comment-form notices are no story and no teasers")
    func commentFormNoticesAreNoStory() {
        let page = """
            Singer cancels autumn tour

            The singer has cancelled the last eight dates of her autumn tour after a throat infection, her management said on Friday, and promised refunds within a week.

            Related News

            Leave a Reply

            Your email address will not be published. Required fields are marked *

            This site uses Akismet to reduce spam. Learn how your comment data is processed.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(storyParagraphTexts(item).count == 1, "\(storyParagraphTexts(item))")
        #expect(!item.links.contains { $0.title?.hasPrefix("Your email address") == true }, "\(item.links)")
        #expect(!storyParagraphTexts(item).contains { $0.contains("Akismet") }, "\(storyParagraphTexts(item))")
    }

    @Test("a menu's numbered item is no caption; a caption set under its credit and again with its credit is no paragraph")
    func numberedMenuAndCaptionSetTwice() {
        let page = """
            HamberMenu
              1. Data
              2. Shorts
              3. SEARCH Icon

            Cabinet expansion soon, says Chief Minister

            December 18, 2023 02:05 pm | Updated 03:05 pm IST - Raipur

            PTI
            Chief Minister Anil Verma took oath on December 13, 2023, at a ceremony in the state capital.

            Chief Minister Anil Verma took oath on December 13, 2023, at a ceremony in the state capital. | Photo Credit: PTI

            Chief Minister Anil Verma on December 18 said the State Cabinet will be expanded soon with both old and new faces.

            He was talking to reporters at the airport after returning from New Delhi.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "PTI", "\(item.pictures)")
        #expect(storyParagraphTexts(item).count == 2, "\(storyParagraphTexts(item))")
    }

    @Test("\"This is a developing story …\" closing a station's report is the desk's note, not a paragraph")
    func developingStoryNote() {
        let page = """
            House catches fire in Elmwood on Saturday morning

            ELMWOOD (WXYZ) — The Elmwood Fire Department says a house caught fire on Saturday morning.

            Authorities say the home is in the 1800 block of Sauber Avenue.

            It is unknown if anyone was injured or what caused the fire.

            This is a developing story. WXYZ will update this story as we learn more.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(storyParagraphTexts(item).count == 3, "\(storyParagraphTexts(item))")
        #expect(item.preserved.contains { $0.serialized.hasPrefix("This is a developing story.") }, "\(item.preserved.map(\.serialized))")
    }

    @Test("a standfirst with its author run on after \"Von\" is a standfirst and a byline, not a caption and a credit")
    func standfirstWithItsAuthor() {
        #expect(
            ArticleAssembly.standfirstWithItsAuthor(
                "Bei einer Einsatzfahrt ist ein Streifenwagen gegen eine Hauswand geprallt. Von Jana Roth")?
                .byline == "Von Jana Roth")
        #expect(ArticleAssembly.standfirstWithItsAuthor("Der Wagen kam von der Straße ab. Von dort fuhr er weiter.") == nil)
        let page = """
            Würzburg: Streifenwagen prallt gegen Hauswand

            Bei einer Einsatzfahrt am Samstagabend ist ein Streifenwagen der Polizei gegen eine Hauswand geprallt, der Fahrer kam ins Krankenhaus. Von Jana Roth

            Die Beamten waren gegen 23 Uhr auf dem Weg zu einem Einsatz, als sie an einer Kreuzung einem Wagen ausweichen mussten.

            Der 29 Jahre alte Fahrer verlor dabei die Kontrolle über das Fahrzeug und prallte frontal gegen die Hauswand.
            """
        var reader = PlainTextReader()
        // The model's reading of the page this comes from: the standfirst as a caption.
        reader.modelRoles = [.headline, .caption, .body, .body]
        let item = reader.read(text: page).item
        #expect(item.bylines == ["Jana Roth"], "\(item.bylines)")
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.descriptions.first?.text.hasSuffix("ins Krankenhaus.") == true, "\(item.descriptions)")
    }
}
