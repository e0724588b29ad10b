import NewsModel
import Testing

@testable import PlainText

/// German, Italian and Central American regional papers open the story with the place in capitals and a full stop
/// ("BAD AROLSEN. Zu einem …", "CASTELVETRO. Incidente …", "COLÓN. El comisionado …"): the dateline, without a date or
/// a dash. The model read such a lead as a standfirst (session 53's unseen pages). The stories are written for these
/// tests.
@Suite struct PlaceInCapitalsDatelineTests {
    @Test(
        "a place in capitals and a full stop opening the lead is the dateline",
        arguments: [
            ("BAD SALZHAUSEN", "Zu einem schweren Verkehrsunfall wurden Feuerwehr und Polizei am Sonntagabend alarmiert."),
            ("CASTELVETRO", "Incidente stradale nel primo pomeriggio di ieri sulla strada statale, due feriti."),
        ])
    func placeInCapitals(place: String, lead: String) {
        let story = """
            Schwerer Unfall am Sonntagabend

            \(place). \(lead)

            Der Fahrer wurde mit dem Rettungshubschrauber in eine Klinik geflogen, teilte die Polizei mit.
            """
        let item = PlainTextReader().read(text: story).item
        #expect(item.dateline == place, "\(String(describing: item.dateline))")
        #expect(item.located?.names.first == place, "\(String(describing: item.located))")
        #expect(item.body.first?.text == lead, "\(item.body.map(\.text))")
    }

    @Test("an abbreviation in capitals, or a capital word before a sentence in capitals, opens no dateline")
    func noDateline() {
        for opening in ["USA. Die Wahl ist entschieden, sagte der Sprecher am Abend.", "NEU. DER Sommer kommt bald."] {
            let story = """
                Die Nachricht des Tages

                \(opening)

                Der Sprecher wollte sich zu weiteren Fragen nicht äußern, hieß es am Abend.
                """
            let item = PlainTextReader().read(text: story).item
            #expect(item.dateline == nil, "\(opening): \(String(describing: item.dateline))")
        }
        #expect(TextProbe.capitalsThenFullStop("BAD AROLSEN. Zu einem"))
        #expect(!TextProbe.capitalsThenFullStop("USA. Die Wahl"))
        #expect(!TextProbe.capitalsThenFullStop("Berlin. Die Polizei"))
    }

    @Test("Europa Press's dateline with the town's province in brackets, on a line of its own, is the dateline")
    func europaPressProvince() {
        let story = """
            La Guardia Civil investiga al conductor de un turismo tras un accidente en la autovía

            VILLAFRANCA (NAVARRA), 25 (EUROPA PRESS)

            La Guardia Civil ha abierto diligencias contra el conductor de un turismo involucrado en un siniestro vial en el que resultó herido un motorista.

            Los hechos tuvieron lugar durante la noche del pasado 6 de septiembre, a la altura del kilómetro 79 de la autovía.
            """
        let item = PlainTextReader().read(text: story).item
        #expect(item.dateline == "VILLAFRANCA (NAVARRA), 25 (EUROPA PRESS)", "\(String(describing: item.dateline))")
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.body.count == 2, "\(item.body.map(\.text))")
        #expect(TextProbe.agencyAfterDate("VILLAFRANCA (NAVARRA), 25 (EUROPA PRESS) X"))
        #expect(TextProbe.provinceBeforeDay("VILLAFRANCA (NAVARRA), 25 (EUROPA PRESS) X"))
        #expect(!TextProbe.provinceBeforeDay("MADRID, 25 (EUROPA PRESS) - La"))
    }

    @Test("a place joined by a connecting word, with its agency, is the dateline; without an agency it stays in the text")
    func placeWithAConnectingWord() {
        let withAgency = """
            Zinsen steigen erneut

            Frankfurt am Main (dpa) - Die Europäische Zentralbank hat die Zinsen erneut erhöht, teilte die Notenbank am Donnerstag mit.

            Die Entscheidung war erwartet worden, sagten Analysten.
            """
        let item = PlainTextReader().read(text: withAgency).item
        #expect(item.dateline == "Frankfurt am Main (dpa)", "\(String(describing: item.dateline))")
        #expect(item.body.first?.text.hasPrefix("Die Europäische Zentralbank") == true, "\(item.body.map(\.text))")
        let withoutAgency = """
            Incidente sulla statale

            Castel di Sangro – Un Natale movimentato quello vissuto sulla strada statale, dove si è verificato un incidente.

            Il militare è stato portato in ospedale per accertamenti.
            """
        let other = PlainTextReader().read(text: withoutAgency).item
        #expect(other.dateline == nil, "\(String(describing: other.dateline))")
        #expect(other.body.first?.text.hasPrefix("Castel di Sangro – Un Natale") == true, "\(other.body.map(\.text))")
    }
}
