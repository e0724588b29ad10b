import Foundation
import NewsModel
import NewsXML

extension SchemeCatalog {
    /// The schemes a NewsML-G2 catalog document (`<catalog>` or an item holding one) declares.
    public static func load(catalogData data: Data, file: String) -> (catalog: SchemeCatalog, diagnostics: [Diagnostic]) {
        let parsed = XMLDocumentParser.parse(data, file: file)
        guard let root = parsed.tree?.root else { return (SchemeCatalog(), parsed.diagnostics) }
        var schemes: [String: String] = [:]
        func collect(_ element: XMLTree.Element) {
            if element.localName == "scheme", let alias = element[attribute: "alias"], let uri = element[attribute: "uri"] {
                schemes[alias] = uri
            }
            for child in element.elements { collect(child) }
        }
        collect(root)
        var diagnostics = parsed.diagnostics
        if schemes.isEmpty {
            diagnostics.append(
                .error(
                    "catalog.empty", "the catalog declares no scheme (no <scheme alias=… uri=…>)",
                    at: SourceLocation(file: file, line: root.line)))
        }
        return (SchemeCatalog(schemes: schemes), diagnostics)
    }
}
