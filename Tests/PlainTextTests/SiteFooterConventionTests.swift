import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Conventions of news pages met in session 30, on copy written for these tests in the manner of Phys.org,
/// ScienceDaily, KTLA, the South China Morning Post, Fox News and The Globe and Mail. Role tests give the model's
/// roles and check what the rules make of them, so that each fails without its rule whatever the weights say.
@Suite struct SiteFooterConventionTests {

    @Test("Phys.org's \"More information:\", \"Provided by …\", \"Citation: …\" close the story: reference matter, no paragraphs")
    func researchNotesCloseTheStory() {
        let page = """
            Coral reefs recover faster where fishing is banned

            Coral reefs inside marine reserves bounced back from bleaching about twice as fast as reefs open to fishing.

            Reefs in Fiji and Palau recovered within nine years on average, against 17 years for fished reefs nearby.

            More information: Priya Raman et al, Fishing bans speed coral recovery, Nature Ecology & Evolution (2026).

            Provided by University of Queensland

            Citation: Coral reefs recover faster (2026, December 3) retrieved 4 December 2026 from https://phys.org/news/x.html

            This document is subject to copyright. Apart from any fair dealing for the purpose of private study, no part may be reproduced.
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .body, .caption, .subheading, .body, .body])
                == [.headline, .body, .body, .other, .trailer, .other, .other])
        // ScienceDaily's labels, each on a line of its own.
        let daily = """
            Sleep loss makes teenagers more sensitive to social rejection

            Teenagers who slept less than six hours felt snubs by their peers more sharply the next day.

            The study was funded by the National Institute of Mental Health.

            Story Source:

            Materials provided by University of Michigan. Note: Content may be edited for style and length.

            Journal Reference:

            Sarah Lindqvist, Omar Haddad. Short sleep and sensitivity to peer rejection. Journal of Adolescent Health, 2026.
            """
        #expect(
            rolesAfterRules(daily, [.headline, .body, .body, .other, .body, .other, .body])
                == [.headline, .body, .body, .trailer, .trailer, .other, .other])
        // A paragraph that mentions more information is story text.
        let story = page.replacingOccurrences(of: "More information: ", with: "For more information, read ")
        #expect(
            rolesAfterRules(story, [.headline, .body, .body, .body, .other, .other, .other])
                == [.headline, .body, .body, .body, .trailer, .other, .other])
    }

    @Test("a site's promotion closing its pages (\"For the latest news … head to KTLA.\") is no paragraph")
    func sitePromotionIsNoStory() {
        let page = """
            Driver arrested after crash kills 2 pedestrians in Van Nuys

            A driver was arrested early Wednesday after a crash that killed two pedestrians in Van Nuys, police said.

            The names of the victims have not been released.

            Copyright 2026 Nexstar Media Inc. All rights reserved.

            For the latest news, weather, sports, and streaming video, head to KTLA.
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .body, .other, .body]) == [.headline, .body, .body, .other, .other])
        // The story's own last paragraph stays.
        let last = page.replacingOccurrences(
            of: "For the latest news, weather, sports, and streaming video, head to KTLA.",
            with: "For the latest victims, the council plans a memorial.")
        #expect(rolesAfterRules(last, [.headline, .body, .body, .other, .body]) == [.headline, .body, .body, .other, .body])
        let plain = page.replacingOccurrences(
            of: "For the latest news, weather, sports, and streaming video, head to KTLA.", with: "Police are appealing for witnesses.")
        #expect(rolesAfterRules(plain, [.headline, .body, .body, .other, .body]) == [.headline, .body, .body, .other, .body])
    }

    @Test("Fox News' inline links in capitals are teasers, its \"CLICK HERE\" promotions furniture; a short heading in capitals stays")
    func capitalLinksAreTeasers() {
        let page = """
            Texas sheriff's deputy shot during traffic stop, suspect in custody

            A Harris County sheriff's deputy was shot during a traffic stop in north Houston early Wednesday, officials said.

            DEPUTIES SHOT IN AMBUSH OUTSIDE FLORIDA GAS STATION, SHERIFF SAYS

            The deputy had pulled over a pickup truck on the North Freeway shortly after 2 a.m., Gonzalez said.

            CLICK HERE TO GET THE FOX NEWS APP

            Monroe faces a charge of aggravated assault on a public servant, court records show.

            UP NEXT

            The deputy is expected to return to work next month, the sheriff said.
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .subheading, .body, .subheading, .body, .subheading, .body])
                == [.headline, .body, .teaser, .body, .other, .body, .subheading, .body])
    }
}

@Suite struct SiteLabelConventionTests {
    @Test("\"More from South China Morning Post:\" labels a related box; without its colon only a short site name does")
    func moreFromASite() {
        #expect(NavigationLabel.kind(of: "More from South China Morning Post:") == .related)
        #expect(NavigationLabel.kind(of: "More from The Hill") == .related)
        #expect(NavigationLabel.kind(of: "More from the summit in the Swiss capital") == nil)
    }

    @Test("a name in brackets after a caption's last full stop is its credit (\"… 2026. (KTLA)\"); inside a sentence it is not")
    func bracketedSourceAfterTheStop() {
        let found = PictureCredit.trailingCredit(in: "Sky5 over the scene of a deadly crash in Van Nuys on Dec. 3, 2026. (KTLA)")
        #expect(found?.caption == "Sky5 over the scene of a deadly crash in Van Nuys on Dec. 3, 2026.")
        #expect(found?.credit == "KTLA")
        #expect(PictureCredit.trailingCredit(in: "Shares of the company are listed on the exchange (NYSE)") == nil)
        #expect(PictureCredit.trailingCredit(in: "The fund returned 7 per cent last year. (2025)") == nil)
    }

    @Test("The Globe and Mail's \"…in September.Fred Lum/The Globe and Mail\": the slash credit run onto the caption's stop")
    func gluedSlashCredit() {
        let found = PictureCredit.trailingCredit(
            in: "Students walk on the campus of the University of Toronto in September.Fred Lum/The Globe and Mail")
        #expect(found?.caption == "Students walk on the campus of the University of Toronto in September.")
        #expect(found?.credit == "Fred Lum/The Globe and Mail")
        #expect(PictureCredit.gluedSlashCredit(in: "Trade across the U.S./Mexico border rose by a tenth last year") == nil)
    }

    @Test("the byline, a place, the time and a subscriber label over the lead: the lead is story text (The Globe and Mail)")
    func leadUnderPageLines() {
        let page = """
            Ottawa to cap international student permits for third straight year

            Marie Woolf

            Ottawa

            Published December 3, 2026

            For Subscribers

            Immigration Minister Lena Metlege Diab announced on Wednesday that Ottawa will issue about 394,000 study permits in 2027.

            The cap was meant to ease pressure on rental housing in cities such as Toronto, Ms. Diab told reporters.
            """
        #expect(
            rolesAfterRules(page, [.headline, .byline, .other, .other, .other, .other, .body])
                == [.headline, .byline, .other, .other, .other, .body, .body])
        // Without a time among those lines nothing says the page's head ended there.
        let noTime = page.replacingOccurrences(of: "Published December 3, 2026", with: "Politics")
        #expect(
            rolesAfterRules(noTime, [.headline, .byline, .other, .other, .other, .other, .body])
                == [.headline, .byline, .other, .other, .other, .other, .body])
    }

    @Test("ScienceDaily's \"Summary:\" on a line of its own: the paragraph under it is the summary, not the lead")
    func summaryUnderItsLabel() {
        let page = """
            Sleep loss makes teenagers more sensitive to social rejection

            Summary:

            Teenagers who slept less than six hours felt snubs by their peers more sharply the next day, a study has found.

            Teenagers who slept less than six hours felt snubs more sharply, according to a study from the University of Michigan.

            The researchers followed 214 students aged 13 to 17 in Ann Arbor and Detroit for three weeks.
            """
        #expect(
            rolesAfterRules(page, [.headline, .other, .body, .body, .body]) == [.headline, .other, .other, .body, .body])
        let labelled = page.replacingOccurrences(of: "Summary:", with: "Update:")
        #expect(
            rolesAfterRules(labelled, [.headline, .other, .body, .body, .body]) == [.headline, .other, .body, .body, .body])
    }
}

@Suite struct CaptionCreditLineTests {
    @Test("CNBC's \"Key Points\" box: its sentences under the label, no blank line between, restate the story — no paragraphs")
    func summaryBoxIsNoStory() {
        let page = """
            Nvidia shares fall 4% after report of delay in next-generation chips

            Key Points
            Nvidia shares fell 4% on Wednesday after a report that its next-generation chips would be delayed.
            Nvidia declined to comment.

            Nvidia shares fell 4% on Wednesday after The Information reported that the chips would be delayed by months.
            """
        #expect(rolesAfterRules(page, [.headline, .other, .body, .body, .body]) == [.headline, .other, .other, .other, .body])
        // Under a related label the sentences set apart are the story.
        let related = page.replacingOccurrences(of: "Key Points", with: "Read more")
        #expect(rolesAfterRules(related, [.headline, .other, .body, .body, .body]) == [.headline, .other, .body, .body, .body])
    }

    @Test("CNBC's \"Annabelle Chih | Bloomberg | Getty Images\" under a caption is its credit; New York Post's bare name too")
    func creditsUnderTheirCaptions() {
        let page = """
            Nvidia shares fall 4% after report of delay in next-generation chips

            Nvidia shares fell 4% on Wednesday after The Information reported that the chips would be delayed by months.

            Jensen Huang, co-founder and CEO of Nvidia, speaks in Taipei, Taiwan, on June 2, 2025.
            Annabelle Chih | Bloomberg | Getty Images

            Analysts at Morgan Stanley said in a note that any delay would likely be a timing issue.
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .body, .teaser, .body]) == [.headline, .body, .caption, .credit, .body])
        #expect(RoleRules.isBarredCredit("Annabelle Chih | Bloomberg | Getty Images"))
        #expect(!RoleRules.isBarredCredit("Politics | Economy | World"))
        let post = """
            Brooklyn landlord charged with running illegal hotel

            A Brooklyn landlord was charged Wednesday with turning a rent-stabilized building into an illegal hotel.

            The building on Eastern Parkway in Crown Heights.
            Stephen Yang

            Gold pleaded not guilty at his arraignment and was released without bail.
            """
        #expect(
            rolesAfterRules(post, [.headline, .body, .body, .subheading, .body]) == [.headline, .body, .caption, .credit, .body])
        // A heading set apart above its section stays a heading.
        let heading = post.replacingOccurrences(of: "Crown Heights.\nStephen Yang", with: "Crown Heights.\n\nStephen Yang")
        #expect(
            rolesAfterRules(heading, [.headline, .body, .body, .subheading, .body]) == [.headline, .body, .body, .subheading, .body])
    }

    @Test("Reuters' \"Purchase Licensing Rights\" after a caption's credit is the link's text, not the credit's")
    func licensingLinkIsNoCredit() {
        let line =
            "Governor Kazuo Ueda attends a news conference in Tokyo, December 3, 2026. REUTERS/Kim Kyung-Hoon Purchase Licensing Rights"
        #expect(PictureCredit.split(line).credit == "REUTERS/Kim Kyung-Hoon")
        #expect(PictureCredit.split(line + ", opens new tab").credit == "REUTERS/Kim Kyung-Hoon")
    }
}

