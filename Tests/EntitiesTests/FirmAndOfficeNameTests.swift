import NewsModel
import Testing

@testable import Entities

/// Firms joined by "&", bodies named by an operator's word, and offices South Asian copy abbreviates (session 41,
/// pages written in the manner of an Indian and a Pakistani daily and a London paper).
@Suite struct FirmAndOfficeNameTests {
    @Test("\"Larsen & Toubro and Afcons Infrastructure\": two firms; \"Larsen & Toubro\" is no person")
    func firmsJoinedByAmpersandAndAnd() {
        let found = recognisedKinds(
            [
                "The stretch will be built in six packages, officials said. Larsen & Toubro and Afcons Infrastructure are among the firms that have bid.",
                "Residents have opposed the project, the civic chief said.",
            ], language: "en")
        #expect(found["Larsen & Toubro"] == .organisation, "\(found)")
        #expect(found["Afcons Infrastructure"] == .organisation, "\(found)")
        #expect(found["Larsen & Toubro and Afcons Infrastructure"] == nil, "\(found)")
    }

    @Test("\"PM Shehbaz\" is Shehbaz Sharif under his office's abbreviation; \"3:45 PM ET\" names no one")
    func abbreviatedOffice() {
        let found = recognisedKinds(
            [
                "PM Shehbaz orders probe into Karachi fire that killed 12",
                "Prime Minister Shehbaz Sharif on Thursday ordered an inquiry into the fire, which broke out at 3:45 PM ET.",
            ], language: "en")
        #expect(found["Shehbaz Sharif"] == .person, "\(found)")
        #expect(found["PM Shehbaz"] == nil, "\(found)")
        #expect(found["ET"] == nil && found["PM ET"] == nil, "\(found)")
    }

    @Test("\"DfT Operator\": an operator's word ends a body's name")
    func operatorIsABody() {
        let found = recognisedKinds(
            [
                "Heidi Alexander told the Commons that the operator would be taken over by DfT Operator when its contract expires.",
                "The RMT union welcomed the decision.",
            ], language: "en")
        #expect(found["DfT Operator"] == .organisation, "\(found)")
    }

    @Test("\"Keolis Rennes\": in French copy a word no list knows before a town names the firm's branch, no person")
    func firmsBranchNamedByItsTown() {
        let found = recognisedKinds(
            [
                "Des bus de substitution ont été mis en place. Keolis Rennes, qui exploite le réseau, a présenté ses excuses aux usagers.",
                "La présidente de la métropole, Nathalie Appéré, a demandé des explications au constructeur.",
            ], language: "fr")
        #expect(found["Keolis Rennes"] == .organisation, "\(found)")
        #expect(found["Nathalie Appéré"] == .person, "\(found)")
    }
}
