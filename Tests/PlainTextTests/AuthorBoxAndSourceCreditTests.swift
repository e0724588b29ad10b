import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Bylines and author boxes of an American network's page, a label over a picture, a credit that names only where
/// the picture came from, a standfirst the model took for a byline, and a newsletter call (session 42, pages written
/// in the manner of NBC News, the South China Morning Post, Stuff, the Irish Times and the Denver Post).
@Suite struct AuthorBoxAndSourceCreditTests {
    @Test("\"By Frank Thorp V and Rebecca Kaplan\" is the byline; the two author boxes under the story are no text")
    func networkBylineAndAuthorBoxes() {
        let page = """
            Senate confirms Hegseth deputy in party-line vote

            The Senate voted 51-47 to confirm Steve Feinberg as deputy defense secretary.

            Dec. 4, 2026, 6:18 PM EST
            By Frank Thorp V and Rebecca Kaplan

            WASHINGTON — The Senate on Thursday confirmed Steve Feinberg, the billionaire co-founder of the private equity firm Cerberus Capital Management, as deputy secretary of defense in a 51-47 vote.

            Feinberg will serve under Defense Secretary Pete Hegseth, overseeing the Pentagon's budget and its vast weapons programs.

            Feinberg has said he will divest from Cerberus.

            Frank Thorp V
            Frank Thorp V is a producer and off-air reporter covering Congress for NBC News.

            Rebecca Kaplan
            Rebecca Kaplan is a senior political reporter for NBC News.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.bylines.first?.hasPrefix("Frank Thorp V") == true, "\(item.bylines)")
        let texts = item.body.map(\.text)
        #expect(texts.count == 3, "\(texts)")
        #expect(texts.last == "Feinberg has said he will divest from Cerberus.", "\(texts)")
    }

    @Test("\"Why you can trust SCMP\" over the caption and its credit is the page's label, not the picture's caption")
    func labelOverTheCaption() {
        let page = """
            China / Diplomacy

            China and Japan agree to resume seafood talks after Fukushima dispute

            Foreign ministers Wang Yi and Takeshi Iwaya meet in Beijing, their first talks in the Chinese capital since 2023

            Published: 7:30pm, 4 Dec 2026
            Updated: 9:12pm, 4 Dec 2026

            Why you can trust SCMP

            Chinese Foreign Minister Wang Yi (right) meets his Japanese counterpart Takeshi Iwaya in Beijing on Thursday. Photo: Xinhua

            China and Japan have agreed to resume talks on Beijing's ban on Japanese seafood imports, which it imposed after the release of treated waste water from the Fukushima nuclear plant, the two countries' foreign ministers said on Thursday.

            Wang Yi and Takeshi Iwaya met at the Diaoyutai State Guesthouse in Beijing.

            "Both sides should treat each other's concerns properly," Wang said, according to a statement from China's foreign ministry.

            Iwaya told reporters that Tokyo would send a technical team to Beijing this month. The Tokyo Electric Power Company, which operates the plant, has released more than 70,000 tonnes of treated water into the Pacific since August 2023.

            The International Atomic Energy Agency has said the release meets international safety standards.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.caption?.hasPrefix("Chinese Foreign Minister Wang Yi") == true, "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Xinhua", "\(item.pictures)")
    }

    @Test("\"Supplied\" under a caption is its credit: the picture is read, neither line is lost")
    func sourceWordUnderTheCaption() {
        let page = """
            Cook Strait ferry Aratere runs aground again near Picton

            Interislander sailings are cancelled while the ship is inspected, KiwiRail says.

            Tom Hunt
            14:32, Dec 04 2026

            The Aratere near Picton on Thursday afternoon.
            Supplied

            The Interislander ferry Aratere has run aground near Picton for the second time in two years, KiwiRail says.

            Maritime New Zealand said it was investigating.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "The Aratere near Picton on Thursday afternoon.", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Supplied", "\(item.pictures)")
    }

    @Test("\"Drugs found in lorry at Rosslare Europort on Wednesday evening\" is the standfirst, not an author")
    func standfirstIsNoByline() {
        let page = """
            Ireland

            Man (30s) charged over €2.4m cannabis seizure in Co Wexford

            Drugs found in lorry at Rosslare Europort on Wednesday evening

            Mon Dec 04 2026 - 18:21

            Conor Gallagher
            Crime Correspondent

            A man in his 30s has been charged after cannabis worth an estimated €2.4 million was found in a lorry at Rosslare Europort in Co Wexford.

            The man was arrested at the scene and was due to appear before a special sitting of Wexford District Court on Thursday evening.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Conor Gallagher"], "\(item.bylines)")
    }

    @Test("\"Get more Colorado news by signing up for our daily … newsletter.\" is the site's call, no paragraph")
    func newsletterCallIsNoParagraph() {
        let page = """
            Colorado lawmakers approve special session bill to plug $800 million budget gap

            By Seth Klamann | The Denver Post

            Colorado lawmakers on Thursday passed a package of bills to close an $800 million hole in the state budget, ending a four-day special session.

            The Colorado Hospital Association warned that the Medicaid cuts would hit rural hospitals hardest.

            Get more Colorado news by signing up for our daily Your Morning Dozen email newsletter.
            """
        let item = PlainTextReader().read(text: page).item
        let texts = item.body.map(\.text)
        #expect(texts.count == 2, "\(texts)")
        #expect(!texts.contains { $0.hasPrefix("Get more Colorado news") }, "\(texts)")
    }

    @Test("\"Keith Rowley -\": a caption whose credit the page left empty, above the story and between its paragraphs")
    func captionWithAnEmptyCredit() {
        let page = """
            News
            Budget debate stalls in House as Opposition walks out
            Sharlene Rampersad
            5 Hrs Ago
            Keith Rowley -
            THE budget debate in the House of Representatives was suspended for an hour on Thursday after Opposition MPs walked out in protest over the Speaker's ruling on a point of order.
            The Speaker ruled that the member for Oropouche East had misled the House when he said the Finance Minister had hidden the true size of the deficit.
            Opposition Leader Kamla Persad-Bissessar told reporters outside the Parliament that the ruling was "an attack on free speech" and that her MPs would not return until it was withdrawn.
            Finance Minister Colm Imbert said the walkout was a stunt meant to distract from the Opposition's own record on spending, which he described as reckless.
            Colm Imbert -
            He said the Government would complete the debate on Friday with or without the Opposition.
            The Senate is expected to begin its debate on the budget next week.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.map(\.caption) == ["Keith Rowley", "Colm Imbert"], "\(item.pictures)")
        #expect(item.pictures.allSatisfy { $0.creditline == nil }, "\(item.pictures)")
        let texts = item.body.map(\.text)
        #expect(texts.count == 6, "\(texts)")
        #expect(texts.contains { $0.hasPrefix("Finance Minister Colm Imbert said") }, "\(texts)")
        #expect(RoleRules.endsWithEmptyCredit("Brian Manning –"))
        #expect(!RoleRules.endsWithEmptyCredit("It was over. -"))
    }

    @Test("ABC Australia: \"Photo shows …\" describes the picture, the share prompt is no link, the post before the name is no name")
    func screenReaderDescriptionAndPostBeforeTheName() {
        let page = """
            ABC News Homepage

            Queensland to ban mobile phones in state school classrooms from term one

            By state political reporter Rachel Riga

            Posted Thu 4 Dec 2026 at 5:15pm, updated Thu 4 Dec 2026 at 6:02pm

            Photo shows A teenage girl looks at her phone in a classroom.
            The ban will apply to all state schools from the start of the 2027 school year. (ABC News: Brendan Mounter)

            Help keep family & friends informed by sharing this article

            Mobile phones and smart watches will be banned during class time in Queensland state schools from next year, Premier David Crisafulli has announced.

            Education Minister John-Paul Langbroek said students would have to keep their phones "away for the day" in lockers or bags.

            The Queensland Teachers' Union welcomed the ban but said schools needed more money to provide secure storage.

            Posted 4 Dec 2026
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Rachel Riga"], "\(item.bylines)")
        #expect(
            item.pictures.first?.caption == "The ban will apply to all state schools from the start of the 2027 school year.",
            "\(item.pictures)")
        let texts = item.body.map(\.text)
        #expect(texts.count == 3, "\(texts)")
        #expect(texts.first?.hasPrefix("Mobile phones and smart watches") == true, "\(texts)")
        #expect(!item.descriptions.contains { $0.text.hasPrefix("Photo shows") }, "\(item.descriptions)")
        #expect(!item.links.contains { $0.title?.hasPrefix("Help keep family") == true }, "\(item.links)")
    }
}
