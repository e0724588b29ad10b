import Foundation
import JSONSchema
import NewsModel
import Ninjs

/// ninjs on the pipeline's two ends: reading into the model, and writing validated documents.
enum NinjsBridge {
    static func write(_ batch: NewsBatch, file: String?, options: ConversionOptions, diagnostics initial: [Diagnostic]) -> ConversionResult
    {
        var diagnostics = initial
        let version = options.ninjsVersion
        guard let (path, origin) = NinjsSchemaSelection(options.schemas).resolve(version: version.rawValue) else {
            return ConversionResult(
                documents: [],
                diagnostics: diagnostics + [
                    .error(
                        "schema.missing", "no ninjs \(version.rawValue) schema was found; give --schema or --schema-dir",
                        at: SourceLocation(file: file))
                ])
        }
        let validator: JSONSchemaValidator
        do {
            // Our own outputs are held to absolute URIs as well as RFC 3339 dates.
            validator = try NinjsSchemaCache.shared.validator(path: path, formats: [.dateTime, .uri])
        } catch {
            return ConversionResult(
                documents: [],
                diagnostics: diagnostics + [
                    .error(
                        "schema.invalid",
                        "the ninjs schema \(SchemaName.describe(path: path, origin: origin)) cannot be used: \(error.message)",
                        at: SourceLocation(file: file))
                ])
        }
        let writer = NinjsWriter(
            version: version, bodyStyle: options.ninjsBody, catalog: options.catalog,
            defaultVersionCreated: options.versionCreated ?? NewsConverter.now())
        var documents: [ConvertedDocument] = []
        for (index, item) in batch.items.enumerated() {
            let (document, notes) = writer.write(item)
            diagnostics += notes.map { $0.located(inFile: file ?? "<input>") }
            let violations = validator.validate(document)
            if !violations.isEmpty {
                diagnostics.append(
                    .error(
                        "output.invalid",
                        "the ninjs \(version.rawValue) written for item '\(item.guid)' is not valid against \(SchemaName.describe(path: path, origin: origin)); it was not emitted",
                        at: SourceLocation(file: file)))
                diagnostics += violations.map {
                    .error(
                        "ninjs.schema", $0.message,
                        at: SourceLocation(file: "\(file ?? "<input>") → output item \(index + 1)", pointer: $0.instancePointer))
                }
                continue
            }
            documents.append(
                ConvertedDocument(
                    identifier: item.guid, nameSuffix: batch.items.count > 1 ? NewsConverter.suffix(for: item, index: index) : nil,
                    data: JSONWriter().data(document), format: .ninjs))
        }
        return ConversionResult(documents: documents, diagnostics: diagnostics, schemaUsed: SchemaName.describe(path: path, origin: origin))
    }
}
