import Foundation
import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// The lines around a web page's headline (session 41, pages written in the manner of a Czech portal, an Indian daily,
/// a Hong Kong daily, a US public broadcaster, an Italian and a French daily).
@Suite struct PageHeadConventionTests {
    @Test("A name right over its labelled credit is the caption; the prose above it is the standfirst")
    func nameOverALabelledCredit() {
        let page = """
            Novinky.cz
            Domácí
            Vláda schválila zvýšení platů učitelů od ledna

            5. 12. 2026 15:30

            Vláda na svém pátečním zasedání schválila zvýšení platů učitelů o sedm procent od 1. ledna. Oznámil to ministr školství Mikuláš Bek.

            Ministr školství Mikuláš Bek
            Foto: Petr Hloušek, Novinky

            „Učitelé si zaslouží, aby jejich platy odpovídaly 130 procentům průměrné mzdy,“ řekl Bek na tiskové konferenci v Praze.

            Odborový svaz pracovníků školství ale považuje navýšení za nedostatečné.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "Ministr školství Mikuláš Bek", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Petr Hloušek, Novinky", "\(item.pictures)")
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        #expect(item.descriptions.first { $0.role == "drol:summary" }?.text.hasPrefix("Vláda na svém") == true, "\(item.descriptions)")
        #expect(item.body.map(\.text).first?.hasPrefix("„Učitelé si zaslouží") == true, "\(item.body)")
    }

    @Test("A breadcrumb trail ending with the story's title is navigation; the line under it is the headline")
    func breadcrumbOverTheHeadline() {
        let page = """
            News / City News / Pune News / Civic body to widen ring road by June
            Civic body to widen ring road by June
            Staff Reporter / TNN / Dec 5, 2026, 10.42 IST

            PUNE: The Pune Municipal Corporation will begin widening the ring road around the city by June, officials said on Thursday.

            The work is expected to cost Rs 1,200 crore and will be carried out in three phases.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Civic body to widen ring road by June", "\(item.headlines)")
    }

    @Test("A second standfirst over the byline is no caption, and a line with no credit's marks is no credit")
    func secondStandfirstAndAnUnmarkedCredit() {
        let page = """
            China / Diplomacy
            Beijing and Tokyo agree to restart talks on seafood ban after two-year freeze
            Foreign ministers meet in Beijing, pledge ‘constructive and stable’ ties
            Japan will send a technical team to China next month to discuss the monitoring of treated water
            Kawala Xie
            Published: 6:30pm, 5 Dec 2026
            Why you can trust SCMP

            China and Japan have agreed to resume talks on lifting Beijing’s ban on Japanese seafood imports, the two countries’ foreign ministers said on Thursday.

            The meeting came weeks before a planned trilateral summit with South Korea in Seoul.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.paragraphTexts.count == 2, "\(item.paragraphTexts)")
    }

    @Test("\"December 5, 20263:45 PM ET\": the year and the time run together, a time stamp, no byline")
    func yearRunningIntoTheTime() {
        let page = """
            Heat waves are getting longer in the Southwest, a new federal report finds

            December 5, 20263:45 PM ET

            By Lauren Sommer

            Heat waves in Arizona, Nevada and New Mexico now last nearly twice as long as they did in the 1980s, according to a federal report.

            The report found that Phoenix recorded 54 consecutive days above 110 degrees Fahrenheit this summer.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Lauren Sommer"], "\(item.bylines)")
        #expect(BlockShape.containsTime("December 5, 20263:45 PM ET"))
        #expect(!BlockShape.containsTime("Flight 45263:45 minutes"))
    }

    @Test("A standfirst under the byline and the time stamp is the summary, not a note")
    func standfirstUnderBylineAndTimeStamp() {
        let page = """
            Milano, incendio in un palazzo di via Padova: evacuate 40 famiglie

            di Cesare Giuzzi
            5 dicembre 2026 (modifica il 5 dicembre 2026 | 19:10)

            Le fiamme sono partite da un appartamento al terzo piano. Due persone intossicate portate al Niguarda

            Un incendio è scoppiato nel pomeriggio in un palazzo di via Padova, a Milano. I vigili del fuoco sono intervenuti con sei squadre.

            Il sindaco Giuseppe Sala ha ringraziato i soccorritori.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.descriptions.first { $0.role == "drol:summary" }?.text.hasPrefix("Le fiamme") == true, "\(item.descriptions)")
        #expect(item.bylines == ["Cesare Giuzzi"], "\(item.bylines)")
    }

    @Test("\"par Marie Piquemal\": the author's word in lower case is no part of the name")
    func lowercaseAuthorWord() {
        let page = """
            Grève à la SNCF : le trafic fortement perturbé en Île-de-France ce week-end

            par Marie Piquemal
            publié le 5 décembre 2026 à 17h42

            Le trafic sera fortement perturbé ce week-end sur le réseau Transilien et les lignes RER, a prévenu la SNCF vendredi.

            La RATP ne devrait pas être touchée par le mouvement, selon la direction de la régie.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Marie Piquemal"], "\(item.bylines)")
    }

