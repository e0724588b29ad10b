internal import CLibXML2
import Foundation

/// URIs as libxml2 — and so schema validation of `xs:anyURI` — understands them.
public enum XMLURI {
    /// Whether `value` passes libxml2's `xs:anyURI` check: characters URIs cannot hold are first replaced
    /// by `_` (as libxml2's schema validation does), then the result must parse as a URI reference.
    public static func isValid(_ value: String) -> Bool {
        LibXML.ensureInitialized()
        var bytes = Array(value.utf8).map { byte -> UInt8 in
            byte < 32 || byte >= 127 || Array(" <>\"{}|\\^`'".utf8).contains(byte) ? UInt8(ascii: "_") : byte
        }
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let uri = buffer.baseAddress.flatMap({ xmlParseURI(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }) else {
                return false
            }
            xmlFreeURI(uri)
            return true
        }
    }
}
