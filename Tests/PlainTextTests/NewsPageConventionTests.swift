import Foundation
import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// Conventions of news pages met in sessions 27 and 28, on copy written for these tests in the manner of Der Spiegel,
/// ABC News (Australia), Lenta.ru and Le Figaro. Role tests give the model's roles and check what the rules make of them, so that each fails
/// without its rule whatever the weights say.
@Suite struct NewsPageConventionTests {

    @Test("a caption, a blank line, then its labelled credit (\"Foto: Kay Nietfeld / dpa\"): the caption is no byline")
    func captionOverABlankLineAboveItsCredit() {
        let page = """
            Bahnstreik: GDL kündigt neuen Ausstand im Güterverkehr an

            Von Jana Becker

            Die Gewerkschaft Deutscher Lokomotivführer hat einen neuen Streik im Güterverkehr angekündigt, teilte sie mit.

            GDL-Chef Mario Reiß bei einer Kundgebung in Berlin

            Foto: Kay Nietfeld / dpa

            Der Personenverkehr soll von Dienstagmorgen an bestreikt werden, sagte ein Sprecher der Gewerkschaft.
            """
        #expect(
            rolesAfterRules(page, [.headline, .byline, .body, .byline, .credit, .body])
                == [.headline, .byline, .body, .caption, .credit, .body])
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "GDL-Chef Mario Reiß bei einer Kundgebung in Berlin")
        #expect(item.pictures.first?.creditline == "Kay Nietfeld / dpa")
        #expect(item.bylines == ["Jana Becker"], "\(item.bylines)")
        // A sentence set apart above the credit may be the story's: the rule leaves it.
        let sentence = page.replacingOccurrences(
            of: "GDL-Chef Mario Reiß bei einer Kundgebung in Berlin",
            with: "Die Bahn nannte den Streik unverhältnismäßig und rief zu Gesprächen auf.")
        #expect(
            rolesAfterRules(sentence, [.headline, .byline, .body, .other, .credit, .body])
                == [.headline, .byline, .body, .other, .credit, .body])
        // A byline over the credit stays one, blank line or not.
        let byline = page.replacingOccurrences(of: "GDL-Chef Mario Reiß bei einer Kundgebung in Berlin", with: "Von Jana Becker")
        #expect(
            rolesAfterRules(byline, [.headline, .byline, .body, .byline, .credit, .body])
                == [.headline, .byline, .body, .byline, .credit, .body])
    }

    @Test("\"Фото: Сергей Бобылев / ТАСС\" under the headline is the picture's credit, labelled as \"Foto:\" is, not a byline")
    func cyrillicPhotoLabelIsACredit() {
        let page = """
            В Москве открылась крупнейшая выставка современного искусства

            Фото: Сергей Бобылев / ТАСС

            В Москве в среду открылась международная выставка современного искусства, в которой участвуют более 200 галерей.

            Как рассказал директор выставки Василий Бычков, в этом году организаторы сделали акцент на молодых художниках.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        #expect(item.pictures.first?.creditline == "Сергей Бобылев / ТАСС", "\(item.pictures)")
        #expect(item.body.first?.text.hasPrefix("В Москве в среду") == true)
    }

    @Test("\"Related Video\" (GOLD-README's teaser labels) opens a related list: every title under it is a teaser")
    func relatedVideoLabel() {
        #expect(NavigationLabel.kind(of: "Related Video") == .related && NavigationLabel.kind(of: "More videos") == .related)
        let page = """
            Chiefs rally past Raiders as Mahomes throws three touchdowns

            KANSAS CITY, Mo. -- Patrick Mahomes threw three touchdown passes and the Kansas City Chiefs came from 14 points down to beat the Las Vegas Raiders 31-24 on Sunday.

            The win moved the Chiefs a game ahead of the Denver Broncos in the AFC West with five games to play.

            "We didn't start the way we wanted to, but this team never panics," Chiefs coach Andy Reid said.

            Related Video

            Mahomes finds Kelce for the go-ahead score

            Pierce: 'We let one get away'
            """
        let item = PlainTextReader().read(text: page).item
        let related = item.links.filter { $0.relation == "irel:seeAlso" }.compactMap(\.title)
        #expect(related == ["Mahomes finds Kelce for the go-ahead score", "Pierce: 'We let one get away'"], "\(item.links)")
        #expect(!item.paragraphTexts.contains { $0.contains("Mahomes finds Kelce") })
    }

    @Test("\"La rédaction vous conseille\" labels Le Figaro's related box: a label, not one of the related titles")
    func figaroRelatedBoxLabel() {
        #expect(NavigationLabel.kind(of: "La rédaction vous conseille") == .related)
        // Argentine Spanish says it in the voseo (Clarín); Czech sites recommend (Seznam Zprávy, Novinky).
        #expect(NavigationLabel.kind(of: "Mirá también") == .related)
        #expect(NavigationLabel.kind(of: "Doporučované") == .related && NavigationLabel.kind(of: "Doporučujeme") == .related)
        let page = """
            Grève à la SNCF : le trafic sera très perturbé jeudi sur les lignes TGV

            Par Marie Dupont

            La SNCF a annoncé mercredi soir que le trafic serait très perturbé jeudi sur l'ensemble du réseau, selon la direction.

            Le ministre des Transports a dénoncé une grève injustifiée à l'approche des fêtes, et les syndicats maintiennent l'appel.

            La rédaction vous conseille
            Grève SNCF : vos droits en cas d'annulation
            Retraites : le calendrier de la réforme
            """
        let item = PlainTextReader().read(text: page).item
        let related = item.body.compactMap { block -> String? in
            if case .relatedTeaser(let link) = block { return link.title }
            return nil
        }
        #expect(!related.contains("La rédaction vous conseille"), "\(related)")
        #expect(related.contains("Retraites : le calendrier de la réforme"), "\(related)")
    }

    @Test("a dash between a caption and its credit (20 Minutes) belongs to neither, nor does a label before a slash (NZ Herald)")
    func dashBetweenCaptionAndCredit() throws {
        let split = try #require(
            PictureCredit.trailingCredit(in: "Une rue inondée à Blendecques (Pas-de-Calais), le 3 décembre 2026. — Denis Charlet / AFP"))
        #expect(split.caption == "Une rue inondée à Blendecques (Pas-de-Calais), le 3 décembre 2026.")
        #expect(split.credit == "Denis Charlet / AFP")
        // The NZ Herald labels its credits with a slash.
        let nz = try #require(PictureCredit.trailingCredit(in: "A truck has crashed on the Auckland Harbour Bridge. Photo / NZ Herald"))
        #expect(nz.caption == "A truck has crashed on the Auckland Harbour Bridge." && nz.credit == "NZ Herald", "\(nz)")
        let piped = try #require(PictureCredit.trailingCredit(in: "Protesters outside parliament on Tuesday | REUTERS/Toby Melville"))
        #expect(piped.caption == "Protesters outside parliament on Tuesday" && piped.credit == "REUTERS/Toby Melville", "\(piped)")
    }

    @Test("the Straits Times: \"ST PHOTO: X\" after the caption's last sentence is the credit; a role under the author is no author")
    func straitsTimesHead() throws {
        let split = try #require(
            PictureCredit.trailingCredit(in: "Eligible Singaporeans will receive up to $950 in cash, up from $850. ST PHOTO: KELVIN CHNG"))
        #expect(split.caption == "Eligible Singaporeans will receive up to $950 in cash, up from $850.")
        #expect(split.credit == "ST PHOTO: KELVIN CHNG")
        // Capitals that end the caption's own sentence stay in it.
        let own = try #require(PictureCredit.trailingCredit(in: "Delegates gather in the capital of the USA Photo: Jane Lee"))
        #expect(own.caption == "Delegates gather in the capital of the USA" && own.credit == "Jane Lee", "\(own)")
        let page = """
            Singapore to raise GST vouchers for lower-income households in 2027

            Tham Yuen-C
            Senior Political Correspondent

            SINGAPORE - Lower-income households will receive more help with their daily expenses in 2027, said the minister.

            Speaking in Parliament, Mr Wong said the enhancement will cost the Government about $400 million.
            """
        #expect(rolesAfterRules(page, [.headline, .byline, .byline, .body, .body]) == [.headline, .byline, .other, .body, .body])
        #expect(rolesAfterRules(page, [.headline, .byline, .other, .body, .body]) == [.headline, .byline, .other, .body, .body])
        #expect(PlainTextReader().read(text: page).item.bylines == ["Tham Yuen-C"])
    }

    @Test("the story goes on after a related box: a \"teaser\" that ends with a full stop is a paragraph, not a title")
    func storyGoesOnAfterARelatedBox() {
        let page = """
            Storm Bert: Met Office issues amber warning as 70mph winds set to batter Britain

            Britain is braced for 70mph winds and heavy rain as Storm Bert sweeps in, with an amber weather warning issued.

            The warning covers Wales, the South West and parts of the Midlands from 6am on Saturday until midnight.

            Read More
            Storm Bert live: Latest updates as amber warning issued
            UK snow forecast: Maps turn white as cold snap hits

            Met Office chief meteorologist Paul Gundersen said: "Gusts of 60 to 70mph are possible along exposed coasts."

            National Highways urged drivers to check their routes before setting off.
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .body, .other, .teaser, .teaser, .teaser, .trailer])
                == [.headline, .body, .body, .other, .teaser, .teaser, .body, .body])
        // A labelled teaser stays one, full stop or not.
        let titles = page.replacingOccurrences(
            of: "Met Office chief meteorologist Paul Gundersen said: \"Gusts of 60 to 70mph are possible along exposed coasts.\"",
            with: "Read also: Why do storms get names and who decides what they are called.")
        #expect(
            rolesAfterRules(titles, [.headline, .body, .body, .other, .teaser, .teaser, .teaser, .body])[6] == .teaser)
    }

    @Test("a sentence without a name is no byline, whatever the model says: story text after the story starts")
    func sentenceWithoutANameIsNoByline() {
        let page = """
            Госдума приняла бюджет во втором чтении

            Госдума на пленарном заседании в среду приняла во втором чтении проект федерального бюджета на 2027 год.

            Как заявил председатель комитета по бюджету Андрей Макаров, было перераспределено около 1,2 трлн рублей.

            Третье чтение запланировано на следующую неделю.

            Евгений Хвостик
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .body, .byline, .other]) == [.headline, .body, .body, .body, .other])
        // A name or an author word stays the model's byline.
        let named = page.replacingOccurrences(
            of: "Третье чтение запланировано на следующую неделю.", with: "Текст подготовил Евгений Хвостик.")
        #expect(rolesAfterRules(named, [.headline, .body, .body, .byline, .other])[3] == .byline)
        // Without its full stop, after the story's last paragraph, words in small letters name no one either (session
        // 45: a related story's title under the comments box); the line is left out, not made story text.
        let unstopped = page.replacingOccurrences(
            of: "Третье чтение запланировано на следующую неделю.", with: "Третье чтение запланировано на следующую неделю")
        #expect(rolesAfterRules(unstopped, [.headline, .body, .body, .byline, .other])[3] == .other)
        let unstoppedName = page.replacingOccurrences(
            of: "Третье чтение запланировано на следующую неделю.", with: "Евгений Хвостик и Анна Петрова")
        #expect(rolesAfterRules(unstoppedName, [.headline, .body, .body, .byline, .other])[3] == .byline)
    }

    @Test("\"Topic: Bushfires\" over the publication time is a label, not the author's name")
    func topicLabelIsNoByline() {
        let page = """
            Bushfire emergency warning issued for communities near Perth

            By Tom Wildie

            Topic: Bushfires

            Thu 4 Dec 2026 at 11:02am

            An emergency warning has been issued for a bushfire burning out of control in Perth's north-east, residents were told.

            Great Eastern Highway has been closed between Roe Highway and Lakes Road, police said on Thursday.
            """
        #expect(
            rolesAfterRules(page, [.headline, .byline, .other, .other, .body, .body])
                == [.headline, .byline, .other, .other, .body, .body])
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Tom Wildie"], "\(item.bylines)")
        // A bare name over the time is the author ("Aleš Vávra" / "před 2 hodinami").
        let named = page.replacingOccurrences(of: "Topic: Bushfires", with: "Jana Becker")
        #expect(
            rolesAfterRules(named, [.headline, .byline, .other, .other, .body, .body])
                == [.headline, .byline, .byline, .other, .body, .body])
    }

    @Test("the story's last paragraph after an \"Also Read\" label and its teaser is story text, not a note")
    func lastParagraphAfterAlsoRead() {
        let page = """
            Mumbai: Metro Line 3 to run till midnight from next week

            MUMBAI: The Mumbai Metro Rail Corporation will extend the operating hours of Metro Line 3 till midnight from December 10.

            The underground line between Aarey and Cuffe Parade carries about 1.5 lakh commuters a day, officials said.

            Also Read

            Mumbai local trains to get 12 more AC services from January

            The corporation will also add four more trains during peak hours.
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .body, .other, .teaser, .other])
                == [.headline, .body, .body, .other, .teaser, .body])
        // Page furniture after the teaser stays out of the story.
        let furniture = page.replacingOccurrences(
            of: "The corporation will also add four more trains during peak hours.", with: "Share this article on Facebook")
        #expect(rolesAfterRules(furniture, [.headline, .body, .body, .other, .teaser, .other]).last != .body)
    }

    @Test("a picture set before the story's last paragraph leaves that paragraph in the story")
    func lastParagraphAfterAPicture() {
        let page = """
            Ontario to cap tuition increases at 2% for next 3 years

            Ontario will allow colleges and universities to raise tuition by no more than two per cent a year, the province said.

            Colleges Minister Nolan Quinn said the province would add $750 million in funding over the same period.

            Students at a Toronto campus in September. (Evan Mitsui/CBC)

            The University of Toronto and York University did not respond to requests for comment.
            """
        #expect(rolesAfterRules(page, [.headline, .body, .body, .caption, .other]) == [.headline, .body, .body, .caption, .body])
        let item = PlainTextReader().read(text: page).item
        #expect(item.body.last?.text == "The University of Toronto and York University did not respond to requests for comment.")
        #expect(item.pictures.first?.creditline == "Evan Mitsui/CBC", "\(item.pictures)")
    }

    @Test("El País's photographer in capitals right under the caption: a caption and its credit, not a subheading")
    func photographerInCapitalsUnderTheCaption() {
        let page = """
            La sequía obliga a Cataluña a restringir el riego en 200 municipios

            El Gobierno catalán ha decretado este jueves la fase de emergencia por sequía en 202 municipios de las cuencas.

            El embalse de Sau, en Osona, al 9% de su capacidad el pasado noviembre.
            MASSIMILIANO MINOCRI

            La consejera de Territorio ha explicado en rueda de prensa que las reservas se sitúan por debajo del 16%.
            """
        #expect(
            rolesAfterRules(page, [.headline, .body, .body, .subheading, .body])
                == [.headline, .body, .caption, .credit, .body])
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "El embalse de Sau, en Osona, al 9% de su capacidad el pasado noviembre.")
        #expect(item.pictures.first?.creditline == "MASSIMILIANO MINOCRI", "\(item.pictures)")
        // A subheading in capitals set apart by a blank line stays one.
        let heading = page.replacingOccurrences(
            of: "noviembre.\nMASSIMILIANO MINOCRI", with: "noviembre.\n\nRESERVAS EN MÍNIMOS")
        #expect(
            rolesAfterRules(heading, [.headline, .body, .body, .subheading, .body])
                == [.headline, .body, .body, .subheading, .body])
    }
}
