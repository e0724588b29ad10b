import NewsModel
import Testing

@testable import Entities

/// Name formats that pages the reader had never seen showed it getting wrong (session 44, web pages of news sites
/// outside the corpus): airlines named "Air" and a country, Irish and British counties written "Co", Ireland's police
/// rank before a name, offices named "Head of", a typewriter's double hyphen, and wars named head first. The
/// sentences use invented names where a list could otherwise decide.
@Suite struct LocalAndAirlineNameTests {
    @Test("\"Air Canada said\", \"Air New Zealand\": an airline named for its country is a body, not a person or the country")
    func airlineNamedForItsCountry() {
        let found = recognisedKinds(
            [
                "Air Canada said on Tuesday it would cut 20 flights from its winter schedule.",
                "The carrier, like Air France and Air New Zealand, faces rising fuel costs, analysts said.",
                "Air Marshal Wendell Ashgrove, who commands the Royal Air Force, said the Air Force would help.",
            ], language: "en")
        #expect(found["Air Canada"] == .organisation, "\(found)")
        #expect(found["Canada"] == nil, "\(found)")
        #expect(found["Air France"] == .organisation, "\(found)")
        #expect(found["Air New Zealand"] == .organisation, "\(found)")
        // An air force's rank stays a title before the person it names.
        #expect(found["Wendell Ashgrove"] == .person, "\(found)")
        #expect(found["Royal Air Force"] == .organisation, "\(found)")
    }

    @Test("\"Co Kilkenny\", \"Co. Louth\", \"County Durham\": a county named head first is a place; \"Smith & Co.\" a firm")
    func countyNamedHeadFirst() {
        let found = recognisedKinds(
            [
                "The man was taken to a house in Co Kilkenny, and a second man was found near Dundalk in Co. Louth.",
                "Floods hit County Durham and County Down on Monday.",
                "Procter & Gamble Co. said sales rose in the quarter.",
            ], language: "en")
        #expect(found["Co Kilkenny"] == .place, "\(found)")
        #expect(found["Co. Louth"] == .place, "\(found)")
        #expect(found["County Durham"] == .place, "\(found)")
        #expect(found["County Down"] == .place, "\(found)")
        #expect(found["Procter & Gamble Co"] == .organisation, "\(found)")
    }

    @Test("\"Garda Aoife Brannigan\": Ireland’s police rank before a given name is a title")
    func gardaRankBeforeAGivenName() {
        let found = recognisedKinds(
            [
                "Garda Aoife Brannigan told the court that the van had been stopped near the border.",
                "Det Garda Niamh Kilbride and Detective Garda Paul Threlfall gave evidence on Tuesday.",
            ], language: "en")
        #expect(found["Aoife Brannigan"] == .person, "\(found)")
        #expect(found["Niamh Kilbride"] == .person, "\(found)")
        #expect(found["Paul Threlfall"] == .person, "\(found)")
        #expect(found.keys.allSatisfy { !$0.hasPrefix("Garda ") }, "\(found)")
    }

    @Test("\"the Head of State\", \"the Head of Government\": an office named for what it heads is no name")
    func headOfAnOffice() {
        let found = recognisedKinds(
            [
                "\"The Head of State has given instructions,\" explained Finance Minister Louis Ngassa Motombi.",
                "The Head of Government met the Chief of Staff in Yaoundé on Monday.",
            ], language: "en")
        #expect(found["Head of State"] == nil, "\(found)")
        #expect(found["Head of Government"] == nil, "\(found)")
        #expect(found["Chief of Staff"] == nil, "\(found)")
        #expect(found["Louis Ngassa Motombi"] == .person, "\(found)")
    }

    @Test("\"succeeded Jack Welch--lagging behind\": two hyphens are a dash between words, not one hyphenated word")
    func doubleHyphenIsADash() {
        let found = recognisedKinds(
            ["GE shares have dropped 17% since Immelt succeeded Jack Welch--lagging behind the benchmark indexes."],
            language: "en")
        #expect(found["Jack Welch"] == .person, "\(found)")
    }

