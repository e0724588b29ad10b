import NewsModel
import Testing

@testable import Entities

/// An institution's name that goes on past its first field (session 39, pages written in the manner of Wikinews, Le
/// Monde and a UK national site), and a word the article first uses as a subject and later calls a union.
@Suite struct InstitutionFieldTests {
    @Test("\"Centre for Volcanology and Geological Hazard Mitigation (PVMBG)\" is one body")
    func threeWordSecondField() {
        let found = recognisedKinds(
            [
                "Indonesia's Centre for Volcanology and Geological Hazard Mitigation (PVMBG) raised the alert to its highest level.",
                "The National Disaster Management Agency said residents of eleven villages had been moved to shelters.",
            ], language: "en")
        #expect(found["Centre for Volcanology and Geological Hazard Mitigation"] == .organisation, "\(found)")
        #expect(found["Geological Hazard Mitigation"] == nil, "\(found)")
    }

    @Test("\"la Banque africaine de développement\": a French body's head, its adjective and its field in lower case")
    func romanceFieldAfterAdjective() {
        let found = recognisedKinds(
            [
                "Le ministre des pêches, Fatou Diouf, a précisé que le financement viendrait en partie de la Banque africaine de développement.",
                "Le premier ministre, Ousmane Sonko, a présenté mardi un plan d'urgence pour la pêche artisanale.",
            ], language: "fr")
        #expect(found["Banque africaine de développement"] == .organisation, "\(found)")
    }

    @Test("\"Aslef says …\" then \"the Aslef union\": the surer reading names a body, not a person")
    func surerKindOfASingleWord() {
        let found = recognisedKinds(
            [
                "Aslef says members at three operators will walk out as talks collapse.",
                "Train drivers at three rail operators will strike on Christmas Eve, the Aslef union has announced.",
                "Its general secretary, Mick Whelan, said the companies had refused to negotiate.",
            ], language: "en")
        #expect(found["Aslef"] == .organisation, "\(found)")
        #expect(found["Mick Whelan"] == .person, "\(found)")
    }

    @Test("\"the NAACP Legal Defense and Educational Fund\": a portfolio word before \"and\" holds no one's title")
    func portfolioWordBeforeAnd() {
        let found = recognisedKinds(
            [
                "Civil rights groups, including the NAACP Legal Defense and Educational Fund, had urged the justices to keep the map.",
                "Louisiana Attorney General Liz Murrill said the state looked forward to the ruling.",
            ], language: "en")
        #expect(found["NAACP Legal Defense and Educational Fund"] == .organisation, "\(found)")
        #expect(found["Educational Fund"] == nil, "\(found)")
    }

    @Test("\"The Campaign for Better Transport said …\" is one body; \"Black Louisianans\" is no one")
    func campaignAndPlacePeople() {
        let found = recognisedKinds(
            [
                "The Campaign for Better Transport said rural communities across Wales were being cut off.",
                "\"This map gives Black Louisianans a fair opportunity to elect candidates of their choice,\" said Janai Nelson.",
            ], language: "en")
        #expect(found["Campaign for Better Transport"] == .organisation, "\(found)")
        #expect(found["Campaign"] == nil, "\(found)")
        #expect(found["Black Louisianans"] == nil, "\(found)")
        #expect(found["Janai Nelson"] == .person, "\(found)")
    }

    @Test("\"the Ministry of Trade, Industry and Energy\": fields listed with commas are one name, written with them")
    func fieldsListedWithCommas() {
        let found = recognisedKinds(
            [
                "Outbound shipments came to US$61.2 billion last month, according to the Ministry of Trade, Industry and Energy.",
                "The Department for Digital, Culture, Media and Sport said on Monday it would act.",
                "The Ministry of Defence, Russia and Ukraine all commented on the report.",
            ], language: "en")
        #expect(found["Ministry of Trade, Industry and Energy"] == .organisation, "\(found)")
        #expect(found["Department for Digital, Culture, Media and Sport"] == .organisation, "\(found)")
        #expect(found["Ministry of Defence"] == .organisation, "\(found)")
        #expect(found["Russia"] == .place && found["Ukraine"] == .place, "\(found)")
        // A colon is no comma of a list: the name is not written with one it does not have.
        let labelled = recognisedKinds(
            ["The statement came from the Ministry of Trade: Industry and Energy figures showed exports rising."], language: "en")
        #expect(!labelled.keys.contains { $0.contains(",") }, "\(labelled)")
    }

