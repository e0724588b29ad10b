/// The ninjs versions NewsMLKit writes. 3.x names properties in camelCase, 2.x in lower case.
public enum NinjsVersion: String, Sendable, CaseIterable {
    case v3_2 = "3.2"
    case v2_3 = "2.3"
    /// The 1.x form deployed CMS ingest reads (`headline`, `body_html`, objects keyed by name).
    case v1_7 = "1.7"

    public var schemaURI: String { "http://www.iptc.org/std/ninjs/ninjs-schema_\(rawValue).json" }

    /// The property name in this version for a 3.x (camelCase) name.
    func key(_ camelCase: String) -> String {
        switch self {
        case .v3_2: return camelCase
        case .v2_3, .v1_7: return camelCase == "embargoedUntil" ? "embargoed" : camelCase.lowercased()
        }
    }
}

/// How the body is written into `bodies`.
public enum NinjsBodyStyle: String, Sendable, CaseIterable {
    /// `application/xhtml+xml`, the structure kept (subheadings, paragraphs, figures).
    case xhtml
    /// `text/plain`, paragraphs separated by blank lines.
    case text
}
