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

    public func string(_ value: JSONValue) -> String {
        var output = ""
        write(value, depth: 0, into: &output)
        if indent { output += "\n" }
        return output
    }

    public func data(_ value: JSONValue) -> Data { Data(string(value).utf8) }

    private func write(_ value: JSONValue, depth: Int, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .integer(let number): output += String(number)
        case .number(let number):
            if number.rounded() == number, abs(number) < 1e15 { output += String(Int(number)) } else { output += "\(number)" }
        case .string(let text): Self.writeString(text, into: &output)
        case .array(let elements):
            if elements.isEmpty {
                output += "[]"
                return
            }
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                newline(depth + 1, into: &output)
                write(element, depth: depth + 1, into: &output)
            }
            newline(depth, into: &output)
            output += "]"
        case .object(let object):
            if object.isEmpty {
                output += "{}"
                return
            }
            output += "{"
            let keys = sortKeys ? object.keys.sorted() : object.keys
            for (index, key) in keys.enumerated() {
                if index > 0 { output += "," }
                newline(depth + 1, into: &output)
                Self.writeString(key, into: &output)
                output += indent ? ": " : ":"
                write(object[key]!, depth: depth + 1, into: &output)
            }
            newline(depth, into: &output)
            output += "}"
        }
    }

    private func newline(_ depth: Int, into output: inout String) {
        guard indent else { return }
        output += "\n"
        output += String(repeating: "  ", count: depth)
    }

    static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                // Control characters and the two JavaScript line separators are escaped.
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    output += String(format: "\\u%04x", scalar.value)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
