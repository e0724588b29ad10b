import NewsModel
import Testing

@testable import PlainText

/// A broadcaster's page (session 53: a US network's story of a deputy killed in a crash) leaves its photograph's
/// caption between the paragraphs without a credit; it closes on the picture's date, as agencies date captions, where
/// the story dates with a preposition. The pages are written for these tests.
@Suite struct DatedCaptionTests {
    /// A wire story with `line` between its second and third paragraphs.
    static func page(around line: String) -> String {
        """
        Deputy hurt when truck hits cruiser on Route 40

        OCALA, Fla. (AP) — A Marion County sheriff's deputy was hurt early Sunday when a pickup truck struck his parked cruiser, officials said.

        The deputy had stopped to help a stranded driver when the truck hit the cruiser from behind, according to the sheriff's office.

        \(line)

        The deputy was taken to a hospital with injuries that were not life-threatening, officials said.

        The driver of the truck was charged with driving under the influence.
        """
    }

    @Test(
        "one sentence closing on a date after a comma or a place's name, between paragraphs, is a picture's caption",
        arguments: [
            "A Marion County deputy stands beside the damaged cruiser on Route 40, July 21, 2019.",
            "Firefighters work at the scene of the crash near Ocala, Sunday, July 21, 2019.",
            "Traffic passes the closed section of Route 40 in Ocala July 21, 2019.",
        ])
    func datedCaption(caption: String) {
        let item = PlainTextReader().read(text: Self.page(around: caption)).item
        #expect(item.pictures.first?.caption == caption, "\(item.pictures)")
        #expect(item.body.count == 4, "\(item.body.map(\.text))")
    }

    @Test(
        "a sentence of the story dated with a preposition, or two sentences, stay story text",
        arguments: [
            "The crash happened on Route 40 shortly before 3 a.m. on July 21, 2019.",
            "The deputy was released. His hearing is set for Monday, July 22, 2019.",
        ])
    func storySentence(sentence: String) {
        let item = PlainTextReader().read(text: Self.page(around: sentence)).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.body.map(\.text).contains(sentence), "\(item.body.map(\.text))")
    }

    @Test("the date's expression and its byte prefilter agree")
    func prefilterAgrees() {
        for text in ["A crash near Ocala, July 21, 2019.", "in Mumbai May 13, 2014.", "A crash on July 21, 2019", "Year 2019."] {
            #expect(
                RoleRules.pictureDate.matches(in: text) == RoleRules.pictureDate.matchesIgnoringPrefilter(in: text), "\(text)")
        }
        #expect(RoleRules.endsOnAPictureDate("A crash near Ocala, July 21, 2019."))
        #expect(!RoleRules.endsOnAPictureDate("The crash happened on July 21, 2019."))
    }
}
