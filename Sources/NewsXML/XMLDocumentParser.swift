internal import CLibXML2
import Foundation
import NewsModel

/// The result of parsing: the tree when the document is well-formed, and everything libxml2 and the
/// limits had to say.
public struct XMLParseResult: Sendable {
    public var tree: XMLTree?
    public var diagnostics: [Diagnostic]

    public init(tree: XMLTree?, diagnostics: [Diagnostic]) {
        self.tree = tree
        self.diagnostics = diagnostics
    }
}

/// Parses XML safely: no network, no entity substitution, no DTD loading, entity declarations refused,
/// libxml2's own depth and text limits kept, and every message turned into a `Diagnostic`.
public enum XMLDocumentParser {
    /// Parses `data` into a tree; when `schema` is given, the same libxml2 document is also validated.
    public static func parse(
        _ data: Data, file: String? = nil, limits: XMLParseLimits = .default,
        validatingAgainst schema: CompiledSchema? = nil
    ) -> XMLParseResult {
        let sink = DiagnosticSink(file: file)
        let location = SourceLocation(file: file, line: 1, column: 1)
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return XMLParseResult(tree: nil, diagnostics: [.error("xml.empty", "the document is empty", at: location)])
        }
        if data.count > limits.maximumDocumentBytes {
            return XMLParseResult(
                tree: nil,
                diagnostics: [
                    .error(
                        "xml.limit.size", "the document has \(data.count) bytes; the limit is \(limits.maximumDocumentBytes)", at: location)
                ])
        }
        let tree: XMLTree? = withDocument(data, sink: sink) { document in
            if let schema { schema.validate(document: document, sink: sink) }
            var builder = TreeBuilder(limits: limits, sink: sink)
            return builder.build(document)
        }
        let diagnostics = sink.finish()
        return XMLParseResult(tree: diagnostics.hasErrors && tree == nil ? nil : tree, diagnostics: diagnostics)
    }

    /// Parses with libxml2 and hands the document to `body`; nil when the document is not well-formed.
    static func withDocument<Result>(_ data: Data, sink: DiagnosticSink, _ body: (xmlDocPtr) -> Result?) -> Result? {
        LibXML.ensureInitialized()
        guard let context = xmlNewParserCtxt() else {
            sink.append(.error("xml.resource", "libxml2 could not allocate a parser", at: SourceLocation(file: sink.file)))
            return nil
        }
        defer { xmlFreeParserCtxt(context) }
        return withExtendedLifetime(sink) {
            context.pointee._private = Unmanaged.passUnretained(sink).toOpaque()
            if let sax = context.pointee.sax {
                sax.pointee.serror = parserErrorHandler
                sax.pointee.entityDecl = rejectEntityDeclarationHandler
            }
            xmlSetStructuredErrorFunc(UnsafeMutableRawPointer(context), parserErrorHandler)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)
            let document: xmlDocPtr? = data.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return nil }
                return xmlCtxtReadMemory(
                    context, base.assumingMemoryBound(to: CChar.self), Int32(buffer.count),
                    sink.file ?? "input.xml", nil, options)
            }
            guard let document else {
                if !sink.diagnostics.hasErrors {
                    sink.append(.error("xml.syntax", "the document is not well-formed XML", at: SourceLocation(file: sink.file)))
                }
                return nil
            }
            defer { xmlFreeDoc(document) }
            if sink.rejectedEntityDeclaration || context.pointee.wellFormed == 0 {
                if !sink.diagnostics.hasErrors {
                    sink.append(.error("xml.syntax", "the document is not well-formed XML", at: SourceLocation(file: sink.file)))
                }
                return nil
            }
            return body(document)
        }
    }
}

/// Entity declarations can expand to huge text or pull in files and URLs; news documents do not need
/// them, so parsing stops at the first one.
let rejectEntityDeclarationHandler: entityDeclSAXFunc = { context, name, _, _, _, _ in
    guard let context else { return }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    if let sinkPointer = parser.pointee._private {
        let sink = Unmanaged<DiagnosticSink>.fromOpaque(sinkPointer).takeUnretainedValue()
        if !sink.rejectedEntityDeclaration {
            let entity = name.map { String(cString: $0) } ?? "?"
            sink.rejectedEntityDeclaration = true
            sink.append(
                .error(
                    "xml.entity.declaration",
                    "entity declaration '\(entity)' refused: documents that declare entities are not accepted, as entities can expand without bound or load files and URLs",
                    at: SourceLocation(
                        file: sink.file, line: Int(xmlSAX2GetLineNumber(context)),
                        column: Int(xmlSAX2GetColumnNumber(context)))))
        }
    }
    xmlStopParser(parser)
}

