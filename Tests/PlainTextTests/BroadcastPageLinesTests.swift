import Foundation
import NewsModel
import Testing

@testable import PlainText

/// What unseen US broadcasters' pages (session 52: sheriff's chases on local stations' sites) showed the reader
/// misplace: a short sentence of the story between its paragraphs ("It happened shortly before noon.") left out as
/// page furniture, a dialog's close button ("×") kept in the headline, and the station's app prompt between paragraphs
/// ("GET NEWS ALERTS | Add the 12News App to your phone") read as a subheading or a picture's caption. The pages are
/// written for these tests.
@Suite struct BroadcastPageLinesTests {
    @Test("a short sentence in long small words between paragraphs is story text")
    func shortSentenceBetweenParagraphs() {
        let page = """
            Woman rescued from flooded car

            Rescue on Route 9 in Midland Co.
            Rescue on Route 9 in Midland Co.(KXYZ)
            By Sam Ortiz
            Published: Jun. 3, 2023 at 7:10 AM CDT|Updated: 2 hours ago
            MIDLAND, Texas (KXYZ) - A woman was rescued from her car Tuesday.

            It happened shortly after sunrise.

            Firefighters say the water was nearly three feet deep when they reached the car.

            They say the woman was taken to a hospital as a precaution.

            Crews closed the road until the water went down.
            """
        let paragraphs = storyParagraphTexts(PlainTextReader().read(text: page).item)
        #expect(paragraphs.count == 5, "\(paragraphs)")
        #expect(paragraphs.dropFirst().first == "It happened shortly after sunrise.", "\(paragraphs)")
    }

    @Test("the rule on its own: the model's \"other\" between two paragraphs becomes text, a capitalised label does not")
    func shortSentenceRule() {
        let page = """
            Woman rescued from flooded car

            A woman was rescued from her car after it stalled in high water on Tuesday morning.

            It happened shortly after sunrise.

            Firefighters say the water was nearly three feet deep when they reached the car.

            Watch The Full Report Here.

            They say she was taken to a hospital as a precaution.
            """
        let roles = rolesAfterRules(page, [.headline, .body, .other, .body, .other, .body])
        #expect(roles[2] == .body, "\(roles)")
        #expect(roles[4] != .body, "\(roles)")
    }

    @Test("a dialog's close button before the title is no part of the headline")
    func closeButtonBeforeTheTitle() {
        let page = """
            × Driver leads deputies on chase through three towns

            OCEANSIDE, Calif. — Deputies arrested a driver they say led them on a chase through three towns Saturday.

            The chase started just after noon when a deputy tried to pull over a red sedan.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.first?.text == "Driver leads deputies on chase through three towns", "\(item.headlines)")
    }

    @Test("the station's app prompt between paragraphs is neither heading, caption nor text")
    func appPromptBetweenParagraphs() {
        let page = """
            Woman rescued from flooded car

            By Sam Ortiz

            MIDLAND, Texas (KXYZ) - A woman was rescued from her car after it stalled in high water Tuesday.

            Firefighters say the water was nearly three feet deep when they reached the car.

            GET NEWS ALERTS | Add the KXYZ App to your phone

            They say she was taken to a hospital as a precaution.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(!storyParagraphTexts(item).contains { $0.contains("KXYZ App") }, "\(item.body)")
        #expect(!item.body.contains { "\($0)".contains("KXYZ App") }, "\(item.body)")
        #expect(storyParagraphTexts(item).count == 3, "\(item.body)")
    }
}

extension BroadcastPageLinesTests {
    @Test("a follow button's line for Google News between paragraphs is no story text")
    func googleNewsFollowLine() {
        let page = """
            Man who died in 2022 sued in an arms case

            Safiqul Islam, a former local party official, died nearly two years ago on September 20, 2022, his family said.

            However, he was named among 243 accused in an arms case filed by one Haider Ali on September 3.

            Google News LinkFor all latest news, follow The Daily Star's Google News channel.

            "I don't know why his name was included in the case," said Rafiqul Islam, Safiqul's brother.
            """
        let paragraphs = storyParagraphTexts(PlainTextReader().read(text: page).item)
        #expect(!paragraphs.contains { $0.contains("Google News") }, "\(paragraphs)")
        #expect(paragraphs.contains { $0.hasPrefix("However, he was named") } && paragraphs.contains { $0.hasPrefix("\"I don't know") })
    }
}