@Suite struct LeadAndSpeakerTests {
    @Test("iDNES: standfirst, time, then a second paragraph of prose over a captioned picture — the second is the lead")
    func secondProseAboveTheStoryIsTheLead() {
        let page = """
            Vláda schválila rozpočet na příští rok se schodkem 230 miliard

            Schodek státního rozpočtu na příští rok má dosáhnout 230 miliard korun. Vláda návrh schválila ve středu.

            3. prosince 2026 14:12

            Ministryně financí Alena Schillerová (ANO) uvedla, že rozpočet počítá s vyššími výdaji na dopravní stavby a obranu.

            Ministryně financí Alena Schillerová na tiskové konferenci po jednání vlády
            Foto: Michal Šula, MAFRA

            „Je to rozpočet, který odpovídá realitě,“ řekla Schillerová novinářům.
            """
        #expect(
            rolesAfterRules(page, [.headline, .other, .other, .other, .caption, .credit, .body])
                == [.headline, .other, .other, .body, .caption, .credit, .body])
        // One paragraph of prose above the story is the standfirst alone.
        let one = page.replacingOccurrences(
            of: "Schodek státního rozpočtu na příští rok má dosáhnout 230 miliard korun. Vláda návrh schválila ve středu.",
            with: "Rozpočet 2027")
        #expect(
            rolesAfterRules(one, [.headline, .other, .other, .other, .caption, .credit, .body])
                == [.headline, .other, .other, .other, .caption, .credit, .body])
    }

    @Test("FAZ: a picture agency run onto the caption's full stop (\"…teurer.dpa\") is its credit")
    func gluedAgencyCredit() {
        let found = PictureCredit.trailingCredit(in: "Einkaufen im Supermarkt: Lebensmittel wurden im November teurer.dpa")
        #expect(found?.caption == "Einkaufen im Supermarkt: Lebensmittel wurden im November teurer.")
        #expect(found?.credit == "dpa")
        #expect(PictureCredit.gluedAgencyCredit(in: "Read the full report on the website of example.com") == nil)
    }

    @Test("a speaker's name ends where its sentence does; a pronoun before the quotation is resolved, never the speaker")
    func speakersAreNames() {
        #expect(QuoteFinder.untilSentenceEnds("Commerzbank-Chefvolkswirt Jörg Krämer. Die") == "Commerzbank-Chefvolkswirt Jörg Krämer")
        #expect(QuoteFinder.untilSentenceEnds("John F. Kennedy") == "John F. Kennedy")
        #expect(QuoteFinder.untilSentenceEnds("Minister Dr. Anna Schmidt") == "Minister Dr. Anna Schmidt")
        var item = NewsItem(guid: "urn:test:quotes")
        item.body = [
            .paragraph("Hospice chief executive Alan McBride spoke to reporters on Tuesday."),
            .paragraph("The money would pay for a new family room. She added, \"We are humbled by what Margaret has done.\""),
            .paragraph("Council leader Ruth Evans told The Hill in a statement that the room would open in spring."),
            .paragraph("\"It will be a place of rest for families,\" she said."),
        ]
        QuoteFinder.attributeQuotes(in: &item)
        guard case .quote(let first) = item.body[1], case .quote(let second) = item.body[3] else {
            Issue.record("no quotations found")
            return
        }
        #expect(first.speaker == "Alan McBride")
        #expect(second.speaker == "Ruth Evans")
    }
}

