import Entities
import Foundation
import NITF
import NewsMLG2
import NewsModel
import NewsXML
import Ninjs
import PlainText

/// One document a conversion produced.
public struct ConvertedDocument: Sendable {
    /// The guid of the item (or first item) it carries.
    public var identifier: String
    /// Suffix for the output file name when one input yields several outputs (items of a newsMessage).
    public var nameSuffix: String?
    public var data: Data
    public var format: OutputFormat
}

/// What converting one input gave: documents (only valid ones), and everything worth saying.
public struct ConversionResult: Sendable {
    public var documents: [ConvertedDocument]
    public var diagnostics: [Diagnostic]
    /// The schema the outputs were validated against, named by `SchemaName` (never a path of this machine).
    public var schemaUsed: String?

    public var succeeded: Bool { !diagnostics.hasErrors && !documents.isEmpty }
    /// Converted, but the reader had to repair something (warnings).
    public var repaired: Bool { !diagnostics.warnings.isEmpty }
}

/// The whole pipeline in one call: bytes → reader → model → enrichers → writer → validator → bytes.
/// The CLI, the HTTP service and the hot folder all use this type.
public struct NewsConverter: Sendable {
    public var options: ConversionOptions
    /// The plain-text reader (its line-role weights): the held-out evaluation swaps in weights fitted without
    /// the family it scores.
    package var plainTextReader = PlainTextReader()
    /// The fitted step that keeps, retypes or drops recognised entities (swapped like the reader's weights).
    package var entityAcceptance = EntityAcceptance.shipped

    public init(options: ConversionOptions = ConversionOptions()) {
        self.options = options
    }

    /// Reads any supported input into items.
    public func read(_ data: Data, file: String? = nil) -> (batch: NewsBatch, diagnostics: [Diagnostic]) {
        let format = options.from == .auto ? FormatSniffer.detect(data) : options.from
        switch format {
        case .text, .auto:
            var (item, diagnostics) = plainTextReader.read(data, file: file)
            if diagnostics.hasErrors { return (NewsBatch(), diagnostics) }
            if let passed = deadlinePassed(file: file) { return (NewsBatch(), diagnostics + [passed]) }
            if options.recogniseEntities {
                item = EntityEnrichment.enrich(item, authority: options.authority, acceptance: entityAcceptance)
            }
            return (NewsBatch(items: [item]), diagnostics)
        case .newsml:
            return NewsMLG2Reader(limits: options.limits).read(data, file: file)
        case .nitf:
            var (batch, diagnostics) = NITFReader(limits: options.limits).read(data, file: file)
            if options.recogniseEntities {
                // Entities the provider identified stand; copy without any is read like plain text.
                batch.items = batch.items.map { item in
                    item.entities.contains { [.person, .organisation, .place].contains($0.kind) }
                        ? item : EntityEnrichment.enrich(item, authority: options.authority, acceptance: entityAcceptance)
                }
            }
            return (batch, diagnostics)
        case .ninjs:
            var (batch, diagnostics) = NinjsReader(catalog: options.catalog).read(data, file: file)
            if options.recogniseEntities {
                batch.items = batch.items.map {
                    $0.entities.isEmpty ? EntityEnrichment.enrich($0, authority: options.authority, acceptance: entityAcceptance) : $0
                }
            }
            return (batch, diagnostics)
        }
    }

    /// Converts one input. Every output is validated before it is returned; an output that fails
    /// validation is not returned, and the result carries the reasons.
    public func convert(_ data: Data, file: String? = nil) -> ConversionResult {
        if let passed = deadlinePassed(file: file) { return ConversionResult(documents: [], diagnostics: [passed]) }
        let (batch, readDiagnostics) = read(data, file: file)
        return write(batch, file: file, diagnostics: readDiagnostics)
    }

    /// Writes what `read` gave in the output format, each output validated (the second half of `convert`, for
    /// callers that write one reading in several formats).
    public func write(_ batch: NewsBatch, file: String? = nil, diagnostics readDiagnostics: [Diagnostic]) -> ConversionResult {
        var diagnostics = readDiagnostics
        if let passed = deadlinePassed(file: file) { return ConversionResult(documents: [], diagnostics: diagnostics + [passed]) }
        guard !batch.items.isEmpty else {
            if !diagnostics.hasErrors {
                diagnostics.append(.error("input.no-items", "the input holds no news item", at: SourceLocation(file: file)))
            }
            return ConversionResult(documents: [], diagnostics: diagnostics)
        }
        switch options.to {
        case .newsml:
            return writeNewsML(batch, file: file, diagnostics: diagnostics + Self.nitfLeftOut(batch, file: file))
        case .ninjs:
            return NinjsBridge.write(batch, file: file, options: options, diagnostics: diagnostics)
        case .nitf:
            return writeNITF(batch, file: file, diagnostics: diagnostics)
        }
    }

