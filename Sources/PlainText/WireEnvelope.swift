import NewsModel

/// Separates the transmission envelope of wire copy from the story and cleans each line: control
/// characters, ZCZC header codes and ANPA `^`/`<` format markers never reach the text.
enum WireEnvelope {
    static func lines(of text: String, file: String?) -> (lines: [SourceLine], metadata: EnvelopeMetadata, diagnostics: [Diagnostic]) {
        if let lines = plainLines(text) { return (lines, EnvelopeMetadata(), []) }
        var metadata = EnvelopeMetadata()
        var diagnostics: [Diagnostic] = []
        var rawLines = splitLines(text)
        var firstLine = 1

        // IPTC 7901 / ANPA: the header runs up to STX, the story ends at ETX.
        if text.containsByte(where: { $0 == 0x02 }), let start = rawLines.firstIndex(where: { $0.containsByte { $0 == 0x02 } }), start < 12
        {
            metadata.headerLines = rawLines[..<start].map(cleaned).filter { !$0.isEmpty }
            var first = rawLines[start]
            if let stx = first.lastIndex(of: "\u{02}") { first = String(first[first.index(after: stx)...]) }
            rawLines[start] = first
            firstLine = start + 1
            rawLines.removeFirst(start)
            // ANPA 1312's keyword line opens the text: cycle, category and slug, version and word count
            // ("BC-US--Giant Lobster Death, 1st Ld-Writethru,127"). It is the story's slug, not its headline.
            let keyword = cleaned(first).trimmingWhitespace().stripping("^<")
            if let slug = anpaKeywordSlug(keyword) {
                metadata.slugline = slug
                metadata.headerLines.append(keyword)
                rawLines[0] = ""
            }
        }
        if text.containsByte(where: { $0 == 0x03 }), let end = rawLines.firstIndex(where: { $0.containsByte { $0 == 0x03 } }) {
            var last = rawLines[end]
            if let etx = last.firstIndex(of: "\u{03}") {
                metadata.trailerLines = ([String(last[last.index(after: etx)...])] + rawLines[(end + 1)...]).map(cleaned).filter {
                    !$0.isEmpty
                }
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
            // One pass over the bytes decides whether the line needs cleaning at all (most do not).
            let (hasControl, hasCleanableLead) = raw.withUTF8Bytes { bytes -> (Bool, Bool) in
                var control = false
                var lead = false
                for byte in bytes {
                    if byte < 0x20 && byte != 0x09 || byte == 0x7F { control = true } else if byte == 0xC2 || byte == 0xEF { lead = true }
                }
                return (control, lead)
            }
            if hasControl { sawControl = true }
            var line = hasControl || hasCleanableLead ? cleaned(raw) : raw
            let trimmed = line.trimmingWhitespace()
            // Byte tests first: String's hasPrefix compares Characters.
            if trimmed.utf8.first == 0x5A, trimmed.hasPrefixOnBytes("ZCZC") {
                inZCZCHeader = true
                metadata.headerLines.append(trimmed)
                continue
            }
            if trimmed == "NNNN" {
                metadata.trailerLines.append(trimmed)
                continue
            }
            if inZCZCHeader {
                // AAP's fields: "%" selectors, "#" keyword, "$" headline (or a category letter), ":" place (or a
                // release's issuer), "&" author,
                // "*" format, "@" region, "~" service.
                if let code = trimmed.first, "%#$:&*@~".contains(code) || trimmed.isEmpty && result.isEmpty {
                    let value = String(trimmed.dropFirst()).trimmingWhitespace()
                    switch code {
                    case "#": metadata.slugline = value
                    // "$K": a one-letter ANPA category, not a headline.
                    case "$" where value.count > 2: metadata.headline = value
                    // ":(MELBOURNE)" is the story's place, in brackets or capitals; ":1200" is a time, and Medianet's
                    // releases put their issuer there (":Master Builders Australia", the take key of its ZCZC).
                    case ":" where value.contains(where: \.isLetter) && (value.hasPrefixOnBytes("(") || value == value.uppercased()):
                        metadata.datelinePlace = value.stripping("()")
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
            result.append(SourceLine(text: line.trimmingWhitespace(), number: number, indentation: indentation(of: line)))
        }
        if sawControl {
            diagnostics.append(
                .note(
                    "plaintext.control-characters", "wire control characters were removed", at: SourceLocation(file: file, line: firstLine))
            )
        }
        while result.last?.isBlank == true { result.removeLast() }
        return (result, metadata, diagnostics)
    }

    /// The common case — no control characters, no characters to clean, no ZCZC or NNNN framing — on
    /// bytes: each line is cut, stripped of ANPA markers, measured and trimmed in place, and one String
    /// is made per line. Nil when the text needs the full treatment.
    private static func plainLines(_ text: String) -> [SourceLine]? {
        text.withUTF8Bytes { bytes -> [SourceLine]? in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte != 0x09 && byte != 0x0A && byte != 0x0D { return nil }
                } else if byte == 0x7F {
                    return nil
                } else if byte == 0x5A || byte == 0x4E, index + 3 < bytes.count {
                    // "ZCZC" or "NNNN"
                    let second: UInt8 = byte == 0x5A ? 0x43 : 0x4E
                    if bytes[index + 1] == second, bytes[index + 2] == byte, bytes[index + 3] == second { return nil }
                }
            }
            var lines: [SourceLine] = []
            var lineStart = 0
            var number = 1
            var index = 0
            while true {
                guard index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D else {
                    index += 1
                    continue
                }
                lines.append(line(bytes, lineStart..<index, number: number))
                if index == bytes.count { break }
                var next = index + 1
                if bytes[index] == 0x0D, next < bytes.count, bytes[next] == 0x0A { next += 1 }
                lineStart = next
                index = next
                number += 1
            }
            while lines.last?.isBlank == true { lines.removeLast() }
            return lines
        }
    }

    private static func line(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, number: Int) -> SourceLine {
        if needsCleaning(bytes[range]) {
            // A no-break space, a C1 control or a byte-order mark: cleaned on scalars, as the full path does.
            var line = cleaned(String(utf8Slice: bytes[range]))
            if line.utf8.first == 0x5E { line.removeFirst() }
            if line.utf8.last == 0x3C { line.removeLast() }
            return SourceLine(text: line.trimmingWhitespace(), number: number, indentation: indentation(of: line))
        }
        var start = range.lowerBound
        var end = range.upperBound
        // ANPA format markers: `^` opens a line, `<` closes it.
        if start < end, bytes[start] == 0x5E { start += 1 }
        if start < end, bytes[end - 1] == 0x3C { end -= 1 }
        var indentation = 0
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 {
            indentation += bytes[start] == 0x09 ? 4 : 1
            start += 1
        }
        while start < end, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        var text = String(utf8Slice: bytes[start..<end])
        // White space beyond ASCII at either end (an em space, an ideographic space): trimmed on scalars.
        if start < end, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 { text = text.trimmingWhitespace() }
        return SourceLine(text: text, number: number, indentation: indentation)
    }

    /// The slug of an ANPA keyword line, "BC-US--Giant Lobster Death, 1st Ld-Writethru,127" → "US--Giant Lobster
    /// Death": a one- or two-letter cycle code, a hyphen, the category and slug, then comma-separated version and word
    /// count.
    static func anpaKeywordSlug(_ line: String) -> String? {
        let parts = line.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[0].allSatisfy({ $0.isUppercase && $0.isASCII }),
            line.containsBytes("--"), let last = line.split(separator: ",").last, line.containsBytes(","),
            !last.isEmpty, String(last).trimmingWhitespace().allSatisfy(\.isNumber)
        else { return nil }
        let slug = parts[1].split(separator: ",").first.map(String.init) ?? ""
        return slug.isEmpty ? nil : slug.trimmingWhitespace()
    }

    /// Columns of leading white space; a tab counts as four.
    static func indentation(of line: String) -> Int {
        line.withUTF8Bytes { bytes in
            var columns = 0
            for byte in bytes {
                if byte == 0x20 { columns += 1 } else if byte == 0x09 { columns += 4 } else { break }
            }
            return columns
        }
    }

    /// Whether the line holds a C1 control or no-break space (C2 80–A0) or a byte-order mark (EF BB BF).
    private static func needsCleaning(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            if byte == 0xC2, index + 1 < line.endIndex, (0x80...0xA0).contains(line[index + 1]) { return true }
            if byte == 0xEF, index + 2 < line.endIndex, line[index + 1] == 0xBB, line[index + 2] == 0xBF { return true }
            index += 1
        }
        return false
    }

    /// Lines split on LF, CRLF or a lone CR.
    static func splitLines(_ text: String) -> [String] {
        text.withUTF8Bytes { bytes in
            var lines: [String] = []
            var lineStart = 0
            var index = 0
            // CR, LF and CR LF each end a line; the cut is at ASCII bytes, so every piece is valid UTF-8.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 10 || byte == 13 {
                    lines.append(String(utf8Slice: bytes[lineStart..<index]))
                    var next = index + 1
                    if byte == 13, next < bytes.count, bytes[next] == 10 { next += 1 }
                    lineStart = next
                    index = next
                } else {
                    index += 1
                }
            }
            lines.append(String(utf8Slice: bytes[lineStart..<bytes.count]))
            return lines
        }
    }

    /// Control characters (C0 other than tab, DEL, C1) removed; non-breaking spaces become spaces.
    static func cleaned(_ line: String) -> String {
        // A literal argument to `contains` would pick the generic substring search; test scalars one by one.
        // Bytes first: every removed or replaced scalar has a byte below 0x20, 0x7F, or the lead byte C2 or EF.
        guard line.containsByte(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }),
            line.unicodeScalars.contains(where: { isRemoved($0) || $0.value == 0xA0 })
        else { return line }
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