@Suite struct PromotionConventionTests {
    @Test("newsletter promotions and an archive notice anywhere in the page are no story (The Independent, Forbes)")
    func promotionsAreNoStory() {
        let page = """
            Junior doctors announce five-day strike in January in pay dispute

            Get the free Morning Headlines email for news from our reporters across the world

            This article is more than 2 years old.

            Resident doctors in England will strike for five days in January, the British Medical Association has announced.

            Health secretary Wes Streeting said the strike was unjustified and unnecessary.
            """
        #expect(
            rolesAfterRules(page, [.headline, .teaser, .body, .body, .body]) == [.headline, .other, .other, .body, .body])
        // A sentence of the story that opens alike stays: "Get the free" ends with a full stop here.
        let story = page.replacingOccurrences(
            of: "Get the free Morning Headlines email for news from our reporters across the world",
            with: "Get the free vaccine before winter, the health service urged on Wednesday.")
        #expect(
            rolesAfterRules(story, [.headline, .body, .body, .body, .body]) == [.headline, .body, .other, .body, .body])
    }

    @Test("an author's or a site's channel promotion closing the page (\"Follow me on Twitter\", \"Join ST's Telegram channel\")")
    func closingPromotions() {
        #expect(RoleRules.isPromotion("Follow me on Twitter or LinkedIn. Check out my website."))
        #expect(RoleRules.isPromotion("Join ST's Telegram channel and get the latest breaking news delivered to you."))
        #expect(!RoleRules.isPromotion("Join the protest on Saturday, organisers urged residents."))
        #expect(RoleRules.isPromotion("Log in, register or subscribe to save articles for later."))
        #expect(RoleRules.isPromotion("Start the day with a summary of the day's stories. Sign up for our Morning Edition newsletter."))
        #expect(RoleRules.isPromotion("Do you work at Amazon? Contact this reporter via a non-work email and device."))
        #expect(!RoleRules.isPromotion("Residents were told to sign up for alerts. The council said more rain was likely."))
    }

    @Test("Forbes' \"Follow Author\" under the author's name is a button, not a second author")
    func followAuthorIsNoByline() {
        #expect(NavigationLabel.kind(of: "Follow Author") == .furniture)
        let page = """
            Why airlines are quietly cutting routes to secondary cities

            Jane Whitfield

            Follow Author

            Three of the largest U.S. airlines have cut service to at least 40 smaller cities this year, an analysis found.
            """
        #expect(rolesAfterRules(page, [.headline, .byline, .byline, .body]) == [.headline, .byline, .other, .body])
    }
}

