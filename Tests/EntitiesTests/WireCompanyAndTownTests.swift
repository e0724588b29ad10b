import NewsModel
import PlainText
import Testing

@testable import Entities

/// What unseen Reuters-21578 copy (session 54) showed the recogniser mistype: a company closing on a continental legal
/// form written with its stops ("Rhone Poulenc S.A.") and a town before the AP's abbreviation of its state ("near
/// Last Chance, Colo.") read as people. The stories are written for these tests.
@Suite struct WireCompanyAndTownTests {
    func kept(_ text: String) throws -> [String: Entity.Kind] {
        let item = PlainTextReader().read(Array(text.utf8)).item
        let acceptance = try #require(EntityAcceptance.shipped)
        let kept = acceptance.filter(EntityRecognizer().recognise(in: item), in: item)
        return Dictionary(kept.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
    }

    @Test("a name closing on a dotted legal form is a company", arguments: ["S.A.", "B.V.", "N.V."])
    func dottedLegalForm(form: String) throws {
        let found = try kept(
            """
            HALVORSEN CHEMICAL SIGNS SUPPLY CONTRACT
                NEW YORK, March 3 - Halvorsen Chemical Corp said it will
            supply solvents to a unit of <Marcel Dupont \(form)> for three
            years.
                The contract is worth about 12 mln dlrs, the company said.
             Reuter
            """)
        #expect(found["Marcel Dupont \(form)"] == .organisation, "\(found)")
    }

    @Test("a town before a comma and a state's abbreviation is a place")
    func townBeforeTheState() throws {
        let found = try kept(
            """
            HALVORSEN CHEMICAL TO BUILD PLANT
                HOUSTON, March 3 - Halvorsen Chemical Corp said it will
            build a solvents plant near Silver Creek, Colo., at a cost of
            about 40 mln dlrs.
                Construction will start this year, the company said.
             Reuter
            """)
        #expect(found["Silver Creek"] == .place, "\(found)")
    }

    @Test("a firm \"of\" a town before the state's abbreviation stays no place")
    func firmOfATown() throws {
        let found = try kept(
            """
            HALVORSEN CHEMICAL BID TOPPED
                HOUSTON, March 3 - Halvorsen Chemical Corp said a rival offer
            from Brandt of Stamford, Conn., was higher than its own.
                The company said it would review the offer.
             Reuter
            """)
        #expect(found["Brandt of Stamford"] != .place, "\(found)")
    }
}
