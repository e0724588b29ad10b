import Foundation
import NewsModel
import PlainText
import TestSupport
import Testing

@Suite struct LineRoleTests {
    @Test("random bytes are refused as plaintext.binary, not read as a story")
    func binaryInputIsRefused() {
        var random = SplitMix64(seed: 42)
        let bytes = (0..<3072).map { _ in UInt8.random(in: 0...255, using: &random) }
        let (item, diagnostics) = PlainTextReader().read(bytes, file: "noise.bin")
        #expect(diagnostics.contains { $0.id == "plaintext.binary" && $0.severity == .error })
        #expect(item.headline == nil && item.body.isEmpty)
    }

    @Test("Windows-1252 text with umlauts and an IPTC 7901 envelope are still text")
    func textWithEncodingsAndEnvelopeIsNotBinary() {
        var bytes: [UInt8] = [0x01] + Array("ab12 header\r\n".utf8) + [0x02]
        bytes +=
            Array("Stürme über Hamburg\r\n\r\nHAMBURG (dpa) - Der Sturm hat am Montag ".utf8) + [0xFC] + Array("ber Nacht viele B".utf8)
            + [0xE4] + Array("ume entwurzelt, teilte die Feuerwehr mit.\r\n".utf8) + [0x03]
        let (item, diagnostics) = PlainTextReader().read(bytes, file: "dpa.txt")
        #expect(!diagnostics.contains { $0.id == "plaintext.binary" })
        #expect(item.headline == "Stürme über Hamburg")
    }

    @Test("many short lines are never dropped: what is not story text is kept and, past a share, reported")
    func shortLinesAreKeptOrReported() {
        let text = "Council approves harbour budget\n\n" + String(repeating: "Short para.\n\n", count: 5_000)
        let (item, diagnostics) = PlainTextReader().read(Array(text.utf8), file: "short.txt")
        let inBody = item.body.reduce(0) { $0 + ($1.text.isEmpty ? 0 : $1.text.components(separatedBy: "Short para.").count - 1) }
        let inNotes =
            item.preserved.reduce(0) { $0 + $1.serialized.components(separatedBy: "Short para.").count - 1 }
            + item.editorialNotes.reduce(0) { $0 + $1.components(separatedBy: "Short para.").count - 1 }
        #expect(inBody + inNotes == 5_000)
        // The warning stands exactly when more than a third of the text was kept out of the story.
        #expect(
            diagnostics.contains { $0.id == "plaintext.kept-out" && $0.severity == .warning } == (inNotes * 3 > 5_000),
            "\(inNotes) of 5000 kept out")
    }

    @Test("captions keep their credits apart in the shapes news pages use")
    func captionCreditShapes() {
        let cases: [(String, String, String)] = [
            ("A man walks past the station. (AP Photo/Jane Roe)", "A man walks past the station.", "AP Photo/Jane Roe"),
            ("Fans celebrate in the square Credit: EPA", "Fans celebrate in the square", "EPA"),
            ("The harbour at dawn. Photograph: Jan Smit/Getty Images", "The harbour at dawn.", "Jan Smit/Getty Images"),
            ("Die Brücke am Morgen. | Foto: Reuters", "Die Brücke am Morgen.", "Reuters"),
            (
                "A cyclist rides past the plant, November 19, 2019. © Reuters / Ana Diaz",
                "A cyclist rides past the plant, November 19, 2019.", "Reuters / Ana Diaz"
            ),
        ]
        for (line, caption, credit) in cases {
            let article =
                "Storm hits the coast overnight\n\n\(line)\n\nThe storm reached the coast on Monday night and closed the ports, the weather service said in a statement.\n\nRail services were suspended until Tuesday morning, the operator said.\n"
            let (item, _) = PlainTextReader().read(Array(article.utf8), file: "t.txt")
            #expect(item.pictures.first?.caption == caption, "\(line)")
            #expect(item.pictures.first?.creditline == credit, "\(line)")
        }
    }
}
