import Foundation
import NewsMLG2
import NewsModel
import NewsXML

/// The verdict on one document.
public struct ValidationReport: Sendable, Codable {
    public var file: String
    public var valid: Bool
    public var schema: String
    public var diagnostics: [Diagnostic]

    public init(file: String, valid: Bool, schema: String, diagnostics: [Diagnostic]) {
        self.file = file
        self.valid = valid
        self.schema = schema
        self.diagnostics = diagnostics
    }
}

/// Validates NewsML-G2 documents against a schema and the checks no XSD makes.
public struct NewsValidator: Sendable {
    public var schemas: SchemaSelection
    public var limits: XMLParseLimits

    public init(schemas: SchemaSelection = SchemaSelection(), limits: XMLParseLimits = .default) {
        self.schemas = schemas
        self.limits = limits
    }

    public func validate(_ data: Data, file: String) -> ValidationReport {
        let schema: CompiledSchema
        let origin: String
        do {
            (schema, origin) = try schemas.compiled()
        } catch {
            return ValidationReport(file: file, valid: false, schema: schemas.resolve().path, diagnostics: error.diagnostics)
        }
        let parsed = XMLDocumentParser.parse(data, file: file, limits: limits, validatingAgainst: schema)
        var diagnostics = parsed.diagnostics
        if let tree = parsed.tree { diagnostics += NewsMLG2Checks.check(tree, file: file) }
        return ValidationReport(file: file, valid: !diagnostics.hasErrors, schema: "\(schema.path) (\(origin))", diagnostics: diagnostics)
    }
}
