import Foundation
import NewsModel

/// Serializes an `XMLTree` as UTF-8 with a fixed attribute order (as given), namespace declarations
/// where first needed, and two-space indentation that never touches mixed content.
public struct XMLWriter: Sendable {
    public var indentation: String {
        didSet { indentationUTF8 = Array(indentation.utf8) }
    }
    private var indentationUTF8: [UInt8]
    /// Elements whose content is written exactly as is (XHTML text blocks), so no white space is invented.
    public var verbatimElements: Set<String>

    public static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"
    public static let defaultVerbatimElements: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "caption", "figcaption", "blockquote",
        "a", "span", "b", "i", "em", "strong", "pre", "q", "cite", "sub", "sup", "hl1", "hl2", "byline", "dateline",
    ]

    public init(indentation: String = "  ", verbatimElements: Set<String> = XMLWriter.defaultVerbatimElements) {
        self.indentation = indentation
        self.indentationUTF8 = Array(indentation.utf8)
        self.verbatimElements = verbatimElements
    }

    public func serialize(_ tree: XMLTree) -> String {
        serialize(tree, includeDeclaration: true)
    }

    /// The document, without the XML declaration when it is embedded in another format (ninjs bodies).
    public func serialize(_ tree: XMLTree, includeDeclaration: Bool) -> String {
        String(decoding: serializeUTF8(tree, includeDeclaration: includeDeclaration), as: UTF8.self)
    }

    /// The document as UTF-8 bytes: the writer appends bytes, not Strings, which costs a fifth.
    public func serializeUTF8(_ tree: XMLTree, includeDeclaration: Bool = true) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(16_384)
        if includeDeclaration { output.append(contentsOf: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8) }
        var scope = NamespaceScope()
        write(tree.root, depth: 0, scope: &scope, verbatim: false, into: &output)
        output.append(0x0A)
        return output
    }

    private func write(_ element: XMLTree.Element, depth: Int, scope: inout NamespaceScope, verbatim: Bool, into output: inout [UInt8]) {
        // The bindings this element adds are dropped when it closes (a mark, not a copy of the scope).
        let mark = scope.mark
        defer { scope.restore(mark) }
        var declarations = ""
        for declaration in element.declarations where scope.uri(for: declaration.prefix) != declaration.uri {
            scope.declare(prefix: declaration.prefix, uri: declaration.uri)
            declarations += declaration.prefix.isEmpty ? " xmlns=\"" : " xmlns:\(declaration.prefix)=\""
            declarations += Self.escapeAttribute(declaration.uri) + "\""
        }
        let elementName = qualifiedName(element.name, scope: &scope, declarations: &declarations, isAttribute: false)
        output.append(0x3C)
        Self.append(elementName, to: &output)
        if element.attributes.isEmpty {
            if !declarations.isEmpty { Self.append(declarations, to: &output) }
        } else if element.attributes.allSatisfy({ $0.name.namespace == nil }) {
            // Attributes without a namespace (nearly all) are written under their local names: no prefix to declare.
            if !declarations.isEmpty { Self.append(declarations, to: &output) }
            for attribute in element.attributes {
                output.append(0x20)
                Self.append(attribute.name.local, to: &output)
                output.append(0x3D)
                output.append(0x22)
                Self.appendEscaped(attribute.value, attribute: true, to: &output)
                output.append(0x22)
            }
        } else {
            // Attribute names first: a new prefix they need is declared before the attributes are written.
            let attributeNames = element.attributes.map {
                qualifiedName($0.name, scope: &scope, declarations: &declarations, isAttribute: true)
            }
            if !declarations.isEmpty { Self.append(declarations, to: &output) }
            for (name, attribute) in zip(attributeNames, element.attributes) {
                output.append(0x20)
                Self.append(name, to: &output)
                output.append(0x3D)
                output.append(0x22)
                Self.appendEscaped(attribute.value, attribute: true, to: &output)
                output.append(0x22)
            }
        }
        if element.children.isEmpty {
            output.append(0x2F)
            output.append(0x3E)
            return
        }
        output.append(0x3E)
        let inline =
            verbatim || element.hasSignificantText || !element.children.contains(where: \.isElement)
            || (element.name.namespace == nil || element.name.namespace == Self.xhtmlNamespace)
                && verbatimElements.contains(element.name.local)
        if inline {
            for child in element.children { writeNode(child, depth: depth, scope: &scope, verbatim: true, into: &output) }
        } else {
            for child in element.children {
                if case .text = child { continue }
                output.append(0x0A)
                indent(depth + 1, into: &output)
                writeNode(child, depth: depth + 1, scope: &scope, verbatim: false, into: &output)
            }
            output.append(0x0A)
            indent(depth, into: &output)
        }
        output.append(0x3C)
        output.append(0x2F)
        Self.append(elementName, to: &output)
        output.append(0x3E)
    }

    private func indent(_ depth: Int, into output: inout [UInt8]) {
        for _ in 0..<depth { output.append(contentsOf: indentationUTF8) }
    }

    /// A string's bytes appended in one copy (appending a `UTF8View` goes element by element).
    private static func append(_ text: String, to output: inout [UInt8]) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ output.append(contentsOf: $0) }) { return done }
        output.append(contentsOf: Array(text.utf8))
    }

    private func writeNode(_ node: XMLTree.Node, depth: Int, scope: inout NamespaceScope, verbatim: Bool, into output: inout [UInt8]) {
        switch node {
        case .element(let child):
            write(child, depth: depth, scope: &scope, verbatim: verbatim, into: &output)
        case .text(let text):
            Self.appendEscaped(text, attribute: false, to: &output)
        case .comment(let text):
            output.append(contentsOf: "<!--\(Self.sanitized(text).replacingOccurrences(of: "--", with: "- -"))-->".utf8)
        case .processingInstruction(let target, let data):
            output.append(contentsOf: "<?\(target) \(Self.sanitized(data).replacingOccurrences(of: "?>", with: "? >"))?>".utf8)
        }
    }

    /// Text or an attribute value, escaped: copied byte for byte when nothing needs escaping (most text).
    private static func appendEscaped(_ text: String, attribute: Bool, to output: inout [UInt8]) {
        text.withUTF8Bytes { bytes in
            if needsNoEscaping(bytes, extra: attribute ? 0x22 : 0x3E, escapesWhitespace: attribute) {
                output.append(contentsOf: bytes)
            } else {
                appendEscaped(bytes, attribute: attribute, to: &output)
            }
        }
    }

    /// The escaping of `escapeText` / `escapeAttribute`, on bytes (the one implementation of both): runs that need nothing are copied
    /// whole, markup characters become references, and what XML 1.0 cannot carry (C0 controls other than
    /// tab, newline and return; U+FFFE and U+FFFF, EF BF BE / EF BF BF) is dropped.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool, to output: inout [UInt8]) {
        var runStart = 0
        var index = 0
        func flush(_ end: Int) {
            if end > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            var replacement: StaticString?
            var skip = 1
            switch byte {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x0D: replacement = "&#13;"
            case 0x22 where attribute: replacement = "&quot;"
            case 0x0A where attribute: replacement = "&#10;"
            case 0x09 where attribute: replacement = "&#9;"
            case 0x09, 0x0A: break
            case 0x00..<0x20: replacement = ""
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                replacement = ""
                skip = 3
            default: break
            }
            if let replacement {
                flush(index)
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                index += skip
                runStart = index
            } else {
                index += 1
            }
        }
        flush(bytes.count)
    }

    private func qualifiedName(_ name: XMLTree.Name, scope: inout NamespaceScope, declarations: inout String, isAttribute: Bool) -> String {
        guard let namespace = name.namespace else {
            if !isAttribute, scope.uri(for: "") != nil, scope.uri(for: "")?.isEmpty == false {
                scope.declare(prefix: "", uri: "")
                declarations += " xmlns=\"\""
            }
            return name.local
        }
        if namespace == "http://www.w3.org/XML/1998/namespace" { return "xml:\(name.local)" }
        if let prefix = name.prefix, !prefix.isEmpty {
            if scope.uri(for: prefix) != namespace {
                scope.declare(prefix: prefix, uri: namespace)
                declarations += " xmlns:\(prefix)=\"\(Self.escapeAttribute(namespace))\""
            }
            return "\(prefix):\(name.local)"
        }
        if !isAttribute, scope.uri(for: "") == namespace { return name.local }
        if let prefix = scope.prefix(for: namespace), !prefix.isEmpty { return "\(prefix):\(name.local)" }
        if isAttribute {
            let prefix = scope.freshPrefix()
            scope.declare(prefix: prefix, uri: namespace)
            declarations += " xmlns:\(prefix)=\"\(Self.escapeAttribute(namespace))\""
            return "\(prefix):\(name.local)"
        }
        scope.declare(prefix: "", uri: namespace)
        declarations += " xmlns=\"\(Self.escapeAttribute(namespace))\""
        return name.local
    }

    /// Characters XML 1.0 cannot carry (C0 controls other than tab, newline, return; U+FFFE/FFFF) are dropped.
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return String(scalars)
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x0..<0x20: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// True when no byte of the text needs escaping or removing: most text, checked byte by byte
    /// instead of copied scalar by scalar. `extra` lists further ASCII bytes that must be escaped.
    private static func needsNoEscaping(_ bytes: UnsafeBufferPointer<UInt8>, extra: UInt8, escapesWhitespace: Bool) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            // Printable ASCII other than the markup characters is the common case: one comparison chain.
            if byte > 0x3E && byte < 0x80 {
                previous = (previous.1, byte)
                continue
            }
            switch byte {
            case 0x26, 0x3C, 0x3E, 0x0D, extra: return false
            case 0x09, 0x0A: if escapesWhitespace { return false }
            case 0x00..<0x20: return false
            // U+FFFE and U+FFFF are EF BF BE / EF BF BF.
            case 0xBE, 0xBF: if previous == (0xEF, 0xBF) { return false }
            default: break
            }
            previous = (previous.1, byte)
        }
        return true
    }

    /// `&`, `<`, `>` and CR as references; what XML 1.0 cannot carry dropped.
    public static func escapeText(_ text: String) -> String { escaped(text, attribute: false) }

    /// As `escapeText`, and `"`, LF and tab as references too.
    public static func escapeAttribute(_ text: String) -> String { escaped(text, attribute: true) }

    private static func escaped(_ text: String, attribute: Bool) -> String {
        var output: [UInt8] = []
        appendEscaped(text, attribute: attribute, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}

/// The namespace bindings in force while writing.
struct NamespaceScope {
    private var bindings: [(prefix: String, uri: String)] = []
    private var generated = 0

    func uri(for prefix: String) -> String? { bindings.last { $0.prefix == prefix }?.uri }

    func prefix(for uri: String) -> String? {
        for binding in bindings.reversed() where binding.uri == uri && self.uri(for: binding.prefix) == uri {
            return binding.prefix
        }
        return nil
    }

    mutating func declare(prefix: String, uri: String) { bindings.append((prefix, uri)) }

    /// Where the scope stands, to return to when an element closes.
    var mark: (bindings: Int, generated: Int) { (bindings.count, generated) }

    mutating func restore(_ mark: (bindings: Int, generated: Int)) {
        if bindings.count > mark.bindings { bindings.removeLast(bindings.count - mark.bindings) }
        generated = mark.generated
    }

    mutating func freshPrefix() -> String {
        repeat { generated += 1 } while uri(for: "ns\(generated)") != nil
        return "ns\(generated)"
    }
}
