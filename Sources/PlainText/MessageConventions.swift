import Foundation
import NewsModel

/// The wrapping that e-mailed copy and press releases carry around the story: mail headers, a greeting
/// and a sign-off to the desk, "FOR IMMEDIATE RELEASE", the "About …" boilerplate, media contacts and the
/// "###" end mark. It is taken off before the story is read, and kept as notes and metadata.
struct MessageConventions {
    var lines: [SourceLine]
    var subject: String?
    var sender: String?
    /// When the message was written: its `Date:` field as ISO 8601 (`MailDate`).
    var written: String?
    /// What labelled lines or a form's fields named ("Headline: …", {"Abstract": [...]}): they win over what the
    /// reader would infer.
    var labelledHeadline: String?
    var labelledSummary: String?
    var slugline: String?
    var datelinePlace: String?
    var notes: [String] = []
    private let text: String?
    var preserved: [PreservedProperty] = []
    var diagnostics: [Diagnostic] = []

    static let greetings = ["hi ", "hi,", "hello", "dear ", "hey ", "good morning", "morning all", "desk,", "hi desk"]
    static let signOffs: WordSet = [
        "thanks", "thanks,", "thank you", "thank you,", "best", "best,", "regards", "regards,", "best regards,",
        "kind regards,", "cheers", "cheers,", "many thanks,", "thx", "--",
    ]
    static let releaseMarkers: WordSet = [
        "for immediate release", "for immediate release:", "press release", "news release", "media release",
    ]
    static let endMarkers: WordSet = ["###", "# # #", "-30-", "- 30 -", "ends", "- ends -", "-ends-", "end", "###."]
    /// A cheap first test for `boilerplateOpeners` (ASCII case folded on bytes).
    static let boilerplateStart = ProbeSet(atStart: boilerplateOpeners, ignoringCase: true)
    static let boilerplateOpeners = ["about ", "for more information"] + contactOpeners
    /// The openings of a release's contact lines ("Media contact: …", "Investor contact").
    static let contactOpeners = [
        "media contact", "press contact", "contact:", "contacts:", "investor contact", "media inquiries", "press inquiries",
    ]

    /// `text` is the input the lines were cut from: an e-mail's parts are decoded from its lines as they stand there.
    init(_ lines: [SourceLine], file: String?, text: String? = nil) {
        self.lines = lines
        self.text = text
        takeMailHeaders(file: file)
        takeFormSubmission(file: file)
        takeLabelledFields()
        takeGreetingAndSignOff(file: file)
        takeReleaseMarkers(file: file)
    }

