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
    nonisolated(unsafe) private static var cacheByRequestedPath: [String: CompiledSchema] = [:]

    /// The compiled schema for the XSD at `path`, compiled on first use and cached for the process.
    /// Imports are resolved relative to the file (so `xml.xsd` must sit beside it); nothing is fetched.
    public static func load(path: String) throws(SchemaLoadError) -> CompiledSchema {
        lock.lock()
        defer { lock.unlock() }
        // The path as asked for first: standardizing it (and the file-system check that comes with it)
        // cost more than validating a small document, and a batch asks once per document.
        if let cached = cacheByRequestedPath[path] { return cached }
        let key = URL(fileURLWithPath: path).standardizedFileURL.path
        if let cached = cache[key] {
            cacheByRequestedPath[path] = cached
            return cached
        }
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
        cacheByRequestedPath[path] = schema
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
                sink.append(
                    .error(
                        "xml.schema.invalid", "the document is not valid against its schema (\((path as NSString).lastPathComponent))",
                        at: SourceLocation(file: sink.file)))
            }
        }
    }
}

public struct SchemaLoadError: Error, Sendable {
    public var diagnostics: [Diagnostic]
}

extension XMLDocumentParser {
    /// Schema validation without building a tree: the parser streams its events into the validator
    /// (libxml2's SAX plug), which is what `newsml validate` and the check of every converted document use.
    static func validate(_ data: Data, file: String?, limits: XMLParseLimits, schema: CompiledSchema) -> [Diagnostic] {
        let sink = DiagnosticSink(file: file)
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return [.error("xml.empty", "the document is empty", at: SourceLocation(file: file, line: 1, column: 1))]
        }
        if data.count > limits.maximumDocumentBytes {
            return [
                .error(
                    "xml.limit.size", "the document has \(data.count) bytes; the limit is \(limits.maximumDocumentBytes)",
                    at: SourceLocation(file: file, line: 1, column: 1))
            ]
        }
        LibXML.ensureInitialized()
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress,
                let context = xmlCreateMemoryParserCtxt(base.assumingMemoryBound(to: CChar.self), Int32(buffer.count))
            else {
                sink.append(.error("xml.resource", "libxml2 could not allocate a parser", at: SourceLocation(file: file)))
                return
            }
            defer { xmlFreeParserCtxt(context) }
            schema.validateStreaming(context, sink: sink)
        }
        return sink.finish()
    }
}

extension CompiledSchema {
    /// Parses with `context` and validates as the events arrive. The parser's own handlers are cleared,
    /// so no tree is built; entity declarations are refused as when parsing into a tree.
    fileprivate func validateStreaming(_ context: xmlParserCtxtPtr, sink: DiagnosticSink) {
        guard let validation = xmlSchemaNewValidCtxt(schema), let sax = context.pointee.sax else {
            sink.append(.error("xml.resource", "libxml2 could not allocate a validation context", at: SourceLocation(file: sink.file)))
            return
        }
        defer { xmlSchemaFreeValidCtxt(validation) }
        withExtendedLifetime(sink) {
            let opaqueSink = Unmanaged.passUnretained(sink).toOpaque()
            context.pointee._private = opaqueSink
            let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)
            xmlCtxtUseOptions(context, options)
            sax.initialize(to: xmlSAXHandler())
            sax.pointee.initialized = XML_SAX2_MAGIC
            sax.pointee.serror = parserErrorHandler
            sax.pointee.entityDecl = rejectEntityDeclarationHandler
            sax.pointee.startElementNs = recordElementStart
            sax.pointee.endElementNs = recordElementEnd
            xmlSetStructuredErrorFunc(UnsafeMutableRawPointer(context), parserErrorHandler)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            xmlSchemaSetValidStructuredErrors(validation, sinkErrorHandler, opaqueSink)
            // Schema errors take their line from the parser, which the validator does not know in streaming mode.
            xmlSchemaValidateSetLocator(validation, parserLocator, UnsafeMutableRawPointer(context))
            // The plug keeps the addresses of the context's handler and user-data fields to restore them.
            let raw = UnsafeMutableRawPointer(context)
            let saxField = (raw + MemoryLayout<xmlParserCtxt>.offset(of: \xmlParserCtxt.sax)!).assumingMemoryBound(
                to: xmlSAXHandlerPtr?.self)
            let userDataField = (raw + MemoryLayout<xmlParserCtxt>.offset(of: \xmlParserCtxt.userData)!).assumingMemoryBound(
                to: UnsafeMutableRawPointer?.self)
            guard let plug = xmlSchemaSAXPlug(validation, saxField, userDataField) else {
                sink.append(.error("xml.resource", "libxml2 could not start streaming validation", at: SourceLocation(file: sink.file)))
                return
            }
            xmlParseDocument(context)
            xmlSchemaSAXUnplug(plug)
            if sink.rejectedEntityDeclaration || context.pointee.wellFormed == 0 {
                if !sink.diagnostics.hasErrors {
                    sink.append(.error("xml.syntax", "the document is not well-formed XML", at: SourceLocation(file: sink.file)))
                }
                return
            }
            if xmlSchemaIsValid(validation) == 0 && !sink.diagnostics.hasErrors {
                sink.append(
                    .error(
                        "xml.schema.invalid", "the document is not valid against its schema (\((path as NSString).lastPathComponent))",
                        at: SourceLocation(file: sink.file)))
            }
        }
    }
}

/// The line for a schema error raised while streaming: the start of the element that just closed, or
/// the parser's current line.
private let parserLocator: xmlSchemaValidityLocatorFunc = { context, file, line in
    guard let context else { return -1 }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    let sink = parser.pointee._private.map { Unmanaged<DiagnosticSink>.fromOpaque($0).takeUnretainedValue() }
    line?.pointee = UInt(max(0, sink?.closedElementLine ?? Int(xmlSAX2GetLineNumber(context))))
    file?.pointee = nil
    return 0
}

private func sink(of context: UnsafeMutableRawPointer?) -> DiagnosticSink? {
    guard let context, let sink = context.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return nil }
    return Unmanaged<DiagnosticSink>.fromOpaque(sink).takeUnretainedValue()
}

private let recordElementStart: startElementNsSAX2Func = { context, _, _, _, _, _, _, _, _ in
    guard let sink = sink(of: context) else { return }
    sink.openElementLines.append(Int(xmlSAX2GetLineNumber(context)))
    sink.closedElementLine = nil
}

private let recordElementEnd: endElementNsSAX2Func = { context, _, _, _ in
    guard let sink = sink(of: context) else { return }
    sink.closedElementLine = sink.openElementLines.popLast()
}
