import Foundation
import NewsMLKit
import TestSupport
import Testing

/// IPTC's NewsML-G2 unit tests get the same verdict from NewsMLKit's validator (official schema plus the
/// checks no XSD makes) as from xmllint with the official schema.
@Suite struct IPTCUnitTestVerdictTests {
    @Test(.enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus, schemas or tools)")) func sameVerdictAsXmllint() throws {
        guard let shared = TestPaths.sharedFolder(), let official = TestPaths.officialSchema else { return }
        let root = shared.appendingPathComponent("corpus/newsml-g2/iptc-newsml-g2/unit_test_files")
        let files = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".xml") }
            .sorted()
        #expect(files.count >= 160)
        let validator = NewsValidator(schemas: SchemaSelection(file: official.path))
        var mismatches: [String] = []
        for file in files {
            let url = root.appendingPathComponent(file)
            let reference = try run(URL(fileURLWithPath: "/usr/bin/xmllint"), ["--noout", "--nonet", "--schema", official.path, url.path])
            let ours = validator.validate(try Data(contentsOf: url), file: file)
            if ours.valid != (reference.status == 0) {
                mismatches.append(
                    "\(file): xmllint \(reference.status == 0 ? "valid" : "invalid"), NewsMLKit \(ours.valid ? "valid" : "invalid") \(ours.diagnostics.errors.prefix(2).map(\.message))"
                )
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(files.count):\n\(mismatches.joined(separator: "\n"))")
    }

    @Test("links that point nowhere and groupRefs to missing groups are reported with their line")
    func linkChecks() throws {
        let document = """
            <packageItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="1" standard="NewsML-G2" standardversion="2.35" conformance="power">
              <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"/>
              <itemMeta><itemClass qcode="ninat:composite"/><provider literal="p"/><versionCreated>2026-01-01T00:00:00Z</versionCreated>
                <link rel="irel:seeAlso"/>
              </itemMeta>
              <groupSet root="main"><group id="main" role="group:main"><groupRef idref="missing"/><itemRef href="not a uri"/></group></groupSet>
            </packageItem>
            """
        let report = NewsValidator().validate(Data(document.utf8), file: "links.xml")
        let found = report.diagnostics.filter { $0.id.hasPrefix("newsml.check.link") || $0.id == "newsml.check.group-ref" }
        #expect(found.map(\.id).sorted() == ["newsml.check.group-ref", "newsml.check.link-href", "newsml.check.link-target"])
        #expect(found.first { $0.id == "newsml.check.link-target" }?.location.line == 4)
    }
}
