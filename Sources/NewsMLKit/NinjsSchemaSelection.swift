import Foundation
import JSONSchema
import NewsModel

/// Which ninjs JSON Schema validates a document of a given ninjs version: an explicit file, a folder
/// holding IPTC's schemas (`ninjs-schema_<version>.json`, also under `<version>/` or `ninjs/<version>/`),
/// the `NEWSML_SCHEMA_DIR` environment variable, or else the schema NewsMLKit ships (3.2 and 2.3).
public struct NinjsSchemaSelection: Sendable, Hashable {
    public var file: String?
    public var directory: String?

    public init(file: String? = nil, directory: String? = nil) {
        self.file = file
        self.directory = directory
    }

    public init(_ selection: SchemaSelection) {
        self.file = selection.file.flatMap { $0.hasSuffix(".json") ? $0 : nil }
        self.directory = selection.directory
    }

    /// The versions IPTC has published; a document's `standard.version` is matched against these.
    public static let knownVersions = [
        "1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.0", "2.1", "2.2", "2.3", "3.0", "3.1", "3.2",
    ]

    public func resolve(version: String, environment: [String: String] = SchemaSelection.processEnvironment) -> (
        path: String, origin: String
    )? {
        if let file { return (file, "--schema") }
        for (folder, origin) in [(directory, "--schema-dir"), (environment["NEWSML_SCHEMA_DIR"], "NEWSML_SCHEMA_DIR")] {
            guard let folder, !folder.isEmpty else { continue }
            if let found = Self.schemaFile(version: version, in: folder) { return (found, origin) }
        }
        let shipped = (SchemaSelection.shippedSchemaFolder as NSString).appendingPathComponent("newsmlkit-ninjs-\(version).json")
        if FileManager.default.fileExists(atPath: shipped) { return (shipped, "shipped NewsMLKit schema") }
        return nil
    }

    static func schemaFile(version: String, in folder: String) -> String? {
        let name = "ninjs-schema_\(version).json"
        let parent = (folder as NSString).deletingLastPathComponent
        for candidate in [
            folder, "\(folder)/\(version)", "\(folder)/ninjs/\(version)", "\(parent)/ninjs/\(version)", "\(parent)/\(version)",
        ] {
            let path = (candidate as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }

    /// GeoJSON's schema, which IPTC's ninjs schemas reference, when it lies beside them.
    static func companions(of schemaPath: String) -> [String] {
        var folder = (schemaPath as NSString).deletingLastPathComponent
        for _ in 0..<3 {
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            let found = contents.filter { $0.lowercased().hasPrefix("geojson") && $0.hasSuffix(".json") }.sorted()
            if !found.isEmpty { return found.map { (folder as NSString).appendingPathComponent($0) } }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return []
    }

    /// The ninjs version a document declares in `standard.version` (`$standard` in 1.x), else the one
    /// its property names suggest: camelCase 3.x names, 2.x arrays, or 1.x.
    public static func version(of document: JSONValue) -> String {
        guard let object = document.object else { return "3.2" }
        let declared = (object["standard"] ?? object["$standard"])?["version"]
        let text = declared?.string ?? declared?.double.map { String($0) } ?? ""
        if knownVersions.contains(text) { return text }
        if !text.isEmpty {
            switch text.split(separator: ".").first {
            case "1": return "1.7"
            case "2": return "2.3"
            default: return "3.2"
            }
        }
        let camelCase: Set<String> = ["versionCreated", "firstCreated", "pubStatus", "contentCreated", "embargoedUntil", "altIds"]
        if object.keys.contains(where: camelCase.contains) { return "3.2" }
        if object.keys.contains(where: { ["headlines", "bodies", "descriptions"].contains($0) }) { return "2.3" }
        return "1.7"
    }
}

/// Compiled ninjs validators, one per schema file and format strictness, shared by every conversion.
final class NinjsSchemaCache: @unchecked Sendable {
    static let shared = NinjsSchemaCache()
    private let lock = NSLock()
    private var validators: [String: JSONSchemaValidator] = [:]

    func validator(path: String, formats: FormatAssertions) throws(JSONSchemaError) -> JSONSchemaValidator {
        let key = "\(formats.rawValue)|\(path)"
        lock.lock()
        defer { lock.unlock() }
        if let cached = validators[key] { return cached }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw JSONSchemaError(message: "cannot read the ninjs schema \(path)")
        }
        var companions: [JSONValue] = []
        for companion in NinjsSchemaSelection.companions(of: path) {
            if let bytes = FileManager.default.contents(atPath: companion), let value = try? JSONParser().parse(bytes) {
                companions.append(value)
                // IPTC's schemas name GeoJSON by its https and http URIs alike.
                if var object = value.object, let identifier = object["$id"]?.string {
                    let other = identifier.hasPrefix("https:") ? "http:" + identifier.dropFirst(6) : "https:" + identifier.dropFirst(5)
                    object["$id"] = .string(other)
                    companions.append(.object(object))
                }
            }
        }
        let validator = try JSONSchemaValidator(
            schemaData: data, baseURI: URL(fileURLWithPath: path).absoluteString,
            additionalSchemas: companions, formats: formats)
        validators[key] = validator
        return validator
    }
}
