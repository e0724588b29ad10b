import NewsModel
import Testing

@testable import Entities

/// Where Spanish and Italian bodies' names begin and end, and teams named by a home the gazetteer lacks (session 41,
/// pages written in the manner of Clarín, la Repubblica and the AP's sports wire).
@Suite struct RomanceBodyBoundaryTests {
    @Test("\"General\" inside a body's name is no given name: \"Confederación General del Trabajo\", \"Dirección General de Tráfico\"")
    func generalInsideABody() {
        let found = recognisedKinds(
            [
                "La Confederación General del Trabajo (CGT) rechazó el proyecto y convocó a un plenario para el martes.",
                "Según la Dirección General de Tráfico, el tráfico fue intenso durante el puente.",
            ], language: "es")
        #expect(found["Confederación General del Trabajo"] == .organisation, "\(found)")
        #expect(found["Dirección General de Tráfico"] == .organisation, "\(found)")
        #expect(found["General del Trabajo"] == nil && found["General de Tráfico"] == nil, "\(found)")
    }

    @Test("\"alla Mobilità del Comune di Roma\": the body's name starts at its head; \"stazione Termini di Roma\" names Rome")
    func bodyHeadInsideARunAndAStationOfATown() {
        let found = recognisedKinds(
            [
                "L'assessore alla Mobilità del Comune di Roma, Eugenio Patanè, ha parlato di disagi inevitabili.",
                "Un pacco sospetto ha fatto scattare l'allarme alla stazione Termini di Roma nel primo pomeriggio.",
            ], language: "it")
        #expect(found["Comune di Roma"] == .organisation, "\(found)")
        #expect(found["Mobilità del Comune di Roma"] == nil, "\(found)")
        #expect(found["Termini di Roma"] == nil, "\(found)")
        #expect(found["Eugenio Patanè"] == .person, "\(found)")
    }

    @Test("\"the Golden State Warriors\" beside \"Golden State\" and \"the Warriors\": one team, not a point of interest")
    func teamNamedByAnUnknownHome() {
        let found = recognisedKinds(
            [
                "Stephen Curry scored 38 points, and the Golden State Warriors rallied from 19 down to beat the Houston Rockets.",
                "The Rockets led late in the third quarter before Golden State closed on a run. The Warriors have won four straight.",
            ], language: "en")
        #expect(found["Golden State Warriors"] == .organisation, "\(found)")
    }
}
