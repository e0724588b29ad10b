import NewsModel

/// Reads a plain-text article (wire copy, press release, web article, e-mail) into the structure a
/// careful editor sees. Every input line ends up in the item: as text, metadata, a note, or a reported
/// diagnostic — never silently dropped.
public struct PlainTextReader: Sendable {
    public init() {}

    public func read(_ bytes: some Collection<UInt8>, file: String? = nil) -> (item: NewsItem, diagnostics: [Diagnostic]) {
        let (text, decodeDiagnostics) = PlainTextDecoder.decode(bytes, file: file)
        return read(text: text, file: file, initialDiagnostics: decodeDiagnostics)
    }

    public func read(text: String, file: String? = nil) -> (item: NewsItem, diagnostics: [Diagnostic]) {
        read(text: text, file: file, initialDiagnostics: [])
    }

    private func read(text: String, file: String?, initialDiagnostics: [Diagnostic]) -> (item: NewsItem, diagnostics: [Diagnostic]) {
        var diagnostics = initialDiagnostics
        let (lines, envelope, envelopeDiagnostics) = WireEnvelope.lines(of: text, file: file)
        diagnostics += envelopeDiagnostics
        let conventions = MessageConventions(lines, file: file)
        diagnostics += conventions.diagnostics
        var assembly = ArticleAssembly(file: file, envelope: envelope)
        assembly.read(conventions.lines)
        diagnostics += assembly.diagnostics
        var item = assembly.item
        item.editorialNotes = conventions.notes + item.editorialNotes
        item.preserved = conventions.preserved + item.preserved
        if item.headlines.isEmpty, let subject = conventions.subject { item.headlines = [TextWithRole(subject)] }
        if let sender = conventions.sender, !item.bylines.contains(where: { $0.contains(sender) }) {
            item.contributors.append(Concept(names: [sender], role: "ctrol:sender"))
        }
        item.guid = "urn:newsmlkit:text:" + stableHash(text)
        item.language = LanguageDetector.detect(item)
        if item.headlines.isEmpty && item.body.isEmpty {
            diagnostics.append(.error("plaintext.empty", "the input has no text", at: SourceLocation(file: file, line: 1, column: 1)))
        } else if item.headlines.isEmpty {
            diagnostics.append(.warning("plaintext.headline.missing", "no headline was found", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return (item, diagnostics)
    }
}
