internal import CLibXML2
import Foundation
import NewsModel

/// Reads a large message item by item with libxml2's reader: only one item's subtree is in memory at a
/// time, so a feed of 10,000 items costs what one item costs. Documents with a DOCTYPE are not streamed
/// (the caller parses them whole, where entity declarations are refused).
public enum XMLItemStream {
    /// Whether `data` may be streamed: a root named `root` and no document type declaration.
    public static func canStream(_ data: Data, root: String) -> Bool {
        // On bytes: Foundation's string search cost 4 % of converting a small file.
        let bytes = [UInt8](data.prefix(4096))
        guard firstIndex(of: "<!DOCTYPE", in: bytes) == nil, firstIndex(of: "<!ENTITY", in: bytes) == nil else { return false }
        guard let start = firstIndex(of: "<" + root, in: bytes) ?? firstIndex(of: ":" + root, in: bytes) else { return false }
        // The root must be the first element: nothing but the XML declaration, comments and white space before it.
        let before = bytes[..<start]
        if before.last == UInt8(ascii: "<") { return true }
        let comment = Array("!--".utf8)
        for index in before.indices where before[index] == UInt8(ascii: "<") {
            let rest = before[(index + 1)...]
            if rest.first != UInt8(ascii: "?") && !rest.starts(with: comment) { return false }
        }
        return true
    }

    /// Where `needle`'s bytes first occur in `bytes` (every document is asked up to four times over its first 4 KB).
    static func firstIndex(of needle: String, in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { haystack in Array(needle.utf8).withUnsafeBufferPointer { firstByteOffset(of: $0, in: haystack) } }
    }

    /// Calls `onElement` for each element that `select(depth, localName)` picks (the root is depth 0), with
    /// its whole subtree, in document order; return false to stop. Returns the diagnostics (a syntax error
    /// stops the stream).
    public static func stream(
        _ data: Data, file: String?, limits: XMLParseLimits = .default,
        select: (Int, String) -> Bool, onElement: (XMLTree.Element) -> Bool
    ) -> [Diagnostic] {
        LibXML.ensureInitialized()
        let sink = DiagnosticSink(file: file)
        if data.count > limits.maximumDocumentBytes {
            return [
                .error(
                    "xml.limit.size", "the document has \(data.count) bytes; the limit is \(limits.maximumDocumentBytes)",
                    at: SourceLocation(file: file, line: 1, column: 1))
            ]
        }
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)
        withExtendedLifetime(sink) {
            data.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress,
                    let reader = xmlReaderForMemory(
                        base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), file ?? "input.xml", nil, options)
                else {
                    sink.append(.error("xml.resource", "libxml2 could not create a reader", at: SourceLocation(file: file)))
                    return
                }
                defer { xmlFreeTextReader(reader) }
                xmlTextReaderSetStructuredErrorHandler(reader, sinkErrorHandler, Unmanaged.passUnretained(sink).toOpaque())
                var status = xmlTextReaderRead(reader)
                while status == 1 {
                    let isElement = xmlTextReaderNodeType(reader) == 1
                    let depth = Int(xmlTextReaderDepth(reader))
                    if depth > limits.maximumDepth {
                        sink.append(
                            .error(
                                "xml.limit.depth", "elements nest deeper than \(limits.maximumDepth) levels", at: SourceLocation(file: file)
                            ))
                        return
                    }
                    if isElement, depth > 0, let local = xmlTextReaderConstLocalName(reader), select(depth, String(cString: local)) {
                        guard let node = xmlTextReaderExpand(reader) else { break }
                        var builder = TreeBuilder(limits: limits, sink: sink)
                        let element = builder.makeElement(node, depth: depth + 1)
                        if sink.diagnostics.hasErrors { return }
                        if !onElement(element) { return }
                        status = xmlTextReaderNext(reader)
                    } else {
                        status = xmlTextReaderRead(reader)
                    }
                }
                if status < 0, !sink.diagnostics.hasErrors {
                    sink.append(.error("xml.syntax", "the document is not well-formed XML", at: SourceLocation(file: file)))
                }
            }
        }
        return sink.finish()
    }
}
