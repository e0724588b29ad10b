import Foundation

/// Validates JSON instances against a JSON Schema (draft-03, -04, -06, -07, 2019-09 and 2020-12 rules
/// as far as real schemas use them): `$ref` with `$id`/`id` base resolution, `$defs`/`definitions`,
/// `$anchor`, the applicators, `unevaluatedProperties`/`unevaluatedItems`, the assertions and `format`.
///
/// Built once, then safe to use from many threads. References are resolved only against the schema
/// itself and the `additionalSchemas` given; nothing is fetched from the network.
public final class JSONSchemaValidator: Sendable {
    struct Resource: Sendable {
        var schema: JSONValue
        var base: String
        var dialect: JSONSchemaDialect
    }

    let root: Resource
    let resources: [String: Resource]
    let anchors: [String: Resource]
    let patterns: [String: RegularExpression]
    public let formats: FormatAssertions
    /// Some schema object has `unevaluatedProperties`: only then must each evaluation say which properties it looked
    /// at, a set of names built and merged for every object of every document (a tenth of validating ninjs).
    let tracksEvaluatedProperties: Bool
    /// Each reference resolved once: a ninjs item's arrays follow the same few `$ref`s for every element, and
    /// resolving one (URI resolution, the pointer's tokens, dictionary lookups by long URIs) cost more than
    /// validating the element.
    private let resolvedReferences = ResolvedReferences()
    /// Schemas nest references; a cycle that consumes no input is stopped at this depth.
    static let maximumDepth = 256

    public init(
        schema: JSONValue, baseURI: String? = nil, additionalSchemas: [JSONValue] = [],
        formats: FormatAssertions = [.dateTime]
    ) throws(JSONSchemaError) {
        var index = SchemaIndex()
        let dialect = JSONSchemaDialect(schemaURI: schema["$schema"]?.string)
        let rootBase = Self.stripFragment(schema[dialect.identifierKeyword]?.string ?? baseURI ?? "urn:newsmlkit:json-schema:root")
        index.add(schema, base: rootBase, dialect: dialect)
        for (position, extra) in additionalSchemas.enumerated() {
            let extraDialect = JSONSchemaDialect(schemaURI: extra["$schema"]?.string)
            let base = Self.stripFragment(extra[extraDialect.identifierKeyword]?.string ?? "urn:newsmlkit:json-schema:\(position + 1)")
            index.add(extra, base: base, dialect: extraDialect)
        }
        var compiled: [String: RegularExpression] = [:]
        for pattern in index.patterns {
            guard let expression = RegularExpression(pattern) else {
                throw JSONSchemaError(message: "the schema pattern /\(pattern)/ is not a regular expression this validator can use")
            }
            compiled[pattern] = expression
        }
        self.root = Resource(schema: schema, base: rootBase, dialect: dialect)
        self.resources = index.resources
        self.anchors = index.anchors
        self.patterns = compiled
        self.formats = formats
        tracksEvaluatedProperties = ([schema] + additionalSchemas).contains { Self.mentions("unevaluatedProperties", in: $0) }
    }

    /// Whether any object in the value has the key, data included: cheap, and never wrong for a reference that points
    /// anywhere.
    static func mentions(_ key: String, in value: JSONValue) -> Bool {
        switch value {
        case .object(let object): object[key] != nil || object.values.contains { mentions(key, in: $0) }
        case .array(let elements): elements.contains { mentions(key, in: $0) }
        default: false
        }
    }

    /// Loads a schema from JSON text.
    public convenience init(
        schemaData: Data, baseURI: String? = nil, additionalSchemas: [JSONValue] = [],
        formats: FormatAssertions = [.dateTime]
    ) throws(JSONSchemaError) {
        let schema: JSONValue
        do {
            schema = try JSONParser().parse(schemaData)
        } catch {
            throw JSONSchemaError(message: "the schema is not JSON: \(error)")
        }
        try self.init(schema: schema, baseURI: baseURI, additionalSchemas: additionalSchemas, formats: formats)
    }

    /// The violations of `instance`, at most `limit` of them, in document order.
    public func validate(_ instance: JSONValue, limit: Int = 100) -> [JSONSchemaViolation] {
        // Most documents are valid: asked first without the paths, which only a violation needs.
        guard !isValid(instance) else { return [] }
        var run = ValidationRun(validator: self, limit: limit)
        _ = run.evaluate(instance, root.schema, resource: root, instancePath: "", schemaPath: "", depth: 0)
        return run.violations
    }

    public func isValid(_ instance: JSONValue) -> Bool {
        var run = ValidationRun(validator: self, limit: 0, spellsPaths: false)
        return run.evaluate(instance, root.schema, resource: root, instancePath: "", schemaPath: "", depth: 0).valid
    }

    func resolve(_ reference: String, from resource: Resource) -> (schema: JSONValue, resource: Resource)? {
        resolvedReferences.value(for: reference, base: resource.base) { resolveUncached(reference, from: resource) }
    }

