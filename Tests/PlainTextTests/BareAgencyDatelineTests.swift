import NewsModel
import Testing

@testable import PlainText

/// Kyodo News writes its English datelines with the agency after the date and no brackets ("SAITAMA, Japan, Dec. 9
/// Kyodo - …"), as the Kyodo story in the corpus's Belga feed does: the reader kept the dateline in the story's first
/// paragraph and took its place and agency for the story's entities. The stories are written for these tests.
@Suite struct BareAgencyDatelineTests {
    @Test(
        "the agency after the date without brackets closes the dateline",
        arguments: [
            ("SAITAMA, Japan, Dec. 9 Kyodo - ", "SAITAMA, Japan, Dec. 9 Kyodo", "SAITAMA"),
            ("TOKYO, Jan. 5 Kyodo -- ", "TOKYO, Jan. 5 Kyodo", "TOKYO"),
            ("OSAKA, March 3, 2026 Kyodo - ", "OSAKA, March 3, 2026 Kyodo", "OSAKA"),
        ])
    func bareAgency(opening: String, dateline: String, place: String) {
        let story = """
            Urawa Reds claim their seventh Emperor's Cup

            \(opening)Urawa Reds claimed their seventh Emperor's Cup on Sunday after defeating Vegalta Sendai 1-0 at Saitama Stadium.

            Midfielder Tomoya Ugajin scored the only goal of the night in the 13th minute.
            """
        let item = PlainTextReader().read(text: story).item
        #expect(item.dateline == dateline)
        #expect(item.located?.names.first == place)
        #expect(storyParagraphTexts(item).first?.hasPrefix("Urawa Reds claimed") == true, "\(item.body.map(\.text))")
    }

    @Test("a capitalised word after a date that names no agency is the story's text")
    func noAgency() {
        #expect(BareAgencyDateline.match("TOKYO, Jan. 5 Police - The city said …") == nil)
        #expect(BareAgencyDateline.match("Prices rose on Dec. 9 Kyodo - a report said") == nil)
        #expect(BareAgencyDateline.match("SAITAMA, Japan, Dec. 9 Kyodo - Urawa Reds …")?[4] == "Kyodo")
    }
}
