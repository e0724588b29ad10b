import Foundation
import NewsModel
import NewsXML

/// Which NewsML-G2 schema validates: an explicit file, a folder holding IPTC's schema, the
/// `NEWSML_SCHEMA_DIR` environment variable, or else the schema NewsMLKit ships.
public struct SchemaSelection: Sendable, Hashable {
    public var file: String?
    public var directory: String?

    public static let officialFileName = "NewsML-G2_2.35-spec-All-Power.xsd"
    public static let shippedFileName = "newsmlkit-newsml-g2-2.35.xsd"

    public init(file: String? = nil, directory: String? = nil) {
        self.file = file
        self.directory = directory
    }

    /// The schema file to use and a phrase saying why, for the "validated against" line.
    /// Read once: the environment does not change while a process runs, and reading it is not free.
    public static let processEnvironment = ProcessInfo.processInfo.environment

    public func resolve(environment: [String: String] = SchemaSelection.processEnvironment) -> (path: String, origin: String) {
        if let file, !file.hasSuffix(".json") { return (file, "--schema") }
        if let directory { return (Self.schemaFile(in: directory), "--schema-dir") }
        if let directory = environment["NEWSML_SCHEMA_DIR"], !directory.isEmpty {
            return (Self.schemaFile(in: directory), "NEWSML_SCHEMA_DIR")
        }
        return (Self.shippedSchemaPath, "shipped NewsMLKit schema")
    }

    /// The NewsML-G2 Power schema in a folder: IPTC's file name, else the only NewsML-G2 XSD there.
    static func schemaFile(in directory: String) -> String {
        let official = (directory as NSString).appendingPathComponent(officialFileName)
        if FileManager.default.fileExists(atPath: official) { return official }
        let candidates = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".xsd") && $0.lowercased().contains("newsml") }.sorted()
        return (directory as NSString).appendingPathComponent(candidates.last ?? officialFileName)
    }

    /// The shipped NewsML-G2 schema.
    public static var shippedSchemaPath: String { (shippedSchemaFolder as NSString).appendingPathComponent(shippedFileName) }

    /// The shipped schemas' folder: in the resource bundle beside the executable, else in the source tree
    /// it was built from. (Bundle.module would stop the process when the bundle was not copied with the binary.)
    public static let shippedSchemaFolder: String = {
        var folders: [URL] = []
        if let executable = ResourceLocator.executableFolder {
            folders += [executable, executable.deletingLastPathComponent()]
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("NewsMLKit_NewsMLKit.resources/Schemas")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(shippedFileName).path) { return candidate.path }
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Schemas").path
    }()

    public func compiled() throws(SchemaLoadError) -> (schema: CompiledSchema, origin: String) {
        let (path, origin) = resolve()
        return (try CompiledSchema.load(path: path), origin)
    }
}
