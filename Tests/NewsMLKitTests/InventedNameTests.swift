import Entities
import Foundation
import NewsMLKit
import TestSupport
import Testing

/// A name is a value a consumer shows: it must come from the input or from the gazetteer's own tables, never be
/// made from a code (`<name>N2:SA</name>` from `qcode="N2:SA"` was the mistake consumers found).
@Suite struct InventedNameTests {
    /// Every text and attribute value of an XML document, whitespace folded: what the document says.
    static func said(in document: XMLTree.Element, into values: inout Set<String>) {
        for attribute in document.attributes { values.insert(attribute.value.normalizingXMLWhitespace()) }
        values.insert(document.normalizedText)
        for case .text(let text) in document.children { values.insert(text.normalizingXMLWhitespace()) }
        for child in document.elements { said(in: child, into: &values) }
    }

    static func names(in element: XMLTree.Element, into names: inout [String]) {
        if element.localName == "name" { names.append(element.normalizedText) }
        for child in element.elements { Self.names(in: child, into: &names) }
    }

    /// "Bill Clinton" of "Bill and Hillary Clinton": the text's own two words, the surname it gives both people.
    static func sharesASurname(_ name: String, in input: String) -> Bool {
        let words = name.split(separator: " ")
        guard words.count == 2 else { return false }
        for conjunction in [" and ", " und ", " et ", " y ", " e ", " en ", " & "] {
            var rest = input[...]
            while let opening = rest.range(of: words[0] + conjunction) {
                let after = rest[opening.upperBound...].prefix(40)
                if let space = after.firstIndex(of: " "), after[after.index(after: space)...].hasPrefix(words[1]) { return true }
                rest = rest[opening.upperBound...]
            }
        }
        return false
    }

    @Test(
        "every name written to NewsML-G2, from any corpus file (NewsML-G2, NITF, ninjs, plain text), is in the input or the gazetteer",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus, schemas or tools)"))
    func noNameIsMadeUp() throws {
        guard let shared = TestPaths.sharedFolder() else { return }
        let corpus = shared.appendingPathComponent("corpus")
        let files = try #require(FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)).compactMap { $0 as? URL }
            .filter { ["xml", "txt", "json"].contains($0.pathExtension) && !$0.lastPathComponent.contains(".gold.") }
            .filter { !$0.path.contains("/other/") && $0.lastPathComponent != "MANIFEST.tsv" }
        #expect(files.count > 400)
        let converter = NewsConverter(options: ConversionOptions(to: .newsml, versionCreated: TestPaths.fixedTime))
        var invented: [String] = []
        var written = 0
        for file in files {
            let data = try Data(contentsOf: file)
            let result = converter.convert(data, file: file.lastPathComponent)
            guard !result.documents.isEmpty else { continue }
            var inputValues: Set<String> = []
            if let root = XMLDocumentParser.parse(data).tree?.root { Self.said(in: root, into: &inputValues) }
            // Plain text in Latin-1 or Windows-1252 (dpa's 7901 copy) is read as such.
            let decoded = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) ?? ""
            let input = decoded.normalizingXMLWhitespace()
            for document in result.documents {
                guard let root = XMLDocumentParser.parse(document.data).tree?.root else { continue }
                var names: [String] = []
                Self.names(in: root, into: &names)
                for name in names where !name.isEmpty {
                    written += 1
                    if input.contains(name) || inputValues.contains(where: { $0.contains(name) }) { continue }
                    // A dateline's place written in capitals ("KHAN YOUNIS, Gaza Strip —") is named in its usual case.
                    if input.contains(name.uppercased()) { continue }
                    if Gazetteer.shared.lookup(name) != nil { continue }
                    if Self.sharesASurname(name, in: input) { continue }
                    invented.append("\(file.lastPathComponent): \(name)")
                }
            }
        }
        #expect(written > 3000)
        #expect(invented.isEmpty, "\(invented.count) names in no input:\n\(invented.prefix(20).joined(separator: "\n"))")
    }
}
