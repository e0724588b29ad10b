import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Conventions met in session 32 on copy written for these tests in the manner of a US local news site, a space news
/// site whose page text runs the byline, the date and the section together, an Italian, a Spanish and a Czech daily,
/// Interfax and a Philippine news site.
@Suite struct BylineDateAndLastSentenceTests {
    static let page = """
        City council approves new budget for parks and libraries

        BYLINE

        The city council on Tuesday approved a $12 million budget for parks and libraries, ending a month of debate.

        Council member Ana Lopez said the vote was a relief for families who rely on the libraries.

        "We listened to residents," Lopez said after the meeting.

        LAST
        """

    static func read(byline: String = "By Jane Miller", last: String = "The budget takes effect in July.") -> NewsItem {
        let text = page.replacingOccurrences(of: "BYLINE", with: byline).replacingOccurrences(of: "LAST", with: last)
        return PlainTextReader().read(text: text).item
    }

    @Test(
        "a date run onto a byline's names is no part of them: the names are the byline, the date and what follows it a note",
        arguments: [
            ("By Jane Miller 2024-03-05T10:00:00Z Local", "2024-03-05T10:00:00Z Local"),
            ("By Jane Miller March 5, 2024", "March 5, 2024"),
            ("By Jane Miller Updated March 5, 2024 4:10 pm", "Updated March 5, 2024 4:10 pm"),
        ])
    func dateAfterTheNames(byline: String, date: String) {
        let item = Self.read(byline: byline)
        #expect(item.bylines == ["Jane Miller"], "\(item.bylines)")
        // Kept: as a note of its own, or in the note of the whole byline line.
        #expect(item.preserved.contains { $0.serialized.hasSuffix(date) }, "\(item.preserved.map(\.serialized))")
        #expect(item.infoSources.isEmpty)
    }

    @Test("a date run onto the agency after a byline's comma is cut from it too; a byline without a date is unchanged")
    func dateAfterTheAgency() {
        let agency = Self.read(byline: "By Jane Miller, Reuters 2019-11-18T22:05:36Z Business")
        #expect(agency.bylines == ["Jane Miller"] && agency.infoSources.compactMap(\.name) == ["Reuters"])
        #expect(agency.preserved.contains { $0.serialized == "2019-11-18T22:05:36Z Business" })
        #expect(Self.read(byline: "By Jane Miller").bylines == ["Jane Miller"])
        #expect(ArticleAssembly.namesBeforeDate("Jane Miller") == nil)
        #expect(ArticleAssembly.namesBeforeDate("3 reporters") == nil, "a date needs a name before it")
    }

    @Test("the story's short last sentence (five words or more) is its last paragraph, not page furniture")
    func shortLastSentence() {
        for last in ["The budget takes effect in July.", "It passed by seven votes."] {
            let item = Self.read(last: last)
            #expect(item.body.last?.text == last, "\(item.body.map(\.text))")
            #expect(!item.preserved.contains { $0.serialized == last })
        }
    }

    @Test("a sentence between a picture's caption and a related box inside the story is a paragraph, not page furniture")
    func sentenceBetweenPictureAndRelatedBox() {
        let page = """
            Maltempo in Liguria, allerta rossa a Genova: scuole chiuse e treni sospesi

            di Mario Rossi

            Le piogge torrenziali hanno colpito la notte scorsa il Ponente ligure. La Protezione civile ha diramato l'allerta rossa fino alle 18 di giovedì.

            Il sindaco di Genova, Marco Bucci, ha firmato un'ordinanza che chiude scuole e parchi cittadini. «Invito tutti a restare in casa», ha detto il sindaco.

            Il torrente Bisagno in piena a Genova (Ansa)

            Rete Ferroviaria Italiana ha sospeso la circolazione sulla linea tra Savona e Ventimiglia.

            Leggi anche
            Alluvione, il governo stanzia 20 milioni per la Liguria

            Il presidente della Regione, Giovanni Toti, ha chiesto lo stato di emergenza.
            """
        let item = PlainTextReader().read(text: page).item
        let texts = item.body.map(\.text)
        #expect(texts.contains("Rete Ferroviaria Italiana ha sospeso la circolazione sulla linea tra Savona e Ventimiglia."), "\(texts)")
        #expect(texts.last == "Il presidente della Regione, Giovanni Toti, ha chiesto lo stato di emergenza.")
        #expect(item.pictures.first?.caption == "Il torrente Bisagno in piena a Genova")
        #expect(item.links.map(\.title) == ["Alluvione, il governo stanzia 20 milioni per la Liguria"])
    }