    @Test("\"la Guerre de Libération nationale\", \"la Batalla de Ayacucho\": a war or battle named head first is no body")
    func romanceWarNamedHeadFirst() {
        let french = recognisedKinds(
            ["Il a combattu avec l'armée durant la Guerre de Libération nationale, selon François Hollande."], language: "fr")
        let spanish = recognisedKinds(["Los historiadores recuerdan la Batalla de Ayacucho en el Perú."], language: "es")
        #expect(french["Guerre de Libération"] == nil, "\(french)")
        #expect(french["François Hollande"] == .person, "\(french)")
        #expect(spanish["Batalla de Ayacucho"] == nil, "\(spanish)")
    }

    @Test("\"the Supreme Court, King Street\", \"Queen Street\": a title before a word for a place names the place")
    func titleBeforeAPlaceWord() {
        let found = recognisedKinds(
            [
                "Bail applications are to be transferred to the Supreme Court, King Street, where they will be heard.",
                "The parade passed Queen Street and Bishop Road before reaching the square.",
            ], language: "en")
        #expect(found["King Street"] == .pointOfInterest, "\(found)")
        #expect(found["Queen Street"] == .pointOfInterest, "\(found)")
        #expect(found["Bishop Road"] == .pointOfInterest, "\(found)")
        #expect(found["Street"] == nil && found["Road"] == nil, "\(found)")
    }

    @Test("'(Trelawny),”said Brissett': a closing quotation mark glued to the next word separates them")
    func closingQuoteGluedToTheNextWord() {
        let found = recognisedKinds(
            [
                "Justice Minister Marlon Brissett spoke on Tuesday.",
                "“The courts will be built in Port Maria (St Mary) and Falmouth (Trelawny),”said Brissett.“The priority is Mandeville.”",
            ], language: "en")
        #expect(found["Marlon Brissett"] == .person, "\(found)")
        #expect(found["Trelawny"] == .place, "\(found)")
        #expect(found.keys.allSatisfy { !$0.contains("said") }, "\(found)")
    }

    @Test("\"the Atlanta Journal-Constitution reports\": a paper named by two joined names is a body, not a person")
    func hyphenatedNewspaperName() {
        let found = recognisedKinds(
            [
                "Both deputies were in stable condition, the Brandvold Journal-Constitution reported on Sunday.",
                "The Ashbury Times-Enterprise said the man surrendered without incident.",
            ], language: "en")
        #expect(found["Brandvold Journal-Constitution"] == .organisation, "\(found)")
        #expect(found["Ashbury Times-Enterprise"] == .organisation, "\(found)")
    }

    @Test("\"в Минобороны\", \"глава Минкультуры\": Russia's ministries by their short names are bodies, not places")
    func russianMinistryShortNames() {
        let found = recognisedKinds(
            [
                "Пресс-секретарь попросил обратиться с этим вопросом в Минобороны.",
                "По словам Усачёвой, глава Минкультуры работает удалённо.",
            ], language: "ru")
        #expect(found["Минобороны"] == .organisation, "\(found)")
        #expect(found["Минкультуры"] == .organisation, "\(found)")
    }

    @Test("\"Madrid.- El Gobierno …\", \"el Consejo de este jueves\": a dateline's dash and a demonstrative end names")
    func spanishDatelineDashAndDemonstrative() {
        let found = recognisedKinds(
            [
                "Madrid.- El Gobierno, que se encuentra reunido, aprobará este sábado restringir el movimiento de personas en España.",
                "La reunión del Consejo de este jueves fue breve, según la ministra Irene Montero.",
            ], language: "es")
        #expect(found["El Gobierno"] != .person, "\(found)")
        #expect(found.keys.allSatisfy { !$0.hasPrefix("Madrid.") }, "\(found)")
        #expect(found["Consejo de este"] == nil, "\(found)")
        #expect(found["Irene Montero"] == .person, "\(found)")
    }

