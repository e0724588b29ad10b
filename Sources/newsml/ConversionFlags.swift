import ArgumentParser
import Foundation
import NewsMLKit

/// The options every converting command (convert, watch, serve) shares.
struct ConversionFlags: ParsableArguments {
    @Option(help: "Input format: auto sniffs the content.")
    var from: InputFormat = .auto

    @Option(help: "Output format.")
    var to: OutputFormat = .newsml

    @Option(help: "Pictures of a text item: inline (partMeta in the item) or items (separate picture items in a newsMessage).")
    var pictures: PictureLayout = .inline

    @Option(name: .customLong("ninjs-version"), help: "ninjs version to write.")
    var ninjsVersion: NinjsVersion = .v3_2

    @Option(name: .customLong("ninjs-body"), help: "ninjs body: xhtml (application/xhtml+xml) or text (text/plain).")
    var ninjsBody: NinjsBodyStyle = .xhtml

    @Option(
        name: .customLong("nitf-dialect"),
        help: "NITF to write: plain (no namespace, what agencies send and CMS ingest reads) or 3.6 (in the NITF 3.6 namespace).")
    var nitfDialect: NITFDialect = .plain

    @Option(
        name: .customLong("nitf-schema"), help: "NITF XSD to validate NITF output against (default: the shipped NewsMLKit NITF schema).")
    var nitfSchema: String?

    @Option(
        name: .customLong("catalog"),
        help: "A NewsML-G2 catalog file whose scheme aliases expand qcodes to URIs (repeatable; IPTC's are built in).")
    var catalogs: [String] = []

    @Flag(name: .customLong("no-entities"), help: "Do not recognise entities in plain text.")
    var noEntities = false

    @Option(help: "Authority file for entity linking: name<TAB>aliases(|)<TAB>type<TAB>URI per line; takes precedence.")
    var authority: String?

    @Option(name: .customLong("version-created"), help: "versionCreated for items that have none (default: now, or SOURCE_DATE_EPOCH).")
    var versionCreated: String?

    @OptionGroup var schemaOptions: SchemaOptions

    func validate() throws {
        try Self.checkVersionCreated(versionCreated)
    }

    /// `--version-created` as NewsML-G2 and ninjs write it, checked before anything is converted: a value such as
    /// "yesterday" had been taken and made every output fail its schema.
    static func checkVersionCreated(_ value: String?) throws {
        guard let value, !isDateTime(value) else { return }
        throw ValidationError(
            "--version-created must be a date and time, 2026-01-01T00:30:00Z or 2026-01-01T01:30:00+01:00 (got '\(value)')")
    }

    /// The form the shipped schema's `DateTime` takes: RFC 3339 (`FormatChecker`'s check) with its zone optional, and
    /// `T` and `Z` in capitals, as the schema's pattern writes them.
    static func isDateTime(_ text: String) -> Bool {
        guard !text.utf8.contains(UInt8(ascii: "t")), !text.utf8.contains(UInt8(ascii: "z")) else { return false }
        return FormatChecker.isDateTime(text) || FormatChecker.isDateTime(text + "Z")
    }

    /// The conversion options; unreadable side files are usage errors (exit 2).
    func conversionOptions() throws -> ConversionOptions {
        var authorityText: String?
        if let authority {
            guard let data = FileManager.default.contents(atPath: authority) else {
                printError("\(authority): error: [io.read] cannot read the authority file\n")
                throw ExitCode(2)
            }
            authorityText = String(decoding: data, as: UTF8.self)
        }
        var catalog = SchemeCatalog.iptc
        for path in catalogs {
            guard let data = FileManager.default.contents(atPath: path) else {
                printError("\(path): error: [io.read] cannot read the catalog\n")
                throw ExitCode(2)
            }
            let (loaded, diagnostics) = SchemeCatalog.load(catalogData: data, file: path)
            if diagnostics.hasErrors {
                printError(DiagnosticFormatter.text(diagnostics))
                throw ExitCode(2)
            }
            catalog = catalog.merging(loaded)
        }
        return ConversionOptions(
            from: from, to: to, pictures: pictures, schemas: schemaOptions.selection,
            versionCreated: versionCreated ?? Self.sourceDateEpoch(), recogniseEntities: !noEntities,
            authority: authorityText, ninjsVersion: ninjsVersion, ninjsBody: ninjsBody, catalog: catalog, nitfDialect: nitfDialect,
            nitfSchema: nitfSchema)
    }

    /// Reproducible builds' convention: a fixed time for outputs that would otherwise carry "now".
    static func sourceDateEpoch() -> String? {
        guard let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(epoch) else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
}

extension NinjsVersion: ExpressibleByArgument {}
extension NinjsBodyStyle: ExpressibleByArgument {}
extension NITFDialect: ExpressibleByArgument {}
