import NewsModel

/// Reads a plain-text article (wire copy, press release, web article, e-mail) into the structure a
/// careful editor sees. Every input line ends up in the item: as text, metadata, a note, or a reported
/// diagnostic — never silently dropped.
public struct PlainTextReader: Sendable {
    let lineModel: LineRoleModel?
    /// Roles to use instead of the model's (the role rules still apply): lets a test put a model's mistake in
    /// front of the rules and the assembly that correct it.
    package var modelRoles: [LineRole]?

    /// A reader with the line-role weights that ship with the library.
    public init() { lineModel = .shipped }

    /// A reader with other weights (the held-out evaluation fits one model per left-out family).
    package init(lineModel: LineRoleModel?) { self.lineModel = lineModel }

    public func read(_ bytes: some Collection<UInt8>, file: String? = nil) -> (item: NewsItem, diagnostics: [Diagnostic]) {
        if let binary = BinaryInputCheck.diagnostic(for: bytes, file: file) {
            return (NewsItem(guid: "urn:newsmlkit:text:" + stableHash(String(decoding: bytes.prefix(4096), as: UTF8.self))), [binary])
        }
        let (text, decodeDiagnostics) = PlainTextDecoder.decode(bytes, file: file)
        return read(text: text, file: file, initialDiagnostics: decodeDiagnostics)
    }

    public func read(text: String, file: String? = nil) -> (item: NewsItem, diagnostics: [Diagnostic]) {
        read(text: text, file: file, initialDiagnostics: [])
    }

    /// The blocks of an article as the line-role model sees them: for training and evaluation.
    package static func blocks(of bytes: some Collection<UInt8>) -> (texts: [String], shapes: [BlockShape]) {
        let (blocks, shapes) = preparedBlocks(of: bytes)
        return (blocks.map(\.text), shapes)
    }

    /// The role rules alone, over the blocks of `bytes` with the given model roles: how a test checks one rule
    /// on the mistake it corrects, whatever the shipped weights decide.
    package static func applyingRoleRules(to bytes: some Collection<UInt8>, modelRoles: [LineRole]) -> [LineRole] {
        let (blocks, shapes) = preparedBlocks(of: bytes)
        var roles = modelRoles
        guard roles.count == blocks.count else { return roles }
        RoleRules.apply(blocks, shapes: shapes, &roles)
        return roles
    }

    /// Each block and the role the reader gives it (the model's decision after the role rules).
    package func roles(of bytes: some Collection<UInt8>) -> [(text: String, role: LineRole)] {
        let (blocks, shapes) = Self.preparedBlocks(of: bytes)
        guard var roles = lineModel?.roles(of: shapes) else { return [] }
        RoleRules.apply(blocks, shapes: shapes, &roles)
        return zip(blocks, roles).map { ($0.text, $1) }
    }

    /// The shapes of an article's blocks, as the line model reads them.
    package static func blockShapes(of bytes: some Collection<UInt8>) -> [BlockShape] { preparedBlocks(of: bytes).shapes }

    /// Decoded, out of its envelope and message wrapping, cut into blocks: what `read` does before the roles.
    private static func preparedBlocks(of bytes: some Collection<UInt8>) -> (blocks: [Block], shapes: [BlockShape]) {
        let (text, _) = PlainTextDecoder.decode(bytes, file: nil)
        let (lines, _, _) = WireEnvelope.lines(of: text, file: nil)
        return ArticleAssembly.blocks(of: MessageConventions(lines, file: nil, text: text).lines)
    }

    private func read(text: String, file: String?, initialDiagnostics: [Diagnostic]) -> (item: NewsItem, diagnostics: [Diagnostic]) {
        var diagnostics = initialDiagnostics
        let (lines, envelope, envelopeDiagnostics) = WireEnvelope.lines(of: text, file: file)
        diagnostics += envelopeDiagnostics
        let conventions = MessageConventions(lines, file: file, text: text)
        diagnostics += conventions.diagnostics
        var assembly = ArticleAssembly(file: file, envelope: envelope)
        assembly.read(conventions.lines, model: lineModel, modelRoles: modelRoles)
        diagnostics += assembly.diagnostics
        var item = assembly.item
        item.editorialNotes = conventions.notes + item.editorialNotes
        item.preserved = conventions.preserved + item.preserved
        if let headline = conventions.labelledHeadline { item.headlines = [TextWithRole(headline)] }
        if let summary = conventions.labelledSummary, !item.descriptions.contains(where: { $0.text == summary }) {
            item.descriptions.insert(TextWithRole(summary, role: "drol:summary"), at: 0)
        }
        if item.slugline == nil { item.slugline = conventions.slugline }
        if item.dateline == nil { item.dateline = conventions.datelinePlace }
        if item.headlines.isEmpty, let subject = conventions.subject { item.headlines = [TextWithRole(subject)] }
        // A message whose whole text is one line ("body text" under the subject "Test message 1234"): the subject is
        // its headline and the line its text, not a headline over an empty story.
        if let subject = conventions.subject, conventions.labelledHeadline == nil, item.body.isEmpty, let first = item.headlines.first,
            first.text != subject
        {
            item.body = [.paragraph(first.text)]
            item.headlines = [TextWithRole(subject)]
        }
        // The message's own date is when its content was written (Superdesk's e-mail ingest reads it the same way).
        if item.contentCreated == nil { item.contentCreated = conventions.written }
        if let sender = conventions.sender, !item.bylines.contains(where: { $0.contains(sender) }) {
            item.contributors.append(Concept(names: [sender], role: "ctrol:sender"))
        }
        // A wire alert or flash is one sentence with no headline above it: the sentence is its headline too, as the
        // agencies' own systems show it (AP's "APNewsAlert", IPTC 7901's flashes).
        if item.headlines.isEmpty, item.body.count == 1, case .paragraph(let only) = item.body[0], only.utf8.count <= 300 {
            item.headlines = [TextWithRole(only)]
        }
        item.guid = "urn:newsmlkit:text:" + stableHash(text)
        item.language = LanguageDetector.detect(item)
        if item.headlines.isEmpty && item.body.isEmpty {
            diagnostics.append(.error("plaintext.empty", "the input has no text", at: SourceLocation(file: file, line: 1, column: 1)))
        } else if item.headlines.isEmpty {
            diagnostics.append(
                .warning("plaintext.headline.missing", "no headline was found", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        if let keptOut = assembly.keptOutWarning(totalCharacters: text.utf8.count) { diagnostics.append(keptOut) }
        return (item, diagnostics)
    }
}