    @Test("\"DSP Ramhan Nansel\", \"CP Musa Danladi\", \"ACP Vikram Sethi\": a police rank's letters before a name are a title")
    func policeRankLettersBeforeAName() {
        let found = recognisedKinds(
            [
                "DSP Ramhan Nansel, the police spokesman, confirmed the arrest in a statement on Tuesday.",
                "The Commissioner of Police, CP Musa Danladi, ordered an investigation, and ACP Vikram Sethi led the team.",
                "SP leader Akhilesh Yadav criticised the government.",
            ], language: "en")
        #expect(found["Ramhan Nansel"] == .person, "\(found)")
        #expect(found["Musa Danladi"] == .person, "\(found)")
        #expect(found["Vikram Sethi"] == .person, "\(found)")
        #expect(found["DSP Ramhan Nansel"] == nil && found["ACP Vikram Sethi"] == nil, "\(found)")
        #expect(found["Akhilesh Yadav"] == .person, "\(found)")
    }
}

/// Names that session 47's pages outside the corpus (US stations, British regional papers, sports sites) showed the
/// recogniser getting wrong: a city's "Fire Rescue" dropped as a landmark, clubs named "Club" first read as people,
/// a describing word opening the sentence read as a given name, British abbreviated ranks kept in the name, a lane
/// written "Ln." read as a person. The sentences use invented names where a list could otherwise decide.
@Suite struct UnseenLocalNameTests {
    @Test("\"Harwick Fire Rescue\", \"Lakeside Ambulance\": a rescue or ambulance service is a body")
    func rescueServiceIsABody() {
        let found = recognisedKinds(
            [
                "Harwick Fire Rescue headed to a report of a structure fire on Tuesday, and Lakeside Ambulance took one man to hospital.",
                "Harwick Fire Rescue is still investigating the cause of the fire.",
            ], language: "en")
        #expect(found["Harwick Fire Rescue"] == .organisation, "\(found)")
        #expect(found["Lakeside Ambulance"] == .organisation, "\(found)")
    }

    @Test("\"Club Brugge\", \"Club América\": a club named \"Club\" first is a body, not a person")
    func clubNamedClubFirst() {
        let found = recognisedKinds(
            [
                "Club Brugge midfielder Tomas Varga scored twice in the side's 3-1 win over Anderlecht on Sunday.",
                "It was Club Brugge's first home win of the year, and Club América lost in Mexico on the same night.",
            ], language: "en")
        #expect(found["Club Brugge"] == .organisation, "\(found)")
        #expect(found["Club América"] == .organisation, "\(found)")
        #expect(found["Tomas Varga"] == .person, "\(found)")
    }

    @Test("\"Furious Koeman\", \"Delighted Lukaku\": an adjective opening the sentence is no part of the name")
    func adjectiveBeforeASurname() {
        let found = recognisedKinds(
            [
                "Furious Varnhagen gave a half-time team talk that turned the game, his players said.",
                "Delighted Okonkwo scored twice after the break.",
                "Hendrik Varnhagen and Chidi Okonkwo both joined the club in the summer.",
            ], language: "en")
        #expect(found["Furious Varnhagen"] == nil, "\(found)")
        #expect(found["Delighted Okonkwo"] == nil, "\(found)")
        #expect(found["Hendrik Varnhagen"] == .person, "\(found)")
        #expect(found["Chidi Okonkwo"] == .person, "\(found)")
    }

    @Test("\"Cllr Lindsay Davidson\" is Lindsay Davidson; \"Sprangler Ln.\" is a street")
    func abbreviatedRankAndLane() {
        let found = recognisedKinds(
            [
                "And Cllr Lindsay Davidson warned the committee against delay.",
                "The chase ended when a man flipped a truck he was driving on Sprangler Ln. in Colbert County.",
            ], language: "en")
        #expect(found["Lindsay Davidson"] == .person, "\(found)")
        #expect(found["Cllr Lindsay Davidson"] == nil, "\(found)")
        #expect(found["Sprangler Ln"] == .pointOfInterest, "\(found)")
    }

