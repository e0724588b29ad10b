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
