import Foundation
import NewsMLKit

/// The one-file call a hot folder or a CMS hook makes per story — `newsml convert FILE [--to FORMAT]
/// [--from FORMAT] [--no-entities] [-o FILE] [--format text|json]` — read without ArgumentParser. Its reflection
/// over every command's options (and the Swift runtime's conformance lookups it sets off) took a quarter of such
/// a run. Anything else, and any value this does not know, returns nil and goes to ArgumentParser, which reads
/// every form and reports every mistake; so this never accepts what ArgumentParser would refuse, and it builds
/// the same `ConvertRequest` (a command-line test compares the outputs of both paths byte for byte).
enum QuickConvert {
    static func request(_ arguments: ArraySlice<String>) -> ConvertRequest? {
        guard arguments.first == "convert" else { return nil }
        var input: String?
        var output: String?
        var format = DiagnosticFormat.text
        var from = InputFormat.auto
        var to = OutputFormat.newsml
        var recogniseEntities = true
        var remaining = arguments.dropFirst()
        var seen: Set<String> = []
        while let argument = remaining.popFirst() {
            // An option twice: ArgumentParser's rule (the last one wins, or an error) is left to it.
            if argument.hasPrefix("-"), argument != "-", !seen.insert(argument == "-o" ? "--output" : argument).inserted { return nil }
            switch argument {
            case "--no-entities": recogniseEntities = false
            case "--to":
                guard let value = remaining.popFirst(), let parsed = OutputFormat(rawValue: value) else { return nil }
                to = parsed
            case "--from":
                guard let value = remaining.popFirst(), let parsed = InputFormat(rawValue: value) else { return nil }
                from = parsed
            case "--format":
                guard let value = remaining.popFirst(), let parsed = DiagnosticFormat(rawValue: value) else { return nil }
                format = parsed
            case "-o", "--output":
                guard let value = remaining.popFirst(), !value.hasPrefix("-") else { return nil }
                output = value
            default:
                // One input file (or "-"); a folder, a second input or any other option is ArgumentParser's.
                guard input == nil, argument == "-" || !argument.hasPrefix("-") else { return nil }
                var isDirectory: ObjCBool = false
                if argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                    return nil
                }
                input = argument
            }
        }
        guard let input else { return nil }
        return ConvertRequest(
            inputs: [input], output: output, outputDirectory: nil, format: format,
            options: ConversionOptions(
                from: from, to: to, versionCreated: ConversionFlags.sourceDateEpoch(), recogniseEntities: recogniseEntities))
    }
}