    @Test("a French department is a place: \"Limay (Yvelines)\", \"dans le Pas-de-Calais\", \"en Seine-Saint-Denis\"")
    func frenchDepartmentIsAPlace() {
        let found = recognisedKinds(
            [
                "L'homme a été interpellé à Limay (Yvelines) vendredi, puis un autre suspect dans le Pas-de-Calais.",
                "Un troisième homme a été arrêté en Seine-Saint-Denis samedi matin.",
            ], language: "fr")
        #expect(found["Yvelines"] == .place, "\(found)")
        #expect(found["Pas-de-Calais"] == .place, "\(found)")
        #expect(found["Seine-Saint-Denis"] == .place, "\(found)")
        // A region takes its article as a department does ("la Lombardia", "la Normandie"); a town does not ("la
        // Constitución" names the constitution).
        let lombardy = recognisedKinds(["Il governo ha detto che la Lombardia resta in zona gialla fino a lunedì."], language: "it")
        #expect(lombardy["Lombardia"] == .place, "\(lombardy)")
        let normandy = recognisedKinds(["La police enquête dans la Normandie depuis mardi."], language: "fr")
        #expect(normandy["Normandie"] == .place, "\(normandy)")
    }

    @Test("a link's note glued to its last word, \"Paris(Nouvelle fenêtre)\", is no part of the name")
    func gluedLinkNoteEndsTheName() {
        let tokens = Tokenizer.tokens("indique à France Bleu Paris(Nouvelle fenêtre) qu'une garde à vue est en cours")
        #expect(tokens.map(\.bare).contains("Paris"), "\(tokens.map(\.bare))")
        #expect(!tokens.map(\.bare).contains { $0.contains("(") }, "\(tokens.map(\.bare))")
        let found = recognisedKinds(
            ["Le parquet indique à Radio Vallée Paris(Nouvelle fenêtre) qu'une garde à vue est en cours."], language: "fr")
        #expect(found["Radio Vallée Paris"] != nil, "\(found)")
        #expect(!found.keys.contains { $0.contains("(") }, "\(found)")
    }

    @Test("\"i Carabinieri\", \"la Guardia Civil\", \"la Gendarmerie\": national police forces are bodies")
    func nationalPoliceForcesAreBodies() {
        let sentences = ["Un uomo è stato arrestato dai Carabinieri dopo aver minacciato i passanti con una katana in piazza."]
        let italian = recognisedKinds(sentences, language: "it")
        #expect(italian["Carabinieri"] == .organisation, "\(italian)")
        // Known, not guessed: the shipped table names it (a guess alone is confidence 30 and may be dropped).
        let entity = EntityRecognizer().recognise(in: storyItem(sentences, language: "it")).first { $0.name == "Carabinieri" }
        #expect((entity?.confidence ?? 0) >= 85, "\(String(describing: entity))")
        let french = recognisedKinds(["Les gendarmes de la Gendarmerie nationale ont interpellé deux hommes mardi soir."], language: "fr")
        #expect(french["Gendarmerie nationale"] == .organisation, "\(french)")
    }

    @Test("a standfirst in title case, the headline set again, gives only names the story or the tables know")
    func titleCaseStandfirstIsNoName() {
        var item = storyItem(
            [
                "The Harlow County Health Department has issued an advisory asking residents to stay indoors.",
                "The advisory was issued after a surge in cases in Harlow County.",
            ], language: "en")
        item.descriptions = [TextWithRole("Harlow Health Official Advises Residents to Remain Indoors for Safety", role: "drol:summary")]
        let found = kindsByName(EntityRecognizer().recognise(in: item))
        #expect(found["Harlow Health Official Advises Residents"] == nil, "\(found)")
        #expect(found["Remain Indoors"] == nil, "\(found)")
        #expect(found["Harlow County Health Department"] == .organisation, "\(found)")
    }

    @Test("a title-case headline with three long words gives only names the story knows: \"Pop Star Has Knee Fat Removed\"")
    func shortTitleCaseHeadline() {
        let found = recognisedKinds(
            ["A blind item from correspondent Marc S. Malkin hints that a pop singer once had the fat removed from her knees."],
            language: "en")
        #expect(found["Marc S. Malkin"] == .person, "\(found)")
        let headlined = kindsByName(
            EntityRecognizer().recognise(
                in: storyItem(
                    ["A blind item from correspondent Marc S. Malkin hints that a pop singer once had the fat removed from her knees."],
                    headline: "Pop Star Has Knee Fat Removed", language: "en")))
        #expect(!headlined.keys.contains { $0.contains("Knee") }, "\(headlined)")
    }

