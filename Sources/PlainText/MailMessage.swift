import Foundation
import NewsModel

/// An Internet message as mail clients and agency gateways save it: RFC 5322 header fields (folded over lines that
/// start with white space), MIME entities (RFC 2045/2046: a multipart body cut at its boundary, each part with its
/// own fields), transfer encodings (quoted-printable, base64), charsets, RFC 2047 encoded words in the fields and
/// RFC 3676 flowed text. The story is the first text/plain part (else the first text/html one, its tags taken
/// off); every other part is named, so that nothing is left out unreported.
struct MailMessage {
    struct Field: Sendable, Hashable {
        /// The name as written ("Content-Type").
        var name: String
        /// The value with its folds joined (encoded words not yet decoded).
        var value: String
    }

    /// The message's own header fields, in order.
    var fields: [Field] = []
    /// The lines the fields were read from, as they stand in the input.
    var rawHeaderLines: [String] = []
    /// The story text, numbered from where its part starts in the input.
    var text: [SourceLine] = []
    /// Parts that repeat the text in another form (the HTML alternative of a plain-text part).
    var alternatives: [String] = []
    /// Parts that are not text (pictures, documents): named, since they have no place in the item.
    var attachments: [String] = []
    /// What could not be decoded as declared (an unknown charset, a part nested too deep).
    var problems: [String] = []

    /// Header names that mark a block of fields as a message's (two of them must be there: "Date:" and "Headline:"
    /// over a story are not a message).
    static let messageFieldNames: WordSet = [
        "from", "to", "cc", "bcc", "subject", "date", "sent", "reply-to", "message-id", "organization", "received",
        "delivered-to", "return-path", "mime-version", "content-type", "sender", "x-mailer",
    ]

    /// The message starting at the first of `lines`; nil when they do not start with a message's header fields.
    /// `raw` gives a line as it stands in the input, its white space at both ends included (the reader trims it,
    /// and quoted-printable and flowed text mean something by it).
    init?(_ lines: ArraySlice<SourceLine>, raw: (SourceLine) -> String = \.text) {
        guard let head = Self.fields(in: lines), Self.areMessageFields(head.fields) else { return nil }
        fields = head.fields
        rawHeaderLines = lines[lines.startIndex..<head.end].map(raw)
        read(
            lines[head.bodyStart...].map { SourceLine(text: raw($0), number: $0.number, indentation: $0.indentation) }[...],
            fields: head.fields, depth: 0)
    }

    /// Whether `lines` start with a message's header fields (checked before the input's own lines are looked up).
    static func startsMessage(_ lines: ArraySlice<SourceLine>) -> Bool {
        guard let first = lines.first, first.text.containsBytes(":"), let head = fields(in: lines) else { return false }
        return areMessageFields(head.fields)
    }

    private static func areMessageFields(_ fields: [Field]) -> Bool {
        fields.count >= 2 && Set(fields.map { $0.name.lowercasedOnBytes() }.filter { messageFieldNames.contains($0) }).count >= 2
    }

    /// The first field called `name` (any case), its encoded words decoded.
    func field(_ name: String) -> String? {
        fields.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map { Self.decodingEncodedWords($0.value) }
    }

    // MARK: Fields

