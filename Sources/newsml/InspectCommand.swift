import ArgumentParser
import Foundation
import NewsMLKit

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what NewsMLKit understood of an input: the model as a readable tree or JSON.")

    @Argument(help: "The input; - reads standard input.")
    var input: String

    @Option(help: "Input format: auto sniffs the content.")
    var from: InputFormat = .auto

    @Option(help: "Output: text (a readable tree) or json (the model).")
    var format: DiagnosticFormat = .text

    @Flag(name: .customLong("no-entities"), help: "Do not recognise entities in plain text.")
    var noEntities = false

    func run() throws {
        let data: Data
        do { data = try readInput(input) } catch {
            printError("\(input): error: [io.read] \(error)\n")
            throw ExitCode(2)
        }
        let converter = NewsConverter(options: ConversionOptions(from: from, recogniseEntities: !noEntities))
        let (batch, diagnostics) = converter.read(data, file: input == "-" ? "<stdin>" : input)
        printError(
            format == .json
                ? (diagnostics.isEmpty ? "" : DiagnosticFormatter.json(diagnostics) + "\n") : DiagnosticFormatter.text(diagnostics))
        printOutput(format == .json ? ModelDump.json(batch) + "\n" : ModelDump.text(batch))
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
