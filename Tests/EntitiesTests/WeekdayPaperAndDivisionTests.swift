import NewsModel
import Testing

@testable import Entities

/// What unseen Caribbean crime pages (session 51) showed the recogniser mistype: a Sunday paper the police spoke to
/// ("told The Sunday Gleaner") read as a person named Sunday, and a police division ("the Marine Division") as a person.
/// The sentences are written for these tests.
@Suite struct WeekdayPaperAndDivisionTests {
    @Test("after \"The\", a weekday opens a paper's name, not a person's", arguments: ["The", "the"])
    func weekdayPaper(article: String) {
        let found = recognisedKinds(
            [
                "A constable has been arrested, Deputy Commissioner Carl Hanson told \(article) Sunday Clarion on Friday.",
                "He said the investigation was continuing.",
            ], language: "en")
        #expect(found["Sunday Clarion"] == .organisation, "\(found)")
        #expect(found["Carl Hanson"] == .person, "\(found)")
    }

    @Test("without the article, a given name Sunday stays a person's")
    func givenNameSunday() {
        let found = recognisedKinds(
            ["Sunday Adeyemi, the state's commissioner for works, said the bridge would reopen in March.", "He spoke in Ibadan."],
            language: "en")
        #expect(found["Sunday Adeyemi"] == .person, "\(found)")
    }

    @Test("a name closing on \"Division\" is a body, though a given name opens it")
    func division() {
        let found = recognisedKinds(
            [
                "The constable, who is assigned to the Marine Division, was suspended from duty on Monday.",
                "Investigators said he had solicited money from a farmer.",
            ], language: "en")
        #expect(found["Marine Division"] == .organisation, "\(found)")
    }
}
