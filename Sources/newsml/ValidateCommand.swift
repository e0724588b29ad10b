import ArgumentParser
import Foundation
import NewsMLKit

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate NewsML-G2 (schema and the checks no XSD makes), ninjs (JSON Schema) and NITF (XSD) documents.")

    @Argument(help: "Documents or folders to validate; - reads standard input.")
    var inputs: [String]

    @Option(help: "Report format on standard output.")
    var format: DiagnosticFormat = .text

    @Option(name: .customLong("ninjs-version"), help: "Validate ninjs as this version (default: the document's standard.version).")
    var ninjsVersion: String?

    @Flag(name: .customLong("strict-uri"), help: "Also assert format uri in ninjs (absolute URIs), beyond date-time.")
    var strictURI = false

    @Option(
        name: .customLong("nitf-schema"),
        help: "NITF XSD (IPTC's nitf-3-6.xsd for other producers' files; default: the shipped NewsMLKit NITF schema).")
    var nitfSchema: String?

    @OptionGroup var schemaOptions: SchemaOptions

    func run() throws {
        let validator = NewsValidator(
            schemas: schemaOptions.selection, ninjsVersion: ninjsVersion,
            ninjsFormats: strictURI ? [.dateTime, .uri] : [.dateTime], nitfSchema: nitfSchema)
        let files = try expandInputs(inputs)
        var reports = [ValidationReport?](repeating: nil, count: files.count)
        let lock = NSLock()
        nonisolated(unsafe) var collected = reports
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            let report: ValidationReport
            if let data = try? readInput(file) {
                report = validator.validate(data, file: file == "-" ? "<stdin>" : file)
            } else {
                report = ValidationReport(
                    file: file, valid: false, schema: "",
                    diagnostics: [.error("io.read", "cannot read the file: \(unreadableReason(file))", at: SourceLocation(file: file))])
            }
            lock.lock()
            collected[index] = report
            lock.unlock()
        }
        reports = collected
        let finished = reports.compactMap { $0 }
        if format == .json {
            printOutput(DiagnosticFormatter.json(finished) + "\n")
        } else {
            for report in finished {
                printError(DiagnosticFormatter.text(report.diagnostics))
                if report.diagnostics.contains(where: { $0.id == "io.read" }) {
                    printOutput("\(report.file): not validated (not read)\n")
                } else if report.diagnostics.contains(where: { Self.isSchemaProblem($0.id) }) {
                    printOutput("\(report.file): not validated (no usable schema: \(report.schema))\n")
                } else {
                    printOutput("\(report.file): \(report.valid ? "valid" : "invalid") (schema: \(report.schema))\n")
                }
            }
        }
        // A file not read or a schema that cannot be used says nothing of the document: an I/O or usage error (2).
        if finished.contains(where: { $0.diagnostics.contains { $0.id == "io.read" || Self.isSchemaProblem($0.id) } }) {
            throw ExitCode(2)
        }
        if finished.contains(where: { !$0.valid }) { throw ExitCode(1) }
    }

    /// A schema missing, unreadable or not compiling (`schema.missing`, `schema.invalid`, `schema.compile`, libxml2's
    /// `xml.schema.compile`), as against the document failing it (`xml.schema.invalid`, `ninjs.schema`).
    static func isSchemaProblem(_ id: String) -> Bool {
        id.hasPrefix("schema.") || id == "xml.schema.compile"
    }
}
