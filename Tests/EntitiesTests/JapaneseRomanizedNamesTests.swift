import NewsModel
import PlainText
import Testing

@testable import Entities

/// Japanese names as English copy writes them were missing from the given-name and surname tables, so "Yuki Muto" — a
/// town's name ("Yuki", Ibaraki) and one more word — was read as a station or quarter of the town (Kyodo copy read in
/// session 57). The text is written for this test.
@Suite struct JapaneseRomanizedNamesTests {
    @Test("the tables hold Japanese given names and surnames in Latin letters")
    func tables() {
        for name in ["Yuki", "Tomoya", "Hiroshi", "Naoko"] { #expect(GivenNames.containsName(Substring(name)), "\(name)") }
        for name in ["Suzuki", "Takahashi", "Yamamoto"] { #expect(Surnames.contains(Substring(name)), "\(name)") }
    }

    @Test("a Japanese given name that a town shares opens a person's name")
    func personNotStation() {
        let story = """
            Urawa reach Emperor's Cup final

            SAITAMA, Japan, Dec. 29 Kyodo - Forwards Shinzo Koroki and Yuki Muto returned to the starting lineup as Urawa beat Kashima 1-0 on Saturday.
            """
        let item = PlainTextReader().read(Array(story.utf8)).item
        let kinds = Dictionary(EntityRecognizer().recognise(in: item).map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["Yuki Muto"] == .person, "\(kinds)")
    }
}
