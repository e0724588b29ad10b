import NewsModel
import Testing

@testable import PlainText

/// Pages of US broadcasters and Spanish papers read in session 54: the lead that opens with its dateline under the
/// byline was read as a picture's caption (the line model's sequence put a caption after the caption above the
/// byline), and the decks a Spanish paper sets under one-word labels in capitals were read as captions without a
/// picture. The pages are written for these tests.
@Suite struct LeadAndDeckTests {
    @Test("the dateline's paragraph under the byline is the lead, not a caption")
    func datelineLeadUnderTheByline() {
        let page = """
            Nebraska deputy fatally shot, sheriff says

            Deputy killed: A deputy in Platte County, Nebraska, was fatally shot on Tuesday. (Halvorsen/iStock )

            By Jane Halvorsen, Prairie Media Group National Content Desk

            GRAND ISLAND, Neb. — A Nebraska deputy was fatally shot Tuesday while on duty, authorities said.

            >> Read more trending news

            According to a news release from the Nebraska State Patrol, the shooting happened at approximately 4:30 p.m. CST on Tuesday. The deputy, with the Platte County Sheriff’s Office, was killed and a suspect was arrested, KETV reported.

            Platte County Sheriff Carl Jensen provided few details and did not release the name of the deputy or the suspect, according to the television station. The circumstances leading up to the shooting also were not released.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.dateline == "GRAND ISLAND, Neb.", "\(String(describing: item.dateline))")
        #expect(item.body.first?.text.hasPrefix("A Nebraska deputy was fatally shot") == true, "\(item.body.map(\.text))")
        #expect(item.pictures.count == 1, "\(item.pictures.map(\.caption))")
        #expect(item.pictures.first?.caption?.hasPrefix("Deputy killed:") == true, "\(item.pictures.map(\.caption))")
    }

    @Test("a caption's label read as a dateline under the byline leaves the caption a caption")
    func labelledCaptionUnderTheByline() {
        let page = """
            Harbour Trust

            City agency to review harbour leases after complaints

            Reuters November 18, 2025 11:03 PM

            Above: Fishing boats moored at the old harbour in Portsmouth.

            Image Credit: Harbour Trust

            (Reuters) — The city's harbour agency will review every lease it granted since 2019 after complaints from fishermen, two officials said on Tuesday.

            The agency, which manages the old harbour and two marinas, said it would publish its findings by the spring.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.body.allSatisfy { !$0.text.hasPrefix("Above:") }, "\(item.body.map(\.text))")
    }

    @Test("decks under one-word labels in capitals are no captions")
    func decksUnderCapitalLabels() {
        let page = """
            El Ayuntamiento de Tarifa cierra el paseo marítimo a los patinetes durante el verano

            MOVILIDAD

            Prohíbe la circulación de patinetes eléctricos por el paseo entre las diez de la mañana y la medianoche

            CRÍTICAS

            Los comerciantes del paseo temen que la medida aleje a los turistas que alquilan vehículos en la zona

            El concejal de Movilidad, Andrés Moreno Gil, explicó este martes que la medida responde a las quejas de los vecinos y a los accidentes registrados el verano pasado en el paseo marítimo.

            La ordenanza entrará en vigor el primero de julio y la Policía Local vigilará su cumplimiento con controles diarios durante todo el verano.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures.map(\.caption))")
        #expect(item.descriptions.first?.text.hasPrefix("Prohíbe la circulación") == true, "\(item.descriptions.map(\.text))")
        #expect(item.body.first?.text.hasPrefix("El concejal de Movilidad") == true, "\(item.body.map(\.text))")
    }

    @Test("decks the model took for captions under labels in capitals are the deck and notes")
    func decksTakenForCaptions() {
        let page = """
            El Ayuntamiento de Málaga antepone las terrazas de los bares al derecho al descanso

            TERRAZAS

            Decreta excepciones a la Ordenanza municipal de Terrazas para que los bares abran al aire libre hasta las 2 horas

            POLÉMICA

            La delegada de Comercio sostiene que debe primar “el interés general” que para la ciudad suponen los bares

            CAMBIO
            De la Torre cedió la calle a cada local del centro y 90.000 euros a la Asociación de Hosteleros para toldos nuevos

            La delegada de Comercio, Ana María Gil, considera que las terrazas de los bares representan el interés general de Málaga frente al derecho al descanso de los vecinos y por ello, y haciendo una particular interpretación de la Ordenanza municipal de Terrazas, dará permisos “excepcionales e individuales” para que los bares puedan abrir al aire libre hasta las 2 horas en los días previos a la Feria.

            Esta medida del gobierno local es una respuesta de carácter general al conflicto surgido en la noche del martes cuando, atendiendo a denuncias vecinales, la Policía Local cerró la terraza que estaba montada en la plaza de la Merced junto a la casa natal de Picasso.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures.map(\.caption))")
        #expect(item.descriptions.first?.text.hasPrefix("Decreta excepciones") == true, "\(item.descriptions.map(\.text))")
        #expect(item.body.count == 2, "\(item.body.map(\.text))")
    }

    @Test("a caption with its credit under a label in capitals stays a caption")
    func creditedCaptionUnderALabel() {
        let page = """
            El Ayuntamiento de Tarifa cierra el paseo marítimo a los patinetes durante el verano

            TARIFA

            Patinetes eléctricos aparcados junto al paseo marítimo de Tarifa durante la mañana del lunes. (Foto: Europa Sur)

            El concejal de Movilidad, Andrés Moreno Gil, explicó este martes que la medida responde a las quejas de los vecinos y a los accidentes registrados el verano pasado en el paseo marítimo.

            La ordenanza entrará en vigor el primero de julio y la Policía Local vigilará su cumplimiento con controles diarios durante todo el verano.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.count == 1, "\(item.pictures.map(\.caption))")
        #expect(item.pictures.first?.creditline == "Europa Sur", "\(item.pictures.map(\.creditline))")
    }
}

/// A broadcaster's page ends on its rights line and then the station's footer ("View All", "Dove Contests", a
/// contest's call to enter), which the reader took for headings and a paragraph of the story (session 54). The pages
/// are written for these tests.
@Suite struct FooterUnderTheCopyrightTests {
    func page(closingWith footer: String) -> String {
        """
        Ohio lineman hurt in storm cleanup, utility says

        SPRINGFIELD, Ohio — A utility lineman was badly hurt Monday while clearing storm damage, the company said.

        According to a statement from Buckeye Power, the lineman fell from a bucket truck at about 3 p.m. on Monday.

        The company did not release the worker's name, and the state's safety agency is investigating the fall.

        © 2025 Buckeye Broadcasting Group

        \(footer)
        """
    }

    @Test("headings and a short line under the rights line are the site's footer")
    func footerUnderTheRightsLine() {
        let item = PlainTextReader().read(
            text: page(closingWith: "View All\n\nRadio Contests\n\nWin tickets to concerts, great prizes and MORE!")
        )
        .item
        #expect(item.body.count == 3, "\(item.body.map(\.text))")
        #expect(subheadingTexts(item).isEmpty, "\(item.body.map(\.text))")
        #expect(storyParagraphTexts(item).last?.hasPrefix("The company did not release") == true, "\(item.body.map(\.text))")
    }

    @Test("a paragraph of prose under a rights line keeps the story going")
    func storyGoesOnUnderARightsLine() {
        let item = PlainTextReader().read(
            text: page(
                closingWith:
                    "The lineman's union said it would ask the state to review how crews are scheduled after storms, a spokesman said on Tuesday."
            )
        ).item
        #expect(item.body.last?.text.hasPrefix("The lineman's union said") == true, "\(item.body.map(\.text))")
    }
}

/// A French page of session 54 set "Illustration. (shutterstock)" under its headline, which the reader took for a
/// dateline with its agency ("Gera (ots)"). The pages are written for these tests.
@Suite struct CaptionLabelIsNoDatelineTests {
    @Test("a caption's sentence with its credit in brackets is no dateline")
    func captionWithItsCredit() {
        let page = """
            Hautes-Alpes : un randonneur secouru après une chute dans le massif des Écrins


            Illustration. (shutterstock)

            Un randonneur de 54 ans a été secouru dimanche après une chute dans le massif des Écrins, près de Vallouise (Hautes-Alpes).

            Les secouristes du peloton de gendarmerie de haute montagne l'ont hélitreuillé vers l'hôpital de Briançon, où il a été opéré.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.dateline == nil, "\(String(describing: item.dateline))")
        #expect(item.pictures.first?.creditline == "shutterstock", "\(item.pictures.map(\.creditline))")
    }

    @Test("a place with its agency alone over the story stays its dateline", arguments: ["Gera (ots)", "St. Ingbert (ots)"])
    func agencyDatelineLine(line: String) {
        let page = """
            Brand in Lagerhalle: Feuerwehr verhindert Übergreifen

            \(line)

            Am Montagabend ist in einer Lagerhalle im Gewerbegebiet ein Feuer ausgebrochen. Die Feuerwehr war mit 40 Kräften im Einsatz.

            Verletzt wurde niemand, teilte die Polizei am Dienstag mit.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.dateline?.hasPrefix(String(line.prefix(4))) == true, "\(String(describing: item.dateline))")
    }
}

/// An Irish regional paper's page of session 54 set a standfirst of two sentence lines over its staff signature ("Echo
/// reporter"), which the model read as the story's first paragraphs. The pages are written for these tests.
@Suite struct StandfirstOverAStaffSignatureTests {
    @Test(
        "sentence lines the model took for the story, over a staff signature, are the standfirst",
        arguments: ["Echo reporter", "Digital Desk staff"])
    func standfirstOverTheSignature(signature: String) {
        let page = """
            Fri, 14 Jun, 2024 - 10:12

            Garda appeal after serious Mallow collision

            The crash involved a van and a car at Bridge Street in Mallow.
            Gardaí and paramedics were called to the scene at approximately 7:15pm, on Thursday, June 13.

            \(signature)

            Gardaí are appealing for witnesses after a serious road traffic collision in Mallow, Co Cork on Thursday evening.

            A woman in her 60s who was driving the car was seriously injured and taken to Cork University Hospital.
            """
        // (The model's roles as it gave them on such a page: the two sentence lines as the story's first paragraphs.)
        #expect(
            rolesAfterRules(page, [.other, .headline, .body, .body, .other, .body, .body])
                == [.other, .headline, .other, .other, .other, .body, .body])
        let item = PlainTextReader().read(text: page).item
        #expect(storyParagraphTexts(item).count == 2, "\(item.body.map(\.text))")
    }

    @Test("a sentence line over a two-word name is no standfirst by this rule")
    func sentenceOverAName() {
        let page = """
            Garda appeal after serious Mallow collision

            The crash involved a van and a car at Bridge Street in Mallow.

            Mary Walsh

            Gardaí are appealing for witnesses after a serious road traffic collision in Mallow, Co Cork on Thursday evening.
            """
        #expect(!RoleRules.isStaffSignature("Mary Walsh"))
        #expect(RoleRules.isStaffSignature("Irish Examiner reporter"))
        #expect(rolesAfterRules(page, [.headline, .body, .other, .body])[1] == .body)
    }

    @Test("a page whose one paragraph closes it reads whole")
    func oneParagraphAtTheEnd() {
        // (The rule once asked for the line after that paragraph: a page ending on it stopped the reader.)
        let page = """
            New harbour master takes office in Cobh
            Sunday, February 6, 2005


            The new harbour master of Cobh, Captain Maeve Doyle, took office on Saturday and said her first task would be to review the port's safety rules.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(storyParagraphTexts(item).count == 1, "\(item.body.map(\.text))")
    }
}
