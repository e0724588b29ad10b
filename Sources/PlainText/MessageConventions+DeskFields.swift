import Foundation
import NewsModel

/// Copy sent to a desk names its parts: labelled lines at the top ("Headline: …", "Abstract: …", "Slugline: …"),
/// or a web form's submission as JSON, each field a list of strings ({"Headline": ["…"], "Body": ["…"]}, what
/// Superdesk's e-mail form ingest reads). The labels say what each part is, so they are read as such.
extension MessageConventions {
    /// Labels of desk copy and the field each fills.
    static let deskLabels: [String: DeskField] = [
        "headline": .headline, "title": .headline, "abstract": .summary, "summary": .summary, "standfirst": .summary,
        "slugline": .slugline, "slug": .slugline, "dateline": .dateline,
    ]

    enum DeskField {
        case headline, summary, slugline, dateline
    }

    /// Labelled lines among the first lines of the text, up to the first line that is not one (blank lines and a
    /// single short line such as a desk code before them aside).
    mutating func takeLabelledFields() {
        var index = lines.startIndex
        var taken: [Int] = []
        var others = 0
        while index < lines.endIndex, index - lines.startIndex < 12 {
            let line = lines[index]
            defer { index += 1 }
            if line.isBlank { continue }
            // A label is a word of at most ten letters: only a colon among the first bytes can end one.
            let utf8 = line.text.utf8
            guard let colon = utf8.prefix(12).firstIndex(of: UInt8(ascii: ":")),
                let field = Self.deskLabels[line.text[..<colon].lowercasedOnBytes()]
            else {
                others += 1
                if others > 1 || !taken.isEmpty { break }
                continue
            }
            let value = String(line.text[line.text.index(after: colon)...]).trimmingWhitespace()
            guard !value.isEmpty else { continue }
            fill(field, with: value)
            taken.append(index)
        }
        for index in taken.reversed() { lines.remove(at: index) }
    }

    private mutating func fill(_ field: DeskField, with value: String) {
        switch field {
        case .headline: labelledHeadline = labelledHeadline ?? value
        case .summary: labelledSummary = labelledSummary ?? value
        case .slugline: slugline = slugline ?? value
        case .dateline: datelinePlace = datelinePlace ?? value
        }
    }

    /// A form's submission: the text is a JSON object (or the same object sent twice) whose values are lists of
    /// strings, with a headline and a body. The labelled fields are read; the body's paragraphs become the lines;
    /// the submission itself is kept as metadata (its other fields — desk, priority, sign-off — have no place).
    mutating func takeFormSubmission(file: String?) {
        guard let first = lines.firstIndex(where: { !$0.isBlank }), lines[first].text.hasPrefixOnBytes("{") else { return }
        let joined = lines[first...].map(\.text).joined(separator: "\n")
        guard let object = Self.firstJSONObject(in: joined) else { return }
        func strings(_ key: String) -> [String]? {
            guard let pair = object.first(where: { $0.key.caseInsensitiveCompare(key) == .orderedSame }) else { return nil }
            return (pair.value as? [Any])?.compactMap { $0 as? String } ?? (pair.value as? String).map { [$0] }
        }
        guard let headline = strings("Headline")?.first, let body = strings("Body") else { return }
        labelledHeadline = headline
        if let summary = strings("Abstract")?.first, !summary.isEmpty { labelledSummary = summary }
        if let slug = strings("Slugline")?.first, !slug.isEmpty { slugline = slug }
        if let place = strings("Dateline")?.first, !place.isEmpty { datelinePlace = place }
        preserved.append(PreservedProperty(container: "form-submission", format: "plaintext", serialized: joined))
        let number = lines[first].number
        diagnostics.append(
            .note(
                "plaintext.form-submission",
                "the text is a form's submission (JSON): its headline, abstract, slugline, dateline and body were read, the whole kept as metadata",
                at: SourceLocation(file: file, line: number, column: 1)))
        var bodyLines: [SourceLine] = []
        for paragraph in body.joined(separator: "\n\n").split(separator: "\n", omittingEmptySubsequences: false) {
            let text = String(paragraph).trimmingWhitespace()
            bodyLines.append(SourceLine(text: text, number: number + bodyLines.count, indentation: 0))
        }
        lines.replaceSubrange(first..., with: bodyLines)
    }

    /// The first JSON object of `text` (a form sends `{…}{…}` when it repeats itself), as a dictionary.
    static func firstJSONObject(in text: String) -> [String: Any]? {
        var depth = 0
        var inString = false
        var escaped = false
        var end: String.Index?
        for index in text.indices {
            let character = text[index]
            if inString {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                }
                continue
            }
            if character == "\"" {
                inString = true
            } else if character == "{" {
                depth += 1
            } else if character == "}" {
                depth -= 1
                if depth == 0 {
                    end = text.index(after: index)
                    break
                }
            }
        }
        guard let end, let data = String(text[..<end]).data(using: .utf8) else { return nil }
        // A line break the mail wrapped inside a string ("9/14/2015\n12:06:00") is not valid JSON: read as a space.
        let repaired = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
        return (try? JSONSerialization.jsonObject(with: Data(repaired.utf8))) as? [String: Any]
    }
}