/// Copies a libxml2 document into an `XMLTree`, enforcing the depth and text limits.
struct TreeBuilder {
    let limits: XMLParseLimits
    let sink: DiagnosticSink
    private var failed = false
    /// The namespace last made Strings, and its Strings: a namespace URI is too long for a small String, and nearly
    /// every element of a document is in the namespace of the one before, which had allocated its own copy (and freed it
    /// with the tree). One entry: hashing the declaration cost more than the copies it saved.
    private var lastNamespace: (declaration: xmlNsPtr, uri: String?, prefix: String?)?

    init(limits: XMLParseLimits, sink: DiagnosticSink) {
        self.limits = limits
        self.sink = sink
    }

    mutating func build(_ document: xmlDocPtr) -> XMLTree? {
        guard let root = xmlDocGetRootElement(document) else {
            sink.append(.error("xml.empty", "the document has no root element", at: SourceLocation(file: sink.file)))
            return nil
        }
        let element = makeElement(root, depth: 1)
        return failed ? nil : XMLTree(root: element)
    }

    mutating func makeElement(_ node: xmlNodePtr, depth: Int) -> XMLTree.Element {
        let line = Int(xmlGetLineNo(node))
        var element = XMLTree.Element(name(of: node), line: line)
        var declaration = node.pointee.nsDef
        while let current = declaration {
            let prefix = current.pointee.prefix.map { String(cString: $0) } ?? ""
            let uri = current.pointee.href.map { String(cString: $0) } ?? ""
            element.declarations.append(XMLTree.NamespaceDeclaration(prefix: prefix, uri: uri))
            declaration = current.pointee.next
        }
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var child = current.pointee.children
            while let part = child {
                if let content = part.pointee.content { value += String(cString: content) }
                child = part.pointee.next
            }
            let namespace = current.pointee.ns.map { self.namespace($0) }
            let attributeName = XMLTree.Name(
                current.pointee.name.map { String(cString: $0) } ?? "", namespace: namespace?.uri, prefix: namespace?.prefix)
            element.attributes.append(XMLTree.Attribute(attributeName, value))
            attribute = current.pointee.next
        }
        if depth >= limits.maximumDepth, node.pointee.children != nil {
            if !failed {
                sink.append(
                    .error(
                        "xml.limit.depth", "elements nest deeper than the limit of \(limits.maximumDepth)",
                        at: SourceLocation(file: sink.file, line: line)))
            }
            failed = true
            return element
        }
        var child = node.pointee.children
        while let current = child, !failed {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(.element(makeElement(current, depth: depth + 1)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    let text = String(cString: content)
                    if text.utf8.count > limits.maximumTextBytes {
                        sink.append(
                            .error(
                                "xml.limit.text", "a text node has \(text.utf8.count) bytes; the limit is \(limits.maximumTextBytes)",
                                at: SourceLocation(file: sink.file, line: Int(xmlGetLineNo(current)))))
                        failed = true
                    } else if case .text(let previous)? = element.children.last {
                        element.children[element.children.count - 1] = .text(previous + text)
                    } else {
                        element.children.append(.text(text))
                    }
                }
            case XML_ENTITY_REF_NODE:
                appendEntityReference(current, to: &element)
            case XML_COMMENT_NODE:
                element.children.append(.comment(current.pointee.content.map { String(cString: $0) } ?? ""))
            case XML_PI_NODE:
                element.children.append(
                    .processingInstruction(
                        target: current.pointee.name.map { String(cString: $0) } ?? "",
                        data: current.pointee.content.map { String(cString: $0) } ?? ""))
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }

    /// A reference to an entity the document did not declare (typically HTML entities in NITF, whose
    /// DTD is never loaded): the common ones become their characters, any other stays visible as text.
    private mutating func appendEntityReference(_ node: xmlNodePtr, to element: inout XMLTree.Element) {
        let entity = node.pointee.name.map { String(cString: $0) } ?? ""
        let replacement: String
        if let known = HTMLEntities.characters[entity] {
            replacement = known
        } else {
            replacement = "&\(entity);"
            sink.append(
                .warning(
                    "xml.entity.unresolved", "the entity '&\(entity);' is not defined; it is kept as literal text",
                    at: SourceLocation(file: sink.file, line: Int(xmlGetLineNo(node)))))
        }
        if case .text(let previous)? = element.children.last {
            element.children[element.children.count - 1] = .text(previous + replacement)
        } else {
            element.children.append(.text(replacement))
        }
    }

    private mutating func name(of node: xmlNodePtr) -> XMLTree.Name {
        let namespace = node.pointee.ns.map { self.namespace($0) }
        return XMLTree.Name(node.pointee.name.map { String(cString: $0) } ?? "", namespace: namespace?.uri, prefix: namespace?.prefix)
    }

    private mutating func namespace(_ declaration: xmlNsPtr) -> (uri: String?, prefix: String?) {
        if let last = lastNamespace, last.declaration == declaration { return (last.uri, last.prefix) }
        let uri = declaration.pointee.href.map { String(cString: $0) }
        let prefix = declaration.pointee.prefix.map { String(cString: $0) }
        lastNamespace = (declaration, uri, prefix)
        return (uri, prefix)
    }
}
