import NewsModel
import NewsXML

/// The checks no XSD makes, each with its own id and location.
public enum NewsMLG2Checks {
    public static func check(_ tree: XMLTree, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let root = tree.root
        var items: [XMLTree.Element] = []
        if root.localName == "newsMessage" {
            items = (root.firstElement(named: "itemSet") ?? root).elements.filter { $0.localName.hasSuffix("Item") }
        } else if root.localName.hasSuffix("Item") {
            items = [root]
        } else {
            // A stand-alone catalog or another NAR document: not an item, so no item checks.
            return diagnostics
        }
        var guids: [String: Int] = [:]
        for item in items {
            let location = SourceLocation(file: file, line: item.line)
            let guid = item[attribute: "guid"] ?? ""
            if guid.isEmpty { diagnostics.append(.error("newsml.check.guid", "the \(item.localName) has no guid", at: location)) }
            if item[attribute: "version"] == nil, item.localName != "catalogItem" {
                diagnostics.append(.warning("newsml.check.version", "the \(item.localName) '\(guid)' has no version", at: location))
            }
            if let first = guids[guid], !guid.isEmpty {
                diagnostics.append(
                    .error("newsml.check.duplicate-guid", "the guid '\(guid)' was already used by the item on line \(first)", at: location))
            } else {
                guids[guid] = item.line
            }
            let declared = declaredSchemes(item, message: root)
            checkElement(item, declared: declared, file: file, into: &diagnostics)
            checkLinks(item, file: file, into: &diagnostics)
        }
        return diagnostics
    }

    /// Scheme aliases declared by the catalogs an item references (the IPTC catalog's known ones, plus inline catalogs).
    /// The aliases an item may use: IPTC's (when it references IPTC's catalog) and those of inline catalogs.
    struct DeclaredSchemes {
        var iptc: Bool
        var inline: Set<String>

        func contains(_ alias: String) -> Bool { inline.contains(alias) || (iptc && SchemeCatalog.iptc.contains(alias: alias)) }
    }

    private static func declaredSchemes(_ item: XMLTree.Element, message: XMLTree.Element) -> DeclaredSchemes? {
        var schemes: Set<String> = []
        var referencesIPTC = false
        var unknownCatalog = false
        for source in [item, message.firstElement(named: "header") ?? item] {
            for child in source.elements {
                if child.localName == "catalogRef" {
                    let href = child[attribute: "href"] ?? ""
                    if Self.namesIPTCCatalog(href) {
                        referencesIPTC = true
                    } else {
                        unknownCatalog = true
                    }
                } else if child.localName == "catalog" {
                    for scheme in child.elements(named: "scheme") { if let alias = scheme[attribute: "alias"] { schemes.insert(alias) } }
                }
            }
        }
        // A catalog we cannot read could declare anything: then no qcode is reported.
        if unknownCatalog { return nil }
        return DeclaredSchemes(iptc: referencesIPTC, inline: schemes)
    }

    /// Whether an href names IPTC's catalog. An ASCII href (every real one) is searched on its bytes, where each
    /// byte is a Character; another is searched by Characters, as before: that search cost 80,000 instructions an
    /// href, an eighth of validating a NewsML-G2 file.
    static func namesIPTCCatalog(_ href: String) -> Bool {
        if href.utf8.allSatisfy({ $0 < 0x80 }) { return href.containsBytes("iptc.org/std/catalog/catalog.IPTC-G2-Standards") }
        return href.contains("iptc.org/std/catalog/catalog.IPTC-G2-Standards")
    }

    private static let linkElements: Set<String> = ["link", "itemRef", "remoteContent", "catalogRef"]
    private static let qcodeAttributes: Set<String> = ["qcode", "type", "rel", "role", "why", "how", "creator"]
    private static let dateElements: Set<String> = ["versionCreated", "firstCreated", "embargoed", "sent"]