@Suite struct EmbeddedMediaConventionTests {
    @Test("an NBC station's video — title, caption, \"(Published …)\" — is no heading and no paragraph")
    func videoBlocksAreNoStory() {
        let page = """
            Crews rescue hiker stranded on Mount Bonnell cliff

            Austin firefighters rescued a hiker who fell from a trail on Mount Bonnell on Tuesday evening.

            Watch: Crews Lower Hiker to Safety

            Video from a news helicopter shows firefighters lowering the hiker to a boat on Lake Austin.

            (Published Tuesday, Dec. 2, 2026)

            The hiker was taken to a hospital with minor injuries, the fire department said.

            Watch: Drone Shows Flooded Roads

            Drone video shows water covering roads near the river after the storm. (Published Monday, Dec. 1, 2026)

            Officials urged hikers to stay on marked trails.
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .subheading, .body, .other, .body, .subheading, .body, .body])
                == [.headline, .body, .other, .other, .other, .body, .other, .other, .body])
        #expect(RoleRules.isPublishedNote("(Published Tuesday, Dec. 2, 2026)"))
        #expect(!RoleRules.isPublishedNote("The report was (Published in 2019 by the council) cited."))
    }

    @Test("The Independent's gallery title over its counter (\"UK news in pictures\" / \"Show all 50\") is no subheading")
    func galleryTitleIsNoHeading() {
        let page = """
            Fines for false contacts in self-isolation rules

            Anyone falsely naming a contact in order to force them to self-isolate can be fined, the rules say.

            UK news in pictures
            Show all 50

            Mr Hancock responded that ministers had to move fast in the pandemic.
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .subheading, .other, .body]) == [.headline, .body, .other, .other, .body])
        let heading = page.replacingOccurrences(of: "Show all 50", with: "The rules came into force at midnight on Monday, officials said.")
        #expect(
            rolesAfterRules(heading, [.headline, .body, .subheading, .body, .body]) == [.headline, .body, .subheading, .body, .body])
    }
}

