import Foundation

/// Writes JSON deterministically: object keys sorted, two-space indentation, UTF-8 text unescaped
/// except where JSON requires it, so that outputs diff cleanly.
public struct JSONWriter: Sendable {
    public var sortKeys: Bool
    public var indent: Bool

    public init(sortKeys: Bool = true, indent: Bool = true) {
        self.sortKeys = sortKeys
        self.indent = indent
    }

    public func string(_ value: JSONValue) -> String { String(decoding: bytes(value), as: UTF8.self) }

    public func data(_ value: JSONValue) -> Data { Data(bytes(value)) }

    /// The document as UTF-8 bytes: written as bytes, runs that need no escaping copied whole (appending to a String
    /// scalar by scalar was most of a ninjs conversion's writing).
    public func bytes(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(8_192)
        write(value, depth: 0, into: &output)
        if indent { output.append(0x0A) }
        return output
    }

    private func write(_ value: JSONValue, depth: Int, into output: inout [UInt8]) {
        switch value {
        case .null: Self.append("null", to: &output)
        case .bool(let flag): Self.append(flag ? "true" : "false", to: &output)
        case .integer(let number): Self.append(String(number), to: &output)
        case .number(let number):
            if number.rounded() == number, abs(number) < 1e15 {
                Self.append(String(Int(number)), to: &output)
            } else {
                Self.append("\(number)", to: &output)
            }
        case .string(let text): Self.writeString(text, into: &output)
        case .array(let elements):
            if elements.isEmpty {
                Self.append("[]", to: &output)
                return
            }
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth + 1, into: &output)
                write(element, depth: depth + 1, into: &output)
            }
            newline(depth, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.isEmpty {
                Self.append("{}", to: &output)
                return
            }
            output.append(UInt8(ascii: "{"))
            let keys = sortKeys ? object.keys.sorted() : object.keys
            for (index, key) in keys.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth + 1, into: &output)
                Self.writeString(key, into: &output)
                Self.append(indent ? ": " : ":", to: &output)
                write(object[key]!, depth: depth + 1, into: &output)
            }
            newline(depth, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private func newline(_ depth: Int, into output: inout [UInt8]) {
        guard indent else { return }
        output.append(0x0A)
        for _ in 0..<(depth * 2) { output.append(0x20) }
    }

    private static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }

    /// A JSON string: `"`, `\`, the control characters and the two JavaScript line separators (U+2028, U+2029) escaped,
    /// every other character as its UTF-8 bytes.
    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let escape: StaticString?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0x00..<0x20: escape = ""
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default: escape = nil
                }
                guard let escape else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                if escape.utf8CodeUnitCount == 0 {
                    // Another control character: \u00XX, in small hexadecimal digits.
                    let digits: StaticString = "0123456789abcdef"
                    digits.withUTF8Buffer { digits in
                        output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                        output.append(digits[Int(byte >> 4)])
                        output.append(digits[Int(byte & 0x0F)])
                    }
                } else {
                    escape.withUTF8Buffer { output.append(contentsOf: $0) }
                }
                index += length
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