    private func resolveUncached(_ reference: String, from resource: Resource) -> (schema: JSONValue, resource: Resource)? {
        let absolute = Self.resolve(reference, against: resource.base)
        let (document, fragment) = Self.split(absolute)
        guard let target = resources[document] ?? (document.isEmpty ? root : nil) else { return nil }
        if fragment.isEmpty { return (target.schema, target) }
        if fragment.hasPrefix("/") {
            var current = target.schema
            for token in fragment.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
                let key = JSONPointer.fragmentKey(token)
                switch current {
                case .object(let object):
                    guard let next = object[key] else { return nil }
                    current = next
                case .array(let array):
                    guard let position = Int(key), array.indices.contains(position) else { return nil }
                    current = array[position]
                default:
                    return nil
                }
            }
            return (current, target)
        }
        guard let anchored = anchors[document + "#" + fragment] else { return nil }
        return (anchored.schema, anchored)
    }

    static func stripFragment(_ uri: String) -> String {
        split(uri).document
    }

    static func split(_ uri: String) -> (document: String, fragment: String) {
        guard let hash = uri.firstIndex(of: "#") else { return (uri, "") }
        return (String(uri[..<hash]), String(uri[uri.index(after: hash)...]))
    }

    /// RFC 3986 reference resolution, enough for schema identifiers (absolute, fragment-only and relative paths).
    static func resolve(_ reference: String, against base: String) -> String {
        if reference.hasPrefix("#") { return stripFragment(base) + reference }
        if reference.contains(":"), let colon = reference.firstIndex(of: ":"),
            reference[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." })
        {
            return reference
        }
        if let baseURL = URL(string: stripFragment(base)), baseURL.scheme != "urn",
            let resolved = URL(string: reference, relativeTo: baseURL)?.absoluteString
        {
            return resolved
        }
        return reference
    }
}

/// The references a validator has resolved, by base and reference: what `resolve` answers depends on nothing else (the
/// validator's resources and anchors never change), so the first answer serves every later use, from any thread.
final class ResolvedReferences: @unchecked Sendable {
    // Read and written under the lock.
    private var answers: [String: [String: (schema: JSONValue, resource: JSONSchemaValidator.Resource)?]] = [:]
    private let lock = NSLock()

    func value(
        for reference: String, base: String,
        _ resolve: () -> (schema: JSONValue, resource: JSONSchemaValidator.Resource)?
    ) -> (schema: JSONValue, resource: JSONSchemaValidator.Resource)? {
        lock.lock()
        if let known = answers[base]?[reference] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let answer = resolve()
        lock.lock()
        answers[base, default: [:]][reference] = .some(answer)
        lock.unlock()
        return answer
    }
}

/// Every resource (`$id`), anchor and pattern of a set of schemas, collected once.
struct SchemaIndex {
    var resources: [String: JSONSchemaValidator.Resource] = [:]
    var anchors: [String: JSONSchemaValidator.Resource] = [:]
    var patterns: Set<String> = []
    /// Keywords whose values are data, not schemas.
    static let dataKeywords: Set<String> = [
        "enum", "const", "examples", "default", "required", "dependentRequired", "title", "description", "$comment",
    ]

    mutating func add(_ schema: JSONValue, base: String, dialect: JSONSchemaDialect) {
        resources[base] = .init(schema: schema, base: base, dialect: dialect)
        walk(schema, base: base, dialect: dialect, parentKeyword: nil)
    }

    private mutating func walk(_ value: JSONValue, base: String, dialect: JSONSchemaDialect, parentKeyword: String?) {
        switch value {
        case .object(let object):
            var base = base
            var dialect = dialect
            // Property-name maps hold schemas but their keys are names, not keywords.
            let isNameMap =
                parentKeyword.map {
                    ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies"].contains($0)
                } ?? false
            if !isNameMap {
                if let declared = object["$schema"]?.string { dialect = JSONSchemaDialect(schemaURI: declared) }
                if let identifier = object[dialect.identifierKeyword]?.string {
                    if identifier.hasPrefix("#"), dialect <= .draft7 {
                        anchors[JSONSchemaValidator.stripFragment(base) + identifier] = .init(schema: value, base: base, dialect: dialect)
                    } else {
                        let resolved = JSONSchemaValidator.resolve(identifier, against: base)
                        base = JSONSchemaValidator.stripFragment(resolved)
                        if resources[base] == nil { resources[base] = .init(schema: value, base: base, dialect: dialect) }
                    }
                }
                if let anchor = object["$anchor"]?.string {
                    anchors[base + "#" + anchor] = .init(schema: value, base: base, dialect: dialect)
                }
                if let pattern = object["pattern"]?.string { patterns.insert(pattern) }
                if let map = object["patternProperties"]?.object { patterns.formUnion(map.keys) }
            }
            for (key, child) in object where isNameMap || !Self.dataKeywords.contains(key) {
                walk(child, base: base, dialect: dialect, parentKeyword: isNameMap ? nil : key)
            }
        case .array(let elements):
            for element in elements { walk(element, base: base, dialect: dialect, parentKeyword: nil) }
        default:
            break
        }
    }
}

/// A compiled `pattern`. JSON Schema patterns are ECMA-262; ICU agrees on the constructs schemas use.
final class RegularExpression: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented as safe to share between threads.
    private let expression: NSRegularExpression

    init?(_ pattern: String) {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return nil }
        self.expression = expression
    }

    func matches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
