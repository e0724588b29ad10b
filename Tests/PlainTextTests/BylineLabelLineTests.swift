import NewsModel
import Testing

@testable import PlainText

/// Pages that link the author's name give it on a line of its own under the label ("By" / "Jane Doe", "Von" / "Mario
/// Demuth", SWR's "AUTOR/IN" / "Mario Demuth"): the label became a note and the name a note or a caption (read in
/// session 55); and the author's box set again at the page's foot named the author twice. The pages are written for
/// these tests.
@Suite struct BylineLabelLineTests {
    @Test("the name under a byline label alone on its line is the byline", arguments: ["By", "Von", "Autor:", "AUTOR/IN", "Par"])
    func labelThenName(label: String) {
        let page = """
            Two arrested after police officers shot

            \(label)
            Jane Doe

            Two people were arrested after two police officers were shot dead during a traffic stop, police said on Tuesday.

            The suspects were detained in a nearby town after a manhunt, officials said.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Jane Doe"], "\(item.bylines)")
        #expect(item.pictures.isEmpty, "\(item.pictures)")
    }

    @Test("the author's box at the head and the foot of the page is one byline")
    func authorTwice() {
        let page = """
            Zwei Festnahmen nach Schüssen auf Polizisten

            AUTOR/IN
            Mario Demuth

            Nachdem zwei Polizisten bei Kusel durch Schüsse getötet wurden, gab es jetzt zwei Festnahmen, wie die Polizei mitteilte.

            Nach Angaben der Polizei handelt es sich bei einem der Festgenommenen um den Mann, der zuvor gesucht wurde.

            AUTOR/IN
            Mario Demuth
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Mario Demuth"], "\(item.bylines)")
    }

    @Test("a label word over a line that is no name stays as it was")
    func labelOverNoName() {
        let roles = rolesAfterRules(
            """
            Two arrested after police officers shot

            By
            the way, police said nothing.

            Two people were arrested after two police officers were shot dead during a traffic stop, police said on Tuesday.
            """, [.headline, .other, .other, .body])
        #expect(roles[2] != .byline, "\(roles)")
    }
}