@Suite struct PromotionAndAgencyCreditTests {
    @Test("The Sydney Morning Herald's \"Log in, register or subscribe to save articles for later.\" is no standfirst")
    func promotionIsNoStandfirst() {
        let page = """
            Sydney's rental vacancy rate falls to record low as prices climb

            By Michael Koziol

            Save
            Log in, register or subscribe to save articles for later.

            Sydney's rental vacancy rate has fallen to a record low of 0.9 per cent, new figures show, as rents climb.

            NSW Housing Minister Rose Jackson said the government was working to speed up approvals for new homes.

            Start the day with a summary of the day's most important stories. Sign up for our Morning Edition newsletter.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!item.descriptions.contains { $0.text.hasPrefix("Log in") })
        #expect(item.body.count == 2)
    }

    @Test("a picture agency alone on the line under a short line set apart inside the story is that line's credit (CBS)")
    func agencyUnderItsCaption() {
        let page = """
            Federal judge blocks Ohio law banning phones in classrooms

            A federal judge on Wednesday temporarily blocked an Ohio law that would have required schools to ban phones.

            Students in a classroom at a high school in Columbus, Ohio, on Sept. 4, 2026.
            Getty Images

            Ohio Attorney General Dave Yost said the state would appeal.
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .teaser, .subheading, .body]) == [.headline, .body, .caption, .credit, .body])
    }
}