    /// The error that stops a conversion whose deadline (`ConversionOptions.deadline`) has passed, or nil.
    func deadlinePassed(file: String?) -> Diagnostic? {
        guard let deadline = options.deadline, ContinuousClock.now >= deadline else { return nil }
        return .error(
            "conversion.deadline", "the conversion did not finish within its time limit and was stopped", at: SourceLocation(file: file))
    }

    /// NITF elements kept for the NITF writer that NewsML-G2 has no place for, named rather than dropped silently.
    static func nitfLeftOut(_ batch: NewsBatch, file: String?) -> [Diagnostic] {
        var names: [String] = []
        for item in batch.items {
            for property in item.preserved where property.format == NITF.preservedFormat {
                let name = String(property.container.split(separator: "/").last ?? "")
                if !names.contains(name) { names.append(name) }
            }
        }
        guard !names.isEmpty else { return [] }
        return [
            .warning(
                "newsml.nitf-left-out", "NITF elements with no NewsML-G2 place were left out: \(names.joined(separator: ", "))",
                at: SourceLocation(file: file))
        ]
    }

    /// The shipped NITF schema (NITF 3.6 namespace; the plain dialect is checked in its namespaced form).
    public static var shippedNITFSchemaPath: String {
        (SchemaSelection.shippedSchemaFolder as NSString).appendingPathComponent("newsmlkit-nitf-3.6.xsd")
    }

    private func writeNITF(_ batch: NewsBatch, file: String?, diagnostics initial: [Diagnostic]) -> ConversionResult {
        var diagnostics = initial
        let path = options.nitfSchema ?? Self.shippedNITFSchemaPath
        let origin = options.nitfSchema == nil ? "shipped NewsMLKit NITF schema" : "--nitf-schema"
        let schema: CompiledSchema
        do {
            schema = try CompiledSchema.load(path: path)
        } catch {
            return ConversionResult(documents: [], diagnostics: diagnostics + error.diagnostics)
        }
        let issued = options.versionCreated ?? Self.now()
        let writer = NITFWriter(dialect: options.nitfDialect, defaultIssueDate: issued)
        let checked = NITFWriter(dialect: .v3_6, defaultIssueDate: issued)
        for item in batch.items {
            let leftOut = writer.leftOut(item)
            if !leftOut.isEmpty {
                diagnostics.append(
                    .warning(
                        "nitf.left-out", "not written to NITF (no place in it): \(leftOut.joined(separator: ", "))",
                        at: SourceLocation(file: file)))
            }
        }
        let described = SchemaName.describe(path: path, origin: origin)
        let (documents, problems) = validated(
            batch, file: file, format: .nitf, formatName: "NITF", schema: schema, schemaDescription: described
        ) {
            let data = Data(writer.writeUTF8($0))
            // The schemas define NITF in its namespace; the plain dialect has the same elements without it.
            return (data, options.nitfDialect == .v3_6 ? data : Data(checked.writeUTF8($0)))
        }
        return ConversionResult(documents: documents, diagnostics: diagnostics + problems, schemaUsed: described)
    }

    /// Whether `convertStreaming` would stream this input (a NewsML-G2 newsMessage without a DOCTYPE).
    public func canStream(_ data: Data) -> Bool {
        let format = options.from == .auto ? FormatSniffer.detect(data) : options.from
        return format == .newsml && XMLItemStream.canStream(data, root: "newsMessage")
    }

