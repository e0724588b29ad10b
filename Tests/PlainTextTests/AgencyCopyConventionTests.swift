import Foundation
import NewsModel
import PlainText
import Testing

/// Conventions of agencies, business wires and broadcasters (session 26): copy written for these tests in the
/// manner of ANSA, Interfax, Bloomberg, Deutsche Welle and KBS. Role tests give the model's roles and check what the
/// rules make of them, so that each fails without its rule whatever the weights say.
@Suite struct AgencyCopyConventionTests {

    @Test("ANSA opens with the agency, then place and date: \"(ANSA) - ROME, DECEMBER 3 - \" is one dateline")
    func agencyBeforePlaceAndDate() {
        let story = """
            Italy approves budget after all-night session

            (ANSA) - ROME, DECEMBER 3 - Italy's Senate on Thursday approved the government's 2027 budget after an all-night session.

            The budget passed with 108 votes in favour and 63 against after the government won a confidence vote.
            """
        let item = PlainTextReader().read(text: story).item
        #expect(item.dateline == "(ANSA) - ROME, DECEMBER 3", "\(String(describing: item.dateline))")
        #expect(item.located?.names.first == "ROME")
        #expect(item.body.first?.text.hasPrefix("Italy's Senate on Thursday") == true, "\(item.body.first?.text ?? "")")
        // The agency alone keeps its reading: "(CNN) —" and the text after it.
        let cnn = PlainTextReader().read(text: story.replacingOccurrences(of: "(ANSA) - ROME, DECEMBER 3 - ", with: "(CNN) — ")).item
        #expect(cnn.dateline == "(CNN)")
        #expect(cnn.body.first?.text.hasPrefix("Italy's Senate") == true)
    }

    @Test("Interfax's \"MOSCOW. Dec 3 (Interfax) -\": the place is Moscow, without the full stop")
    func placeBeforeFullStop() {
        let story = """
            Russian central bank keeps key rate at 21%

            MOSCOW. Dec 3 (Interfax) - The Bank of Russia's board of directors kept the key rate at 21% per annum on Thursday.

            Central bank governor Elvira Nabiullina is due to comment on the decision at 3 p.m. Moscow time.
            """
        let item = PlainTextReader().read(text: story).item
        #expect(item.located?.names.first == "MOSCOW", "\(String(describing: item.located))")
        #expect(item.dateline == "MOSCOW. Dec 3 (Interfax)")
        #expect(item.body.first?.text.hasPrefix("The Bank of Russia's") == true)
    }

