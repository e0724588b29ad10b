import NewsModel

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

        public var isElement: Bool {
            if case .element = self { true } else { false }
        }
    }

    public struct Element: Sendable, Hashable {
        public var name: Name
        public var attributes: [Attribute]
        public var children: [Node]
        /// Namespace declarations made on this element ("" is the default namespace).
        public var declarations: [NamespaceDeclaration]
        public var line: Int

        public init(
            _ name: Name, attributes: [Attribute] = [], children: [Node] = [], line: Int = 0,
            declarations: [NamespaceDeclaration] = []
        ) {
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

        // The readers ask these of every element: walking the children once copies only the elements asked for, where
        // filtering `elements` copied every child element first.
        public func elements(named local: String) -> [Element] {
            var found: [Element] = []
            for child in children {
                if case .element(let element) = child, element.name.local == local { found.append(element) }
            }
            return found
        }

        public func firstElement(named local: String) -> Element? {
            for child in children {
                if case .element(let element) = child, element.name.local == local { return element }
            }
            return nil
        }

        /// All text below this element, in document order.
        public var textContent: String {
            // Most elements with text hold one text node: its String as it is, with nothing appended.
            if children.count == 1, case .text(let text) = children[0] { return text }
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

        /// The element and its descendants with every name out of `namespace` (all namespaces when nil) and no
        /// declarations of it: the form a fragment takes when written without its document's namespace.
        public func removingNamespace(_ namespace: String? = nil) -> Element {
            var copy = self
            if namespace == nil || copy.name.namespace == namespace { copy.name = Name(copy.name.local) }
            copy.declarations = namespace == nil ? [] : copy.declarations.filter { $0.uri != namespace }
            copy.children = copy.children.map { child in
                if case .element(let inner) = child { return .element(inner.removingNamespace(namespace)) }
                return child
            }
            return copy
        }

        /// The text with runs of white space folded to one space and trimmed.
        /// XML white space only: a NO-BREAK SPACE or other Unicode space in the text is content, and stays.
        public var normalizedText: String { textContent.normalizingXMLWhitespace() }

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
    /// Runs of XML white space (space, tab, line feed, carriage return) folded to one space, leading and trailing
    /// ones removed; other spaces (U+00A0 NO-BREAK SPACE, U+202F …) are text and kept.
    public func normalizingXMLWhitespace() -> String {
        let isXMLSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let normal = withUTF8Bytes { bytes -> Bool in
            guard let first = bytes.first, let last = bytes.last else { return true }
            if isXMLSpace(first) || isXMLSpace(last) { return false }
            var previousSpace = false
            for byte in bytes {
                if byte == 0x20 {
                    if previousSpace { return false }
                    previousSpace = true
                } else if isXMLSpace(byte) {
                    return false
                } else {
                    previousSpace = false
                }
            }
            return true
        }
        if normal { return self }
        return withUTF8Bytes { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                if isXMLSpace(byte) {
                    pendingSpace = !output.isEmpty
                } else {
                    if pendingSpace { output.append(0x20) }
                    pendingSpace = false
                    output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Runs of white space folded to one space, leading and trailing white space removed.
    public func normalizingWhitespace() -> String {
        // Most text is already normal: one pass over the bytes says so without building a copy.
        let (needsWork, previousSpace) = withUTF8Bytes { bytes -> (Bool, Bool) in
            var previousSpace = true
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // Printable ASCII other than a space, the common case.
                if byte > 0x20 && byte < 0x80 {
                    previousSpace = false
                    index += 1
                    continue
                }
                if byte >= 0x80 {
                    // Only U+0085, U+00A0, U+1680, U+2000–200A, U+2028/2029, U+202F, U+205F and U+3000 are white
                    // space above ASCII; curly quotes and letters share their lead bytes but not their sequences.
                    let second = index + 1 < bytes.count ? bytes[index + 1] : 0
                    let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                    let isSpace: Bool
                    switch byte {
                    case 0xC2: isSpace = second == 0x85 || second == 0xA0
                    case 0xE1: isSpace = second == 0x9A && third == 0x80
                    case 0xE2:
                        isSpace =
                            (second == 0x80 && ((0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF))
                            || (second == 0x81 && third == 0x9F)
                    case 0xE3: isSpace = second == 0x80 && third == 0x80
                    default: isSpace = false
                    }
                    if isSpace { return (true, previousSpace) }
                    previousSpace = false
                    index += 1
                    continue
                }
                let space = byte == 0x20
                if byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C || (space && previousSpace) {
                    return (true, previousSpace)
                }
                previousSpace = space
                index += 1
            }
            return (false, previousSpace)
        }
        if !needsWork && !previousSpace { return self }
        // Work on UTF-8 bytes; only the few multi-byte sequences that can encode white space are decoded
        // (in place: the scalar's own white-space test answers general punctuation by value).
        return withUTF8Bytes { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var length = 1
                var isSpace = false
                if byte < 0x80 {
                    isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
                } else {
                    length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                    if byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3, index + length <= bytes.count {
                        isSpace = Unicode.Scalar.decode(bytes, at: index).scalar.isSpaceLike
                    }
                }
                if isSpace {
                    pendingSpace = !output.isEmpty
                } else {
                    if pendingSpace { output.append(0x20) }
                    pendingSpace = false
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<min(bytes.count, index + length)]))
                }
                index += length
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    public var isBlank: Bool { unicodeScalars.allSatisfy(\.isSpaceLike) }
}
