import NewsModel
import Testing

@testable import Entities

/// German police and regional copy (session 46, press-office releases and regional pages) names places after a noun
/// for a town, an area or a direction, all capitalised ("Richtung Jena", "im Landkreis Gotha"), describes vehicles by
/// a declined colour ("einem weißen Fiat Ducato"), and regional pages run the dateline into the sentence without a dash
/// ("Frankenholz Die Polizei sucht …"). Each had given a body's or a place's name that is none. The sentences and
/// the people in them are invented.
@Suite struct GermanPlaceNounAndColourTests {
    @Test("\"Richtung Jena\", \"im Landkreis Gotha\", \"die Gemeinde Kirchwalden\": the noun is no part of the place")
    func placeAfterItsNoun() {
        let found = recognisedKinds(
            [
                "Der Unbekannte soll mit seinem Wagen in Richtung Jena gefahren sein, teilte die Polizei mit.",
                "Im Landkreis Gotha wurden am Wochenende drei Unfälle gemeldet.",
                "Die Gemeinde Kirchwalden hat die Straße bis Freitag gesperrt.",
                "Der Fahrer fuhr danach weiter Richtung Innenstadt.",
            ], language: "de")
        #expect(found["Jena"] == .place, "\(found)")
        #expect(found["Gotha"] == .place, "\(found)")
        #expect(found["Kirchwalden"] == .place, "\(found)")
        for wrong in ["Richtung Jena", "Landkreis Gotha", "Gemeinde Kirchwalden", "Innenstadt", "Richtung Innenstadt"] {
            #expect(found[wrong] == nil, "\(wrong): \(found)")
        }
    }

    @Test("\"einem weißen Fiat Ducato\", \"einen geparkten grauen Toyota\": a vehicle described by its colour names no one")
    func vehicleDescribedByItsDeclinedColour() {
        #expect(CandidateScanner.isGermanColour("weißen") && CandidateScanner.isGermanColour("dunkelblaues"))
        #expect(CandidateScanner.isGermanColour("silberfarbenen") && CandidateScanner.isGermanColour("roten"))
        #expect(!CandidateScanner.isGermanColour("breiten") && !CandidateScanner.isGermanColour("rotor"))
        let found = recognisedKinds(
            [
                "Die Polizei sucht einen Zeugen, der mit einem weißen Fiat Ducato auf die Bundesstraße fuhr.",
                "Der Wagen stieß gegen einen am Fahrbahnrand geparkten grauen Toyota, sagte Polizeisprecherin Anja Kessler.",
                "Durch die Kollision wurde der Außenspiegel des Toyotas beschädigt. Ein schwarzer Mercedes Sprinter stand daneben.",
            ], language: "de")
        for product in ["Fiat Ducato", "Fiat", "Toyota", "Mercedes Sprinter"] {
            #expect(found[product] == nil, "\(product): \(found)")
        }
        #expect(found["Anja Kessler"] == .person, "\(found)")
    }

    @Test("\"Frankenholz Die Polizei sucht …\": a capitalised article inside a run ends the name before it")
    func articleInsideARunEndsTheName() {
        let found = recognisedKinds(
            [
                "Frankenholz Die Polizei sucht nach Zeugen eines Unfalls in der Höcherbergstraße.",
                "Bad Kreuzberg Der Stadtrat hat am Montag den Haushalt beschlossen.",
            ], language: "de")
        #expect(!found.keys.contains { $0.contains(" Die ") || $0.hasSuffix(" Die") || $0.contains(" Der") }, "\(found)")
    }

    @Test("\"am Ende\", \"ein realistisches Bild\", \"Mitte November\", \"Kanzler will …\": German nouns that are no names there")
    func germanNounsThatAreNoNames() {
        let found = recognisedKinds(
            [
                "Welcher Gruppe sie sich am Ende anschließen, ist oft Zufall, sagte die Forscherin Lena Brandauer.",
                "Die Ermittler müssen sich ein sehr realistisches Bild von dem Schaden machen, berichtete die Zeitung Bild.",
                "Mitte November soll es einen Gipfel in Wien geben.",
                "Kanzler will Taten sehen, schrieb Richter in seinem Kommentar.",
            ], language: "de")
        #expect(found["Ende"] == nil && found["Mitte"] == nil && found["Kanzler"] == nil, "\(found)")
        #expect(found["Lena Brandauer"] == .person, "\(found)")
        #expect(found["Wien"] == .place, "\(found)")
        // The paper named as one stays.
        #expect(found["Bild"] == .organisation, "\(found)")
    }
}