    @Test("\"deputy CMs Arun Sao and Vijay Sharma\": Indian copy's chief ministers' title is no part of the name")
    func chiefMinistersTitle() {
        let found = recognisedKinds(
            ["Mr. Sai took oath as the State's Chief Minister on December 13, along with two deputy CMs Arun Sao and Vijay Sharma."],
            language: "en")
        #expect(found["Arun Sao"] == .person, "\(found)")
        #expect(found["CMs Arun Sao"] == nil, "\(found)")
    }
}

/// Session 48: towns of 5,000 to 15,000 people (GeoNames' smaller table) that local copy names without a cue, and the
/// German nouns among their names.
@Suite struct SmallTownNameTests {
    @Test("a town of under 15,000 people is in the gazetteer and found in the story", arguments: ["Walldorf", "Cobh"])
    func smallTownIsKnown(town: String) {
        #expect(Gazetteer.shared.lookup(town)?.kind == .place)
        let found = recognisedKinds(
            [
                "Die Feuerwehr wurde am Mittwochabend nach \(town) gerufen, wo ein Dachstuhl brannte.",
                "Verletzt wurde niemand, teilte die Polizei mit.",
            ], language: "de")
        #expect(found[town] == .place, "\(found)")
    }

    @Test("a town's name after a German article, adjectives between, is a noun (\"die schwache Stelle\", \"an der Stelle\")")
    func germanNounAfterItsArticle() {
        #expect(Gazetteer.shared.lookup("Stelle")?.kind == .place)
        let found = recognisedKinds(
            [
                "Das ist die schwache Stelle des Plans, sagte die Bürgermeisterin am Montag.",
                "An der Stelle soll bis zum Sommer eine neue Brücke stehen.",
            ], language: "de")
        #expect(found["Stelle"] == nil, "\(found)")
    }
}

/// Session 48: a member's name set right after the body's, as Spanish and Italian copy sets it.
@Suite struct MemberAfterBodyTests {
    @Test("\"el sargento de la Guardia Civil Juan Francisco Caro Vinagre\": the body, then the person")
    func memberAfterTheBody() {
        let found = recognisedKinds(
            [
                "El sargento de la Guardia Civil Juan Francisco Caro Vinagre, de 41 años, resultó herido ayer en un accidente cerca de Toledo.",
                "Caro Vinagre viajaba con otros dos agentes, que salieron ilesos.",
            ], language: "es")
        #expect(found["Guardia Civil"] == .organisation, "\(found)")
        #expect(found["Juan Francisco Caro Vinagre"] == .person, "\(found)")
        #expect(found["Guardia Civil Juan Francisco Caro Vinagre"] == nil, "\(found)")
    }
}

/// Session 48: Italian, Spanish and French copy names a locality or a quarter right after its noun.
@Suite struct LocalityNounTests {
    @Test("\"in località Romito Magra\", \"nel quartiere Santa Lucia\": the name after the noun is a place")
    func nameAfterALocalityNoun() {
        let found = recognisedKinds(
            [
                "Nel pomeriggio di ieri, in località Pian di Vezza, i carabinieri hanno fermato un giovane di 23 anni.",
                "Il ragazzo è stato poi accompagnato in caserma.",
            ], language: "it")
        #expect(found["Pian di Vezza"] == .place, "\(found)")
    }

    @Test("\"del barrio de Ferrol Vello\": the noun, its link, then the place's name (session 49)")
    func nameAfterALocalityNounAndItsLink() {
        let found = recognisedKinds(
            [
                "A las ocho de esta mañana una patrulla acudía a una vivienda del barrio de Torrevella Baixa para abrir la puerta.",
                "Los vecinos oyeron las sirenas poco después de las ocho.",
            ], language: "es")
        #expect(found["Torrevella Baixa"] == .place, "\(found)")
    }
}

