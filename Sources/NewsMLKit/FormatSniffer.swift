import Foundation

/// Tells the format of an input from its content (not its file name).
public enum FormatSniffer {
    public static func detect(_ data: Data) -> InputFormat {
        var index = data.startIndex
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        while index < data.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(data[index]) { index += 1 }
        guard index < data.endIndex else { return .text }
        switch data[index] {
        case UInt8(ascii: "<"):
            return .newsml
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            return .ninjs
        default:
            return .text
        }
    }
}
