import ArgumentParser
import Foundation
import NewsMLKit

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert articles to NewsML-G2 or ninjs; every output is validated before it is written.")

    @Argument(help: "Input files or folders; - reads standard input.")
    var inputs: [String]

    @Option(name: [.short, .customLong("output")], help: "Write the single output to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("output-dir"), help: "Write one output per input (per item of a newsMessage) into this folder.")
    var outputDirectory: String?

    @Option(help: "Diagnostics format on standard error.")
    var format: DiagnosticFormat = .text

    @OptionGroup var conversion: ConversionFlags

    func validate() throws {
        let several =
            inputs.count > 1
            || inputs.contains { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            }
        if several && outputDirectory == nil { throw ValidationError("several inputs (or a folder) need --output-dir DIR") }
        if output != nil && outputDirectory != nil { throw ValidationError("use either -o or --output-dir, not both") }
    }

    func run() throws {
        try ConvertRequest(
            inputs: inputs, output: output, outputDirectory: outputDirectory, format: format, options: conversion.conversionOptions()
        ).run()
    }
}

/// What a `convert` call asks for, however its arguments were read (ArgumentParser, or `QuickConvert` for the
/// one-file call a hot folder or CMS hook makes per story).
struct ConvertRequest {
    var inputs: [String]
    var output: String?
    var outputDirectory: String?
    var format: DiagnosticFormat
    var options: ConversionOptions

    func run() throws {
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
        let name = file == "-" ? "<stdin>" : file
        let result = converter.convert(data, file: name)
        report(result.diagnostics)
        // A newsMessage whose good items were converted is written with those items (its bad ones reported, exit 1).
        guard !result.documents.isEmpty else { throw ExitCode(1) }
        var document = result.documents[0]
        if result.documents.count > 1 {
            let (combined, problems) = converter.combined(result.documents, file: name)
            report(problems)
            guard let combined else {
                if problems.isEmpty {
                    printError(
                        "\(file): error: [output.several] the input holds \(result.documents.count) items and NITF has no container for several; use --output-dir to write one file per item\n"
                    )
                    throw ExitCode(2)
                }
                throw ExitCode(1)
            }
            document = combined
        }
        if let output {
            do { try document.data.write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                printError("\(output): error: [io.write] cannot write the output: \(unwritableReason(output))\n")
                throw ExitCode(2)
            }
        } else {
            FileHandle.standardOutput.write(document.data)
        }
        if !result.succeeded { throw ExitCode(1) }
    }

    private func runBatch(_ files: [String], converter: NewsConverter, outputDirectory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        } catch {
            printError(
                "\(outputDirectory): error: [io.write] cannot create the output folder: \(uncreatableFolderReason(outputDirectory))\n")
            throw ExitCode(2)
        }
        let outcome = BatchRunner(converter: converter, outputDirectory: outputDirectory, diagnosticsFormat: format.rawValue).run(files)
        if outcome.failed > 0 { throw ExitCode(1) }
    }

    private func report(_ diagnostics: [NewsMLKit.Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        printError(format == .json ? DiagnosticFormatter.json(diagnostics) + "\n" : DiagnosticFormatter.text(diagnostics))
    }
}