    private static func checkElement(
        _ element: XMLTree.Element, declared: DeclaredSchemes?, file: String, into diagnostics: inout [Diagnostic]
    ) {
        let location = SourceLocation(file: file, line: element.line)
        if element.name.namespace == NewsMLG2.namespace || element.name.namespace == nil {
            if let declared {
                for attribute in element.attributes where attribute.name.namespace == nil && qcodeAttributes.contains(attribute.name.local)
                {
                    for code in attribute.value.split(separator: " ") {
                        guard let colon = code.firstIndex(of: ":") else { continue }
                        let alias = String(code[..<colon])
                        if !declared.contains(alias) {
                            diagnostics.append(
                                .warning(
                                    "newsml.check.qcode-scheme",
                                    "the scheme '\(alias)' of \(attribute.name.local)=\"\(code)\" is not declared in a referenced catalog",
                                    at: location))
                        }
                    }
                }
            }
            if dateElements.contains(element.localName) {
                let value = element.textContent.normalizingWhitespace()
                if !value.isEmpty, !DateRepair.isDateTime(value) {
                    diagnostics.append(
                        .error("newsml.check.date", "\(element.localName) '\(value)' is not an ISO 8601 date-time", at: location))
                }
            }
            if element.localName == "pubStatus", let code = element[attribute: "qcode"], PublicationStatus(qcode: code) == nil {
                diagnostics.append(
                    .error(
                        "newsml.check.pubStatus", "pubStatus '\(code)' is not from the stat: scheme (usable, withheld, canceled)",
                        at: location))
            }
            if element.localName == "itemClass", let code = element[attribute: "qcode"], ItemClass(qcode: code) == nil {
                diagnostics.append(
                    .warning("newsml.check.itemClass", "itemClass '\(code)' is not an IPTC item nature (ninat:)", at: location))
            }
            if element.localName == "inlineXML" || element.localName == "inlineData" { return }
        }
        // The children walked in place: `elements` built an array of every element's children first.
        for case .element(let child) in element.children { checkElement(child, declared: declared, file: file, into: &diagnostics) }
    }

    /// Links that point nowhere: a link without href or residref, an href that is not a URI, a groupRef
    /// naming no group of the package.
    private static func checkLinks(_ item: XMLTree.Element, file: String, into diagnostics: inout [Diagnostic]) {
        var groupIdentifiers: Set<String> = []
        var groupReferences: [(String, Int)] = []
        func visit(_ element: XMLTree.Element) {
            guard element.name.namespace == NewsMLG2.namespace || element.name.namespace == nil else { return }
            let name = element.localName
            let location = SourceLocation(file: file, line: element.line)
            if linkElements.contains(name) {
                let href = element[attribute: "href"]?.trimmingWhitespace() ?? ""
                let residref = element[attribute: "residref"]?.trimmingWhitespace() ?? ""
                if href.isEmpty && residref.isEmpty {
                    diagnostics.append(
                        .warning("newsml.check.link-target", "this \(name) points nowhere: it has neither href nor residref", at: location))
                } else if !href.isEmpty,
                    href.contains(where: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "<" || $0 == ">" || $0 == "\"" })
                {
                    diagnostics.append(.warning("newsml.check.link-href", "the href '\(href)' of this \(name) is not a URI", at: location))
                }
            }
            if name == "group", let identifier = element[attribute: "id"] { groupIdentifiers.insert(identifier) }
            if name == "groupRef", let reference = element[attribute: "idref"] { groupReferences.append((reference, element.line)) }
            if name == "inlineXML" || name == "inlineData" { return }
            for case .element(let child) in element.children { visit(child) }
        }
        visit(item)
        for (reference, line) in groupReferences where !groupIdentifiers.contains(reference) {
            diagnostics.append(
                .warning(
                    "newsml.check.group-ref", "groupRef idref='\(reference)' names no group of this package",
                    at: SourceLocation(file: file, line: line)))
        }
    }
}