    /// Converts a large newsMessage item by item: each validated output goes to `emit` as soon as it is
    /// written, so memory stays that of one item. Returns the diagnostics and the number of documents
    /// (the result's `documents` stays empty). Inputs that cannot be streamed are converted whole.
    public func convertStreaming(_ data: Data, file: String? = nil, emit: (ConvertedDocument) -> Void) -> (
        result: ConversionResult, documents: Int
    ) {
        guard canStream(data) else {
            let result = convert(data, file: file)
            result.documents.forEach(emit)
            return (ConversionResult(documents: [], diagnostics: result.diagnostics, schemaUsed: result.schemaUsed), result.documents.count)
        }
        var diagnostics: [Diagnostic] = []
        var schemaUsed: String?
        var index = 0
        var count = 0
        let messageDiagnostics = NewsMLG2Reader(limits: options.limits).streamMessage(data, file: file) { item, itemDiagnostics in
            diagnostics += itemDiagnostics
            guard let item else { return true }
            let single = NewsBatch(items: [item])
            let result: ConversionResult
            switch options.to {
            case .newsml: result = writeNewsML(single, file: file, diagnostics: [])
            case .ninjs: result = NinjsBridge.write(single, file: file, options: options, diagnostics: [])
            case .nitf: result = writeNITF(single, file: file, diagnostics: [])
            }
            diagnostics += result.diagnostics
            schemaUsed = schemaUsed ?? result.schemaUsed
            for var document in result.documents {
                document.nameSuffix = Self.suffix(for: item, index: index)
                emit(document)
                count += 1
            }
            index += 1
            return true
        }
        diagnostics =
            messageDiagnostics.filter { $0.severity == .error && $0.id.hasPrefix("xml.") } + diagnostics
            + messageDiagnostics.filter { !($0.severity == .error && $0.id.hasPrefix("xml.")) }
        return (ConversionResult(documents: [], diagnostics: diagnostics, schemaUsed: schemaUsed), count)
    }

    private func writeNewsML(_ batch: NewsBatch, file: String?, diagnostics initial: [Diagnostic]) -> ConversionResult {
        let schema: CompiledSchema
        let origin: String
        do {
            (schema, origin) = try options.schemas.compiled()
        } catch {
            return ConversionResult(documents: [], diagnostics: initial + error.diagnostics)
        }
        let writer = NewsMLG2Writer(pictureLayout: options.pictures, defaultVersionCreated: options.versionCreated ?? Self.now())
        let described = SchemaName.describe(path: schema.path, origin: origin)
        let (documents, problems) = validated(
            batch, file: file, format: .newsml, formatName: "NewsML-G2", schema: schema, schemaDescription: described
        ) {
            let data = Data(writer.writeUTF8($0))
            return (data, data)
        }
        var notes: [Diagnostic] = []
        if options.pictures == .items {
            let kept = batch.items.filter { $0.itemClass == .text }.reduce(0) {
                $0 + $1.pictures.count - NewsMLG2Writer.separablePictures($1).count
            }
            if kept > 0 {
                notes.append(
                    .note(
                        "newsml.pictures.inline",
                        "\(kept) picture(s) without a rendition (a caption and credit, no file) stay in the text item's partMeta: a picture item without content is rejected by consumers",
                        at: SourceLocation(file: file)))
            }
        }
        return ConversionResult(documents: documents, diagnostics: initial + problems + notes, schemaUsed: described)
    }

    /// Each item written, its bytes validated (`write` gives the output and the form the schema checks), and only the
    /// valid ones kept; an invalid one is an error naming the schema, followed by the schema's own errors.
    private func validated(
        _ batch: NewsBatch, file: String?, format: OutputFormat, formatName: String, schema: CompiledSchema, schemaDescription: String,
        write: (NewsItem) -> (output: Data, checked: Data)
    ) -> (documents: [ConvertedDocument], diagnostics: [Diagnostic]) {
        var documents: [ConvertedDocument] = []
        var diagnostics: [Diagnostic] = []
        for (index, item) in batch.items.enumerated() {
            if let passed = deadlinePassed(file: file) { return ([], diagnostics + [passed]) }
            let (output, checked) = write(item)
            let outputName = "\(file ?? "<input>") → output item \(index + 1)"
            let problems = schema.validate(checked, file: outputName, limits: .init(maximumDocumentBytes: Int.max))
            if problems.hasErrors {
                diagnostics.append(
                    .error(
                        "output.invalid",
                        "the \(formatName) written for item '\(item.guid)' is not valid against \(schemaDescription); it was not emitted",
                        at: SourceLocation(file: file)))
                diagnostics += problems.errors
                continue
            }
            documents.append(
                ConvertedDocument(
                    identifier: item.guid, nameSuffix: batch.items.count > 1 ? Self.suffix(for: item, index: index) : nil,
                    data: output, format: format))
        }
        return (documents, diagnostics)
    }

    static func suffix(for item: NewsItem, index: Int) -> String {
        let safe = item.guid.unicodeScalars.map {
            CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" || $0 == "." ? Character($0) : "_"
        }
        let name = String(safe).suffix(60)
        return "\(index + 1)-\(name)"
    }

    /// The current time as `YYYY-MM-DDThh:mm:ssZ`. Formatted by hand: a date formatter costs more to
    /// create than converting a whole item.
    static func now() -> String {
        var seconds = time_t(Date().timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return
            "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
