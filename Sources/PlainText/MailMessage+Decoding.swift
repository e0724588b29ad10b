import Foundation
import NewsModel

/// Undoing what a message did to its text on the way: transfer encodings, charsets, encoded words in the fields,
/// flowed lines, HTML.
extension MailMessage {
    /// The lines of a part's body with its transfer encoding and charset undone. Decoded lines are numbered on
    /// from the part's first line (the reader measures blank lines between blocks by their numbers).
    static func decoded(_ body: ArraySlice<SourceLine>, encoding: String?, charset: String?, problems: inout [String]) -> [SourceLine] {
        let first = body.first?.number ?? 1
        let text: String
        switch encoding?.lowercasedOnBytes().trimmingWhitespace() {
        case "quoted-printable":
            var joined = ""
            for line in body {
                // White space at a line's end is transport padding (RFC 2045 §6.7); a line ending in "=" goes on
                // with the next (a soft break).
                var text = line.text
                while let last = text.last, last == " " || last == "\t" { text.removeLast() }
                if text.hasSuffixOnBytes("=") {
                    joined += text.dropLast()
                } else {
                    joined += text + "\n"
                }
            }
            text = decodingQuotedPrintable(joined, charset: charset, underscoreIsSpace: false, problems: &problems)
        case "base64":
            let encoded = body.map(\.text).joined()
            guard let data = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters) else {
                problems.append("a base64 part that does not decode was read as it stands")
                return Array(body)
            }
            text = decodingBytes(Array(data), charset: charset, problems: &problems)
        default:
            // 7bit, 8bit, binary: the text as it stands (the input's own decoding already read its bytes).
            return Array(body)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        if lines.last == "" { lines.removeLast() }
        return lines.enumerated().map { offset, line in
            SourceLine(text: line, number: first + offset, indentation: WireEnvelope.indentation(of: line))
        }
    }

