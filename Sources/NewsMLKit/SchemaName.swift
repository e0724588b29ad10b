import Foundation

/// How a schema is named to people — in diagnostics, the CLI's "validated against" lines and HTTP answers: what
/// it is, never where it lies on the disk of the machine that ran the conversion (a service must not show its
/// paths). The shipped schemas by their standard and version; a schema someone gave by its file name and how it
/// was given.
public enum SchemaName {
    public static func describe(path: String, origin: String) -> String {
        let file = (path as NSString).lastPathComponent
        guard origin.hasPrefix("shipped") else { return "\(file) (\(origin))" }
        let stem = (file as NSString).deletingPathExtension
        for (prefix, standard) in [("newsmlkit-newsml-g2-", "NewsML-G2"), ("newsmlkit-nitf-", "NITF"), ("newsmlkit-ninjs-", "ninjs")]
        where stem.hasPrefix(prefix) {
            return "NewsMLKit \(standard) \(stem.dropFirst(prefix.count)) (shipped)"
        }
        return "NewsMLKit \(file) (shipped)"
    }
}
