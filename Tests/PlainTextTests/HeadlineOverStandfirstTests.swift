import Foundation
import NewsModel
import Testing

@testable import PlainText

/// The headline stands over the standfirst, also when the page's name and section stand over both and the standfirst
/// is only a few words longer (session 40, a page written in the manner of RBC); a German byline that says where the
/// author reports from (a page in the manner of Der Spiegel); a picture's caption under the byline and time (La Vanguardia); a standfirst over the captioned picture (Il Post); the
/// story's sources under its time stamp (Zeit Online).
@Suite struct HeadlineOverStandfirstTests {
    @Test("Site name, section, headline, a standfirst four words longer, then a credit: the headline is the first")
    func headlineOverAStandfirstWithACredit() {
        let page = """
            РБК
            Экономика
            В Минфине допустили повышение НДС для малого бизнеса в 2027 году

            Министр финансов Антон Силуанов заявил, что правительство обсуждает снижение порога для упрощенной системы налогообложения

            Фото: Алексей Дружинин / РИА Новости

            Министерство финансов России рассматривает возможность снижения порога доходов, при котором малый бизнес должен платить НДС. Об этом заявил глава ведомства Антон Силуанов.

            «Мы видим, что часть компаний искусственно дробит бизнес, чтобы не платить налог. Это надо прекращать», — сказал Силуанов.

            По его словам, окончательное решение будет принято после консультаций с бизнесом.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headline == "В Минфине допустили повышение НДС для малого бизнеса в 2027 году")
    }

    @Test("\"Aus Frankfurt am Main berichtet Anna Clauß\": the byline is the name after the verb")
    func germanReportsFromByline() {
        let page = """
            Bahnstreik: GDL kündigt neuen Ausstand im Güterverkehr an

            Die Lokführergewerkschaft legt erneut den Güterverkehr lahm. Die Deutsche Bahn spricht von einer Zumutung.

            Aus Frankfurt am Main berichtet Anna Clauß
            05.12.2026, 11.42 Uhr

            Die Gewerkschaft Deutscher Lokomotivführer hat ihre Mitglieder erneut zum Streik aufgerufen. Ab Montagabend soll zunächst der Güterverkehr bestreikt werden.

            GDL-Chef Mario Reiß sagte, die Bahn habe kein verhandlungsfähiges Angebot vorgelegt.

            Bahn-Personalvorstand Martin Seiler nannte den Streik unverhältnismäßig.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Anna Clauß"], "\(item.bylines)")
    }

    @Test("Headline, standfirst, byline and time, then a caption over its credit: the caption is no headline")
    func captionOverItsCreditUnderTheByline() {
        let page = """
            La Vanguardia
            Política
            Illa anuncia un plan de vivienda de 4.400 millones para Catalunya hasta 2030

            El president de la Generalitat presenta la medida en el Parlament y pide el apoyo de ERC y los Comuns

            Redacción
            Barcelona
            05/12/2026 12:30
            Actualizado a 05/12/2026 14:02

            Salvador Illa, durante su intervención en el Parlament este jueves
            Alejandro García / EFE

            El president de la Generalitat, Salvador Illa, ha anunciado este jueves en el Parlament un plan de vivienda dotado con 4.400 millones de euros hasta 2030.

            "La vivienda es la gran emergencia social de nuestro tiempo", ha afirmado Illa, que ha pedido el apoyo de Esquerra Republicana.

            El Ayuntamiento de Barcelona, que gobierna Jaume Collboni, aportará suelo público en el barrio de La Sagrera.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headline == "Illa anuncia un plan de vivienda de 4.400 millones para Catalunya hasta 2030")
        #expect(item.pictures.first?.caption == "Salvador Illa, durante su intervención en el Parlament este jueves", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Alejandro García / EFE", "\(item.pictures)")
    }

    @Test("A line without a credit over the captioned picture, right under the headline, is the standfirst")
    func standfirstOverTheCaptionedPicture() {
        let page = """
            Il Post
            Italia
            Lo sciopero dei treni di venerdì

            Riguarda il personale di Trenitalia, Italo e Trenord, e durerà dalle 21 di giovedì alle 21 di venerdì

            Un treno regionale alla stazione di Milano Centrale (Claudio Furlan/LaPresse)

            Dalle 21 di giovedì alle 21 di venerdì ci sarà uno sciopero nazionale del personale ferroviario indetto dai sindacati di base USB e Cub Trasporti. Riguarderà i treni di Trenitalia, Italo e Trenord, ma anche quelli delle Ferrovie del Sud Est.

            Il ministro dei Trasporti Matteo Salvini ha detto di voler precettare i lavoratori, cioè obbligarli a garantire un servizio minimo. La Commissione di garanzia sugli scioperi aveva già segnalato alcune irregolarità nella proclamazione.

            Trenitalia ha comunicato che saranno comunque garantiti i treni nelle fasce orarie dalle 6 alle 9 e dalle 18 alle 21. Sul sito di Rete Ferroviaria Italiana è disponibile l'elenco dei collegamenti garantiti.

            Lo sciopero arriva dopo mesi di tensioni sul rinnovo del contratto nazionale. Secondo l'Unione sindacale di base, le aziende non hanno ancora presentato una proposta sugli aumenti salariali.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.caption == "Un treno regionale alla stazione di Milano Centrale", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Claudio Furlan/LaPresse", "\(item.pictures)")
    }

    @Test("\"Quelle: ZEIT ONLINE, dpa, AFP, Reuters\" under the time stamp names the story's sources, no picture")
    func sourcesUnderTheTimeStamp() {
        let page = """
            ZEIT ONLINE
            Klimaschutz
            Umweltbundesamt: Treibhausgasemissionen sinken um drei Prozent

            Deutschland hat 2025 weniger Treibhausgase ausgestoßen als im Vorjahr. Der Rückgang geht vor allem auf den Energiesektor zurück. Im Verkehr stagnieren die Emissionen.

            Aktualisiert am 5. Dezember 2026, 10:47 Uhr
            Quelle: ZEIT ONLINE, dpa, AFP, Reuters

            Ein Windpark bei Jacobsdorf in Brandenburg © Patrick Pleul/dpa

            Die Treibhausgasemissionen in Deutschland sind im vergangenen Jahr um rund drei Prozent gesunken. Das geht aus einer Schätzung des Umweltbundesamts (UBA) hervor, die Bundesumweltminister Carsten Schneider (SPD) und UBA-Präsident Dirk Messner in Berlin vorstellten.

            Insgesamt seien 2025 rund 628 Millionen Tonnen Treibhausgase ausgestoßen worden, teilte das Amt in Dessau mit. Das Ziel des Klimaschutzgesetzes für das Jahr sei damit eingehalten worden.

            Der Verkehrssektor verfehlte sein Ziel jedoch erneut. Der Verband der Automobilindustrie (VDA) forderte mehr Förderung für Elektroautos. Die Deutsche Umwelthilfe kritisierte dagegen das Verkehrsministerium.

            Die Denkfabrik Agora Energiewende bezeichnete den Rückgang als "zu langsam". Um die Klimaziele für 2030 zu erreichen, müssten die Emissionen jährlich um mehr als fünf Prozent sinken.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Patrick Pleul/dpa", "\(item.pictures)")
    }
}
