import Foundation

/// How a schema is named to people — in diagnostics, the CLI's "validated against" lines and HTTP answers: what
/// it is, never where it lies on the disk of the machine that ran the conversion (a service must not show its
/// paths). The shipped schemas by their standard and version; a schema someone gave by its file name and how it
/// was given.
public enum SchemaName {
    public static func describe(path: String, origin: String) -> String {
        let file = lastPathComponent(path)
        guard origin.hasPrefix("shipped") else { return "\(file) (\(origin))" }
        let dot = file.utf8.lastIndex(of: UInt8(ascii: "."))
        let stem = dot.map { $0 > file.startIndex ? String(file[..<$0]) : file } ?? file
        for (prefix, standard) in [("newsmlkit-newsml-g2-", "NewsML-G2"), ("newsmlkit-nitf-", "NITF"), ("newsmlkit-ninjs-", "ninjs")]
        where stem.hasPrefix(prefix) {
            return "NewsMLKit \(standard) \(stem.dropFirst(prefix.count)) (shipped)"
        }
        return "NewsMLKit \(file) (shipped)"
    }

    /// The file name of a path (what follows its last slash, trailing slashes aside), on the bytes: NSString's
    /// version walks the path Character by Character, and a batch names its schema once per document.
    static func lastPathComponent(_ path: String) -> String {
        let utf8 = path.utf8
        guard !utf8.isEmpty else { return "" }
        var end = utf8.endIndex
        while end > utf8.index(after: utf8.startIndex), utf8[utf8.index(before: end)] == UInt8(ascii: "/") {
            end = utf8.index(before: end)
        }
        let trimmed = path[..<end]
        guard let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")), trimmed.utf8.index(after: slash) < end else {
            return String(trimmed)
        }
        return String(trimmed[trimmed.utf8.index(after: slash)...])
    }
}
