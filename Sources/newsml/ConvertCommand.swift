import ArgumentParser
import Foundation
import NewsMLKit

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert articles to NewsML-G2 or ninjs; every output is validated before it is written.")

    @Argument(help: "Input files or folders; - reads standard input.")
    var inputs: [String]

    @Option(help: "Input format: auto sniffs the content.")
    var from: InputFormat = .auto

    @Option(help: "Output format.")
    var to: OutputFormat = .newsml

    @Option(name: [.short, .customLong("output")], help: "Write the single output to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("output-dir"), help: "Write one output per input (per item of a newsMessage) into this folder.")
    var outputDirectory: String?

    @Option(help: "Pictures of a text item: inline (partMeta in the item) or items (separate picture items in a newsMessage).")
    var pictures: PictureLayout = .inline

    @Option(help: "Diagnostics format on standard error.")
    var format: DiagnosticFormat = .text

    @Flag(name: .customLong("no-entities"), help: "Do not recognise entities in plain text.")
    var noEntities = false

    @Option(help: "Authority file for entity linking: name<TAB>aliases(|)<TAB>type<TAB>URI per line; takes precedence.")
    var authority: String?

    @Option(name: .customLong("version-created"), help: "versionCreated for items that have none (default: now, or SOURCE_DATE_EPOCH).")
    var versionCreated: String?

    @OptionGroup var schemaOptions: SchemaOptions

    func validate() throws {
        let several = inputs.count > 1 || inputs.contains { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        if several && outputDirectory == nil { throw ValidationError("several inputs (or a folder) need --output-dir DIR") }
        if output != nil && outputDirectory != nil { throw ValidationError("use either -o or --output-dir, not both") }
    }

    func run() throws {
        var authorityText: String?
        if let authority {
            guard let data = FileManager.default.contents(atPath: authority) else {
                printError("\(authority): error: [io.read] cannot read the authority file\n")
                throw ExitCode(2)
            }
            authorityText = String(decoding: data, as: UTF8.self)
        }
        let options = ConversionOptions(from: from, to: to, pictures: pictures, schemas: schemaOptions.selection,
                                        versionCreated: versionCreated ?? Self.sourceDateEpoch(), recogniseEntities: !noEntities,
                                        authority: authorityText)
        let converter = NewsConverter(options: options)
        let files = try expandInputs(inputs)
        if let outputDirectory {
            try runBatch(files, converter: converter, outputDirectory: outputDirectory)
            return
        }
        let file = files[0]
        let data: Data
        do { data = try readInput(file) } catch {
            printError("\(file): error: [io.read] \(error)\n")
            throw ExitCode(2)
        }
        let result = converter.convert(data, file: file == "-" ? "<stdin>" : file)
        report(result.diagnostics)
        guard result.succeeded else { throw ExitCode(1) }
        if result.documents.count > 1 {
            printError("\(file): error: [output.several] the input holds \(result.documents.count) items; use --output-dir to write one file per item\n")
            throw ExitCode(2)
        }
        let document = result.documents[0]
        if let output {
            do { try document.data.write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                printError("\(output): error: [io.write] \(error.localizedDescription)\n")
                throw ExitCode(2)
            }
        } else {
            FileHandle.standardOutput.write(document.data)
        }
    }

    private func runBatch(_ files: [String], converter: NewsConverter, outputDirectory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        } catch {
            printError("\(outputDirectory): error: [io.write] cannot create the output folder\n")
            throw ExitCode(2)
        }
        let outcome = BatchRunner(converter: converter, outputDirectory: outputDirectory, diagnosticsFormat: format.rawValue).run(files)
        if outcome.failed > 0 { throw ExitCode(1) }
    }

    private func report(_ diagnostics: [NewsMLKit.Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        printError(format == .json ? DiagnosticFormatter.json(diagnostics) + "\n" : DiagnosticFormatter.text(diagnostics))
    }

    /// Reproducible builds' convention: a fixed time for outputs that would otherwise carry "now".
    static func sourceDateEpoch() -> String? {
        guard let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(epoch) else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
}