    /// The header fields at the start of `lines`, up to the blank line that ends them: nil when the first line is
    /// not a field. `end` is where the fields stop, `bodyStart` the line after the blank one.
    static func fields(in lines: ArraySlice<SourceLine>) -> (fields: [Field], end: Int, bodyStart: Int)? {
        var fields: [Field] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            let text = lines[index].text
            if text.allSatisfy(\.isWhitespace) { break }
            // The reader keeps a line's leading white space as its indentation, not in its text.
            if lines[index].indentation > 0 || text.hasPrefixOnBytes(" ") || text.hasPrefixOnBytes("\t") {
                // A folded line continues the field before it.
                guard !fields.isEmpty else { return nil }
                fields[fields.count - 1].value += " " + text.trimmingWhitespace()
            } else if let field = field(in: text) {
                fields.append(field)
            } else {
                break
            }
            index += 1
        }
        guard !fields.isEmpty else { return nil }
        let bodyStart = index < lines.endIndex && lines[index].text.allSatisfy(\.isWhitespace) ? index + 1 : index
        return (fields, index, bodyStart)
    }

    /// `Name: value`, the name printable ASCII without a colon (RFC 5322 §2.2).
    private static func field(in line: String) -> Field? {
        guard let colon = line.firstIndex(of: ":"), colon > line.startIndex else { return nil }
        let name = line[..<colon]
        guard name.utf8.count <= 76, name.utf8.allSatisfy({ $0 >= 33 && $0 <= 126 }) else { return nil }
        return Field(name: String(name), value: String(line[line.index(after: colon)...]).trimmingWhitespace())
    }

    /// `type/subtype; name=value; name="quoted value"`: the type in lower case and the parameters by lower-case name.
    static func parameters(of value: String?) -> (type: String, parameters: [String: String]) {
        guard let value else { return ("", [:]) }
        let pieces = Self.splitParameters(value)
        var parameters: [String: String] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let name = String(piece[..<equals]).trimmingWhitespace().lowercasedOnBytes()
            var parameter = String(piece[piece.index(after: equals)...]).trimmingWhitespace()
            if parameter.count >= 2, parameter.hasPrefixOnBytes("\""), parameter.hasSuffixOnBytes("\"") {
                parameter = String(parameter.dropFirst().dropLast())
            }
            if parameters[name] == nil { parameters[name] = decodingEncodedWords(parameter) }
        }
        return ((pieces.first ?? "").trimmingWhitespace().lowercasedOnBytes(), parameters)
    }

    /// The `;`-separated pieces of a field, a `;` inside quotes not separating.
    private static func splitParameters(_ value: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        for character in value {
            if character == "\"" { quoted.toggle() }
            if character == ";", !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces
    }

    // MARK: Entities

    /// Parts inside parts deeper than this are named, not read: a message is a few levels deep, and input that
    /// nests forever must not exhaust the stack.
    static let deepestPart = 8

    private mutating func read(_ body: ArraySlice<SourceLine>, fields: [Field], depth: Int) {
        let field = { (name: String) in Self.value(name, in: fields) }
        let (type, parameters) = Self.parameters(of: field("Content-Type"))
        let disposition = Self.parameters(of: field("Content-Disposition"))
        let name = disposition.parameters["filename"] ?? parameters["name"]
        let isAttachment = disposition.type == "attachment"
        if type.hasPrefixOnBytes("multipart/"), let boundary = parameters["boundary"], !boundary.isEmpty {
            guard depth < Self.deepestPart else {
                problems.append("a \(type) part nested more than \(Self.deepestPart) deep was not read")
                return
            }
            let parts = Self.parts(of: body, boundary: boundary)
            // An alternative's parts say the same thing: plain text first, else HTML; the rest are named.
            if type == "multipart/alternative" {
                let typed = parts.map { part in (part, Self.parameters(of: Self.value("Content-Type", in: part.fields)).type) }
                let chosen = typed.firstIndex { $0.1 == "text/plain" || $0.1.isEmpty } ?? typed.firstIndex { $0.1 == "text/html" }
                for (index, (part, partType)) in typed.enumerated() {
                    if index == chosen, text.isEmpty {
                        read(part.body, fields: part.fields, depth: depth + 1)
                    } else {
                        alternatives.append("the \(partType.isEmpty ? "text/plain" : partType) alternative")
                    }
                }
                return
            }
            for part in parts { read(part.body, fields: part.fields, depth: depth + 1) }
            return
        }
        let isText = type.isEmpty || type == "text/plain" || type == "text/html"
        guard isText, !isAttachment, text.isEmpty else {
            let size = body.reduce(0) { $0 + $1.text.utf8.count + 1 }
            let described = name.map { "\"\($0)\"" } ?? "a part"
            attachments.append(
                "\(described) (\(type.isEmpty ? "text/plain" : type), \(Self.describedSize(size, field("Content-Transfer-Encoding"))))")
            return
        }
        var decoded = Self.decoded(body, encoding: field("Content-Transfer-Encoding"), charset: parameters["charset"], problems: &problems)
        if parameters["format"]?.lowercasedOnBytes() == "flowed" {
            decoded = Self.unflowed(decoded, deletingSpace: parameters["delsp"]?.lowercasedOnBytes() == "yes")
        }
        if type == "text/html" { decoded = Self.textOfHTML(decoded) }
        // As the reader keeps every line: its leading white space as indentation, the text trimmed.
        text = decoded.map {
            SourceLine(text: $0.text.trimmingWhitespace(), number: $0.number, indentation: WireEnvelope.indentation(of: $0.text))
        }
    }

    private static func value(_ name: String, in fields: [Field]) -> String? {
        fields.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// How big a part is once decoded ("26 KB"): base64 takes four characters for three bytes.
    private static func describedSize(_ characters: Int, _ encoding: String?) -> String {
        let bytes = encoding?.lowercasedOnBytes() == "base64" ? characters * 3 / 4 : characters
        return bytes >= 10_000 ? "\(bytes / 1000) KB" : "\(bytes) bytes"
    }

    /// The parts of a multipart body: between `--boundary` lines, up to `--boundary--`; each with its fields.
    private static func parts(of body: ArraySlice<SourceLine>, boundary: String) -> [(fields: [Field], body: ArraySlice<SourceLine>)] {
        let delimiter = "--" + boundary
        var parts: [(fields: [Field], body: ArraySlice<SourceLine>)] = []
        var start: Int?
        func close(at end: Int) {
            guard let start else { return }
            let part = body[start..<end]
            if let head = fields(in: part) {
                parts.append((head.fields, part[head.bodyStart...]))
            } else {
                // No fields: a blank line first, then a text/plain body (RFC 2046 §5.1.1 default).
                parts.append(([], part.first?.text.allSatisfy(\.isWhitespace) == true ? part.dropFirst() : part))
            }
        }
        for index in body.indices {
            let line = body[index].text
            guard line.hasPrefixOnBytes(delimiter) else { continue }
            let rest = line.dropFirst(delimiter.count)
            if rest.hasPrefixOnBytes("--") {
                close(at: index)
                start = nil
                break
            }
            guard rest.allSatisfy({ $0 == " " || $0 == "\t" }) else { continue }
            close(at: index)
            start = index + 1
        }
        close(at: body.endIndex)
        return parts
    }
}
