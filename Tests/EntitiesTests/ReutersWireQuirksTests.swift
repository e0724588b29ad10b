import NewsModel
import PlainText
import Testing

@testable import Entities

/// Reuters' 1980s copy (the Reuters-21578 archive) capitalises the word after a country's initials ("the U.S. And
/// Japan"), spells a day below ten as a word ("March Nine"), writes continental legal forms with one capital ("KEBO
/// Ab") and connectors in capitals ("Banca Nazionale Del Lavoro"), and names the European Community; read on further
/// stories of the archive in session 55. The stories are written for these tests.
@Suite struct ReutersWireQuirksTests {
    @Test("a sentence starter after the initials is no part of a name")
    func starterAfterInitials() throws {
        let story = """
            EC INDUSTRY OUTPUT GROWTH SLOWS
                LUXEMBOURG, March 3 - European Community industrial output rose two pct last year, the statistics office
            Eurostat said.
                Output growth also fell in the U.S. And
            Japan, Eurostat noted.
             Reuter
            """
        let kinds = try keptKinds(story)
        #expect(kinds["And Japan"] == nil, "\(kinds)")
        #expect(kinds["Japan"] == .place, "\(kinds)")
        #expect(kinds["European Community"] == .organisation, "\(kinds)")
    }

    @Test("a month and a day in words, a legal form with one capital, a connector in capitals")
    func wireSpellings() throws {
        let story = """
            CALMAR SEEKS TO BE ACQUIRED
                WATCHUNG, N.J., March 3 - Calmar Inc said KEBO Ab of Sweden has approved the acquisition of the remaining
            Calmar shares. A special meeting of its board will be held March Nine.
                Separately, Italy's state-owned Banca Nazionale Del Lavoro said it is negotiating to buy a West German bank.
             Reuter
            """
        let kinds = try keptKinds(story)
        #expect(kinds["March Nine"] == nil, "\(kinds)")
        #expect(kinds["Ab of Sweden"] == nil && kinds["KEBO Ab"] == .organisation, "\(kinds)")
        #expect(kinds["Banca Nazionale Del Lavoro"] == .organisation, "\(kinds)")
        #expect(!kinds.keys.contains { $0.hasPrefix("Del ") }, "\(kinds)")
    }

    @Test("a firm named \"X and Y's\" with its legal form, and a firm whose first word is a rank")
    func firmNames() throws {
        let story = """
            LORAL DEBT LOWERED
                NEW YORK, March 3 - Standard and Poor's Corp said it lowered the ratings on Loral Corp's subordinated debt.
                Separately, General Automation Inc said it has arranged a leasing facility.
                Jane Smith, Founder of Ceres Robotics Inc, said the company would bid.
             Reuter
            """
        let kinds = try keptKinds(story)
        #expect(kinds["Standard and Poor's Corp"] == .organisation, "\(kinds)")
        #expect(kinds["General Automation Inc"] == .organisation && kinds["Automation Inc"] == nil, "\(kinds)")
        #expect(kinds["Founder of Ceres Robotics Inc"] == nil, "\(kinds)")
    }
}

/// "Zine El Abidine Ben Ali" has five capitalised words, and a person's name was read as four at most unless a title
/// stood before it: Arabic names write their particles with a capital (a news24 story read in session 55).
@Suite struct CapitalisedParticleNamesTests {
    @Test("an Arabic name with its capitalised particles is one person to the resolver (the fitted step then decides)")
    func arabicParticles() throws {
        let story = """
            Protest in Tunis

            TUNIS (AFP) - Police fired tear gas at protesters on Wednesday. The 2011 uprising ousted Zine El Abidine Ben Ali after 23 years in power.
            """
        let item = PlainTextReader().read(Array(story.utf8)).item
        let kinds = kindsByName(EntityRecognizer().recognise(in: item))
        #expect(kinds["Zine El Abidine Ben Ali"] == .person, "\(kinds)")
    }
}