/// Session 48: Russian abbreviations of things, in every crash and crime report.
@Suite struct RussianCommonAbbreviationTests {
    @Test("\"ДТП\" (a road accident) and \"СМИ\" (the media) name no body")
    func abbreviationsOfThings() {
        let found = recognisedKinds(
            [
                "В результате ДТП на трассе Тюмень - Омск погиб водитель, сообщили в ГИБДД.",
                "Об аварии сообщили местные СМИ.",
            ], language: "ru")
        #expect(found["ДТП"] == nil && found["СМИ"] == nil, "\(found)")
        #expect(found["ГИБДД"] == .organisation, "\(found)")
    }
}

/// Session 48: a Nigerian police rank's letters before a name the given-name lists lack.
@Suite struct RankLettersTests {
    @Test("\"CP Adegoke Fayoade\": the rank's letters are no part of the name")
    func rankLettersBeforeAName() {
        let found = recognisedKinds(
            [
                "The Commissioner of Police, Ogun State Command, CP Adewale Olokode, said the suspects would be charged to court.",
                "Olokode said the command had stepped up patrols in the area.",
            ], language: "en")
        #expect(found["Adewale Olokode"] == .person, "\(found)")
        #expect(found["CP Adewale Olokode"] == nil, "\(found)")
    }
}

/// Session 48: a police unit's name with a rank's word inside it.
@Suite struct PoliceUnitNameTests {
    @Test("\"the Springfield Police Major Crimes Unit\": a body's word closing the run keeps \"Major\" no title")
    func unitNameWithARankWord() {
        let found = recognisedKinds(
            [
                "The shooting remains under investigation by the Dayton Police Major Crimes Unit, a spokesperson said.",
                "Anyone with information is asked to call the unit.",
            ], language: "en")
        #expect(found["Crimes Unit"] == nil, "\(found)")
        #expect(found["Dayton Police Major Crimes Unit"] == .organisation, "\(found)")
    }
}

/// Session 49: a declined name after the country its holder's title is of.
@Suite struct DeclinedTitledNameTests {
    @Test("\"президента России Владимира Путина\" is the Vladimir Putin the article names in the nominative")
    func declinedNameAfterTheCountryJoinsItsPerson() {
        let found = recognisedKinds(
            [
                "Президент России Владимир Путин в пятницу совершит региональную поездку, сообщил Дмитрий Песков.",
                "Завтра у президента России Владимира Путина будет поездка, сказал Песков журналистам.",
            ], language: "ru")
        #expect(found["Владимир Путин"] == .person, "\(found)")
        #expect(found["Владимира Путина"] == nil, "\(found)")
        #expect(found["Россия"] == .place, "\(found)")
    }
}

/// Session 49: a body's name goes on after "for" ("Institute for Fiscal Studies"), but not into another name.
@Suite struct PurposeLinkTests {
    @Test("\"Blues Incorporated for The Rolling Stones\": a capitalised article after \"for\" opens another name")
    func articleAfterForOpensAnotherName() {
        let found = recognisedKinds(
            [
                "He left the band Blues Incorporated for The Rolling Stones in 1962, and later joined the Institute for Fiscal Studies board.",
                "The Rolling Stones toured Europe the following year.",
            ], language: "en")
        #expect(found["Blues Incorporated for The Rolling Stones"] == nil, "\(found)")
        #expect(found["The Rolling Stones"] == .organisation, "\(found)")
        #expect(found["Institute for Fiscal Studies"] == .organisation, "\(found)")
    }
}

/// Session 49: the county a title is of keeps its word.
@Suite struct CountyBeforeTitleTests {
    @Test("\"Santa Barbara County Sheriff Bill Brown\": the county, not only the town of its name, and the sheriff")
    func countyBeforeATitle() {
        let found = recognisedKinds(
            [
                "The fire started before dawn, said Santa Barbara County Sheriff Bill Brown on Monday.",
                "Brown said divers were searching the area around the island.",
            ], language: "en")
        #expect(found["Santa Barbara County"] == .place, "\(found)")
        #expect(found["Santa Barbara"] == nil, "\(found)")
        #expect(found["Bill Brown"] == .person, "\(found)")
        // A body's word before the title keeps the known place of its name.
        let police = recognisedKinds(["San Diego Police Chief Shelley Zimmerman said the officer was recovering."], language: "en")
        #expect(police["San Diego"] == .place, "\(police)")
    }
}
