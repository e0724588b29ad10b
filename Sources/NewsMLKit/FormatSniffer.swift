import Foundation

/// Tells the format of an input from its content (not its file name).
public enum FormatSniffer {
    public static func detect(_ data: Data) -> InputFormat {
        let index = firstNonSpace(in: data, from: data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.startIndex + 3 : data.startIndex)
        guard index < data.endIndex else { return .text }
        switch data[index] {
        case UInt8(ascii: "<"):
            return isNITF(data[index...]) ? .nitf : .newsml
        case UInt8(ascii: "{"):
            return .ninjs
        case UInt8(ascii: "["):
            return opensJSONArray(data[index...]) ? .ninjs : .text
        default:
            return .text
        }
    }

    /// Whether the "[" that opens `data` opens a JSON array: a value or the array's end follows it. Copy opening with
    /// a bracketed place or label ("[ROMA] Un ventitreenne …", "[UPDATED] …") is text. (A "{" always opens JSON:
    /// broken ninjs is told as broken, not read as an article.)
    static func opensJSONArray(_ data: Data) -> Bool {
        let index = firstNonSpace(in: data, from: data.index(after: data.startIndex))
        // A bracket alone is cut-off JSON: the JSON reader says what is missing.
        guard index < data.endIndex else { return true }
        let next = data[index]
        if [UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "-")].contains(next)
            || (0x30...0x39).contains(next)
        {
            return true
        }
        return ["true", "false", "null"].contains { data[index...].starts(with: $0.utf8) }
    }

    /// The first index from `start` that is no space, tab or line break (`endIndex` when there is none).
    private static func firstNonSpace(in data: Data, from start: Data.Index) -> Data.Index {
        var index = start
        while index < data.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(data[index]) { index += 1 }
        return index
    }

    /// Whether the first element (after the declaration, comments and a DOCTYPE) is `nitf`, with or without a prefix.
    public static func isNITF(_ data: Data) -> Bool {
        // An ASCII head (nearly every document's) is read on its bytes, where each byte is a Character (a CR LF pair,
        // the one Character of two, is white space either way): decoding and walking Characters cost 80,000
        // instructions a file, and every file is sniffed twice.
        if let verdict = data.prefix(4096).withUnsafeBytes({ asciiIsNITF($0.bindMemory(to: UInt8.self)) }) { return verdict }
        return characterIsNITF(String(decoding: data.prefix(4096), as: UTF8.self))
    }

    /// `isNITF` on the decoded head, Character by Character.
    static func characterIsNITF(_ head: String) -> Bool {
        var rest = Substring(head)
        while let open = rest.firstIndex(of: "<") {
            let tag = rest[rest.index(after: open)...]
            if tag.hasPrefix("?") || tag.hasPrefix("!") {
                guard let close = tag.firstIndex(of: ">") else { return false }
                rest = tag[tag.index(after: close)...]
                continue
            }
            let name = tag.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
            return name == "nitf" || name.hasSuffix(":nitf")
        }
        return false
    }

    /// `isNITF` on the bytes of the head, when every byte it reads — up to the one after the root's name — is ASCII;
    /// nil otherwise (a combining mark after a "<", a ">" or a name's last letter would make another Character of it).
    /// The story's own text, after the root's name, may hold anything.
    static func asciiIsNITF(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        func readAsASCII(through last: Int) -> Bool { !bytes[..<min(last + 1, bytes.count)].contains(where: { $0 >= 0x80 }) }
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            let tag = open + 1
            if tag < bytes.count, bytes[tag] == UInt8(ascii: "?") || bytes[tag] == UInt8(ascii: "!") {
                guard let close = bytes[tag...].firstIndex(of: UInt8(ascii: ">")) else {
                    return readAsASCII(through: bytes.count) ? false : nil
                }
                index = close + 1
                continue
            }
            var end = tag
            while end < bytes.count, bytes[end] != 0x20, !(0x09...0x0D).contains(bytes[end]), bytes[end] != UInt8(ascii: ">"),
                bytes[end] != UInt8(ascii: "/")
            {
                end += 1
            }
            guard readAsASCII(through: end + 1) else { return nil }
            let name = bytes[tag..<end]
            return name.elementsEqual("nitf".utf8) || (name.count >= 5 && name.suffix(5).elementsEqual(":nitf".utf8))
        }
        return readAsASCII(through: bytes.count) ? false : nil
    }
}
