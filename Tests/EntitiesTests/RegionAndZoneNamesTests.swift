import NewsModel
import Testing

@testable import Entities

/// What unseen Wikinews briefs (session 53) showed the recogniser mistype: a region named by a compass word ("the West
/// Midlands") read as a person, a time zone after a clock time ("18:00 EET") as a body, and a firm named "Enterprise"
/// as a person. The sentences are written for these tests.
@Suite struct RegionAndZoneNamesTests {
    @Test("a compass word before a word that is no surname names a region", arguments: ["West Midlands", "East Anglia"])
    func compassRegion(region: String) {
        let found = recognisedKinds(
            ["Police in the \(region) said on Monday that drugs had been seized in a raid.", "Officers found six boxes."],
            language: "en")
        #expect(found[region] == .place, "\(found)")
    }

    @Test("a compass word before a surname, or a street named by a compass word, keeps its kind")
    func compassControls() {
        let found = recognisedKinds(
            [
                "The shop on Central Avenue was closed on Monday, the owner said.",
                "Detective Sergeant Carl Russell said officers had searched it.",
            ], language: "en")
        #expect(found["Central Avenue"] == .pointOfInterest, "\(found)")
        #expect(found["Carl Russell"] == .person, "\(found)")
    }

    @Test(
        "another language's compass word before a known place names a region (session 54, an Italian page)",
        arguments: [("Nord Italia", "it"), ("Sud Italia", "it"), ("Centro Italia", "it")])
    func otherLanguagesCompassRegion(region: String, language: String) {
        let found = recognisedKinds(
            ["Le imprese del \(region) chiedono aiuti, ha detto il presidente Alberto Cirio.", "La Regione ha risposto lunedì."],
            language: language)
        #expect(found[region] == .place, "\(found)")
    }

    @Test("a time zone after a clock time is no body", arguments: ["EET", "CST", "AEST", "IST"])
    func timeZone(zone: String) {
        let found = recognisedKinds(
            ["At a news conference at 18:00 \(zone), police said they had arrested the suspect.", "He was taken to hospital."],
            language: "en")
        #expect(found[zone] == nil, "\(found)")
    }

    @Test("a firm named with \"Enterprise\" is a body")
    func enterprise() {
        let found = recognisedKinds(
            ["The beads are manufactured by Moose Enterprise in Hong Kong, the company said.", "Stores removed them."],
            language: "en")
        #expect(found["Moose Enterprise"] == .organisation, "\(found)")
    }

    @Test("a broadcaster the gazetteer knows, then its service's language, is a body, though a correspondent follows")
    func broadcasterService() {
        let found = recognisedKinds(
            [
                "Anas al-Sharif, a well-known Al Jazeera Arabic correspondent, had reported from northern Gaza.",
                "He was killed on Sunday, the network said.",
            ], language: "en")
        #expect(found["Al Jazeera Arabic"] == .organisation, "\(found)")
        #expect(found["Anas al-Sharif"] == .person, "\(found)")
    }

    @Test("a motorway named head first in a Romance language is one place", arguments: ["Autovía de Andalucía", "Autostrada del Sole"])
    func romanceMotorway(road: String) {
        let found = recognisedKinds(
            ["El accidente se produjo en el kilómetro 277 de la \(road), según la Guardia Civil.", "El conductor murió en el acto."],
            language: "es")
        #expect(found[road] == .pointOfInterest || found[road] == .place, "\(found)")
        #expect(found[road.spaceSeparatedWords.first.map(String.init) ?? ""] == nil, "\(found)")
    }
}
