import NewsModel
import Testing

@testable import Entities

/// Police and traffic copy describes vehicles by their colour, then names their maker and model; pages outside the
/// corpus (session 45, British and New Zealand local news) showed each such name read as a person or a body; so was
/// the first part of an event named with a possessive ("International Women's Day"). And a Māori place name written
/// with its macrons was unknown. The sentences use invented people.
@Suite struct DescribedProductTests {
    @Test("\"a silver Vauxhall Vectra\", \"a white Mazda 3 GT Sport\": a vehicle described by its colour names no one")
    func vehicleDescribedByItsColour() {
        let found = recognisedKinds(
            [
                "The crash involved a silver Vauxhall Vectra and a white Mazda 3 GT Sport on Parkgate Road.",
                "Officers want to speak to the driver of a black Ford, which left the scene before police arrived.",
                "A witness saw a dark blue Kia Sportage and a silver 2004 Nissan Navara near the junction.",
                "Sergeant Maeve Tollington said the Nissan Navara was found abandoned on Tuesday.",
            ], language: "en")
        for product in ["Vauxhall Vectra", "Mazda", "GT Sport", "Ford", "Kia Sportage", "Nissan Navara"] {
            #expect(found[product] == nil, "\(product): \(found)")
        }
        // The people and places around them are still found.
        #expect(found["Maeve Tollington"] == .person, "\(found)")
        #expect(found["Parkgate Road"] != nil, "\(found)")
    }

    @Test("the maker's name elsewhere in a longer name, or after a given name, is not the described product")
    func productNameOnlyAsAWholeRun() {
        let found = recognisedKinds(
            [
                "Police are looking for a red Ford seen leaving the car park.",
                "Ford Motor Company said on Monday it would recall 20,000 vans.",
                "The museum is named after Henry Ford, who grew up nearby.",
            ], language: "en")
        #expect(found["Ford Motor Company"] == .organisation, "\(found)")
        #expect(found["Henry Ford"] == .person, "\(found)")
    }

    @Test("\"International Women's Day\", \"the Emperor's Cup\": an event named with a possessive names none of its people")
    func eventNamedWithAPossessive() {
        let found = recognisedKinds(
            [
                "An all-women crew ran the train on International Women's Day, the railway manager Asha Raghavan said.",
                "Kashima won the Emperor's Cup for the sixth time on Saturday.",
            ], language: "en")
        #expect(found["International Women"] == nil, "\(found)")
        #expect(found["Emperor"] == nil, "\(found)")
        #expect(found["Asha Raghavan"] == .person, "\(found)")
    }

    @Test("\"Whāngarei\", \"Tōkyō\": a place written with macrons is the place the gazetteer knows without them")
    func placeWrittenWithMacrons() {
        #expect(Gazetteer.withoutMacrons("Whāngarei") == "Whangarei")
        #expect(Gazetteer.withoutMacrons("Ōsaka") == "Osaka")
        #expect(Gazetteer.withoutMacrons("Auckland") == nil)
        #expect(Gazetteer.withoutMacrons("Łódź") == nil)
        let found = recognisedKinds(
            ["Police are appealing for witnesses after a crash in Whāngarei on Wednesday, a week after one in Tōkyō."],
            language: "en")
        #expect(found["Whāngarei"] == .place, "\(found)")
        #expect(found["Tōkyō"] == .place, "\(found)")
    }

    @Test("\"a 2008 Ford Fusion\", \"a Chevrolet sedan\", \"a Mazda SUV\", then \"the Nissan\": vehicles by model year or kind")
    func vehiclesByModelYearOrKind() {
        let found = recognisedKinds(
            [
                "Troopers said a 60-year-old driver of a 2002 Ford Crown Victoria collided head-on with a 2019 Nissan Rogue Sport.",
                "The driver of the Nissan, Dolores Whitcombe of DeLand, was taken to Halifax Health Medical Center.",
                "Deputies found the driver of a Chevrolet sedan, and the other driver, in a Mazda SUV, was treated and released.",
            ], language: "en")
        for product in ["Ford Crown Victoria", "Nissan Rogue Sport", "Nissan", "Chevrolet", "Mazda SUV", "Mazda"] {
            #expect(found[product] == nil, "\(product): \(found)")
        }
        #expect(found["Dolores Whitcombe"] == .person, "\(found)")
        #expect(found["DeLand"] == .place, "\(found)")
        #expect(found["Halifax Health Medical Center"] == .organisation, "\(found)")
    }

    @Test("an edition's year (\"the 2019 Asian Champions League\") and a place before a vehicle's noun are no product")
    func editionsAndPlacesAreNoVehicles() {
        let found = recognisedKinds(
            [
                "The club won the 2019 Asian Champions League and a 2021 Club World Cup place.",
                "Use of the Dursey Island Cable Car is restricted, said Cork County Council.",
                "A Dublin van driver was arrested in Galway on Monday.",
            ], language: "en")
        #expect(found["Asian Champions League"] != nil, "\(found)")
        #expect(found["Dublin"] == .place, "\(found)")
        #expect(found["Dursey Island Cable Car"] != nil, "\(found)")
    }
}
