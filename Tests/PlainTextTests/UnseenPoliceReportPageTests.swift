import Foundation
import NewsModel
import Testing

@testable import PlainText

/// What police reports and local pages outside the corpus (session 48: Czech and German police copy, a Berlin police
/// release, a US paper on TownNews' comment form) showed the reader lose or misplace: a press office's signature under
/// the release's only paragraph read as the headline and the paragraph kept out of the story, a release's number as the
/// headline, a paragraph between two section headings read as a picture's caption and the next heading as its credit,
/// and the comment form's "Post a comment as" and "(0) comments" kept in the story. The pages are written for these
/// tests.
@Suite struct UnseenPoliceReportPageTests {
    @Test("a press office's signature under the release's only paragraph is no headline, and the paragraph is the story")
    func signatureUnderTheOnlyParagraph() {
        let page = """
            S osobním automobilem měla v pondělí odpoledne vyjet mimo silnici v obci Horní Lhota a narazit do plotu rodinného domu. Policisté s řidičkou provedli dechovou zkoušku, která byla negativní. Při nehodě se nikdo nezranil, škoda byla odhadnuta na 40 000 Kč.
            mjr. Bc. Lenka Dvořáková
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!item.headlines.contains { $0.text.contains("Dvořáková") }, "\(item.headlines)")
        #expect(paragraphTexts(item).count == 1, "\(item.body)")
        #expect(paragraphTexts(item).first?.hasPrefix("S osobním automobilem") == true, "\(item.body)")
        // The rule itself, on the roles the model gave the real release.
        #expect(rolesAfterRules(page, [.other, .headline]) == [.body, .other])
    }

    @Test("a release's number above the text is no headline", arguments: ["Nr. 1187", "No. 64"])
    func releaseNumberIsNoHeadline(number: String) {
        let page = """
            \(number)

            Am frühen Dienstagmorgen wurde in Moabit ein Radfahrer von einem abbiegenden Lieferwagen erfasst. Nach bisherigen Erkenntnissen hatte der 41-jährige Fahrer den Radfahrer beim Rechtsabbiegen übersehen. Der Radfahrer kam mit Verletzungen am Bein in ein Krankenhaus.

            Ein Fachkommissariat der Polizeidirektion 2 hat die Ermittlungen übernommen.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!item.headlines.contains { $0.text == number }, "\(item.headlines)")
        #expect(paragraphTexts(item).count == 2, "\(item.body)")
    }

    @Test("a paragraph between two section headings is no caption, nor the second heading its credit")
    func paragraphBetweenHeadingsIsNoCaption() {
        let page = """
            Lieferwagen kippt auf Landstraße - Fahrer leicht verletzt
            Auf der Landstraße zwischen Oberau und Kleinfeld ist am Donnerstagmorgen ein Lieferwagen umgekippt. Der Fahrer wurde leicht verletzt, teilte die Polizei mit.
            Nach Angaben der Polizei kam der Wagen gegen 7 Uhr in einer Kurve von der Fahrbahn ab und blieb auf der Seite im Graben liegen.
            Glätte als Ursache vermutet
            Ein 45-jähriger Fahrer war mit dem Lieferwagen in Richtung Kleinfeld unterwegs. Die Fahrbahn war nach Angaben der Polizei an mehreren Stellen glatt. Der Wagen rutschte in der Kurve weg und überschlug sich halb.
            Straße zwei Stunden gesperrt
            Für die Bergung musste die Landstraße bis etwa 9 Uhr voll gesperrt werden. Den Schaden schätzt die Polizei auf rund 15.000 Euro.
            """
        // The roles the model gave the real page: the second section's text a caption, its heading the credit.
        let model: [LineRole] = [.headline, .body, .body, .other, .caption, .credit, .body]
        #expect(rolesAfterRules(page, model) == [.headline, .body, .body, .subheading, .body, .subheading, .body])
    }

    @Test("TownNews' comment form closes the page: \"Post a comment as\", \"(0) comments\" and its rules are no story")
    func commentFormClosesThePage() {
        let page = """
            FAIRVIEW — A man who walked out of a hardware store with two chainsaws on Saturday was arrested an hour later, the sheriff's office said.
            Deputies found the man, 38, of Fairview, at a gas station on Route 12 with the saws in the bed of his truck.
            He faces a charge of retail theft and was booked into the county jail.
            Post a comment as
            Report
            (0) comments
            Welcome to the discussion.
            Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.
            Be Truthful. Don't knowingly lie about anyone or anything.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(paragraphTexts(item).count == 3, "\(item.body)")
        #expect(paragraphTexts(item).last == "He faces a charge of retail theft and was booked into the county jail.", "\(item.body)")
        #expect(subheadingTexts(item).isEmpty, "\(item.body)")
    }

    @Test("\"(0) comments\" and \"Post a comment as\" read as comment labels; \"(AP)\" does not")
    func commentLabels() {
        #expect(RoleRules.isCommentsLabel("(0) comments"))
        #expect(RoleRules.isCommentsLabel("Post a comment as"))
        #expect(!RoleRules.isCommentsLabel("(AP)"))
    }

    @Test("a number label is an abbreviation or a sign before digits, not a short title")
    func numberLabels() {
        #expect(RoleRules.isNumberLabel("Nr. 2372"))
        #expect(RoleRules.isNumberLabel("#118"))
        #expect(!RoleRules.isNumberLabel("Apollo 11"))
        #expect(!RoleRules.isNumberLabel("Route 66 reopens"))
    }
}

/// Session 48: a picture set inside the story with its caption, its file's name and its credit on lines of their own.
@Suite struct PictureInTheStoryTests {
    @Test("the story goes on under a picture whose credit stands alone (\"LP/Name\"), and the line over it is the caption")
    func storyGoesOnUnderAPicture() {
        let page = """
            Saint-Rémy : deux pompiers sauvent un chien d'une maison en feu

            Le feu a pris dans la cuisine d'une maison de la rue des Tilleuls peu après minuit, selon les secours.

            Les deux pompiers de garde sont arrivés sur place en moins de dix minutes et ont trouvé la cuisine déjà en flammes, la fumée envahissant l'étage où dormait le chien de la famille.

            La maison de la rue des Tilleuls après l'incendie

            f3c21a90-1b2c-11ee-9a41-0242ac120002_2

            AFP/Claire Moreau

            Les propriétaires, partis en vacances, ont été prévenus par les voisins et sont rentrés dans la matinée pour constater les dégâts, importants au rez-de-chaussée mais limités à l'étage.
            """
        let item = PlainTextReader().read(text: page).item
        let paragraphs = item.body.compactMap { if case .paragraph(let text) = $0 { text } else { nil } }
        #expect(paragraphs.last?.hasPrefix("Les propriétaires, partis en vacances") == true, "\(item.body)")
        #expect(item.pictures.first?.caption == "La maison de la rue des Tilleuls après l'incendie", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "AFP/Claire Moreau", "\(item.pictures)")
        #expect(item.links.isEmpty, "\(item.links)")
        // The roles the model gave the real page: the caption a teaser, the story under the credit the page's foot.
        let model: [LineRole] = [.headline, .body, .body, .teaser, .other, .other, .other]
        #expect(rolesAfterRules(page, model) == [.headline, .body, .body, .caption, .other, .credit, .body])
    }

    @Test("a credit alone on its line is an agency's letters, a slash and a name")
    func slashCredits() {
        #expect(RoleRules.isSlashCredit("LP/Mehdi Gherdane"))
        #expect(RoleRules.isSlashCredit("REUTERS/Yves Herman"))
        #expect(!RoleRules.isSlashCredit("Kyiv/Moscow talks"))
        #expect(!RoleRules.isSlashCredit("24/7 coverage"))
    }

    @Test("an image's file name is one word of letters, digits, dashes and underscores, with many digits")
    func imageFileNames() {
        #expect(RoleRules.isImageFileName("a09e0276-5625-11e9-a558-b829bb243c05_1"))
        #expect(RoleRules.isImageFileName("IMG_20190402_0345.jpg"))
        #expect(!RoleRules.isImageFileName("Houdan-Maulette"))
        #expect(!RoleRules.isImageFileName("The fire spread quickly"))
    }
}

/// Session 48: a list the story leads into with a short sentence ending in a colon.
@Suite struct ShortLeadInListTests {
    @Test("a four-word lead-in of small words (\"Your ban can last:\") leads into the story's list, not a teaser box")
    func listAfterAShortLeadIn() {
        let page = """
            Drivers who ignore a ban face a second one

            Courts can ban drivers who reach 12 penalty points within three years, magistrates in the town were reminded this week.

            The length of a ban depends on how many times a driver has been disqualified before, the court heard on Tuesday.

            Your ban can last:

              • 6 months, if you reach 12 or more penalty points within 3 years
              • 12 months, if you are disqualified a second time within 3 years
              • 2 years, if you are disqualified a third time within 3 years

            Drivers caught behind the wheel while banned are brought back before the magistrates, who may send them to prison.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.links.isEmpty, "\(item.links)")
        let lists = item.body.compactMap { if case .list(let items, _) = $0 { items } else { nil } }
        #expect(lists.first?.count == 3, "\(item.body)")
        #expect(item.body.contains { if case .paragraph("Your ban can last:") = $0 { true } else { false } }, "\(item.body)")
    }
}

