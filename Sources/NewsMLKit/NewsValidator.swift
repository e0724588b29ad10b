import Foundation
import JSONSchema
import NITF
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
    /// The XSD for NITF documents: IPTC's `nitf-3-6.xsd` for other producers' files; nil is the shipped NewsMLKit NITF
    /// schema (what NewsMLKit writes, a strict part of NITF 3.6).
    public var nitfSchema: String?

    public init(
        schemas: SchemaSelection = SchemaSelection(), limits: XMLParseLimits = .default, ninjsVersion: String? = nil,
        ninjsFormats: FormatAssertions = [.dateTime], nitfSchema: String? = nil
    ) {
        self.schemas = schemas
        self.limits = limits
        self.ninjsVersion = ninjsVersion
        self.ninjsFormats = ninjsFormats
        self.nitfSchema = nitfSchema
    }

    /// Validates a document of the format `format` says (a request's declared type), or else of the format its
    /// bytes show.
    public func validate(_ data: Data, file: String, format: InputFormat? = nil) -> ValidationReport {
        switch format ?? FormatSniffer.detect(data) {
        case .ninjs: return validateNinjs(data, file: file)
        case .nitf: return validateNITF(data, file: file)
        default: break
        }
        let schema: CompiledSchema
        let origin: String
        do {
            (schema, origin) = try schemas.compiled()
        } catch {
            return ValidationReport(
                file: file, valid: false,
                schema: {
                    let (path, origin) = schemas.resolve()
                    return SchemaName.describe(path: path, origin: origin)
                }(), diagnostics: error.diagnostics)
        }
        let parsed = XMLDocumentParser.parse(data, file: file, limits: limits, validatingAgainst: schema)
        var diagnostics = parsed.diagnostics
        if let tree = parsed.tree { diagnostics += NewsMLG2Checks.check(tree, file: file) }
        return ValidationReport(
            file: file, valid: !diagnostics.hasErrors, schema: SchemaName.describe(path: schema.path, origin: origin),
            diagnostics: diagnostics)
    }
}

extension NewsValidator {
    /// NITF against the NITF 3.6 XSD. NITF as agencies send it has no namespace (the DTD-era form); the XSD defines the
    /// same elements in the 3.6 namespace, so such a document is validated with that namespace declared on its root
    /// (inserted in its start tag: every line and column stays where it was), and a note says so.
    public func validateNITF(_ data: Data, file: String) -> ValidationReport {
        let path = nitfSchema ?? NewsConverter.shippedNITFSchemaPath
        let origin = nitfSchema == nil ? "shipped NewsMLKit NITF schema" : "--nitf-schema"
        let schema: CompiledSchema
        do { schema = try CompiledSchema.load(path: path) } catch {
            return ValidationReport(
                file: file, valid: false, schema: SchemaName.describe(path: path, origin: origin), diagnostics: error.diagnostics)
        }
        var document = data
        var notes: [Diagnostic] = []
        if let (insertAt, line) = Self.rootWithoutNamespace(data) {
            document.insert(contentsOf: Data(" xmlns=\"\(NITF.namespace)\"".utf8), at: insertAt)
            notes.append(
                .note(
                    "nitf.namespace.added",
                    "the nitf element has no namespace (DTD-style NITF); validated as NITF 3.6 in \(NITF.namespace)",
                    at: SourceLocation(file: file, line: line)))
        }
        let diagnostics = notes + XMLDocumentParser.parse(document, file: file, limits: limits, validatingAgainst: schema).diagnostics
        return ValidationReport(
            file: file, valid: !diagnostics.hasErrors, schema: SchemaName.describe(path: path, origin: origin), diagnostics: diagnostics)
    }

    /// The byte offset just after `<nitf` and its line, when the root start tag declares no default namespace.
    static func rootWithoutNamespace(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data.prefix(65_536))
        let needle = Array("<nitf".utf8)
        var index = 0
        var line = 1
        while index + needle.count < bytes.count {
            if bytes[index] == 0x0A { line += 1 }
            if bytes[index] == needle[0], Array(bytes[index..<index + needle.count]) == needle,
                [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[index + needle.count])
            {
                let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
                let tag = String(decoding: bytes[index..<end], as: UTF8.self)
                if tag.contains("xmlns=") { return nil }
                return (data.startIndex + index + needle.count, line)
            }
            index += 1
        }
        return nil
    }

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
                        "NewsMLKit ships ninjs 3.2, 2.3 and 1.7 schemas only; for ninjs \(version) give IPTC's schema with --schema or --schema-dir",
                        at: SourceLocation(file: file))
                ])
        }
        let validator: JSONSchemaValidator
        do {
            validator = try NinjsSchemaCache.shared.validator(path: path, formats: ninjsFormats)
        } catch {
            return ValidationReport(
                file: file, valid: false, schema: SchemaName.describe(path: path, origin: origin),
                diagnostics: [
                    .error(
                        "schema.invalid",
                        "the ninjs schema \(SchemaName.describe(path: path, origin: origin)) cannot be used: \(error.message)",
                        at: SourceLocation(file: file))
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
            file: file, valid: violations.isEmpty, schema: SchemaName.describe(path: path, origin: origin), diagnostics: diagnostics)
    }
}
