import NewsModel
import PlainText
import Testing

@testable import Entities

/// "James Webb Space Telescope" was a person (a science page read in session 58): a name's first words may be a
/// person's, but a telescope closing it makes an instrument, which the gold keys type as an organisation (as they do
/// observatories). The text is written for this test.
@Suite struct TelescopeNamesTests {
    @Test("a telescope named after a person is no person")
    func telescope() throws {
        let story = """
            Telescope finds distant galaxies

            Astronomers using the James Webb Space Telescope have found two of the most distant galaxies ever seen, the research team led by Paola Santini said on Tuesday.
            """
        let entities = try keptEntities(story)
        #expect(entities.first { $0.name == "James Webb Space Telescope" }?.kind == .organisation, "\(entities)")
        #expect(entities.first { $0.name == "Paola Santini" }?.kind == .person, "\(entities)")
    }
}
