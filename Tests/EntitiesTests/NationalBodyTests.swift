import NewsModel
import Testing

@testable import Entities

/// A nation's adjective opening a body's name whose last word is its place ("American Civil Liberties Union of
/// Texas"), met in session 38 on a page written in the manner of AP.
@Suite struct NationalBodyTests {
    @Test("\"The American Civil Liberties Union of Texas\" keeps \"American\"; \"American officials\" names no one")
    func nationalityOpensABodysName() {
        let found = recognisedKinds(
            [
                "The American Civil Liberties Union of Texas, which sued on behalf of several groups, called the ruling a victory.",
                "American officials in Houston said the British Prime Minister Rishi Sunak would visit in June.",
            ], language: "en")
        #expect(found["American Civil Liberties Union of Texas"] == .organisation, "\(found)")
        #expect(found["Civil Liberties Union of Texas"] == nil, "\(found)")
        #expect(found["Rishi Sunak"] == .person && found["British Prime Minister Rishi Sunak"] == nil, "\(found)")
    }

    @Test("\"Gen Bipin Rawat and Army chief …\": a title's holder before \"and\" is a person, not a body's first words")
    func titledPersonBeforeAndABody() {
        let found = recognisedKinds(
            ["Chief of Defence Staff Gen Bipin Rawat and Army chief Gen Manoj Naravane were also present at the event in Delhi."],
            language: "en")
        #expect(found["Bipin Rawat and Army"] == nil, "\(found)")
        #expect(found["Bipin Rawat"] == .person, "\(found)")
    }
}
