import Foundation

/// JSON Pointer tokens (RFC 6901): a key escaped into a pointer, and a token of a URI fragment read back to its key.
/// Every property the validator visits puts its key into the instance and schema paths, and every reference it
/// follows is read token by token: Foundation's replacing costs some ten thousand instructions a call, so the bytes
/// are asked first — a key without "~" or "/" is its own token, and a token without "%" or "~" its own key (unless it opens
/// with a byte order mark, which Foundation's decoding drops).
enum JSONPointer {
    static func escape(_ key: String) -> String {
        let special: (UInt8) -> Bool = { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }
        guard key.utf8.withContiguousStorageIfAvailable({ $0.contains(where: special) }) ?? key.utf8.contains(where: special) else {
            return key
        }
        return key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// The key a token of a URI fragment's pointer names: percent-decoded, then "~1" and "~0" undone.
    static func fragmentKey(_ token: Substring) -> String {
        let token = String(token)
        // (Foundation's percent decoding also drops a leading byte order mark: such a token takes its way too.)
        guard
            token.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "~") })
                || token.utf8.starts(with: [0xEF, 0xBB, 0xBF])
        else { return token }
        return (token.removingPercentEncoding ?? token).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }
}
