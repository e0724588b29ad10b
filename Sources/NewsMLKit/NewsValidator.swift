import Foundation
import JSONSchema
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

/// Validates NewsML-G2 documents against a schema and the checks no XSD makes, and ninjs documents
/// against the ninjs JSON Schema of their version.
public struct NewsValidator: Sendable {
    public var schemas: SchemaSelection
    public var limits: XMLParseLimits
    /// The ninjs version to validate against; nil takes it from the document's `standard`.
    public var ninjsVersion: String?
    /// `format` assertions for ninjs: date-time by default (as IPTC's reference validator), uri on request.
    public var ninjsFormats: FormatAssertions

    public init(
        schemas: SchemaSelection = SchemaSelection(), limits: XMLParseLimits = .default, ninjsVersion: String? = nil,
        ninjsFormats: FormatAssertions = [.dateTime]
    ) {
        self.schemas = schemas
        self.limits = limits
        self.ninjsVersion = ninjsVersion
        self.ninjsFormats = ninjsFormats
    }

    public func validate(_ data: Data, file: String) -> ValidationReport {
        if FormatSniffer.detect(data) == .ninjs { return validateNinjs(data, file: file) }
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

extension NewsValidator {
    public func validateNinjs(_ data: Data, file: String) -> ValidationReport {
        let document: JSONValue
        do {
            document = try JSONParser().parse(data)
        } catch {
            return ValidationReport(
                file: file, valid: false, schema: "ninjs",
                diagnostics: [
                    .error(
                        "ninjs.syntax", "the document is not JSON: \(error.message)",
                        at: SourceLocation(file: file, line: error.line, column: error.column))
                ])
        }
        let version = ninjsVersion ?? NinjsSchemaSelection.version(of: document)
        guard let (path, origin) = NinjsSchemaSelection(schemas).resolve(version: version) else {
            return ValidationReport(
                file: file, valid: false, schema: "ninjs \(version)",
                diagnostics: [
                    .error(
                        "schema.missing",
                        "NewsMLKit ships ninjs 3.2 and 2.3 schemas only; for ninjs \(version) give IPTC's schema with --schema or --schema-dir",
                        at: SourceLocation(file: file))
                ])
        }
        let validator: JSONSchemaValidator
        do {
            validator = try NinjsSchemaCache.shared.validator(path: path, formats: ninjsFormats)
        } catch {
            return ValidationReport(
                file: file, valid: false, schema: path,
                diagnostics: [
                    .error("schema.invalid", "the ninjs schema \(path) cannot be used: \(error.message)", at: SourceLocation(file: file))
                ])
        }
        let violations = validator.validate(document)
        // Positions are read once for the document, only when there is something to report.
        let locations = violations.isEmpty ? nil : JSONParser().locations(in: data)
        let diagnostics = violations.map { violation -> Diagnostic in
            let position = locations?.location(of: violation.instancePointer)
            return .error(
                "ninjs.schema", violation.message,
                at: SourceLocation(file: file, line: position?.line, column: position?.column, pointer: violation.instancePointer))
        }
        return ValidationReport(
            file: file, valid: violations.isEmpty, schema: "\(path) (\(origin), ninjs \(version))", diagnostics: diagnostics)
    }
}
