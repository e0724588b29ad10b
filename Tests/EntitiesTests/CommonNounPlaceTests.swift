import NewsModel
import Testing

@testable import Entities

/// Ordinary words of a language that a town somewhere is called (session 41, pages written in the manner of a Munich
/// and a Paris daily).
@Suite struct CommonNounPlaceTests {
    @Test("\"der Bau des Tunnels\": a German noun after its article is no town (\"Bau\", Malaysia); \"in Berlin\" still is")
    func germanNounAfterItsArticle() {
        let found = recognisedKinds(
            [
                "Nach Angaben der Bahn wird der Bau des Tunnels zwischen Laim und Leuchtenbergring mehr als neun Milliarden Euro kosten.",
                "Das Bundesverkehrsministerium in Berlin wollte sich zunächst nicht äußern.",
            ], language: "de")
        #expect(found["Bau"] == nil, "\(found)")
        #expect(found["Berlin"] == .place, "\(found)")
    }

    @Test("\"Seul un train sur trois\": the French word opening a sentence is no Seoul")
    func frenchOpenerNamedLikeATown() {
        let found = recognisedKinds(
            [
                "Le trafic sera fortement perturbé ce week-end sur le réseau Transilien, a prévenu la SNCF vendredi.",
                "Seul un train sur trois circulera sur les lignes B et D.",
            ], language: "fr")
        #expect(found["Seul"] == nil, "\(found)")
        #expect(found["SNCF"] != nil, "\(found)")
    }
}
