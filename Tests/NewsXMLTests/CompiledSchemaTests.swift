import Foundation
import NewsModel
import NewsXML
import TestSupport
import Testing

@Suite struct CompiledSchemaTests {
    static let schemaText = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="count"><xs:simpleType><xs:restriction base="xs:integer"><xs:maxInclusive value="10"/></xs:restriction></xs:simpleType></xs:element>
        </xs:schema>
        """

    static func schemaPath() throws -> String {
        let path = NSTemporaryDirectory() + "newsmlkit-test-count.xsd"
        try schemaText.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func compilesOnceAndValidatesConcurrently() async throws {
        let path = try Self.schemaPath()
        let schema = try CompiledSchema.load(path: path)
        #expect(try CompiledSchema.load(path: path) === schema)
        let verdicts = await withTaskGroup(of: (Int, Bool).self) { group in
            for value in 0..<64 {
                group.addTask {
                    let diagnostics = schema.validate(Data("<count>\(value % 20)</count>".utf8), file: "v\(value).xml")
                    return (value, !diagnostics.hasErrors)
                }
            }
            var results: [Int: Bool] = [:]
            for await (value, valid) in group { results[value] = valid }
            return results
        }
        for (value, valid) in verdicts { #expect(valid == (value % 20 <= 10), "value \(value % 20)") }
    }

    @Test func invalidDocumentGivesLocatedDiagnostic() throws {
        let schema = try CompiledSchema.load(path: try Self.schemaPath())
        let diagnostics = schema.validate(Data("<count>\n42</count>".utf8), file: "big.xml")
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.id == "xml.schema.invalid")
        #expect(error.location.file == "big.xml")
        #expect(error.location.line == 1)
    }

    @Test func missingSchemaIsAnError() {
        #expect(throws: SchemaLoadError.self) { try CompiledSchema.load(path: "/nonexistent/schema.xsd") }
    }

    @Test(.enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus, schemas or tools)")) func officialNewsMLSchemaCompiles() throws {
        guard let official = TestPaths.officialSchema else { return }
        let schema = try CompiledSchema.load(path: official.path)
        #expect(schema.path.hasSuffix("NewsML-G2_2.35-spec-All-Power.xsd"))
    }
}
