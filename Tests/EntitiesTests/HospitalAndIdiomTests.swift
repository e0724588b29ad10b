import NewsModel
import PlainText
import Testing

@testable import Entities

/// Names pages of session 54 cut or mistook: "Aberdeen Royal Infirmary" (a hospital; the recogniser kept "Royal
/// Infirmary" as a person) and the German idiom "zu Ende" (kept as Ende, the town on Flores). The stories are written
/// for these tests.
@Suite struct HospitalAndIdiomTests {
    @Test("an infirmary named by its town is one body")
    func infirmary() throws {
        let found = try keptKinds(
            """
            Cyclist hurt in Dundee crash

            A 31-year-old cyclist was taken to Ninewells Royal Infirmary after a crash with a bus in Dundee on Friday.

            A police spokeswoman said the man was being treated for serious injuries.
            """)
        #expect(found["Ninewells Royal Infirmary"] == .organisation, "\(found)")
        #expect(found["Royal Infirmary"] == nil, "\(found)")
    }

    @Test("a firm named after its trade's works is a body", arguments: ["Cowan Pottery", "Harland Foundry"])
    func tradeWorks(name: String) throws {
        let found = try keptKinds(
            """
            Walter Brennan dies at 101
            Sunday, January 27, 2008

            Walter Brennan, the father of industrial design and creator of the Jazz Bowl, an iconic piece of Jazz Age art designed during his association with \(name) died yesterday. He was 101.

            Brennan was born on June 26, 1906 in Sebring, Ohio, United States.
            """)
        #expect(found[name] == .organisation, "\(found)")
    }

    @Test("\"zu Ende\" names no town")
    func germanIdiom() throws {
        let found = try keptKinds(
            """
            Bürgermeisterin verabschiedet sich aus dem Rathaus

            Die scheidende Bürgermeisterin Petra Lindner (SPD) sagte am Mittwoch in Hannover: «Eine lange Amtszeit geht zu Ende, und etwas Neues beginnt.»

            Ihr Nachfolger Jens Albers (CDU) übernimmt das Amt am Montag.
            """)
        #expect(found["Ende"] == nil, "\(found)")
        #expect(found["Hannover"] == .place, "\(found)")
    }
}
