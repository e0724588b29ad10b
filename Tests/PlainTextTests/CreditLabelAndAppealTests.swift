import Foundation
import NewsModel
import Testing

@testable import PlainText

/// A bracketed credit labelled with two words, and a page's appeal for money (session 40, a page written in the manner
/// of a Nigerian national site); a short caption over its labelled credit (a Czech tabloid); a photographer's name
/// with a particle after the caption's last sentence (a Paris daily).
@Suite struct CreditLabelAndAppealTests {
    private static let page = """
        Senate confirms Tinubu's nominee as CBN deputy governor

        The Senate on Thursday confirmed the nomination of Muhammad Sani Abdullahi as Deputy Governor of the Central Bank of Nigeria.

        By Kayode Jimoh
        December 5, 2026

        Senate President Godswill Akpabio [PHOTO CREDIT: @SPNigeria]

        The Senate on Thursday confirmed President Bola Tinubu's nomination of Muhammad Sani Abdullahi as Deputy Governor of the Central Bank of Nigeria (CBN).

        Mr Abiru told his colleagues that the nominee had the requisite experience, having served as a commissioner in Kaduna State.

        Senate President Godswill Akpabio congratulated Mr Abdullahi and urged him to work with the CBN Governor, Olayemi Cardoso, to stabilise the naira.

        Support PREMIUM TIMES' journalism of integrity and credibility
        """

    @Test("\"[PHOTO CREDIT: @SPNigeria]\": the credit is the name after the whole label")
    func twoWordLabelInBrackets() {
        let item = PlainTextReader().read(text: Self.page).item
        #expect(item.pictures.first?.creditline == "@SPNigeria", "\(item.pictures)")
        #expect(item.pictures.first?.caption == "Senate President Godswill Akpabio", "\(item.pictures)")
    }

    @Test("\"Support PREMIUM TIMES' journalism …\" is neither a paragraph nor a related link")
    func donationAppeal() {
        let item = PlainTextReader().read(text: Self.page).item
        let texts = item.body.compactMap { block -> String? in
            switch block {
            case .paragraph(let text): text
            case .relatedTeaser(let link): link.title
            default: nil
            }
        }
        #expect(!texts.contains { $0.hasPrefix("Support PREMIUM") }, "\(texts)")
        #expect(texts.contains { $0.hasPrefix("Senate President Godswill Akpabio congratulated") }, "\(texts)")
    }

