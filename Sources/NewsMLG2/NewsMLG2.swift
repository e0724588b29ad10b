import NewsXML

/// Names shared by the NewsML-G2 reader and writer.
public enum NewsMLG2 {
    public static let namespace = "http://iptc.org/std/nar/2006-10-01/"
    public static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    public static let catalogURL = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
    public static let standardVersion = "2.35"

    static func name(_ local: String) -> XMLTree.Name { XMLTree.Name(local, namespace: namespace) }
    static func attribute(_ local: String, _ value: String) -> XMLTree.Attribute { XMLTree.Attribute(XMLTree.Name(local), value) }
}

/// Small builder helpers so the writer reads like the document it produces.
struct ElementBuilder {
    var element: XMLTree.Element

    init(_ local: String, namespace: String = NewsMLG2.namespace, _ attributes: [(String, String?)] = []) {
        element = XMLTree.Element(XMLTree.Name(local, namespace: namespace))
        for (name, value) in attributes {
            // NewsML-G2 attribute values are g2normalizedString: no line breaks or tabs.
            // An empty value is never meaningful here (and QCode, literal and URI types reject it).
            if let value, case let normalized = value.normalizingWhitespace(), !normalized.isEmpty {
                element.attributes.append(XMLTree.Attribute(XMLTree.Name(name), normalized))
            }
        }
    }

    mutating func add(_ child: XMLTree.Element) { element.children.append(.element(child)) }

    mutating func add(_ child: ElementBuilder) { element.children.append(.element(child.element)) }

    mutating func add(_ local: String, text: String?, _ attributes: [(String, String?)] = [], namespace: String = NewsMLG2.namespace) {
        guard let text else { return }
        let normalized = text.normalizingWhitespace()
        guard !normalized.isEmpty else { return }
        var child = ElementBuilder(local, namespace: namespace, attributes)
        child.element.children.append(.text(normalized))
        add(child)
    }

    mutating func add(_ local: String, _ attributes: [(String, String?)]) {
        add(ElementBuilder(local, attributes))
    }

    mutating func addText(_ text: String) { element.children.append(.text(text)) }
}
