import ArgumentParser
import Foundation

@main
struct NewsMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsml",
        abstract: "Convert and validate news: plain text, NewsML-G2 and ninjs.",
        discussion: "Exit status: 0 success, 1 invalid input or failed validation, 2 usage or I/O error.",
        subcommands: [
            ConvertCommand.self, ValidateCommand.self, InspectCommand.self, WatchCommand.self, ServeCommand.self, WorkerCommand.self,
            EnqueueCommand.self, QueueCommand.self,
        ])

    /// ArgumentParser exits with 64 on usage errors; this tool promises 2.
    static func main() {
        do {
            if let request = QuickConvert.request(CommandLine.arguments.dropFirst()) {
                try request.run()
                return
            }
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                self.exit(withError: error)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(code == .failure ? 1 : 2)
        }
    }
}
