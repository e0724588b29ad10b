import Foundation
import NewsModel
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
        let hasResidref = attributes.contains { $0.0 == "residref" && $0.1 != nil }
        for (name, value) in attributes {
            // NewsML-G2 attribute values are g2normalizedString: no line breaks or tabs.
            // An empty value is never meaningful here (and QCode, literal and URI types reject it).
            if let value, case let normalized = value.normalizingXMLWhitespace(), !normalized.isEmpty {
                // A QCode attribute with a value that is not a QCode would make the document invalid: left out.
                if Self.isQCodeAttribute(name), !Self.isQCode(normalized) { continue }
                // An href that is not a URI still identifies the target: it moves to residref (a plain string).
                if name == "href" || name == "uri", namespace == NewsMLG2.namespace, !Self.isURI(normalized) {
                    if name == "href", !hasResidref, ["link", "remoteContent", "itemRef"].contains(local) {
                        element.attributes.append(XMLTree.Attribute(XMLTree.Name("residref"), normalized))
                    }
                    continue
                }
                element.attributes.append(XMLTree.Attribute(XMLTree.Name(name), normalized))
            }
        }
    }

    static let qcodeAttributes: [String] = ["qcode", "role", "type", "rel", "rendition", "why", "how", "durationunit", "mode"]

    /// A linear search: nine short names compare faster than one hash.
    static func isQCodeAttribute(_ name: String) -> Bool { qcodeAttributes.contains(name) }

    /// A URI reference as `xs:anyURI` (libxml2) accepts it, and with a well-formed scheme.
    static func isURI(_ value: String) -> Bool {
        if isPlainWebAddress(value) { return true }
        if let colon = value.firstIndex(of: ":"), !value[..<colon].contains(where: { "/?#".contains($0) }) {
            let scheme = value[..<colon]
            guard let first = scheme.unicodeScalars.first, first.isASCII, isASCIILetter(first),
                scheme.unicodeScalars.allSatisfy({ isASCIILetter($0) || isASCIIDigit($0) || $0 == "+" || $0 == "." || $0 == "-" })
            else { return false }
        }
        return XMLURI.isValid(value)
    }

    /// `http://` or `https://` followed only by unreserved characters, sub-delimiters, `/?#=@`: what
    /// every linked identifier looks like, and always a URI — answered without asking libxml2's parser.
    /// Anything else (a port, `%`, brackets, other schemes) takes the full check.
    static func isPlainWebAddress(_ value: String) -> Bool {
        value.withUTF8Bytes { bytes in
            let prefixLength: Int
            if bytes.starts(with: "https://".utf8) {
                prefixLength = 8
            } else if bytes.starts(with: "http://".utf8) {
                prefixLength = 7
            } else {
                return false
            }
            guard bytes.count > prefixLength else { return false }
            for byte in bytes[prefixLength...] {
                switch byte {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: continue
                case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"), UInt8(ascii: "?"),
                    UInt8(ascii: "#"), UInt8(ascii: "="), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
                    UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "@"):
                    continue
                default: return false
                }
            }
            // The authority must not be empty ("http:///x").
            return bytes[prefixLength] != UInt8(ascii: "/")
        }
    }

    /// `scheme:code`: a scheme of letters, digits, `_`, `.` and `-`, then a code without white space.
    static func isQCode(_ value: String) -> Bool {
        let verdict: Bool? = value.withUTF8Bytes { bytes in
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return false }
            for byte in bytes[..<colon] {
                switch byte {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"): continue
                default: return false
                }
            }
            for byte in bytes[(colon + 1)...] {
                if byte >= 0x80 { return nil }  // white space beyond ASCII: decode below
                if byte == 0x20 || (0x09...0x0D).contains(byte) { return false }
            }
            return true
        }
        if let verdict { return verdict }
        guard let colon = value.firstIndex(of: ":") else { return false }
        return !value[value.index(after: colon)...].unicodeScalars.contains { $0.isSpaceLike }
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 65 && scalar.value <= 90) || (scalar.value >= 97 && scalar.value <= 122)
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    mutating func add(_ child: XMLTree.Element) { element.children.append(.element(child)) }

    mutating func add(_ child: ElementBuilder) { element.children.append(.element(child.element)) }

    mutating func add(_ local: String, text: String?, _ attributes: [(String, String?)] = [], namespace: String = NewsMLG2.namespace) {
        guard let text else { return }
        let normalized = text.normalizingXMLWhitespace()
        guard !normalized.isEmpty else { return }
        var child = ElementBuilder(local, namespace: namespace, attributes)
        child.element.children.append(.text(normalized))
        add(child)
    }

    mutating func add(_ local: String, _ attributes: [(String, String?)]) {
        add(ElementBuilder(local, attributes))
    }

    mutating func addText(_ text: String) { element.children.append(.text(text)) }

    /// A `name` (none when the text is blank), with its own `xml:lang` when the source gave one (a French genre
    /// name in an English item).
    mutating func addName(_ text: String, role: String? = nil, language: String?) {
        let normalized = text.normalizingXMLWhitespace()
        guard !normalized.isEmpty else { return }
        var name = ElementBuilder("name", [("role", role)])
        if let language, !language.isEmpty {
            name.element.attributes.append(
                XMLTree.Attribute(XMLTree.Name("lang", namespace: NewsMLG2.xmlNamespace, prefix: "xml"), language))
        }
        name.element.children.append(.text(normalized))
        add(name)
    }
}

extension NewsMLG2 {
    /// The part identifiers of an item's pictures: the source's own when it is a usable, unique `xs:ID`,
    /// else `pictureN`. The partMeta and the XHTML figure use the same one.
    static func partIdentifiers(_ pictures: [Picture]) -> [String] {
        var used: Set<String> = []
        return pictures.enumerated().map { index, picture in
            let fallback = "picture\(index + 1)"
            guard let own = picture.partIdentifier, isNCName(own), !used.contains(own) else {
                used.insert(fallback)
                return fallback
            }
            used.insert(own)
            return own
        }
    }

    static func isNCName(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, first.isASCII, CharacterSet.letters.contains(first) || first == "_" else {
            return false
        }
        return value.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0))
        }
    }
}