/// Session 48: Caribbean pages (a reprint's source before the first paragraph, a date over the story, a caption
/// placing the people in its picture between paragraphs).
@Suite struct CaribbeanPageTests {
    @Test("\"(Jamaica Gleaner) The …\": a reprint's source opening the first paragraph is its dateline's, not its text")
    func reprintSourceOpensTheStory() {
        let page = """
            Bus driver held after chase

            (Barbados Today) A minibus driver was arrested on Tuesday after a chase along the ABC Highway that ended when his van struck a utility pole near the Warrens roundabout, police said.

            Officers had signalled the driver to stop near the Wildey junction after the van was seen overtaking on a solid line, according to a police statement.

            No passengers were hurt, but a pedestrian was treated at the scene for minor injuries and later released.

            The driver, 34, is expected to appear in court on Thursday to answer charges of dangerous driving.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.dateline?.contains("Barbados Today") == true, "\(String(describing: item.dateline))")
        let first = item.body.first { if case .paragraph = $0 { true } else { false } }
        #expect(first?.text.hasPrefix("A minibus driver was arrested") == true, "\(item.body)")
        #expect(LineRules.agencyDateline.match("(Updated) The minister said.") == nil)
    }

    @Test("a date alone over the story heads nothing, and a line placing people \"(left)\" between paragraphs is a caption")
    func dateAndPlacedPeople() {
        let page = """
            Thursday, March 7, 2024

            Two men were shot and injured in the Spring Village community in St Catherine on Wednesday night, the police said.

            The men, aged 24 and 31, were taken to hospital, where they were admitted in stable condition.

            Marlon 'Biggs' Reid (left) and Andre Campbell outside the hospital

            Investigators say the men were standing at a shop when gunmen opened fire from a passing car.
            """
        // The roles the model gave the real page: the date the headline, the caption a heading.
        let model: [LineRole] = [.headline, .body, .body, .subheading, .body]
        #expect(rolesAfterRules(page, model) == [.other, .body, .body, .caption, .body])
    }
}

/// Session 48: a science site's pictures — a label alone over the credit, a caption set twice over its credit.
@Suite struct ScienceSitePictureTests {
    static let page = """
        How a cave beetle was found twice

        A survey of the caves took two summers

        Image:

        Lena Holm, Museum of Natural History, University of Lund

        Every species has a story of how it was found. For one small beetle, the story began with a specimen nobody could name for a decade.

        The beetle was first collected in 2011, during a survey of limestone caves, and sat in a drawer until a student compared it with others.

        Duvalius lundensis, a newly described cave beetle

        Duvalius lundensis, a newly described cave beetle

        Courtesy of Per Ekstrand

        The second find came in 2023, when a team returned to the same caves and collected three more specimens of the beetle.
        """

    @Test("a picture's label alone over a line of names makes that line the credit, not a related link")
    func creditUnderItsLabel() {
        // The roles the model gave the real page.
        let model: [LineRole] = [.headline, .other, .other, .teaser, .body, .body, .teaser, .teaser, .credit, .body]
        let roles = rolesAfterRules(Self.page, model)
        #expect(roles[2] == .other && roles[3] == .credit, "\(roles)")
        #expect(roles[6] == .other && roles[7] == .caption && roles[8] == .credit, "\(roles)")
    }

    @Test("the page's two pictures: a credit alone, and one caption with its credit")
    func picturesOfThePage() {
        let item = PlainTextReader().read(text: Self.page).item
        #expect(item.links.isEmpty, "\(item.links)")
        #expect(
            item.pictures.contains {
                $0.caption == "Duvalius lundensis, a newly described cave beetle" && $0.creditline == "Courtesy of Per Ekstrand"
            }, "\(item.pictures)")
    }
}

/// Session 48: Russian copy's direct speech, opened by a dash, the speaker after a second one.
@Suite struct DashedSpeechTests {
    @Test("\"- В результате ДТП …, - сообщили в …\" is a paragraph of direct speech, not a list's item")
    func dashedSpeechIsAParagraph() {
        let page = """
            На трассе под Омском перевернулся грузовик

            Сегодня утром на федеральной трассе Тюмень - Омск грузовик съехал в кювет и перевернулся, водитель получил травмы.

            - Водитель грузовика доставлен в больницу, его жизни ничего не угрожает, - сообщили в пресс-службе областной Госавтоинспекции.

            Обстоятельства происшествия будут установлены в ходе проверки.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!item.body.contains { if case .list = $0 { true } else { false } }, "\(item.body)")
        #expect(item.body.contains { $0.text.hasPrefix("- Водитель грузовика доставлен") }, "\(item.body)")
        #expect(ArticleAssembly.isDashedSpeech("— Мы сделали всё, что могли, — сказал он."))
        #expect(!ArticleAssembly.isDashedSpeech("- 6 months, if you reach 12 points"))
    }
}