    @Test("\"Policisté zasahovali v Brně-Židenicích.\" right over \"Foto: Policie ČR\": a four-word caption")
    func shortCaptionOverItsLabelledCredit() {
        let page = """
            Policie dopadla lupiče, který přepadl poštu v Brně. Hrozí mu deset let

            5. prosince 2026 9:14
            Autor: Petr Kovář

            Policisté zasahovali v Brně-Židenicích.
            Foto: Policie ČR

            Brněnští kriminalisté zadrželi třicetiletého muže, který minulý týden přepadl pobočku České pošty v Židenicích.

            „Muže jsme zadrželi v jeho bytě v Líšni, část peněz u sebe ještě měl,“ řekla Vaňková.

            Muži podle trestního zákoníku hrozí až deset let vězení. Městský soud v Brně o vazbě rozhodne v pondělí.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "Policisté zasahovali v Brně-Židenicích.", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Policie ČR", "\(item.pictures)")
    }

    @Test("\"… dans le centre de Bobigny. LP/Philippe de Poulpiquet\": the credit after the last sentence, particle and all")
    func photographerWithAParticle() {
        let credit = PictureCredit.trailingCredit(
            in: "Illustration. Les faits se sont produits vers 23 heures dans le centre de Bobigny. LP/Philippe de Poulpiquet")
        #expect(credit?.caption == "Illustration. Les faits se sont produits vers 23 heures dans le centre de Bobigny.")
        #expect(credit?.credit == "LP/Philippe de Poulpiquet")
    }

    @Test("\"Please use Chrome browser for a more accessible video player\" is the player's notice, no paragraph")
    func videoPlayerNotice() {
        let page = """
            Sky News
            UK
            Storm Darragh: Amber weather warning issued as 80mph winds set to batter Wales and southwest England

            The Met Office says there is a "danger to life" from flying debris, and travel disruption is likely on roads, railways and ferries.

            Tom Gillespie
            News reporter @TomGillespie_
            Thursday 5 December 2026 16:05, UK

            Waves crash against the harbour wall in Porthcawl, Wales. Pic: PA

            Please use Chrome browser for a more accessible video player

            An amber weather warning for wind has been issued for Wales and southwest England as Storm Darragh approaches.

            The Met Office said gusts of up to 80mph could hit exposed coasts on Saturday, with 60mph winds likely inland.

            Network Rail said it would run fewer trains on the Great Western Main Line and urged passengers to check before they travel.

            Read more from Sky News:
            Man charged after body found in Glasgow flat
            Energy price cap to rise in January, Ofgem confirms

            Natural Resources Wales has issued 12 flood warnings, including for the River Taff in Cardiff.

            First Minister Eluned Morgan said the Welsh government was working with councils to protect homes.
            """
        let item = PlainTextReader().read(text: page).item
        let paragraphs = item.body.compactMap { block -> String? in
            if case .paragraph(let text) = block { return text }
            return nil
        }
        #expect(!paragraphs.contains { $0.hasPrefix("Please use") }, "\(paragraphs)")
        #expect(paragraphs.first?.hasPrefix("An amber weather warning") == true, "\(paragraphs)")
    }

    @Test("\"… on December 5, 2026. PHOTO | PCS\": a label and a bar before the credit; the lead under the picture stays")
    func labelAndBarCredit() {
        let page = """
            Nation
            News
            Ruto signs Finance Bill into law amid protests in Nairobi

            President William Ruto has assented to the Finance Bill 2026, which introduces new taxes on mobile money transfers.

            By Justus Ochieng
            Nairobi
            Thursday, December 05, 2026

            President William Ruto signs the Finance Bill 2026 at State House, Nairobi, on December 5, 2026. PHOTO | PCS

            President William Ruto on Thursday signed the Finance Bill 2026 into law, despite protests in Nairobi and Mombasa against new taxes on mobile money transfers.

            Speaking at State House, Dr Ruto said the measures were necessary to reduce Kenya's reliance on foreign borrowing. "We must live within our means," he said.

            The Kenya Revenue Authority (KRA) expects to raise Sh346 billion from the new measures in the next financial year.

            Opposition leader Kalonzo Musyoka said the Wiper Democratic Movement would challenge the law in the High Court. Safaricom, which runs the M-Pesa service, said it was studying the law.

            ALSO READ: Treasury defends new mobile money tax
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.creditline == "PCS", "\(item.pictures)")
        #expect(
            item.pictures.first?.caption
                == "President William Ruto signs the Finance Bill 2026 at State House, Nairobi, on December 5, 2026.",
            "\(item.pictures)")
        let paragraphs = item.body.compactMap { block -> String? in
            if case .paragraph(let text) = block { return text }
            return nil
        }
        #expect(paragraphs.first?.hasPrefix("President William Ruto on Thursday signed") == true, "\(paragraphs)")
    }

    @Test("\"Zdroj: ČTK/Ondřej Deml\": the Czech source label opens a credit, as \"Quelle:\" and \"Fuente:\" do")
    func czechSourceLabel() {
        let credit = PictureCredit.trailingCredit(in: "Ministr financí Zbyněk Stanjura na tiskové konferenci. Zdroj: ČTK/Ondřej Deml")
        #expect(credit?.credit == "ČTK/Ondřej Deml", "\(String(describing: credit))")
    }

    @Test("\"Dublin Airport. Photo: Frank McGrath\" read as a credit line: the sentence is the caption, the name the credit")
    func sentenceBeforeALabelledCredit() {
        let page = """
            Irish Independent
            Irish News
            Dublin Airport passenger cap: An Bord Pleanála extends deadline for decision to March

            Listen to this article
            00:00 / 03:12

            Ralph Riegel
            Today at 11:04

            Dublin Airport. Photo: Frank McGrath

            An Bord Pleanála has again extended the deadline for its decision on Dublin Airport's application to lift the 32 million passenger cap.

            The planning appeals board said it needed more time to consider submissions from Fingal County Council and residents in St Margaret's and Portmarnock.

            The DAA, which runs the airport, said the delay was "deeply disappointing". Its chief executive Kenny Jacobs warned that airlines including Ryanair and Aer Lingus would be forced to cut flights next summer.

            Transport Minister Darragh O'Brien said the Government would bring forward legislation if needed.

            Read More
            Ryanair threatens to cut 20 routes from Dublin over passenger cap

            Join the Irish Independent WhatsApp channel
            Stay up to date with all the latest news
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "Dublin Airport.", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Frank McGrath", "\(item.pictures)")
        // The WhatsApp channel's "Stay up to date with all the latest news" is its promotion, no related link.
        #expect(!item.links.contains { $0.title?.hasPrefix("Stay up to date") == true }, "\(item.links)")
    }

    @Test("\"Write to Sharon Terlep at sharon.terlep@wsj.com …\" is how to reach the authors, no caption")
    func authorsContactLine() {
        let page = """
            Business
            Boeing to Cut 10% of Workforce as Losses Mount
            Chief Executive Kelly Ortberg says the plane maker will also delay the first delivery of its 777X jet

            By Sharon Terlep and Andrew Tangel
            Updated Dec. 5, 2026 6:12 pm ET

            Share
            Resize

            Listen
            (4 min)

            Boeing's factory in Everett, Wash. PHOTO: DAVID RYDER/BLOOMBERG NEWS

            Boeing said it would cut about 10% of its workforce, or roughly 17,000 jobs, as the plane maker tries to stem losses after a machinists' strike halted most of its jet production.

            Chief Executive Kelly Ortberg said in a memo to employees that the company needed to "reset our workforce levels to align with our financial reality."

            The company also said it would delay the first delivery of its 777X jet to 2027. Emirates, the largest customer for the plane, has ordered more than 200 of them.

            The International Association of Machinists and Aerospace Workers, which represents about 33,000 Boeing workers in the Seattle area, said the cuts showed the company's priorities were wrong.

            Shares of Boeing fell 1.4% in after-hours trading.

            Write to Sharon Terlep at sharon.terlep@wsj.com and Andrew Tangel at andrew.tangel@wsj.com
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.caption == "Boeing's factory in Everett, Wash.", "\(item.pictures)")
    }

    @Test("\"Add CBS News on Google\" is the search engine's follow button, no picture's credit")
    func searchEngineFollowButton() {
        let page = """
            CBS News
            Chicago
            Chicago Public Schools board votes to close 5 schools amid budget shortfall

            By Sabrina Franza
            Updated on: December 5, 2026 / 7:58 PM CST / CBS Chicago

            Add CBS News on Google

            CHICAGO (CBS) -- The Chicago Board of Education voted Thursday night to close five schools on the city's South and West sides, citing a $730 million budget deficit.

            The decision drew dozens of parents and teachers to the board's meeting downtown. Chicago Teachers Union president Stacy Davis Gates called the vote "a betrayal of Black and Brown communities."

            Mayor Brandon Johnson, a former CTU organizer, said he opposed the closures but respected the board's independence.

            Board president Sean Harden said the district could no longer afford to keep buildings open that are less than a third full.

            Sabrina Franza
            Sabrina Franza is a reporter for CBS News Chicago. She joined the station in 2023.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        // The author box at the foot, the name over "Sabrina Franza is a reporter for …": neither heading nor paragraph.
        let story = item.body.compactMap { block -> String? in
            switch block {
            case .paragraph(let text): text
            case .subheading(let text, _): text
            default: nil
            }
        }
        #expect(!story.contains { $0.hasPrefix("Sabrina Franza") }, "\(story)")
        #expect(story.last?.hasPrefix("Board president Sean Harden") == true, "\(story)")
    }
}
