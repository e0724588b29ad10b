internal import CLibXML2
import NewsModel

/// One-time, process-wide libxml2 set-up. libxml2's global initialisation is not thread-safe and
/// `xmlCleanupParser` is never called: it is process-global and would break other threads.
enum LibXML {
    static let initialized: Void = {
        xmlInitParser()
        // Without this, concurrent schema validations race on lazily built type tables (ASan leaks).
        xmlSchemaInitTypes()
        defaultEntityLoader = xmlGetExternalEntityLoader()
        xmlSetExternalEntityLoader(guardedEntityLoader)
    }()

    nonisolated(unsafe) static var defaultEntityLoader: xmlExternalEntityLoader?

    static func ensureInitialized() { _ = initialized }
}

/// Documents never load anything: a parse context of ours carries a sink in `_private`, and the loader
/// refuses all loads for it. Schema compilation may load local files it imports (`xml.xsd`), never URLs.
private let guardedEntityLoader: xmlExternalEntityLoader = { url, identifier, context in
    if let context, context.pointee._private != nil { return nil }
    guard let url else { return nil }
    let target = String(cString: url)
    let lowered = target.lowercased()
    if lowered.hasPrefix("http:") || lowered.hasPrefix("https:") || lowered.hasPrefix("ftp:") { return nil }
    return LibXML.defaultEntityLoader?(url, identifier, context)
}

/// Collects libxml2 messages as diagnostics; libxml2 reaches it through a C callback.
final class DiagnosticSink {
    let file: String?
    var diagnostics: [Diagnostic] = []
    var rejectedEntityDeclaration = false
    /// While validating a stream: the start lines of the open elements, and the start line of the element
    /// that just closed — schema errors about an element's content are raised at its end tag, but belong
    /// to the line where it starts (as when a tree is validated).
    var openElementLines: [Int] = []
    var closedElementLine: Int?
    private var suppressed = 0
    static let maximumDiagnostics = 200

    init(file: String?) {
        self.file = file
    }

    func append(_ diagnostic: Diagnostic) {
        if diagnostics.count >= Self.maximumDiagnostics {
            suppressed += 1
            return
        }
        diagnostics.append(diagnostic)
    }

    func finish() -> [Diagnostic] {
        if suppressed > 0 {
            return diagnostics + [
                .note(
                    "xml.diagnostics.suppressed", "\(suppressed) further messages were not listed",
                    at: SourceLocation(file: file))
            ]
        }
        return diagnostics
    }

    func record(_ error: UnsafePointer<xmlError>) {
        let error = error.pointee
        var message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        message = message.trimmingWhitespace()
        let severity: Diagnostic.Severity =
            switch error.level {
            case XML_ERR_WARNING: .warning
            case XML_ERR_NONE: .note
            default: .error
            }
        let line = error.line > 0 ? Int(error.line) : (error.node.map { Int(xmlGetLineNo($0.assumingMemoryBound(to: xmlNode.self))) })
        let column: Int? =
            (error.domain == Int32(XML_FROM_PARSER.rawValue) || error.domain == Int32(XML_FROM_NAMESPACE.rawValue)) && error.int2 > 0
            ? Int(error.int2) : nil
        append(
            Diagnostic(
                id: Self.identifier(domain: error.domain, code: error.code), severity: severity, message: message,
                location: SourceLocation(file: file, line: line, column: column)))
    }

    /// Stable ids: readers of our output match on these, not on libxml2's wording.
    static func identifier(domain: Int32, code: Int32) -> String {
        switch xmlParserErrors(rawValue: UInt32(bitPattern: code)) {
        case XML_ERR_DOCUMENT_EMPTY: return "xml.empty"
        case XML_ERR_DOCUMENT_END, XML_ERR_EXTRA_CONTENT: return "xml.syntax.trailing-content"
        case XML_ERR_UNDECLARED_ENTITY, XML_WAR_UNDECLARED_ENTITY: return "xml.entity.undeclared"
        case XML_ERR_ENTITY_LOOP: return "xml.entity.loop"
        case XML_ERR_INVALID_CHAR, XML_ERR_INVALID_ENCODING: return "xml.encoding"
        default: break
        }
        switch xmlErrorDomain(rawValue: UInt32(bitPattern: domain)) {
        case XML_FROM_PARSER: return code == Int32(XML_ERR_INTERNAL_ERROR.rawValue) ? "xml.limit" : "xml.syntax"
        case XML_FROM_NAMESPACE: return "xml.namespace"
        case XML_FROM_I18N: return "xml.encoding"
        case XML_FROM_IO: return "xml.io"
        case XML_FROM_SCHEMASV: return "xml.schema.invalid"
        case XML_FROM_SCHEMASP: return "xml.schema.compile"
        default: return "xml.libxml2"
        }
    }
}

/// libxml2 reaches a sink through the parser context's `_private` (never `userData`: SAX2 needs that).
let parserErrorHandler: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let sinkPointer = context.pointee._private else { return }
    Unmanaged<DiagnosticSink>.fromOpaque(sinkPointer).takeUnretainedValue().record(error)
}

/// For schema contexts, whose user data we pass directly.
let sinkErrorHandler: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    Unmanaged<DiagnosticSink>.fromOpaque(userData).takeUnretainedValue().record(error)
}
