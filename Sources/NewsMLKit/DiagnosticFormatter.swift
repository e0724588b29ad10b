import Foundation
import NewsModel

/// Diagnostics as the CLI and the service print them.
public enum DiagnosticFormatter {
    public static func text(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { $0.description + "\n" }.joined()
    }

    /// `compact`: on one line (as the queue stores it), else indented for a person.
    public static func json(_ value: some Encodable, compact: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            compact ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "[]"
    }

    /// The compact form of `json(_:compact:)` for diagnostics, byte for byte, written directly: the queue stores
    /// one for every job, and `JSONEncoder` took a tenth of a worker's CPU beside the conversions.
    public static func compactJSON(_ diagnostics: [Diagnostic]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(diagnostics.count * 160)
        out.append(UInt8(ascii: "["))
        for (index, diagnostic) in diagnostics.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            // Keys in sorted order, as `.sortedKeys` gives them; absent parts of a location are left out.
            out.append(contentsOf: #"{"id":"#.utf8)
            appendString(diagnostic.id, to: &out)
            out.append(contentsOf: #","location":{"#.utf8)
            var separator = false
            func member(_ key: String, _ write: (inout [UInt8]) -> Void) {
                if separator { out.append(UInt8(ascii: ",")) }
                separator = true
                out.append(UInt8(ascii: "\""))
                out.append(contentsOf: key.utf8)
                out.append(contentsOf: #"":"#.utf8)
                write(&out)
            }
            let location = diagnostic.location
            if let column = location.column { member("column") { $0.append(contentsOf: String(column).utf8) } }
            if let file = location.file { member("file") { appendString(file, to: &$0) } }
            if let line = location.line { member("line") { $0.append(contentsOf: String(line).utf8) } }
            if let pointer = location.pointer { member("pointer") { appendString(pointer, to: &$0) } }
            out.append(contentsOf: #"},"message":"#.utf8)
            appendString(diagnostic.message, to: &out)
            out.append(contentsOf: #","severity":"#.utf8)
            appendString(diagnostic.severity.rawValue, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON string as `JSONEncoder` writes it with `.withoutEscapingSlashes`: quote, backslash and control
    /// characters escaped, everything else as it is.
    private static func appendString(_ text: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case 0x08: out.append(contentsOf: #"\b"#.utf8)
            case 0x0C: out.append(contentsOf: #"\f"#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case 0x0D: out.append(contentsOf: #"\r"#.utf8)
            case 0x09: out.append(contentsOf: #"\t"#.utf8)
            case 0..<0x20:
                out.append(contentsOf: #"\u00"#.utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
