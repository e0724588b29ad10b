import Foundation
import NewsMLKit
import TestSupport
import Testing

/// The queue stores diagnostics in the compact JSON form written by the project's `JSONWriter`, not `JSONEncoder`: it
/// must be the value `--format json` prints, and on the samples' diagnostics the very bytes.
@Suite struct DiagnosticFormatterTests {
    @Test func compactFormIsTheEncodersOnTheSamplesDiagnostics() throws {
        var diagnostics: [Diagnostic] = []
        let samples = TestPaths.samples
        for folder in ["plaintext", "newsml-g2", "nitf"] {
            let directory = samples.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where name.contains(".") {
                let data = try Data(contentsOf: directory.appendingPathComponent(name))
                for format in OutputFormat.allCases {
                    let options = ConversionOptions(to: format, versionCreated: TestPaths.fixedTime)
                    diagnostics += NewsConverter(options: options).convert(data, file: "\(folder)/\(name)").diagnostics
                }
            }
        }
        // Readers' diagnostics of broken input: XML errors with line and column, a JSON pointer.
        diagnostics +=
            NewsConverter(options: ConversionOptions(to: .ninjs)).convert(Data("<a><b></a>".utf8), file: "broken.xml").diagnostics
        diagnostics +=
            NewsConverter(options: ConversionOptions(to: .newsml)).convert(Data(#"{"uri": 5}"#.utf8), file: "bad.json").diagnostics
        #expect(diagnostics.count > 20)
        #expect(diagnostics.contains { $0.location.line != nil && $0.location.column != nil })
        #expect(DiagnosticFormatter.compactJSON(diagnostics) == DiagnosticFormatter.json(diagnostics, compact: true))
    }

    @Test func compactFormIsTheEncodersValueOnAwkwardText() throws {
        let awkward =
            (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined() + #"quote " backslash \ slash / del \#u{7F} "#
            + "é 東京 \u{2028} 🙂"
        let diagnostics = [
            Diagnostic.error("x.y", awkward, at: SourceLocation(file: awkward, line: 3, column: 14, pointer: "/a~1b/0")),
            Diagnostic.note("n", "", at: SourceLocation()),
            Diagnostic.warning("w", "only a file", at: SourceLocation(file: "f.txt")),
        ]
        // The same JSON value (the queue stores it as jsonb); the bytes differ only where the writer escapes U+2028.
        let written = try JSONSerialization.jsonObject(with: Data(DiagnosticFormatter.compactJSON(diagnostics).utf8)) as? NSArray
        let encoded = try JSONSerialization.jsonObject(with: Data(DiagnosticFormatter.json(diagnostics, compact: true).utf8)) as? NSArray
        #expect(written != nil && written == encoded)
        #expect(DiagnosticFormatter.compactJSON(diagnostics).contains(#"\u2028"#))
        #expect(DiagnosticFormatter.compactJSON([]) == "[]")
    }
}
