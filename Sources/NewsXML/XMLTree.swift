/// An immutable XML document tree copied out of libxml2: names with namespaces, attributes in
/// document order, text, and the line each element starts on.
public struct XMLTree: Sendable, Hashable {
    public var root: Element

    public init(root: Element) {
        self.root = root
    }

    public struct Name: Sendable, Hashable, CustomStringConvertible {
        public var namespace: String?
        public var local: String
        /// The prefix the source used; writers may choose another.
        public var prefix: String?

        public init(_ local: String, namespace: String? = nil, prefix: String? = nil) {
            self.local = local
            self.namespace = namespace
            self.prefix = prefix
        }

        public var description: String {
            if let prefix, !prefix.isEmpty { return "\(prefix):\(local)" }
            return local
        }
    }

    public struct Attribute: Sendable, Hashable {
        public var name: Name
        public var value: String

        public init(_ name: Name, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public enum Node: Sendable, Hashable {
        case element(Element)
        case text(String)
        case comment(String)
        case processingInstruction(target: String, data: String)
    }

    public struct Element: Sendable, Hashable {
        public var name: Name
        public var attributes: [Attribute]
        public var children: [Node]
        /// Namespace declarations made on this element ("" is the default namespace).
        public var declarations: [NamespaceDeclaration]
        public var line: Int

        public init(_ name: Name, attributes: [Attribute] = [], children: [Node] = [], line: Int = 0,
                    declarations: [NamespaceDeclaration] = []) {
            self.name = name
            self.attributes = attributes
            self.children = children
            self.line = line
            self.declarations = declarations
        }

        public var localName: String { name.local }

        /// The attribute without namespace named `local` (or, failing that, any attribute with that local name).
        public subscript(attribute local: String) -> String? {
            attributes.first { $0.name.local == local && $0.name.namespace == nil }?.value
                ?? attributes.first { $0.name.local == local }?.value
        }

        public var elements: [Element] {
            children.compactMap { if case .element(let element) = $0 { element } else { nil } }
        }

        public func elements(named local: String) -> [Element] { elements.filter { $0.name.local == local } }

        public func firstElement(named local: String) -> Element? { elements.first { $0.name.local == local } }

        /// All text below this element, in document order.
        public var textContent: String {
            var result = ""
            appendText(to: &result)
            return result
        }

        private func appendText(to result: inout String) {
            for child in children {
                switch child {
                case .text(let text): result += text
                case .element(let element): element.appendText(to: &result)
                case .comment, .processingInstruction: break
                }
            }
        }

        /// The text with runs of white space folded to one space and trimmed.
        public var normalizedText: String { textContent.normalizingWhitespace() }

        /// True when the element has a non-blank text child (mixed content must not be re-indented).
        public var hasSignificantText: Bool {
            children.contains { if case .text(let text) = $0 { !text.isBlank } else { false } }
        }
    }

    public struct NamespaceDeclaration: Sendable, Hashable {
        public var prefix: String
        public var uri: String

        public init(prefix: String, uri: String) {
            self.prefix = prefix
            self.uri = uri
        }
    }
}

extension String {
    /// Runs of white space folded to one space, leading and trailing white space removed.
    public func normalizingWhitespace() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    public var isBlank: Bool { unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
}
