import NewsModel
import NewsXML

/// The checks no XSD makes, each with its own id and location.
public enum NewsMLG2Checks {
    /// Scheme aliases the IPTC catalog (catalog.IPTC-G2-Standards) declares, for qcodes in items that reference it.
    /// (The aliases of catalog.IPTC-G2-Standards_41.)
    static let iptcSchemes: Set<String> = [
        "a1312cat", "a1312prio", "a1312svc", "a1312vers", "acdc", "altidrole", "aoprop", "app", "aspfacet",
        "aspfacetvalue", "authoritystatus", "bcp47", "catinat", "chprop", "cinat", "ciprol", "colin", "colsp", "conf",
        "cpnat", "cpprole", "cptdefrole", "cptnoterole", "crel", "ctech", "ctrol", "cusip", "cwarn", "dbpedia",
        "digsrctype", "dimensionunit", "drol", "dummy", "ecirol", "edconf", "ednoterole", "encd", "entityprop",
        "eocstat", "eorol", "eprol", "eregrol", "erol", "figi", "fisymtype", "freebase", "frmt", "gen", "genre",
        "geonames", "geonameshttps", "gics", "googletopicsv1", "googletopicsv2", "hashscope", "hashtype", "hatarget",
        "hopaction", "howextr", "howpr", "iabadproduct10", "iabadproduct20", "iabaudience10", "iabcontent20",
        "iabcontent21", "iabcontent22", "iabcontent30", "ikos", "imgregrole", "imgregtype", "impt", "irel", "irep",
        "isin", "iso3166-1a2", "iso3166-1a3", "iso3166-2", "iso4217a", "iso4217n", "isrol", "ivqu", "lbtyp", "loctyp",
        "loutorient", "lrol", "mb-artist", "mb-label", "mb-recording", "mb-release", "mb-releasegroup", "mb-work",
        "medtop", "medtype", "mic", "mtyp", "ncostat", "ninat", "nityp", "nmsig", "not", "nprod", "nprov", "nprt",
        "nrol", "oito", "parasport", "pgrmod", "plinat", "plus", "prio", "prodgenre", "prop", "prov", "pst1",
        "rcalctype", "rel", "riaspect", "rightsprop", "riscope", "rnd", "role1", "rscaleunit", "rtype", "scn",
        "secst", "sedol", "sev", "sig", "skos", "sov", "squ", "stat", "subj", "ticker", "tidm", "timeunit", "tone",
        "tpctyp", "trustindicator", "urgy", "useracttype", "valfmt", "vcdc", "videodef", "why", "wikidata", "wldreg",
    ]

    public static func check(_ tree: XMLTree, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let root = tree.root
        var items: [XMLTree.Element] = []
        if root.localName == "newsMessage" {
            items = (root.firstElement(named: "itemSet") ?? root).elements.filter { $0.localName.hasSuffix("Item") }
        } else {
            items = [root]
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
                diagnostics.append(.error("newsml.check.duplicate-guid", "the guid '\(guid)' was already used by the item on line \(first)", at: location))
            } else {
                guids[guid] = item.line
            }
            let declared = declaredSchemes(item, message: root)
            checkElement(item, declared: declared, file: file, into: &diagnostics)
        }
        return diagnostics
    }

    /// Scheme aliases declared by the catalogs an item references (the IPTC catalog's known ones, plus inline catalogs).
    private static func declaredSchemes(_ item: XMLTree.Element, message: XMLTree.Element) -> Set<String>? {
        var schemes: Set<String> = []
        var referencesIPTC = false
        var unknownCatalog = false
        for source in [item, message.firstElement(named: "header") ?? item] {
            for child in source.elements {
                if child.localName == "catalogRef" {
                    let href = child[attribute: "href"] ?? ""
                    if href.contains("iptc.org/std/catalog/catalog.IPTC-G2-Standards") { referencesIPTC = true } else { unknownCatalog = true }
                } else if child.localName == "catalog" {
                    for scheme in child.elements(named: "scheme") { if let alias = scheme[attribute: "alias"] { schemes.insert(alias) } }
                }
            }
        }
        // A catalog we cannot read could declare anything: then no qcode is reported.
        if unknownCatalog { return nil }
        if referencesIPTC { schemes.formUnion(iptcSchemes) }
        return schemes
    }

    private static let qcodeAttributes: Set<String> = ["qcode", "type", "rel", "role", "why", "how", "creator"]
    private static let dateElements: Set<String> = ["versionCreated", "firstCreated", "embargoed", "sent"]

    private static func checkElement(_ element: XMLTree.Element, declared: Set<String>?, file: String, into diagnostics: inout [Diagnostic]) {
        let location = SourceLocation(file: file, line: element.line)
        if element.name.namespace == NewsMLG2.namespace || element.name.namespace == nil {
            if let declared {
                for attribute in element.attributes where attribute.name.namespace == nil && qcodeAttributes.contains(attribute.name.local) {
                    for code in attribute.value.split(separator: " ") {
                        guard let colon = code.firstIndex(of: ":") else { continue }
                        let alias = String(code[..<colon])
                        if !declared.contains(alias) {
                            diagnostics.append(.warning("newsml.check.qcode-scheme",
                                                        "the scheme '\(alias)' of \(attribute.name.local)=\"\(code)\" is not declared in a referenced catalog",
                                                        at: location))
                        }
                    }
                }
            }
            if dateElements.contains(element.localName) {
                let value = element.textContent.normalizingWhitespace()
                if !value.isEmpty, !DateRepair.isDateTime(value) {
                    diagnostics.append(.error("newsml.check.date", "\(element.localName) '\(value)' is not an ISO 8601 date-time", at: location))
                }
            }
            if element.localName == "pubStatus", let code = element[attribute: "qcode"], PublicationStatus(qcode: code) == nil {
                diagnostics.append(.error("newsml.check.pubStatus", "pubStatus '\(code)' is not from the stat: scheme (usable, withheld, canceled)", at: location))
            }
            if element.localName == "itemClass", let code = element[attribute: "qcode"], ItemClass(qcode: code) == nil {
                diagnostics.append(.warning("newsml.check.itemClass", "itemClass '\(code)' is not an IPTC item nature (ninat:)", at: location))
            }
            if element.localName == "inlineXML" || element.localName == "inlineData" { return }
        }
        for child in element.elements { checkElement(child, declared: declared, file: file, into: &diagnostics) }
    }
}