/// Session 48: Irish regional pages — a staff byline between the summary and the story, a post quoted with its
/// attribution on one line.
@Suite struct IrishRegionalPageTests {
    @Test("\"Echo reporter\", \"Digital Desk staff\": a staff byline of two or three words is no heading")
    func staffBylineIsNoHeading() {
        let page = """
            Gardaí appeal after crash near Mallow

            A car left the road near Mallow on Friday night.

            Examiner reporter

            Gardaí are appealing for witnesses after a single-car crash on the N20 near Mallow on Friday night.

            The driver, a man in his 40s, was taken to Cork University Hospital with serious injuries.
            """
        // The roles the model gave the real page (the staff byline a heading between paragraphs).
        let model: [LineRole] = [.headline, .body, .subheading, .body, .body]
        #expect(rolesAfterRules(page, model)[2] == .other)
    }

    @Test("a post and its attribution on one line (\"… https://t.co/… — AA Roadwatch (@aaroadwatch) December 30, 2018\") is no caption")
    func postOnOneLineIsNoStory() {
        let line = "#CORK Main St reopened after collision. https://t.co/AbCdEf123 — AA Roadwatch (@aaroadwatch) December 30, 2018"
        #expect(RoleRules.endsWithPostAttribution(line))
        #expect(!RoleRules.endsWithPostAttribution("The road — closed since Friday — reopened (@ 9am) on Monday."))
        let page = """
            Man dies in crash near Mallow

            Gardaí in Co Cork are appealing for witnesses following the death of a man in a single-car crash on Sunday morning.

            The man, the sole occupant of the car, was pronounced dead at the scene on the N20 near Mallow.

            \(line)

            The road was closed for several hours but has now reopened, and diversions have been lifted.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(!item.body.contains { $0.text.contains("aaroadwatch") }, "\(item.body)")
    }
}

/// Session 48: a US television station's page — the page's title over the headline, a lead without its full stop.
@Suite struct StationPageTests {
    static let page = """
        Driver hurt when car hits utility pole, Dayton police s - Dayton Local 7 - WDLN

        Driver hurt when car hits utility pole, Dayton police say

        DAYTON, OH

        A driver was taken to the hospital after a car hit a utility pole on Brown Street early Sunday, police say

        Officers were called to the crash just after 2 a.m., according to a police spokesperson.

        The driver's condition was not released, and the crash remains under investigation.
        """

    @Test("the page's title, cut short over the site's name, is no headline; the line under it, which it begins as, is")
    func pageTitleOverTheHeadline() {
        let item = PlainTextReader().read(text: Self.page).item
        #expect(item.headlines.first?.text == "Driver hurt when car hits utility pole, Dayton police say", "\(item.headlines)")
    }

    @Test("a lead that ends on who said it, without a full stop, is the story's, not a picture's caption")
    func attributedLeadIsNoCaption() {
        let item = PlainTextReader().read(text: Self.page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        let first = item.body.first { if case .paragraph = $0 { true } else { false } }
        #expect(first?.text.hasPrefix("A driver was taken to the hospital") == true, "\(item.body)")
    }
}