    @Test("a paragraph of two sentences over a credit set apart by a blank line is story text; the picture has no caption")
    func paragraphOverACreditSetApart() {
        let page = """
            Vláda schválila zvýšení platů učitelů o deset procent

            Jan Novák

            Vláda Petra Fialy ve středu schválila zvýšení platů učitelů regionálního školství o deset procent. Oznámil to po jednání kabinetu ministr školství Mikuláš Bek.

            Ministr financí Zbyněk Stanjura uvedl, že zvýšení nebude znamenat vyšší schodek rozpočtu.

            Odbory školství zvýšení přivítaly. Podle jejich předsedy Františka Dobšíka jde ale o první krok.

            Foto: Michal Šula, MAFRA

            Opozice vládu kritizuje, že o zvýšení rozhodla pozdě.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(
            item.body.map(\.text).contains(
                "Odbory školství zvýšení přivítaly. Podle jejich předsedy Františka Dobšíka jde ale o první krok."))
        #expect(item.pictures.count == 1 && item.pictures.first?.caption == nil, "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Michal Šula, MAFRA")
        // A one-sentence caption right above its credit is still the caption.
        let captioned = PlainTextReader().read(
            text: page.replacingOccurrences(
                of: "Odbory školství zvýšení přivítaly. Podle jejich předsedy Františka Dobšíka jde ale o první krok.\n\n",
                with: "Ministr školství Mikuláš Bek na tiskové konferenci v Praze.\n")
        ).item
        #expect(captioned.pictures.first?.caption == "Ministr školství Mikuláš Bek na tiskové konferenci v Praze.", "\(captioned.pictures)")
        // An abbreviation's full stop before a number ends no sentence: the caption above stays one.
        #expect(ArticleAssembly.sentenceCount("Children are treated in Deir al-Balah on Nov. 6, 2023.") == 1)
        #expect(ArticleAssembly.sentenceCount("Odbory přivítaly. Podle nich jde o krok.") == 2)
    }

    @Test(
        "related-box labels of Spanish, Italian, German, Czech and Russian pages",
        arguments: ["Más información", "Per approfondire", "Mehr dazu", "Mohlo by vás zajímat", "Вам может быть интересно"])
    func relatedLabels(label: String) {
        #expect(NavigationLabel.kind(of: label, characters: label.count) == .related)
    }

    @Test("Interfax's dateline: place and date closed by full stops, the agency in capitals before the dash")
    func interfaxDateline() {
        let page = """
            Центробанк сохранил ключевую ставку на уровне 16%

            Москва. 3 декабря. INTERFAX.RU - Совет директоров Банка России на заседании в среду принял решение сохранить ключевую ставку на уровне 16% годовых.

            Председатель ЦБ Эльвира Набиуллина заявила, что регулятор допускает снижение ставки в следующем году.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.located?.names == ["Москва"], "\(String(describing: item.located))")
        #expect(item.infoSources.compactMap(\.name) == ["INTERFAX.RU"])
        #expect(item.body.first?.text.hasPrefix("Совет директоров Банка России") == true, "\(item.body.first?.text ?? "")")
    }

    @Test("an outlet's sign-off run onto the story's last sentence (\"– Rappler.com\") is its trailer; the sentence is a paragraph")
    func signOffRunOntoTheLastSentence() {
        let page = """
            Marcos signs law creating Maharlika wealth fund

            MANILA, Philippines – President Ferdinand Marcos Jr. on Tuesday, December 2, signed into law the measure creating the Maharlika Investment Fund, the country's first sovereign wealth fund.

            The signing at Malacañang Palace was attended by Senate President Juan Miguel Zubiri and House Speaker Martin Romualdez.

            "This is a bold step towards our economic transformation," Marcos said in his speech.

            Critics, including former Bangko Sentral ng Pilipinas governor Felipe Medalla, had warned that the fund could expose state pension money to risky investments.

            The fund will be managed by the Maharlika Investment Corporation, which will be headquartered in Makati City. – Rappler.com
            """
        let item = PlainTextReader().read(text: page).item
        #expect(
            item.body.last?.text
                == "The fund will be managed by the Maharlika Investment Corporation, which will be headquartered in Makati City.")
        #expect(item.editorialNotes == ["Rappler.com"], "\(item.editorialNotes)")
        #expect(RoleRules.signOffRunOn("It ended on Friday. — Xinhua")?.signOff == "Xinhua")
        #expect(
            RoleRules.signOffRunOn("Prices rose 3 - 4 percent.") == nil && RoleRules.signOffRunOn("He left - and never came back.") == nil)
    }
}