    @Test("\"Name · Outlet · Posted: date\" in the head is the byline; a menu whose items run together about bars is no teaser")
    func bylineWithDotsAndAGluedMenu() {
        let page = """
            B.C. to expand involuntary care for people with severe addictions

            Premier David Eby says new facilities will open in Surrey and Prince George next year

            Bethany Lindsay · CBC News · Posted: Dec 05, 2026 2:00 PM PST | Last Updated: 2 hours ago

            British Columbia will open two more secure care facilities for people with severe addiction, Premier David Eby announced Friday.

            Health Minister Josie Osborne said the province had hired 130 nurses and psychiatrists for the program.

            CBC's Journalistic Standards and Practices|About CBC News
            Corrections and clarifications|Submit a news tip|Report error
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Bethany Lindsay"], "\(item.bylines)")
        #expect(item.links.isEmpty, "\(item.links)")
    }

    @Test("\"Name / TNN / date\" is the byline, but a section's name before the bars is none")
    func bylineWithSlashes() {
        let page = """
            Civic body to widen ring road by June
            Chittaranjan Tembhekar / TNN / Dec 5, 2026, 10.42 IST

            PUNE: The Pune Municipal Corporation will begin widening the ring road around the city by June, officials said.

            The work is expected to cost Rs 1,200 crore and will be carried out in three phases.
            """
        #expect(PlainTextReader().read(text: page).item.bylines == ["Chittaranjan Tembhekar"])
        let section = page.replacingOccurrences(of: "Chittaranjan Tembhekar / TNN", with: "India News | Press Trust of India")
        #expect(PlainTextReader().read(text: section).item.bylines.isEmpty)
    }

    @Test("\"By X, Crime And Security Editor For The Daily Mail\": the post of several words is no part of the name")
    func bylineWithALongPost() {
        let page = """
            Grandmother, 74, killed by falling tree as Storm Bram batters Britain with 80mph winds

            By Rebecca Camber, Crime And Security Editor For The Daily Mail

            A grandmother was killed when a tree fell on her as Storm Bram battered Britain with winds of up to 80mph.

            The Met Office issued amber wind warnings for much of Wales and the South West.
            """
        #expect(PlainTextReader().read(text: page).item.bylines == ["Rebecca Camber"])
    }

    @Test("\"… Public Interest Journalism funded through NZ On Air.\" under the story: who pays for it, no paragraph")
    func fundingNotice() {
        let page = """
            Auckland councillors vote to sell remaining airport shares

            Auckland Council has voted to sell its remaining 7 percent stake in Auckland Airport, despite opposition from several councillors.

            Mayor Wayne Brown said the sale would reduce the council's debt and free money for transport projects.

            Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.paragraphTexts.count == 2, "\(item.paragraphTexts)")
        #expect(RoleRules.isFundingNotice("This story was produced in partnership with the Pulitzer Center."))
        #expect(!RoleRules.isFundingNotice("The bill is supported by 40 senators and funded by a fuel levy."))
    }

    @Test("A funding disclosure under its box's label is no standfirst; the outlet under its reporter is no second author")
    func disclosureBoxAndOutletUnderTheReporter() {
        let page = """
            Why the world's coral reefs are bleaching faster than scientists predicted

            Published: December 5, 2026 8.14am EST

            Disclosure statement
            Terry Hughes receives funding from the Australian Research Council.

            The world's coral reefs are experiencing their fourth global bleaching event, and the damage is spreading fast.

            Recovery takes a decade or more, even when the water cools.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!item.descriptions.contains { $0.role == "drol:summary" }, "\(item.descriptions)")
        let outlet = """
            Ontario to build new nuclear reactors at Wesleyville site, energy minister says

            By Colin D'Mello
            Global News
            Posted December 5, 2026 2:15 pm

            Ontario will build a new nuclear generating station at Wesleyville, east of Toronto, the energy minister announced Friday.

            Environmental Defence said the province should invest in wind and solar instead.
            """
        #expect(PlainTextReader().read(text: outlet).item.bylines == ["Colin D'Mello"])
    }

    @Test("A \"Key points\" box inside the story ends at its blank line; the paragraph after it is the story's")
    func storyGoesOnAfterASummaryBox() {
        let page = """
            Melbourne's Metro Tunnel to open a month early, Premier says

            By Timna Jacks
            December 5, 2026 — 2.54pm

            Melbourne's $13 billion Metro Tunnel will open to passengers on November 30, a month ahead of schedule, the Premier has announced.

            The 9-kilometre rail tunnel links South Kensington to South Yarra, with five new underground stations.

            Opposition transport spokesman Matthew Guy said the project had run $3 billion over budget.

            Key points
            The tunnel will carry Sunbury, Cranbourne and Pakenham line trains.
            Trains will run every three minutes in peak hours.

            Rail Projects Victoria chief executive Evan Tattersall said testing had gone better than expected.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.paragraphTexts.last?.hasPrefix("Rail Projects Victoria") == true, "\(item.paragraphTexts)")
        #expect(!item.paragraphTexts.contains { $0.hasPrefix("Trains will run") }, "\(item.paragraphTexts)")
    }

    @Test("AP's \"___\" closes the story: the paragraph over it is story text, the contributors' line under it the trailer")
    func storyRunsToTheWireSeparator() {
        let page = """
            Supreme Court to hear challenge to Louisiana congressional map

            By MARK SHERMAN
            Updated 3:22 PM EST, December 5, 2026

            WASHINGTON (AP) — The Supreme Court agreed Friday to hear a challenge to Louisiana's congressional map, which created a second majority-Black district.

            The justices will hear arguments in February and are expected to rule by early summer.

            A group of voters who describe themselves as "non-African American" sued over the map, arguing it was drawn with race as the predominant factor.

            Louisiana Attorney General Liz Murrill said the state would defend the map.

            The NAACP Legal Defense Fund, which represents Black voters in the case, called the decision "deeply concerning."

            ___

            Associated Press writer Kevin McGill in New Orleans contributed to this report.
            """
        let item = PlainTextReader().read(text: page).item
        let texts = item.body.map(\.text)
        #expect(texts.last?.hasPrefix("The NAACP Legal Defense Fund") == true, "\(texts)")
        #expect(!texts.contains { $0.hasPrefix("Associated Press writer") }, "\(texts)")
    }
}