    @Test("\"said Opposition spokesman on energy Phillip Paulwell\": the word before a post is no speaker")
    func bodyBeforeAPostAfterASpeechVerb() {
        let found = recognisedKinds(
            [
                "\"The people of St Thomas have been patient,\" said Opposition spokesman on energy Phillip Paulwell.",
                "Energy Minister Daryl Vaz said the Government would review the response.",
            ], language: "en")
        #expect(found["Opposition"] != .person, "\(found)")
        #expect(found["Phillip Paulwell"] == .person, "\(found)")
    }

    @Test("\"activist Víctor Jara\" beside \"the Víctor Jara Foundation\" stays a person; \"Texas Commerce\" joins its company")
    func personABodyIsNamedAfterAndShortCompanyName() {
        let found = recognisedKinds(
            [
                "A court convicted three officers over the 1973 killing of folk singer and activist Víctor Jara, who was shot after the coup.",
                "The Víctor Jara Foundation said the verdict closed a chapter. Prosecutors said Jara was held at the Víctor Jara Stadium.",
            ], language: "en")
        #expect(found["Víctor Jara"] == .person, "\(found)")
        #expect(found["Víctor Jara Foundation"] == .organisation, "\(found)")
        let entities = EntityRecognizer().recognise(
            in: storyItem(
                [
                    "Chemical New York Corp said it agreed to acquire Texas Commerce Bancshares Inc of Houston.",
                    "Chemical said Texas Commerce shareholders would receive 0.55 share for each share held.",
                ], language: "en"))
        let company = entities.first { $0.name == "Texas Commerce Bancshares Inc" }
        #expect(company?.alternativeNames.contains("Texas Commerce") == true, "\(entities.map(\.name))")
        #expect(!entities.contains { $0.name == "Texas Commerce" }, "\(entities.map(\.name))")
        #expect(!entities.contains { $0.name.hasSuffix("of Houston") }, "\(entities.map(\.name))")
    }

    @Test("\"Police: Man arrested after chase\": a common word after a label's colon opens a sentence, no place")
    func commonWordAfterALabel() {
        let found = recognisedKinds(
            [
                "Police: Man arrested after chase ends in crash in Fort Worth.",
                "A man is in custody. The driver, identified as Marcus Ellison, refused to stop, the Fort Worth Police Department said.",
            ], language: "en")
        #expect(found["Man"] == nil, "\(found)")
        #expect(found["Marcus Ellison"] == .person, "\(found)")
    }

    @Test("A subheading with every word capitalised (\"What To Know\", \"What Happens Next\") names nothing the story does not")
    func titleCasedSubheading() {
        let item = NewsItem(
            guid: "urn:test:title-cased-subheading", language: "en",
            body: [
                .paragraph("Egg prices are climbing again, according to new data from the Bureau of Labor Statistics."),
                .subheading("What To Know", level: 2),
                .paragraph("The average price of a dozen eggs rose to $4.12 in October, the USDA said."),
                .subheading("What Happens Next", level: 2),
                .paragraph("Agriculture Secretary Brooke Rollins said supply would recover by spring."),
            ])
        let found = kindsByName(EntityRecognizer().recognise(in: item))
        #expect(found["To Know"] == nil && found["Happens Next"] == nil, "\(found)")
        #expect(found["Brooke Rollins"] == .person, "\(found)")
    }
}
