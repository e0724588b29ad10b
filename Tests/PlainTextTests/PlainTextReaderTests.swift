import Foundation
import NewsModel
import PlainText
import TestSupport
import Testing

@Suite struct PlainTextReaderTests {
    func read(_ text: String) -> (NewsItem, [Diagnostic]) {
        PlainTextReader().read(Array(text.utf8), file: "t.txt")
    }

    @Test(.enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus, schemas or tools)")) func seedArticleStructure() throws {
        guard let shared = TestPaths.sharedFolder() else { return }
        let data = try Data(contentsOf: shared.appendingPathComponent("corpus/plaintext/seed-macron-moscow.txt"))
        let (item, diagnostics) = PlainTextReader().read(Array(data), file: "seed")
        #expect(!diagnostics.hasErrors)
        #expect(item.headline == "Secret diplomacy: Macron sent representative to Moscow for Ukraine talks")
        #expect(item.pictures == [Picture(caption: "Emmanuel Macron", creditline: "Getty Images")])
        #expect(item.links.map(\.title) == ["Trump leaks private chats with Macron and Rutte mentioning Ukraine"])
        let subheadings = item.body.compactMap { if case .subheading(let text, _) = $0 { text } else { nil } }
        #expect(subheadings == ["Contacts with the Kremlin and Paris's position", "Possible dialogue at the highest level"])
        let paragraphs = item.body.filter { if case .paragraph = $0 { true } else if case .quote = $0 { true } else { false } }
        #expect(paragraphs.count == 12)
        #expect(item.language == "en")
        #expect(item.infoSources.contains { $0.name == "Reuters" })
        let quote = item.body.compactMap { if case .quote(let quote) = $0 { quote } else { nil } }.first
        #expect(quote?.speaker == "Emmanuel Macron")
        #expect(quote?.quotation == "It's being prepared and so there are discussions that are being held at a technical level")
    }

    @Test("AP's byline: names in capitals, then the agency without a comma")
    func apBylineWithAgency() {
        let (item, _) = read(
            """
            Wildfire forces evacuations near Los Angeles as winds pick up

            By JULIE WATSON and CHRISTOPHER WEBER Associated Press

            LOS ANGELES (AP) — A fast-moving wildfire forced thousands of people to flee their homes on Tuesday, officials said.

            Gov. Gavin Newsom declared a state of emergency for the county.
            """)
        #expect(item.bylines == ["Julie Watson and Christopher Weber"])
        #expect(item.infoSources.contains { $0.name == "Associated Press" }, "\(item.infoSources)")
        // A name that ends like an agency but is written in ordinary case is left as it is.
        let (other, _) = read("Harbour reopens\n\nBy Anna Reuters\n\nThe harbour reopened on Thursday after a storm, the port said.\n")
        #expect(other.bylines == ["Anna Reuters"], "\(other.bylines)")
    }

    @Test func wireCopyWithTagsBylineDatelineAndTrailer() {
        let (item, _) = read(
            """
            Weather/Storm/
            UPDATE 2-Storm closes ports
            By Anna de Vries, Reuters

            ROTTERDAM, Jan 14 (Reuters) - A winter storm closed the ports of
            Rotterdam and Amsterdam on Thursday, the weather service said.

            Rail operator NS said services would resume on Friday
            morning.

            (Reporting by Anna de Vries; Editing by Mark Heinrich)
            """)
        #expect(item.headline == "Storm closes ports")
        #expect(item.bylines == ["Anna de Vries"])
        #expect(item.dateline == "ROTTERDAM, Jan 14 (Reuters)")
        #expect(item.located?.name == "ROTTERDAM")
        #expect(item.body.count == 2)
        #expect(item.body.first?.text.hasPrefix("A winter storm closed the ports of Rotterdam") == true)
        #expect(item.editorialNotes == ["(Reporting by Anna de Vries; Editing by Mark Heinrich)"])
        #expect(item.keywords == ["Weather", "Storm"])
    }

    @Test("Reuters' column label and stock tickers leave the headline: the label a signal, the tickers keywords")
    func reutersColumnLabelAndTickers() {
        let (item, _) = read(
            """
            TALKING POINT/HARBOUR FOODS <HBF> AND DELTA MILLS <DLM>
                By Ann Miller, Reuters
                New York, March 23 - Takeover talk lifted Harbour Foods
            Inc's stock, even after Delta Mills said it had no interest
            in a bid.
                Harbour Foods rose 5/8 to 12-3/8 on volume of more than
            three mln shares, traders said.
             REUTER
            """)
        #expect(item.headline == "HARBOUR FOODS AND DELTA MILLS", "\(item.headlines)")
        #expect(item.keywords == ["HBF", "DLM"], "\(item.keywords)")
        #expect(item.signals.flatMap(\.names) == ["TALKING POINT"], "\(item.signals)")
    }

    @Test("a few words in capitals over a longer title are the kicker; the title under them is the headline")
    func kickerInCapitalsAboveTheHeadline() {
        let (item, _) = read(
            """
            TERROR IN THE SKIES

            Harbour ferry passengers stranded for five hours after an engine fault left the evening crossing drifting off the point

            * Sam Porter
            * 4 Mar 2026, 18:02
            * Updated: 4 Mar 2026, 18:40

            HUNDREDS of passengers were stranded on the harbour ferry on Tuesday evening after an engine fault left it drifting.

            The operator said a replacement vessel reached the ferry two hours later and towed it back to the terminal.

            Passengers were given refunds and vouchers for a later crossing, a spokeswoman said.
            """)
        #expect(
            item.headline
                == "Harbour ferry passengers stranded for five hours after an engine fault left the evening crossing drifting off the point",
            "\(item.headlines)")
        #expect(!item.body.contains { $0.text == "TERROR IN THE SKIES" })
    }

    @Test("a press release's last sentence before its end mark is its last paragraph, not page furniture")
    func pressReleaseLastSentenceIsText() {
        let (item, _) = read(
            """
            FOR IMMEDIATE RELEASE

            Northfield Council opens new harbour ferry terminal with longer evening hours

            NORTHFIELD, March 4, 2026 -- Northfield District Council today opened the new harbour ferry terminal.

            The terminal will stay open until midnight on weekdays, the council said.

            ###
            """)
        #expect(item.headline == "Northfield Council opens new harbour ferry terminal with longer evening hours", "\(item.headlines)")
        #expect(item.body.last?.text == "The terminal will stay open until midnight on weekdays, the council said.", "\(item.body)")
    }

    @Test func controlCharactersAndEnvelopeNeverReachText() {
        let text =
            "\u{01}abc 123 header\r\n\u{02}EXTRA\r\nHeadline of the day\r\n\r\nBERLIN (dpa) - The text of the story is long enough to be a sentence here.\r\n\u{03}071341 GMT\r\n\u{7F}\u{04}"
        let (item, _) = read(text)
        #expect(item.headline == "Headline of the day")
        let all = ([item.headline ?? ""] + item.body.map(\.text)).joined()
        #expect(!all.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        #expect(item.preserved.contains { $0.container == "envelope" && $0.serialized.contains("abc 123 header") })
    }

    @Test func windows1252BytesAreDecodedWithAWarning() {
        let bytes: [UInt8] =
            Array("Caf".utf8) + [0xE9] + Array(" news\n\nThe caf".utf8) + [0xE9, 0x20, 0x93] + Array("opened".utf8) + [0x94]
            + Array(" today in the old town.\n".utf8)
        let (item, diagnostics) = PlainTextReader().read(bytes)
        #expect(item.headline == "Café news")
        #expect(item.body.first?.text == "The café “opened” today in the old town.")
        #expect(diagnostics.contains { $0.id == "plaintext.encoding.windows-1252" && $0.location.line == 1 })
    }

    @Test func teasersInOtherLanguagesStayOutOfTheBody() {
        for teaser in [
            "Lesen Sie auch: Etwas", "Lire aussi : Quelque chose", "Читайте также: Что-то", "Читайте також: Щось", "Lea también: Algo",
        ] {
            let (item, _) = read(
                "Headline here\n\nThe first paragraph is a long enough sentence to count as text.\n\(teaser)\nAnother paragraph follows the teaser in the article body."
            )
            #expect(item.links.count == 1, "\(teaser)")
            #expect(!item.body.contains { if case .paragraph(let text) = $0 { text == teaser } else { false } })
        }
    }

    @Test(arguments: ["", "   \n\t\n", "\u{0}\u{0}\u{0}"])
    func emptyInputIsAnError(text: String) {
        let (_, diagnostics) = read(text)
        #expect(diagnostics.contains { $0.id == "plaintext.empty" })
    }

    @Test func languageDetection() {
        let cases = [
            ("de", "Die Regierung hat am Montag beschlossen, dass die Steuern nicht steigen und die Renten sicher sind."),
            ("fr", "Le gouvernement a décidé lundi que les impôts ne vont pas augmenter et que les retraites sont sûres."),
            ("es", "El gobierno decidió el lunes que los impuestos no van a subir y que las pensiones están seguras."),
            ("nl", "De regering heeft maandag besloten dat de belastingen niet stijgen en dat de pensioenen veilig zijn."),
            ("da", "Regeringen har mandag besluttet at skatterne ikke stiger og at pensionerne er sikre for de ældre."),
            ("ru", "Правительство в понедельник решило, что налоги не вырастут и что пенсии будут выплачены."),
            ("uk", "Уряд у понеділок вирішив, що податки не зростуть і що пенсії будуть виплачені також."),
            // Before these were listed, Czech, Polish and Italian copy was tagged English (its "to", "a", "in").
            ("it", "Il governo ha deciso lunedì che le tasse non aumentano e che le pensioni sono sicure per tutti."),
            ("pt", "O governo decidiu na segunda-feira que os impostos não vão subir e que as pensões estão seguras."),
            ("sv", "Regeringen beslutade på måndagen att skatterna inte höjs och att pensionerna är säkra för de äldre."),
            ("pl", "Rząd zdecydował w poniedziałek, że podatki nie wzrosną i że emerytury są bezpieczne, jak co roku."),
            ("cs", "Vláda v pondělí rozhodla, že daně se nezvýší a že důchody jsou jisté, jako každý rok."),
            ("sk", "Vláda v pondelok rozhodla, že dane sa nezvýšia a že dôchodky sú isté, ako každý rok."),
            ("ro", "Guvernul a decis luni că taxele nu vor crește și că pensiile sunt în siguranță pentru toți."),
            ("hu", "A kormány hétfőn úgy döntött, hogy az adók nem emelkednek és a nyugdíjak biztonságban vannak."),
            ("no", "Regjeringen bestemte mandag at skattene ikke skal øke, og det ble sagt av statsministeren etter møtet."),
        ]
        for (language, sentence) in cases {
            let (item, _) = read("Title\n\n\(sentence)")
            #expect(item.language == language, "\(sentence)")
        }
    }

    @Test("a language without a stop-word list is left untagged, not tagged by one short word it shares with another")
    func unknownLanguageIsUntagged() {
        for sentence in [
            "Hallitus päätti maanantaina, että verot eivät nouse ja eläkkeet ovat turvassa kaikille.",
            "Hükümet pazartesi günü vergilerin artmayacağına ve emekli maaşlarının güvende olduğuna karar verdi.",
            "Pemerintah memutuskan pada hari Senin bahwa pajak tidak akan naik dan pensiun tetap aman.",
        ] {
            let (item, _) = read("Title\n\n\(sentence)")
            #expect(item.language == nil, "\(sentence)")
        }
    }

    @Test("Italian's lower-case byline \"di Marco Preve\" is the byline, named without its \"di\"")
    func italianByline() {
        let (item, _) = read(
            """
            Maltempo in Liguria, allerta rossa a Genova: scuole chiuse

            di Marco Preve

            GENOVA – Allerta rossa in tutta la Liguria centrale per le piogge che da ieri sera colpiscono la regione.

            La Protezione civile regionale ha registrato oltre 300 millimetri di pioggia in dodici ore.
            """)
        #expect(item.bylines == ["Marco Preve"], "\(item.bylines)")
        #expect(!item.body.contains(.paragraph("di Marco Preve")))
    }

    @Test("Russian agencies' datelines: \"МОСКВА, 3 дек — РИА Новости.\" and \"МОСКВА, 3 декабря. /ТАСС/.\" name place, date and agency")
    func russianAgencyDatelines() {
        let story = "Мэр Москвы Сергей Собянин открыл в среду новую станцию метро, сообщает пресс-служба мэрии."
        for (opening, agency) in [("МОСКВА, 3 дек — РИА Новости.", "РИА Новости"), ("МОСКВА, 3 декабря. /ТАСС/.", "ТАСС")] {
            let (item, _) = read(
                "Собянин открыл новую станцию метро\n\n\(opening) \(story)\n\nСтанцией будут пользоваться около 50 тысяч пассажиров в сутки.\n"
            )
            #expect(item.dateline == opening, "\(opening)")
            #expect(item.located?.name == "МОСКВА", "\(opening)")
            #expect(item.infoSources.contains { $0.name == agency }, "\(item.infoSources)")
            #expect(item.body.first == .paragraph(story), "\(item.body.first.map { "\($0)" } ?? "")")
        }
    }

    @Test("a dateline of the agency alone (\"(CNN) —\", \"(Reuters) -\") opens the story: no place, the agency as source")
    func agencyOnlyDateline() {
        for (opening, agency) in [("(CNN) —", "CNN"), ("(Reuters) -", "Reuters")] {
            let lead =
                "Thousands of people were ordered to evacuate on Wednesday as a wildfire spread across southern Chile, officials said."
            let (item, _) = read(
                "Massive wildfire forces evacuations in southern Chile\n\n\(opening) \(lead)\n\nPresident Gabriel Boric declared a state of emergency.\n"
            )
            #expect(item.dateline == "(\(agency))", "\(opening)")
            #expect(item.located == nil, "\(opening)")
            #expect(item.infoSources.contains { $0.name == agency }, "\(item.infoSources)")
            #expect(item.body.first == .paragraph(lead), "\(item.body.first.map { "\($0)" } ?? "")")
            #expect(item.descriptions.isEmpty, "\(item.descriptions)")
        }
    }

    @Test(
        "a caption's bracketed credit may name the photographer and the paper (\"Tom Brenner for The Washington Post\"); a body in brackets is no credit"
    )
    func photographerForPaperCredit() {
        func picture(_ bracket: String) -> Picture? {
            let (item, _) = read(
                """
                Senate passes stopgap bill

                By Jacob Bogage

                Senate Majority Leader John Thune speaks to reporters at the Capitol on Wednesday. \(bracket)

                The Senate on Wednesday passed a short-term spending bill to keep the government open through January.

                The bill passed 78-21, with support from both parties.
                """)
            return item.pictures.first
        }
        let credited = picture("(Tom Brenner for The Washington Post)")
        #expect(
            credited?.caption == "Senate Majority Leader John Thune speaks to reporters at the Capitol on Wednesday.",
            "\(String(describing: credited))")
        #expect(credited?.creditline == "Tom Brenner for The Washington Post", "\(String(describing: credited))")
        #expect(picture("(Center for American Progress)")?.creditline == nil)
    }

    @Test("a standfirst right under the headline may go without its full stop; a short label there is no standfirst")
    func standfirstWithoutFullStop() {
        let dek = "La ministra de Trabajo, Yolanda Díaz, defiende que la medida beneficiará a 12 millones de trabajadores"
        let story = """
            El Gobierno aprueba la reducción de la jornada laboral a 37,5 horas

            \(dek)

            Manuel V. Gómez

            El Consejo de Ministros ha aprobado este martes el anteproyecto de ley que reduce la jornada laboral máxima.

            La patronal ha rechazado la medida y ha advertido de que pondrá en riesgo miles de empleos.
            """
        let (item, _) = read(story)
        #expect(item.descriptions.map(\.text) == [dek], "\(item.descriptions)")
        let (labelled, _) = read(story.replacingOccurrences(of: dek, with: "Economía y empleo"))
        #expect(labelled.descriptions.isEmpty, "\(labelled.descriptions)")
    }

    @Test("a caption ending \"… Moncloa. Eduardo Parra (Europa Press)\": the photographer and the agency are the credit")
    func photographerThenAgencyInBrackets() {
        let (item, _) = read(
            """
            El Gobierno aprueba la reducción de la jornada laboral

            La ministra de Trabajo defiende que la medida beneficiará a 12 millones de trabajadores

            Manuel V. Gómez

            La ministra de Trabajo, Yolanda Díaz, este martes en el Palacio de la Moncloa. Eduardo Parra (Europa Press)

            El Consejo de Ministros ha aprobado este martes el anteproyecto de ley que reduce la jornada laboral máxima.

            La patronal ha rechazado la medida y ha advertido de que pondrá en riesgo miles de empleos.
            """)
        #expect(
            item.pictures.first?.caption == "La ministra de Trabajo, Yolanda Díaz, este martes en el Palacio de la Moncloa.",
            "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Eduardo Parra (Europa Press)", "\(item.pictures)")
    }
}