    @Test("the caption right above a labelled credit (\"Image: X/dpa/picture alliance\") is the caption, not a byline")
    func captionAboveLabelledCredit() {
        let page = """
            Germany: Rail strike halts long-distance trains

            The train drivers' union has called a 48-hour strike, the third this winter.

            Commuters at Berlin's central station faced empty platforms on Thursday morning
            Image: Michael Kappeler/dpa/picture alliance

            Passengers across Germany faced cancellations on Thursday after the train drivers' union began a strike.

            Around 80% of long-distance services were cancelled, the company said.
            """
        #expect(
            rolesAfterRules(page, [.headline, .other, .byline, .credit, .body, .body])
                == [.headline, .other, .caption, .credit, .body, .body])
        // A byline over the credit stays a byline.
        let byline = page.replacingOccurrences(
            of: "Commuters at Berlin's central station faced empty platforms on Thursday morning", with: "By Jane Hartmann")
        #expect(
            rolesAfterRules(byline, [.headline, .other, .byline, .credit, .body, .body])
                == [.headline, .other, .byline, .credit, .body, .body])
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "Commuters at Berlin's central station faced empty platforms on Thursday morning")
        #expect(item.pictures.first?.creditline == "Michael Kappeler/dpa/picture alliance")
        #expect(item.bylines.isEmpty, "\(item.bylines)")
    }

    @Test("\"Edited by:\", \"--With assistance from\", \"Contributing:\" close the story: trailers, not paragraphs")
    func editorialTrailers() {
        for trailer in ["Edited by: Sean Sinico", "--With assistance from Eddie Spence.", "Contributing: Jane Doe, USA TODAY"] {
            let page = """
                Copper jumps to a record as mine strike deepens

                Copper surged to a record in London as a strike at one of Chile's biggest mines threatened supply.

                Prices rose as much as 4.1% on the London Metal Exchange, surpassing the previous high set in May.

                \(trailer)
                """
            #expect(rolesAfterRules(page, [.headline, .body, .body, .body]) == [.headline, .body, .body, .trailer], "\(trailer)")
        }
    }

    @Test("a summary box's label (\"Key Takeaways\") keeps its lines out of the story, up to a long quotation")
    func summaryBox() {
        let page = """
            Copper jumps to a record as mine strike deepens

            Copper surged to a record in London as a strike at one of Chile's biggest mines threatened supply.

            Key Takeaways

            Copper rose to a record on the LME

            Strike at BHP's Escondida began Wednesday

            "The market has no buffer left," said Colin Hamilton, an analyst at BMO Capital Markets in London. "Any disruption of this size goes straight into the price."

            Escondida produced about 1.1 million tons of copper last year, roughly 5% of global mine supply.
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .subheading, .body, .body, .body, .body])
                == [.headline, .body, .other, .teaser, .teaser, .body, .body])
    }

    @Test("a broadcaster's closing sign-off (\"Max Lee, KBS World Radio News.\") is no paragraph of the story")
    func broadcastSignOff() {
        let script = """
            Colder temperatures forecast for Wednesday

            Tuesday morning was met with strong, cold winds that brought early winter temperatures to the whole country.

            The sudden cold snap should peak on Wednesday before temperatures climb back up on Thursday.
            Max Lee, KBS World Radio News.
            """
        #expect(rolesAfterRules(script, [.headline, .body, .body, .body]) == [.headline, .body, .body, .trailer])
        // A closing sentence that names a newsroom is still story text.
        let sentence = script.replacingOccurrences(
            of: "Max Lee, KBS World Radio News.", with: "The forecast was issued on Tuesday evening, KBS News reported.")
        #expect(rolesAfterRules(sentence, [.headline, .body, .body, .body]) == [.headline, .body, .body, .body])
    }

    @Test("AP's close: \"___\" separates, \"… contributed to this report.\" is the trailer, neither a subheading nor story")
    func separatorAndContributors() {
        let page = """
            Storm knocks out power to 300,000 in Pacific Northwest

            SEATTLE (AP) — A powerful storm knocked out power to more than 300,000 homes and businesses on Thursday.

            A man was killed in Bellevue when a tree fell on his car, police said.

            ___

            Rush reported from Portland, Oregon. Associated Press writer Gene Johnson in Seattle contributed to this report.
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .body, .subheading, .body]) == [.headline, .body, .body, .other, .trailer])
    }

    @Test("a publication time read as a byline (\"Online seit heute, 14.12 Uhr\") is no byline; \"By X, 3:12 pm\" stays one")
    func timeIsNoByline() {
        let page = """
            Regierung einigt sich auf Budget für 2027

            Online seit heute, 14.12 Uhr

            Finanzminister Markus Marterbauer präsentierte am Mittwoch in Wien die Eckpunkte des Budgets für das kommende Jahr.

            Das Budget soll im Dezember im Nationalrat beschlossen werden.
            """
        #expect(rolesAfterRules(page, [.headline, .byline, .body, .body]) == [.headline, .other, .body, .body])
        let named = page.replacingOccurrences(of: "Online seit heute, 14.12 Uhr", with: "Anna Berger, 14.12 Uhr")
        #expect(rolesAfterRules(named, [.headline, .byline, .body, .body]) == [.headline, .byline, .body, .body])
    }

    @Test("Corriere's head: a dek taken for a related link under the headline is the standfirst; a dated time is no caption")
    func dekAndTimeStamp() {
        let page = """
            Sciopero dei trasporti venerdì: treni, bus e metro a rischio in tutta Italia

            Stop di 24 ore proclamato dai sindacati di base. Salvini: «Pronto a precettare»

            di Redazione Economia

            Venerdì 5 dicembre sarà una giornata difficile per chi si sposta con i mezzi pubblici in tutta Italia.

            A Roma, l'Atac prevede possibili interruzioni su tutte le linee della metropolitana.

            3 dicembre 2026 (modifica il 3 dicembre 2026 | 18:21)
            """
        #expect(
            rolesAfterRules(page, [.headline, .teaser, .byline, .body, .body, .caption])
                == [.headline, .other, .byline, .body, .body, .other])
        // Under a related box's label the same line stays a link.
        let related = page.replacingOccurrences(of: "di Redazione Economia", with: "LEGGI ANCHE")
        #expect(
            rolesAfterRules(related, [.headline, .teaser, .byline, .body, .body, .other])[1] == .teaser)
    }

    @Test("iDNES's credit under its caption, \"| foto: Michal Šula, MAFRA\": the credit without the separator and label")
    func creditAfterSeparator() {
        let page = """
            Sněmovna schválila zvýšení rodičovského příspěvku, změna platí od ledna

            Poslanci ve středu schválili novelu, která zvyšuje rodičovský příspěvek na 350 tisíc korun. Pro hlasovalo 112 ze 163 přítomných poslanců.

            3. prosince 2026  15:42

            Novela, kterou předložilo ministerstvo práce a sociálních věcí, zvyšuje rodičovský příspěvek o 50 tisíc korun. Změna se týká rodičů dětí narozených po 1. lednu.

            „Rodiny s malými dětmi potřebují podporu,“ řekl ministr práce a sociálních věcí Marian Jurečka (KDU-ČSL).

            Opoziční hnutí ANO návrh podpořilo, výhrady měli poslanci SPD. Předseda SPD Tomio Okamura kritizoval, že novela neřeší růst cen nájmů.

            Ministr práce Marian Jurečka ve Sněmovně
            | foto: Michal Šula, MAFRA

            Novelu nyní posoudí Senát. Podle Úřadu práce by se zvýšení mělo týkat zhruba 90 tisíc rodin ročně.

            Autor: Jan Novák
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "Ministr práce Marian Jurečka ve Sněmovně", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Michal Šula, MAFRA", "\(item.pictures)")
    }

    @Test("Sky's \"Image:\" opens a caption when prose follows it; DW's \"Image: X/dpa\" stays a credit")
    func imageLabelOpensCaption() {
        let page = """
            Water bills to rise by average of £123 a year from April

            Ofwat says the increase is needed to fund £88bn of investment in pipes and sewage works across the country.

            Image: Thames Water customers face the biggest rise

            Household water bills in England and Wales will rise by an average of £123 a year from April, the regulator said.

            Customers of Southern Water will see the largest increase, of 53%, followed by Thames Water at 35%.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "Thames Water customers face the biggest rise", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == nil, "\(item.pictures)")
        let credit = PlainTextReader().read(
            text: page.replacingOccurrences(
                of: "Image: Thames Water customers face the biggest rise", with: "Image: Michael Kappeler/dpa/picture alliance")
        ).item
        #expect(credit.pictures.first?.creditline == "Michael Kappeler/dpa/picture alliance", "\(credit.pictures)")
    }

    @Test("a byline's role after a slash (\"Christopher Serju/Senior Gleaner Writer\") is no part of the name")
    func bylineRoleAfterSlash() {
        let page = """
            Gov't to spend $5b on roads after hurricane

            Christopher Serju/Senior Gleaner Writer

            The Government will spend $5 billion to repair roads damaged by the hurricane, the prime minister announced on Tuesday.

            Residents of Black River have been without electricity since the storm made landfall last week.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Christopher Serju"], "\(item.bylines)")
    }

    @Test("NZZ's \"Passend zum Artikel\" labels a related box: the link under it is no paragraph")
    func relatedBoxOfNZZ() {
        let page = """
            Die Schweizerische Nationalbank senkt den Leitzins auf null

            Die Schweizerische Nationalbank hat den Leitzins um 0,25 Prozentpunkte auf 0 Prozent gesenkt, teilte sie mit.

            Die UBS rechnet damit, dass die SNB im März Negativzinsen einführen könnte.

            Passend zum Artikel

            Franken auf Rekordhoch: Was das für Schweizer Exporteure bedeutet
            """
        #expect(rolesAfterRules(page, [.headline, .body, .body, .body, .body]) == [.headline, .body, .body, .other, .teaser])
    }

    @Test("Fox's close: the author's note (\"Adam Shaw is a politics reporter …\") is no story; the byline's outlet is no name")
    func authorsNoteAndOutlet() {
        let page = """
            Border crossings hit record low in November

            By Adam Shaw , Bill Melugin Fox News

            Migrant encounters at the southern border fell to a record low in November, according to preliminary data.

            Border Patrol agents recorded about 7,300 apprehensions between ports of entry last month, the lowest total.

            Adam Shaw is a politics reporter for Fox News Digital, primarily covering immigration and border security.
            """
        #expect(rolesAfterRules(page, [.headline, .byline, .body, .body, .body]) == [.headline, .byline, .body, .body, .trailer])
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Adam Shaw, Bill Melugin"], "\(item.bylines)")
        #expect(item.infoSources.contains { $0.name == "Fox News" }, "\(item.infoSources)")
        // A closing sentence about someone else stays story text.
        let other = page.replacingOccurrences(of: "Adam Shaw is a politics reporter", with: "Tom Homan is the border czar")
        #expect(rolesAfterRules(other, [.headline, .byline, .body, .body, .body]) == [.headline, .byline, .body, .body, .body])
    }

    @Test("the story's last sentence stays story text when a related link and the trailer follow it (USA Today)")
    func lastSentenceBeforeTrailer() {
        let page = """
            Holiday travel: TSA expects record 3 million passengers on Sunday

            Airports across the country are bracing for their busiest day ever on Sunday, the agency said.

            More: Flight canceled? Here's what airlines owe you

            Delays were already building on Saturday at Chicago O'Hare International Airport because of storms.

            Contributing: Kathleen Wong, USA TODAY
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .teaser, .other, .trailer]) == [.headline, .body, .teaser, .body, .trailer])
    }

    @Test(
        "wire datelines with the day before an English month, or the agency without a dash",
        arguments: [
            ("Rome, 3 December 2026 (ANSA) - ", "Rome, 3 December 2026 (ANSA)", "Rome"),
            ("Kyiv, 3 April - ", "Kyiv, 3 April", "Kyiv"),
            ("New Delhi, Dec 3 (PTI) ", "New Delhi, Dec 3 (PTI)", "New Delhi"),
            ("NAIROBI, Kenya, Dec. 3 (Xinhua) -- ", "NAIROBI, Kenya, Dec. 3 (Xinhua)", "NAIROBI"),
        ])
    func wireDatelines(opening: String, dateline: String, place: String) {
        let story = """
            Government approves the budget after a long debate

            \(opening)The government approved the budget on Thursday after a long debate in parliament.

            The opposition said it would challenge the decision in court next week.
            """
        let item = PlainTextReader().read(text: story).item
        #expect(item.dateline == dateline, "\(String(describing: item.dateline))")
        #expect(item.located?.names.first == place, "\(String(describing: item.located))")
        #expect(item.body.first?.text.hasPrefix("The government approved") == true, "\(item.body.first?.text ?? "")")
    }
}
