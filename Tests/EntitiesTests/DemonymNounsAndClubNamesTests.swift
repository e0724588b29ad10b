import NewsModel
import PlainText
import Testing

@testable import Entities

/// A football report read in session 58: "the Dutchman Jordan Teze" kept the nation's noun in the player's name, and
/// "Man Utd" was a person. The text is written for this test.
@Suite struct DemonymNounsAndClubNamesTests {
    @Test("a nation's noun before a name is no part of it; clubs' closing words make clubs")
    func demonymsAndClubs() throws {
        let story = """
            Late penalty rescues a point

            Three minutes later the Dutchman Pieter Haverkamp drew level, and the Spaniard Iker Zubeldia missed a chance before half-time. Blackburn Rovers then beat Wolverhampton Wanderers, while Man Utd drew with Tottenham Hotspur, manager Alan Whitcombe said.
            """
        let entities = try keptEntities(story)
        let names = entities.map(\.name)
        #expect(names.contains("Pieter Haverkamp"), "\(names)")
        #expect(names.contains("Iker Zubeldia"), "\(names)")
        #expect(!names.contains { $0.hasPrefix("Dutchman") || $0.hasPrefix("Spaniard") }, "\(names)")
        for club in ["Blackburn Rovers", "Wolverhampton Wanderers", "Man Utd", "Tottenham Hotspur"] {
            #expect(entities.first { $0.name == club }?.kind == .organisation, "\(club): \(entities)")
        }
    }
}

/// Irish copy read in session 58: "The Garda said" named a person, and "Laois Offaly Garda" too; the force is in the
/// organisation table now, and "Garda" closes a force's name as "Police" does. The text is written for this test.
@Suite struct IrishPoliceTests {
    @Test("a division's Garda is an organisation; the Garda names no person")
    func garda() throws {
        let story = """
            Witnesses sought after assault

            Kerry Garda appealed for witnesses on Sunday after a man was injured in Listowel. The Garda said the man was taken to University Hospital Kerry, where his condition is stable.
            """
        let entities = try keptEntities(story)
        #expect(entities.first { $0.name == "Kerry Garda" }?.kind == .organisation, "\(entities)")
        #expect(!entities.contains { $0.kind == .person }, "\(entities)")
        let alone = try keptEntities(
            """
            Witnesses sought after assault

            A man was injured in Listowel on Saturday night. The Garda said the man was taken to University Hospital Kerry, where his condition is stable.
            """)
        // (The force's word alone is no one's name; like "the Police", it is not kept either.)
        #expect(!alone.contains { $0.kind == .person }, "\(alone)")
    }
}