    private mutating func takeMailHeaders(file: String?) {
        guard let first = lines.firstIndex(where: { !$0.text.allSatisfy(\.isWhitespace) }), MailMessage.startsMessage(lines[first...])
        else { return }
        // The input's own lines by number: the reader trimmed them, and a message's encodings mean something by the
        // white space at their ends. A line that does not match its trimmed self (a CR-only file, cleaned spaces) is
        // rebuilt from its indentation.
        // Split on the line feed's byte: a Character split walks graphemes over the whole message (and never splits
        // "\r\n", one Character).
        // A carriage return before the line feed goes with it (it never joins the Character before it).
        let rawLines: [String] =
            text.map { text in
                text.withUTF8Bytes { bytes in
                    var lines: [String] = []
                    var start = 0
                    for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                        let end = index > start && bytes[index - 1] == 0x0D ? index - 1 : index
                        lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                        start = index + 1
                    }
                    return lines
                }
            } ?? []
        let raw = { (line: SourceLine) -> String in
            let rebuilt = String(repeating: " ", count: line.indentation) + line.text
            guard line.number >= 1, line.number <= rawLines.count else { return rebuilt }
            let text = rawLines[line.number - 1]
            return text.trimmingWhitespace() == line.text ? text : rebuilt
        }
        guard let message = MailMessage(lines[first...], raw: raw) else { return }
        if var subject = message.field("Subject") {
            for prefix in ["Fwd:", "FW:", "Fw:", "Re:", "RE:", "AW:", "WG:"] where subject.hasPrefixOnBytes(prefix) {
                subject = String(subject.dropFirst(prefix.count)).trimmingWhitespace()
            }
            self.subject = subject.isEmpty ? nil : subject
        }
        written = message.field("Date").flatMap(MailDate.iso8601)
        if let from = message.field("From") {
            let name = from.split(separator: "<").first.map { String($0).trimmingWhitespace().replacingOccurrences(of: "\"", with: "") }
            sender = name?.isEmpty == false ? name : from.trimmingWhitespace()
        }
        let location = SourceLocation(file: file, line: lines[first].number, column: 1)
        preserved.append(
            PreservedProperty(container: "email-headers", format: "plaintext", serialized: message.rawHeaderLines.joined(separator: "\n")))
        diagnostics.append(
            .note("plaintext.email-headers", "e-mail headers kept as metadata (\(message.rawHeaderLines.count) lines)", at: location))
        if !message.alternatives.isEmpty {
            diagnostics.append(
                .note(
                    "plaintext.email-alternative",
                    "the message's text was read from one part; \(message.alternatives.joined(separator: ", ")) of the same text was not",
                    at: location))
        }
        if !message.attachments.isEmpty {
            diagnostics.append(
                .warning(
                    "plaintext.email-attachment",
                    "\(message.attachments.count) attachment(s) have no place in the item and were left out: "
                        + message.attachments.prefix(10).joined(separator: ", ")
                        + (message.attachments.count > 10 ? " and \(message.attachments.count - 10) more" : ""), at: location))
        }
        for problem in message.problems { diagnostics.append(.warning("plaintext.email-decoding", problem, at: location)) }
        lines.replaceSubrange(first..., with: message.text)
    }

    /// A short note to the desk before the story, and a sign-off after it.
    private mutating func takeGreetingAndSignOff(file: String?) {
        guard subject != nil || sender != nil else { return }
        if let first = lines.firstIndex(where: { !$0.isBlank }) {
            let lowered = lines[first].text.lowercasedOnBytes()
            let nextBlank = first + 1 >= lines.count || lines[first + 1].isBlank
            if nextBlank, lines[first].text.count < 200,
                Self.greetings.contains(where: { lowered.hasPrefixOnBytes($0) }) || lowered.containsBytes("copy below")
                    || lowered.containsBytes("see below")
            {
                notes.append(lines[first].text)
                lines.remove(at: first)
            }
        }
        if let last = lines.lastIndex(where: { !$0.isBlank }) {
            var start = last
            // "Thanks,\nPriya": a sign-off word and up to two short lines after it.
            for candidate in stride(from: last, through: max(0, last - 2), by: -1)
            where Self.signOffs.contains(lines[candidate].text.lowercasedOnBytes()) {
                start = candidate
            }
            if start < last || Self.signOffs.contains(lines[last].text.lowercasedOnBytes()),
                lines[start...last].allSatisfy({ $0.text.count < 60 })
            {
                notes.append(lines[start...last].map(\.text).filter { !$0.isEmpty }.joined(separator: " "))
                lines.removeSubrange(start...last)
            }
        }
    }

    private mutating func takeReleaseMarkers(file: String?) {
        if let first = lines.firstIndex(where: { !$0.isBlank }),
            Self.releaseMarkers.contains(lines[first].text.lowercasedOnBytes())
                || lines[first].text.lowercasedOnBytes().hasPrefixOnBytes("embargoed")
        {
            notes.append(lines[first].text)
            diagnostics.append(
                .note(
                    "plaintext.release-marker", "'\(lines[first].text)' kept as a note",
                    at: SourceLocation(file: file, line: lines[first].number, column: 1)))
            lines.remove(at: first)
        }
        // The end mark: what follows it is not story.
        // Every end mark starts with "#", "-" or "e": other lines are not lower-cased to be looked up.
        if let mark = lines.lastIndex(where: { line in
            guard line.text.utf8.count <= 40, let first = line.text.utf8.first,
                first == UInt8(ascii: "#") || first == UInt8(ascii: "-") || first | 0x20 == UInt8(ascii: "e") || first >= 0x80
            else { return false }
            return Self.endMarkers.contains(line.text.lowercasedOnBytes())
        }), mark > lines.count / 2 {
            let trailer = lines[mark...].map(\.text).filter { !$0.isEmpty }
            if trailer.count > 1 { notes.append(trailer.dropFirst().joined(separator: "\n")) }
            lines.removeSubrange(mark...)
        }
        // "About the company" and media contacts at the end: boilerplate, kept as a note.
        if let start = lines.indices.first(where: { index in
            index > lines.count / 2 && !lines[index].isBlank && lines[index].text.utf8.count < 320
                && Self.boilerplateStart.matches(lines[index].text)
                && lines[index].text.characterCount < 80
                && {
                    let lowercased = lines[index].text.lowercasedOnBytes()
                    return Self.boilerplateOpeners.contains { lowercased.hasPrefixOnBytes($0) }
                }()
                && (index == 0 || lines[index - 1].isBlank)
        }) {
            let boilerplate = lines[start...].map(\.text).filter { !$0.isEmpty }
            notes.append(boilerplate.joined(separator: "\n"))
            diagnostics.append(
                .note(
                    "plaintext.boilerplate", "the closing '\(lines[start].text.prefix(40))' section kept as a note, not story text",
                    at: SourceLocation(file: file, line: lines[start].number, column: 1)))
            lines.removeSubrange(start...)
        }
    }
}
