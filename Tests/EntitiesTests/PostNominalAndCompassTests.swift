import NewsModel
import Testing

@testable import Entities

/// Met held out on a Telegraph court report and a WSVN crash report (web-trafilatura): a counsel's letters after the
/// name, a compass point's letters before a place.
@Suite struct PostNominalAndCompassTests {
    @Test("\"Judge Neil Ford QC sentenced …\": the letters are read with the name, not as a body")
    func counselsLettersAreNoBody() {
        let found = recognisedKinds(
            [
                "His Honour Judge Neil Ford QC sentenced the plumber to three years in prison on Friday.",
                "Prosecutor Anna Vigars QC said the boiler had been unsafe for months, the court in Bristol heard.",
            ], language: "en")
        #expect(found["QC"] == nil, "\(found)")
        #expect(found["Neil Ford"] == .person && found["Anna Vigars"] == .person, "\(found)")
    }

    @Test("\"NE Portland\": a compass point's letters before a known place name a place, not a person")
    func compassLettersBeforeAPlace() {
        let found = recognisedKinds(
            ["Two people were hurt in a shooting in NE Portland late on Sunday, police spokesman Kevin Allen said."], language: "en")
        #expect(found["NE Portland"] == .place, "\(found)")
        #expect(found["Kevin Allen"] == .person, "\(found)")
    }
}