/// What unseen Austrian, German and French regional pages (session 52) showed the reader misplace: a short section
/// heading in capitalised words ("Mehrere Verletzte") read as a byline, and the paragraph above it as a picture's
/// caption; a heading in two parts around a colon ("Schwerer Unfall: Zahlreiche Menschen verletzt") read as a byline,
/// a photographer set off by dashes before the agency ("… - Pascal Pavani - AFP") left in the caption, and an image's
/// alternative text and its caption, the same words with one space more, read as two pictures. The pages are written
/// for these tests.
@Suite struct RegionalPageHeadingsTests {
    @Test("a heading of capitalised words under a paragraph the model took for a caption: no byline, and no caption above it")
    func capitalisedHeadingBetweenParagraphs() {
        let page = """
            Zu einem schweren Unfall ist es in der Nacht auf Sonntag in Graz gekommen. Dabei stießen zwei Lieferwagen zusammen, die beide auf dem Weg zu einem Markt waren. Beide Fahrer mussten von der Feuerwehr aus den Wracks befreit werden.
            An der Kreuzung vor dem Bahnhof wurden beide Fahrzeuge durch die Wucht des Aufpralls schwer beschädigt. Die Fahrer erlitten schwere Verletzungen und wurden nach der Erstversorgung durch die Rettung in ein Spital gebracht.
            Mehrere Verletzte
            Die Beifahrer der beiden Wagen wurden ebenfalls verletzt. Sie wurden vor Ort versorgt und ins Krankenhaus gebracht, konnten dieses jedoch bereits wieder verlassen und sind zu Hause.
            Ursache noch unklar
            Der genaue Hergang des Unfalls ist noch unklar und Gegenstand der laufenden Ermittlungen der Polizei.
            """
        #expect(
            rolesAfterRules(page, [.body, .caption, .byline, .body, .subheading, .body])
                == [.body, .body, .subheading, .body, .subheading, .body])
        // A photographer's line under a caption with a credit in it stays the picture's.
        let credited = page.replacingOccurrences(of: "Mehrere Verletzte", with: "Foto: Anna Berger/APA")
        #expect(rolesAfterRules(credited, [.body, .caption, .byline, .body, .subheading, .body])[2] != .subheading)
    }

    @Test("a heading in two parts around a colon is no byline")
    func headingWithAColon() {
        let page = """
            Bundesstraße gesperrt! Schwerer Unfall mit neun Verletzten bei Landshut

            Vollsperrung! Erneut ereignete sich ein schwerer Unfall, bei dem neun Personen verletzt wurden, einige davon schwer. Auch Kinder sind betroffen. Hier die Lage:

            Schwerer Unfall: Zahlreiche Menschen verletzt

            Eine Fahrerin war auf einer Bundesstraße unterwegs, als sie aus bislang ungeklärten Gründen auf die Gegenfahrbahn geriet und mit einem entgegenkommenden Wagen zusammenstieß.

            Die beteiligten Fahrzeuge wurden zur Untersuchung sichergestellt.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        #expect(subheadingTexts(item) == ["Schwerer Unfall: Zahlreiche Menschen verletzt"], "\(item.body)")
    }

    @Test("an author's label before the colon keeps the line a byline")
    func authorLabelStaysAByline() {
        let page = """
            Stadt plant neuen Radweg am Fluss

            Die Stadt will bis 2027 einen neuen Radweg entlang des Flusses bauen, teilte die Verwaltung am Montag mit.

            Autor: Jana Becker

            Der Weg soll rund zwölf Kilometer lang werden und mehrere Stadtteile miteinander verbinden, sagte die Bürgermeisterin.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(subheadingTexts(item).isEmpty, "\(item.body)")
    }

    @Test("a photographer set off by dashes before the agency is the credit's, and a doubled caption one picture")
    func photographerBeforeTheAgency() {
        let page = """
            Gard : un automobiliste force un barrage de gendarmerie

            Un officier de gendarmerie - Image d'illustration  - Jean Dupré - AFP
            Un officier de gendarmerie - Image d'illustration - Jean Dupré - AFP

            Un automobiliste ayant forcé un barrage de gendarmerie a provoqué un important accident mercredi après-midi.

            L'homme qui se trouvait au volant du camion est très sérieusement blessé et a été transporté vers Marseille.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.caption == "Un officier de gendarmerie - Image d'illustration", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Jean Dupré - AFP", "\(item.pictures)")
    }

    @Test("headings in capitalised words the model took for a caption or for the credit of the paragraph above are headings")
    func headingsTakenForPictureLines() {
        let page = """
            Incidente a Roccaraso: auto contro la pattuglia, ferito il militare

            Roccaraso – Un pomeriggio movimentato sulla strada statale, dove si è verificato un incidente che ha coinvolto una utilitaria grigia e una pattuglia del nucleo radiomobile. L’impatto ha provocato danni ai veicoli e lievi ferite per uno dei militari.

            La Dinamica dell’Incidente

            Secondo la ricostruzione dei militari intervenuti sul posto, alla guida della utilitaria si trovava una donna di trent'anni, residente a Pescara, che ha perso il controllo del mezzo.

            Nessuna Alterazione alla Guida

            Come previsto dalla prassi, sono stati effettuati gli esami per accertare eventuali stati di alterazione da parte della conducente dell'auto.
            """
        let roles = rolesAfterRules(page, [.headline, .caption, .credit, .body, .caption, .body])
        #expect(roles == [.headline, .body, .subheading, .body, .subheading, .body], "\(roles)")
        // A photographer's name under a caption stays the credit, and a name's fragment between paragraphs a caption.
        let named = page.replacingOccurrences(of: "La Dinamica dell’Incidente", with: "Foto di Marco Rossi / ANSA")
            .replacingOccurrences(of: "Nessuna Alterazione alla Guida", with: "Brian Manning -")
        let kept = rolesAfterRules(named, [.headline, .caption, .credit, .body, .caption, .body])
        #expect(kept[2] == .credit && kept[4] == .caption, "\(kept)")
    }

    @Test("the headline set again between paragraphs is no picture")
    func headlineAgainIsNoCaption() {
        let page = """
            Si schiantano contro la pattuglia, feriti due giovani e due militari

            L'incidente è avvenuto nella notte a Treviso. Un'auto dei Carabinieri è stata tamponata durante un servizio di perlustrazione.

            Si schiantano contro la pattuglia, feriti due giovani e due militari

            La scorsa notte, intorno all'una, durante un servizio di perlustrazione una pattuglia è stata tamponata da una utilitaria.
            """
        let roles = rolesAfterRules(page, [.headline, .body, .caption, .body])
        #expect(roles[2] == .other, "\(roles)")
    }

    @Test("a paragraph with the site's hashtag after its last stop is story text, an author's label under a credit a byline")
    func storyLinesTakenForPictureLines() {
        let page = """
            На трассе под Брянском в ДТП с двумя иномарками вечером 7 июля пострадали водитель и два пассажира, сообщили в Госавтоинспекции.

            По данным ведомства, авария произошла около 22.40 на автодороге, когда водитель не справился с управлением и выехал на встречную полосу.

            В результате ДТП пострадали водитель и два пассажира легковушки, у водителя перелом правой ключицы. Все они госпитализированы. #bryakingnews

            Обсуждение ( 0 комментариев )
            """
        #expect(rolesAfterRules(page, [.body, .body, .caption, .trailer])[2] == .body)
        let credited = page.replacingOccurrences(of: "Обсуждение ( 0 комментариев )", with: "ФОТО: ГИБДД региона.\n\nАвтор: Иван Петров")
            .replacingOccurrences(of: " #bryakingnews", with: "")
        let roles = rolesAfterRules(credited, [.body, .body, .body, .credit, .credit])
        #expect(roles[3] == .credit && roles[4] == .byline, "\(roles)")
    }
}
