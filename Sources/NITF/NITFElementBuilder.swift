import Foundation
import NewsModel
import NewsXML

/// Builds NITF elements in the dialect's namespace (or none), leaving out attributes without a value.
struct NITFElementBuilder {
    let namespace: String?

    init(dialect: NITFDialect) {
        namespace = dialect == .v3_6 ? NITF.namespace : nil
    }

    func element(_ local: String, _ attributes: [(String, String?)] = [], text: String? = nil) -> XMLTree.Element {
        var element = XMLTree.Element(XMLTree.Name(local, namespace: namespace))
        for (name, value) in attributes {
            guard let value, !value.isBlank else { continue }
            element.attributes.append(XMLTree.Attribute(XMLTree.Name(name), value))
        }
        if let text { element.children = [.text(text)] }
        return element
    }

    /// Elements the NITF reader kept verbatim, back in the dialect's namespace; markup that does not parse is
    /// left out (it came from this program's own serializer, so that does not happen).
    func fragments(_ properties: [PreservedProperty]) -> [XMLTree.Node] {
        properties.compactMap { property in
            guard property.serialized.hasPrefix("<"),
                let root = XMLDocumentParser.parse(Data(property.serialized.utf8)).tree?.root
            else { return nil }
            return .element(inNamespace(root))
        }
    }

    private func inNamespace(_ element: XMLTree.Element) -> XMLTree.Element {
        var copy = element
        copy.line = 0
        if copy.name.namespace == nil { copy.name = XMLTree.Name(copy.name.local, namespace: namespace) }
        copy.children = copy.children.map { child in
            if case .element(let inner) = child { return .element(inNamespace(inner)) }
            return child
        }
        return copy
    }
}

extension XMLTree.Element {
    mutating func append(_ element: XMLTree.Element) {
        children.append(.element(element))
    }
}
