import ArgumentParser
import Foundation
import NewsMLKit

enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct SchemaOptions: ParsableArguments {
    @Option(name: .long, help: "Schema to validate against: a NewsML-G2 .xsd or a ninjs .json (default: the schemas NewsMLKit ships).")
    var schema: String?

    @Option(
        name: .customLong("schema-dir"),
        help:
            "Folder with IPTC's schemas: the NewsML-G2 2.35 Power XSD, and ninjs-schema_<version>.json (also under <version>/ or ninjs/<version>/); also NEWSML_SCHEMA_DIR."
    )
    var schemaDirectory: String?

    var selection: SchemaSelection { SchemaSelection(file: schema, directory: schemaDirectory) }
}

extension InputFormat: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension PictureLayout: ExpressibleByArgument {}

/// Reads an input path, `-` for standard input.
func readInput(_ path: String) throws -> Data {
    if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw InputError(message: "cannot read '\(path)': \(unreadableReason(path))")
    }
    return data
}

/// Why a file could not be written at `path`, in words a person can act on (Foundation's error says "the operation
/// could not be completed").
func unwritableReason(_ path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    let parent = folder.isEmpty ? "." : folder
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) else { return "the folder '\(parent)' does not exist" }
    if !isDirectory.boolValue { return "'\(parent)' is a file, not a folder" }
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return "it is a folder" }
    if !FileManager.default.isWritableFile(atPath: parent) { return "permission denied" }
    return "the file could not be written"
}

/// Why a folder could not be created at `path`.
func uncreatableFolderReason(_ path: String) -> String {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
        return "a file of that name is in the way"
    }
    return "permission denied, or a file in the path is not a folder"
}

/// Why a path could not be read, in words a person can act on (Foundation's read says only that it failed).
func unreadableReason(_ path: String) -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return "no such file" }
    if isDirectory.boolValue { return "it is a folder" }
    if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
    return "the file could not be read"
}

struct InputError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Expands folders into the files below them (sorted, hidden files skipped).
func expandInputs(_ inputs: [String]) throws -> [String] {
    var files: [String] = []
    for input in inputs {
        var isDirectory: ObjCBool = false
        if input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
            guard let enumerator = FileManager.default.enumerator(atPath: input) else {
                throw InputError(message: "cannot list '\(input)'")
            }
            var found: [String] = []
            for case let relative as String in enumerator {
                let path = (input as NSString).appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                    !(relative as NSString).lastPathComponent.hasPrefix(".")
                {
                    found.append(path)
                }
            }
            files += found.sorted()
        } else {
            files.append(input)
        }
    }
    return files
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}

func printOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// Calls `stop` on SIGTERM or Ctrl-C (instead of dying), for commands that finish the work in hand first.
/// Keep the returned sources alive for as long as the command runs.
func onTermination(_ stop: @escaping @Sendable () -> Void) -> [any DispatchSourceSignal] {
    [SIGTERM, SIGINT].map { signalNumber in
        signal(signalNumber, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
        source.setEventHandler(handler: stop)
        source.resume()
        return source
    }
}
