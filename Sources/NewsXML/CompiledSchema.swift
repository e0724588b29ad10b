internal import CLibXML2
import Foundation
import NewsModel

/// An XSD compiled once and shared: libxml2 allows many concurrent validations against one compiled
/// schema as long as each uses its own validation context.
public final class CompiledSchema: @unchecked Sendable {
    public let path: String
    private let schema: xmlSchemaPtr

    private init(path: String, schema: xmlSchemaPtr) {
        self.path = path
        self.schema = schema
    }

    deinit { xmlSchemaFree(schema) }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: CompiledSchema] = [:]

    /// The compiled schema for the XSD at `path`, compiled on first use and cached for the process.
    /// Imports are resolved relative to the file (so `xml.xsd` must sit beside it); nothing is fetched.
    public static func load(path: String) throws(SchemaLoadError) -> CompiledSchema {
        let key = URL(fileURLWithPath: path).standardizedFileURL.path
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[key] { return cached }
        guard FileManager.default.isReadableFile(atPath: key) else {
            throw SchemaLoadError(diagnostics: [.error("schema.missing", "cannot read the schema '\(key)'", at: SourceLocation(file: key))])
        }
        LibXML.ensureInitialized()
        let sink = DiagnosticSink(file: key)
        let compiled: xmlSchemaPtr? = withExtendedLifetime(sink) {
            let opaqueSink = Unmanaged.passUnretained(sink).toOpaque()
            xmlSetStructuredErrorFunc(opaqueSink, sinkErrorHandler)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            guard let parserContext = xmlSchemaNewParserCtxt(key) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parserContext) }
            xmlSchemaSetParserStructuredErrors(parserContext, sinkErrorHandler, opaqueSink)
            return xmlSchemaParse(parserContext)
        }
        guard let compiled else {
            var diagnostics = sink.finish()
            if !diagnostics.hasErrors {
                diagnostics.append(.error("schema.compile", "the schema '\(key)' could not be compiled", at: SourceLocation(file: key)))
            }
            throw SchemaLoadError(diagnostics: diagnostics)
        }
        let schema = CompiledSchema(path: key, schema: compiled)
        cache[key] = schema
        return schema
    }

    /// Validates a serialized document: parse (safely) and validate in one pass.
    public func validate(_ data: Data, file: String? = nil, limits: XMLParseLimits = .default) -> [Diagnostic] {
        XMLDocumentParser.validate(data, file: file, limits: limits, schema: self)
    }

    func validate(document: xmlDocPtr, sink: DiagnosticSink) {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            sink.append(.error("xml.resource", "libxml2 could not allocate a validation context", at: SourceLocation(file: sink.file)))
            return
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        withExtendedLifetime(sink) {
            let opaqueSink = Unmanaged.passUnretained(sink).toOpaque()
            xmlSchemaSetValidStructuredErrors(context, sinkErrorHandler, opaqueSink)
            let result = xmlSchemaValidateDoc(context, document)
            if result < 0 {
                sink.append(.error("xml.schema.internal", "libxml2 could not validate the document", at: SourceLocation(file: sink.file)))
            } else if result > 0 && !sink.diagnostics.hasErrors {
                sink.append(.error("xml.schema.invalid", "the document is not valid against \(path)", at: SourceLocation(file: sink.file)))
            }
        }
    }
}

public struct SchemaLoadError: Error, Sendable {
    public var diagnostics: [Diagnostic]
}

extension XMLDocumentParser {
    /// Schema validation without building a tree: the cheapest path for `newsml validate`.
    static func validate(_ data: Data, file: String?, limits: XMLParseLimits, schema: CompiledSchema) -> [Diagnostic] {
        let sink = DiagnosticSink(file: file)
        if data.isEmpty {
            return [.error("xml.empty", "the document is empty", at: SourceLocation(file: file, line: 1, column: 1))]
        }
        if data.count > limits.maximumDocumentBytes {
            return [.error("xml.limit.size", "the document has \(data.count) bytes; the limit is \(limits.maximumDocumentBytes)",
                           at: SourceLocation(file: file, line: 1, column: 1))]
        }
        _ = withDocument(data, sink: sink) { document -> Bool? in
            schema.validate(document: document, sink: sink)
            return true
        }
        return sink.finish()
    }
}
