import NewsModel
import Testing

@testable import Entities

/// What unseen US local pages (session 52: sheriff's chases, crashes on state roads) showed the recogniser cut short or
/// mistype: a road named by its number lost the number ("US Highway", "State Route" — the second a body), and a
/// street named after an institution ("College Boulevard") read as a body. The gold readings
/// keep a numbered road whole ("County Road 600S"). The sentences are written for these tests.
@Suite struct NumberedRoadsTests {
    @Test(
        "a road named by its number keeps the number",
        arguments: ["US Highway 175", "State Route 78", "Interstate 10", "Highway 365", "County Road 600S", "Hwy 124"])
    func numberedRoad(name: String) {
        let found = recognisedKinds(
            [
                "The chase ended when the car left \(name) near a farm, Sheriff Tom Reed said.",
                "No one was hurt in the crash.",
            ], language: "en")
        #expect(found[name] == .pointOfInterest, "\(found)")
        #expect(found["Tom Reed"] == .person, "\(found)")
    }

    @Test("a sentence's first word and what stands before \"of\" are no part of the road's name")
    func roadEdges() {
        let found = recognisedKinds(
            [
                "On Highway 16 the traffic stood still for two hours.",
                "The truck was abandoned just South of Hwy 365 on Tuesday.",
            ], language: "en")
        #expect(found["Highway 16"] == .pointOfInterest, "\(found)")
        #expect(found["Hwy 365"] == .pointOfInterest, "\(found)")
        #expect(found["On Highway 16"] == nil && found["South of Hwy 365"] == nil, "\(found)")
    }

    @Test("a street named after an institution is a street")
    func streetNamedAfterABody() {
        let found = recognisedKinds(
            ["Deputies laid a spike strip near the College Boulevard on-ramp on Saturday.", "The driver drove around it."],
            language: "en")
        #expect(found["College Boulevard"] == .pointOfInterest, "\(found)")
    }

    @Test("a road's number after \"and\" starts a road of its own")
    func roadAfterAnd() {
        let found = recognisedKinds(
            ["Deputies were called to a report at Road 310 and Interstate 35 on Wednesday.", "The driver was found there."],
            language: "en")
        #expect(found["Road 310"] == .pointOfInterest, "\(found)")
        #expect(found["Interstate 35"] == .pointOfInterest, "\(found)")
    }

    @Test("a volunteers' society named for the street it looks after is a body; a street named after a body a street")
    func friendsOfAStreet() {
        let found = recognisedKinds(
            [
                "The group Friends of Pelham Parkway said it opposed the plan, and Friends of Main Street agreed.",
                "The hearing was held at the library on Hospital Road.",
            ], language: "en")
        #expect(found["Friends of Pelham Parkway"] == .organisation, "\(found)")
        #expect(found["Friends of Main Street"] == .organisation, "\(found)")
        #expect(found["Hospital Road"] == .pointOfInterest, "\(found)")
    }

    @Test("a body named after the road stays a body: \"Florida Highway Patrol\"")
    func highwayPatrol() {
        let found = recognisedKinds(
            ["The Florida Highway Patrol said the crash closed the road for six hours.", "Troopers are investigating."],
            language: "en")
        #expect(found["Florida Highway Patrol"] == .organisation, "\(found)")
    }
}
