import Foundation
import NewsModel
import Testing

@testable import PlainText

/// A German regional page read in session 58 closed its story with the wires it came through on a line of their own
/// ("ddp/dpa"); the model took the last paragraph above it for a picture's caption over that credit, and the story lost
/// it. The page is written for this test.
@Suite struct WireSignOffLineTests {
    private static let page = """
        Brand in Lagerhalle: Feuerwehr verhindert Übergreifen auf Wohnhäuser

        KASSEL - In einer Lagerhalle im Norden der Stadt ist in der Nacht zum Sonntag ein Feuer ausgebrochen. Verletzt wurde niemand.
        Die Einsatzkräfte konnten verhindern, dass die Flammen auf die benachbarten Wohnhäuser übergriffen. Rund sechzig Feuerwehrleute waren stundenlang im Einsatz.
        Die Polizei schätzt den Schaden auf mehrere hunderttausend Euro. Zur Ursache des Brandes konnte ein Sprecher noch keine Angaben machen, die Ermittlungen dauern an.
        ddp/dpa
        """

    @Test("the last paragraph over the wires' sign-off is the story's, and the sign-off no picture's credit")
    func lastParagraphStaysInTheStory() {
        let item = PlainTextReader().read(text: Self.page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        let paragraphs = storyParagraphTexts(item)
        #expect(paragraphs.count == 3, "\(paragraphs)")
        #expect(paragraphs.last?.hasPrefix("Die Polizei schätzt") == true, "\(paragraphs)")
        #expect(!paragraphs.contains { $0.contains("ddp/dpa") })
    }

    @Test("as the model read it: caption over credit becomes paragraph over sign-off")
    func modelRoles() {
        let roles = rolesAfterRules(Self.page, [.headline, .body, .body, .caption, .other])
        #expect(roles == [.headline, .body, .body, .body, .other])
    }

    @Test("a sign-off is two or more short codes joined by slashes, one of them a wire service")
    func signOffShapes() {
        #expect(RoleRules.isWireSignOff("ddp/dpa"))
        #expect(RoleRules.isWireSignOff("dpa/lno"))
        #expect(RoleRules.isWireSignOff("(AFP/Reuters)"))
        #expect(!RoleRules.isWireSignOff("dpa"))
        #expect(!RoleRules.isWireSignOff("Jens Büttner/dpa"))
        #expect(!RoleRules.isWireSignOff("and/or"))
    }
}
