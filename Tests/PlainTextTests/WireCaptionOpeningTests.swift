import NewsModel
import Testing

@testable import PlainText

/// A page that opens with a wire picture's caption, signed the way the agencies sign them ("… August 8, 2020.
/// REUTERS/Thaier Al-Sudani"), and no headline in its text: the caption became the headline (a reprinted Reuters story
/// read in session 55). The page is written for this test.
@Suite struct WireCaptionOpeningTests {
    @Test("a caption signed AGENCY/Photographer opening the page is the picture's, not the headline")
    func agencySlashPhotographer() {
        let page = """
            Demonstrators gather as tear gas is fired by security forces during a protest near the parliament in Beirut, Lebanon August 8, 2020. REUTERS/Jane Doe
            By Michael Georgy
            BEIRUT (Reuters) - Lebanese riot police fired tear gas at demonstrators trying to break through a barrier to get to the parliament building in Beirut on Saturday.
            About 5,000 people gathered in Martyrs’ Square in the city centre, some throwing stones, a Reuters witness said.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headlines.isEmpty, "\(item.headlines.map(\.text))")
        #expect(item.pictures.first?.creditline == "REUTERS/Jane Doe", "\(item.pictures)")
        #expect(item.pictures.first?.caption?.hasPrefix("Demonstrators gather") == true, "\(item.pictures)")
        #expect(RoleRules.isAgencySlashPhotographer("AP Photo/Jane Doe"))
        #expect(!RoleRules.isAgencySlashPhotographer("Sports/Business"))
    }
}