    /// `=XX` escapes read as bytes of `charset`; other characters as they stand (input that was not 7-bit clean
    /// was already decoded). With `underscoreIsSpace` (RFC 2047's Q encoding) "_" is a space.
    static func decodingQuotedPrintable(_ text: String, charset: String?, underscoreIsSpace: Bool, problems: inout [String]) -> String {
        var output = ""
        var pending: [UInt8] = []
        func flush() {
            guard !pending.isEmpty else { return }
            output += decodingBytes(pending, charset: charset, problems: &problems)
            pending.removeAll()
        }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "=", index + 2 < scalars.count, let high = hexValue(scalars[index + 1]), let low = hexValue(scalars[index + 2]) {
                pending.append(high << 4 | low)
                index += 3
            } else if scalar.isASCII {
                pending.append(underscoreIsSpace && scalar == "_" ? 0x20 : UInt8(scalar.value))
                index += 1
            } else {
                flush()
                output.unicodeScalars.append(scalar)
                index += 1
            }
        }
        flush()
        return output
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x30...0x39: return UInt8(scalar.value - 0x30)
        case 0x41...0x46: return UInt8(scalar.value - 0x41 + 10)
        case 0x61...0x66: return UInt8(scalar.value - 0x61 + 10)
        default: return nil
        }
    }

    /// Bytes in a declared charset. UTF-8 and US-ASCII as UTF-8; ISO-8859-1 as Windows-1252, its superset in
    /// practice (the WHATWG encoding standard reads it so); a few others through Foundation; an unknown charset as
    /// UTF-8, reported.
    static func decodingBytes(_ bytes: [UInt8], charset: String?, problems: inout [String]) -> String {
        let name = (charset ?? "utf-8").lowercasedOnBytes().trimmingWhitespace()
        switch name {
        case "utf-8", "utf8", "us-ascii", "ascii", "":
            return PlainTextDecoder.decode(bytes).text
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "iso-8859-15":
            var text = ""
            text.unicodeScalars.append(contentsOf: bytes.map(PlainTextDecoder.windows1252))
            return text
        default:
            let encodings: [String: String.Encoding] = [
                "iso-8859-2": .isoLatin2, "windows-1250": .windowsCP1250, "windows-1251": .windowsCP1251,
                "windows-1253": .windowsCP1253, "windows-1254": .windowsCP1254, "utf-16": .utf16, "utf-16le": .utf16LittleEndian,
                "utf-16be": .utf16BigEndian, "shift_jis": .shiftJIS, "euc-jp": .japaneseEUC, "iso-2022-jp": .iso2022JP,
            ]
            if let encoding = encodings[name], let text = String(bytes: bytes, encoding: encoding) { return text }
            problems.append("the charset \"\(name)\" is not one the reader knows; its text was read as UTF-8")
            return PlainTextDecoder.decode(bytes).text
        }
    }

    /// RFC 2047 encoded words (`=?utf-8?Q?Google=20Apps?=`, `=?iso-8859-1?B?…?=`) decoded; the white space between
    /// two of them is not part of the text.
    static func decodingEncodedWords(_ value: String) -> String {
        guard value.containsBytes("=?") else { return value }
        var output = ""
        var rest = Substring(value)
        var afterWord = false
        var problems: [String] = []
        // Found by walking on from where the last search stopped (Foundation's `range(of:)` would bridge the whole
        // rest of a long field at every step).
        func nextStart(_ text: Substring) -> Range<Substring.Index>? {
            var index = text.startIndex
            while let equals = text[index...].firstIndex(of: "=") {
                let after = text.index(after: equals)
                if after < text.endIndex, text[after] == "?" { return equals..<text.index(after: after) }
                index = after
            }
            return nil
        }
        while let start = nextStart(rest) {
            let between = rest[..<start.lowerBound]
            // RFC 2047 keeps an encoded word within 75 characters; mailers that break the rule stay within 200.
            // Looking no further keeps a field full of "=?" from costing the square of its length.
            let window = rest[start.upperBound...].prefix(200)
            let parts = window.split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4, parts[3].hasPrefixOnBytes("="), !parts[0].isEmpty,
                ["q", "b"].contains(parts[1].lowercasedOnBytes())
            else {
                output += between + "=?"
                rest = rest[start.upperBound...]
                afterWord = false
                continue
            }
            if !(afterWord && between.allSatisfy(\.isWhitespace)) { output += between }
            let charset = String(parts[0].split(separator: "*").first ?? parts[0])
            if parts[1].lowercasedOnBytes() == "b" {
                let data = Data(base64Encoded: String(parts[2]), options: .ignoreUnknownCharacters) ?? Data()
                output += decodingBytes(Array(data), charset: charset, problems: &problems)
            } else {
                output += decodingQuotedPrintable(String(parts[2]), charset: charset, underscoreIsSpace: true, problems: &problems)
            }
            rest = rest[parts[3].startIndex...].dropFirst()
            afterWord = true
        }
        return output + rest
    }

    /// RFC 3676 flowed text: a line ending in a space goes on with the next one (the space deleted with `DelSp=yes`);
    /// a space-stuffed line loses its first space; the signature separator "-- " stays a line.
    static func unflowed(_ lines: [SourceLine], deletingSpace: Bool) -> [SourceLine] {
        var output: [SourceLine] = []
        var continuing = false
        for line in lines {
            var text = line.text.hasPrefixOnBytes(" ") ? String(line.text.dropFirst()) : line.text
            let soft = text.hasSuffixOnBytes(" ") && text != "-- "
            if soft, deletingSpace { text.removeLast() }
            if continuing, var last = output.popLast() {
                last.text += text
                output.append(last)
            } else {
                output.append(SourceLine(text: text, number: line.number, indentation: 0))
            }
            continuing = soft
        }
        // Keep the numbers consecutive: the reader counts blank lines between blocks by them.
        let first = lines.first?.number ?? 1
        return output.enumerated().map { SourceLine(text: $1.text, number: first + $0, indentation: $1.indentation) }
    }

    /// The text of an HTML part: block ends as line breaks, tags off, character references decoded.
    static func textOfHTML(_ lines: [SourceLine]) -> [SourceLine] {
        var html = lines.map(\.text).joined(separator: " ")
        for tag in ["<br", "<BR", "</p", "</P", "</div", "</DIV", "</h1", "</h2", "</h3", "</li", "</tr"] {
            html = html.replacingOccurrences(of: tag, with: "\n" + tag)
        }
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">", inTag {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        for (reference, replacement) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: reference, with: replacement)
        }
        let first = lines.first?.number ?? 1
        var output: [SourceLine] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let cleaned = String(line).trimmingWhitespace()
            // One blank line between paragraphs, however many the markup made.
            if cleaned.isEmpty, output.last?.text.isEmpty ?? true { continue }
            output.append(SourceLine(text: cleaned, number: first + output.count, indentation: 0))
        }
        return output
    }
}
