import NewsModel
import PlainText
import Testing

@testable import Entities

/// A French weather story read in session 58 named New England in French ("la Nouvelle-Angleterre") and the
/// Mid-Atlantic: both came out as organisations, and "New England" in English as a person. The regions are in the
/// generated gazetteer now, with their names in the other languages. The text is written for this test.
@Suite struct RegionsOfTheUnitedStatesTests {
    @Test("the United States' regions are places, in English and in French")
    func regions() throws {
        let english = try keptEntities(
            """
            Snowstorm closes schools

            The storm brought heavy snow to New England and the Mid-Atlantic on Saturday, and farmers across the Great Plains braced for frost, forecasters in Boston said.
            """)
        for region in ["New England", "Mid-Atlantic", "Great Plains"] {
            #expect(english.first { $0.name == region }?.kind == .place, "\(region): \(english)")
        }
        let french = try keptEntities(
            """
            Tempête de neige sur la côte est

            La tempête a touché la Nouvelle-Angleterre samedi, selon les services météorologiques de Boston.
            """)
        #expect(french.first { $0.name == "Nouvelle-Angleterre" }?.kind == .place, "\(french)")
    }
}