@Suite struct ReachAndStationPageTests {
    @Test("the Mirror: a caption over \"(Image: Family handout)\" and the newsletter box (title, button, consent notice)")
    func mirrorCaptionAndNewsletterBox() {
        let page = """
            Mum's fury after council removes memorial bench for son killed in crash

            A grieving mum has hit out at a council after a memorial bench dedicated to her son was removed from a park.

            Callum Hughes died in a crash on the A419 in 2020
            (Image: Family handout)

            Swindon Borough Council said the bench had been removed because it was damaged and would be replaced.

            Get the biggest daily stories by email
            Subscribe
            We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .teaser, .credit, .body, .subheading, .other, .body])
                == [.headline, .body, .caption, .credit, .body, .other, .other, .other])
        #expect(RoleRules.isBracketedLabelledCredit("(Image: Family handout)"))
        #expect(!RoleRules.isBracketedLabelledCredit("(left to right)"))
    }

    @Test("ABC News: a station's call sign under a caption is its credit; \"ByJulia Reinstein\" is Julia Reinstein's byline")
    func callSignCreditAndGluedByline() {
        let page = """
            Wildfire forces evacuations near Boulder as winds gust to 80 mph

            A fast-moving wildfire forced thousands of residents to evacuate near Boulder, Colorado, on Wednesday.

            Smoke rises from the Marshall Mesa Fire near Boulder, Colo., Dec. 3, 2026.
            KUSA

            Colorado Gov. Jared Polis said the state had requested federal assistance.
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .body, .subheading, .body]) == [.headline, .body, .caption, .credit, .body])
        let head = """
            Wildfire forces evacuations near Boulder as winds gust to 80 mph

            The fire has burned more than 1,200 acres, officials said.

            ByJulia Reinstein
            December 3, 2026, 4:51 PM

            A fast-moving wildfire forced thousands of residents to evacuate near Boulder, Colorado, on Wednesday.
            """
        let item = PlainTextReader().read(text: head).item
        #expect(item.bylines == ["Julia Reinstein"])
    }
}

@Suite struct CreditShapeTests {
    @Test("a sentence after the story started is no credit, though an agency's capitals end it (RBC)")
    func sentencesAreNoCredits() {
        let page = """
            Сбербанк снизил ставки по ипотеке на вторичное жилье

            Минимальная ставка составит 23,9% годовых. Снижение коснется также рефинансирования ипотеки, уточнили в банке.

            Ранее ставки по ипотеке снизил ВТБ.

            Автор: Мария Иванова
            """
        #expect(rolesAfterRules(page, [.headline, .body, .credit, .byline]) == [.headline, .body, .body, .byline])
        // A credit of names stays one.
        let credit = page.replacingOccurrences(
            of: "Ранее ставки по ипотеке снизил ВТБ.", with: "Андрей Любимов, Мария Петрова, Олег Сидоров, РБК.")
        #expect(rolesAfterRules(credit, [.headline, .body, .credit, .byline]) == [.headline, .body, .credit, .byline])
    }

    @Test("Der Tagesspiegel: \"© imago/Jürgen Ritter\" on the line under a short line is its credit, the line its caption")
    func copyrightCreditUnderItsCaption() {
        let page = """
            BVG erhöht Preise für Einzelfahrscheine

            Die Berliner Verkehrsbetriebe erhöhen zum 1. April die Preise für Einzelfahrscheine und Tageskarten.

            Ein Bus der BVG am Alexanderplatz.
            © imago/Jürgen Ritter

            Der Fahrgastverband IGEB kritisierte die Pläne.
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .body, .caption, .body]) == [.headline, .body, .caption, .credit, .body])
    }
}
