import NewsModel

/// Separates the transmission envelope of wire copy from the story and cleans each line: control
/// characters, ZCZC header codes and ANPA `^`/`<` format markers never reach the text.
enum WireEnvelope {
    static func lines(of text: String, file: String?) -> (lines: [SourceLine], metadata: EnvelopeMetadata, diagnostics: [Diagnostic]) {
        var metadata = EnvelopeMetadata()
        var diagnostics: [Diagnostic] = []
        var rawLines = splitLines(text)
        var firstLine = 1

        // IPTC 7901 / ANPA: the header runs up to STX, the story ends at ETX.
        if let start = rawLines.firstIndex(where: { $0.utf8.contains(0x02) }), start < 12 {
            metadata.headerLines = rawLines[..<start].map(cleaned).filter { !$0.isEmpty }
            var first = rawLines[start]
            if let stx = first.lastIndex(of: "\u{02}") { first = String(first[first.index(after: stx)...]) }
            rawLines[start] = first
            firstLine = start + 1
            rawLines.removeFirst(start)
        }
        if let end = rawLines.firstIndex(where: { $0.utf8.contains(0x03) }) {
            var last = rawLines[end]
            if let etx = last.firstIndex(of: "\u{03}") {
                metadata.trailerLines = ([String(last[last.index(after: etx)...])] + rawLines[(end + 1)...]).map(cleaned).filter { !$0.isEmpty }
                last = String(last[..<etx])
            }
            rawLines = Array(rawLines[...end])
            rawLines[end] = last
        }
        var result: [SourceLine] = []
        var inZCZCHeader = false
        var sawControl = false
        for (offset, raw) in rawLines.enumerated() {
            let number = firstLine + offset
            if !sawControl, raw.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 || $0 == 0x7F }) { sawControl = true }
            var line = cleaned(raw)
            let trimmed = line.trimmingWhitespace()
            // Byte tests first: String's hasPrefix compares Characters.
            if trimmed.utf8.first == 0x5A, trimmed.hasPrefix("ZCZC") {
                inZCZCHeader = true
                metadata.headerLines.append(trimmed)
                continue
            }
            if trimmed == "NNNN" {
                metadata.trailerLines.append(trimmed)
                continue
            }
            if inZCZCHeader {
                if let code = trimmed.first, "%#$:&*@".contains(code) || trimmed.isEmpty && result.isEmpty {
                    let value = String(trimmed.dropFirst()).trimmingWhitespace()
                    switch code {
                    case "#": metadata.slugline = value
                    case "$": metadata.headline = value
                    case ":": metadata.datelinePlace = value.stripping("()")
                    default: break
                    }
                    metadata.headerLines.append(trimmed)
                    continue
                }
                inZCZCHeader = trimmed.isEmpty
                if trimmed.isEmpty { continue }
            }
            // ANPA format markers: `^` opens a line, `<` closes it.
            if line.utf8.first == 0x5E { line.removeFirst() }
            if line.utf8.last == 0x3C { line.removeLast() }
            let indentation = line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
            result.append(SourceLine(text: line.trimmingWhitespace(), number: number, indentation: indentation))
        }
        if sawControl {
            diagnostics.append(.note("plaintext.control-characters", "wire control characters were removed", at: SourceLocation(file: file, line: firstLine)))
        }
        while result.last?.isBlank == true { result.removeLast() }
        return (result, metadata, diagnostics)
    }

    /// Lines split on LF, CRLF or a lone CR.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        // CR, LF and CR LF each end a line; the cut is at ASCII bytes, so every piece is valid UTF-8.
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 10 || byte == 13 {
                lines.append(String(text[lineStart..<index]))
                var next = bytes.index(after: index)
                if byte == 13, next < bytes.endIndex, bytes[next] == 10 { next = bytes.index(after: next) }
                lineStart = next
                index = next
            } else {
                index = bytes.index(after: index)
            }
        }
        lines.append(String(text[lineStart..<bytes.endIndex]))
        return lines
    }

    /// Control characters (C0 other than tab, DEL, C1) removed; non-breaking spaces become spaces.
    static func cleaned(_ line: String) -> String {
        // A literal argument to `contains` would pick the generic substring search; test scalars one by one.
        // Bytes first: every removed or replaced scalar has a byte below 0x20, 0x7F, or the lead byte C2 or EF.
        guard line.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }),
              line.unicodeScalars.contains(where: { isRemoved($0) || $0.value == 0xA0 }) else { return line }
        var scalars = String.UnicodeScalarView()
        for scalar in line.unicodeScalars where !isRemoved(scalar) {
            scalars.append(scalar == "\u{A0}" ? " " : scalar)
        }
        return String(scalars)
    }

    static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{FEFF}"
    }
}

extension String {

    func stripping(_ set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result.removeFirst() }
        while let last = result.last, set.contains(last) { result.removeLast() }
        return String(result)
    }
}
