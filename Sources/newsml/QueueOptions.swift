import ArgumentParser
import Foundation
import Logging
import WorkQueue

/// The database every queue command talks to.
struct DatabaseOption: ParsableArguments {
    @Option(help: "PostgreSQL URL, postgres://user:password@host:5432/database (default: NEWSML_DATABASE_URL).")
    var database: String?

    func url() throws -> DatabaseURL {
        do { return try DatabaseURL.resolve(database) } catch {
            printError("error: [queue.database] \(error)\n")
            throw ExitCode(2)
        }
    }
}

/// Queue commands log PostgreSQL's own troubles (lost connections) at warning level and above.
func queueLogger(_ label: String) -> Logger {
    var logger = Logger(label: label)
    logger.logLevel = .warning
    return logger
}

/// A database failure as the CLI reports it: a usage or I/O error (exit 2), with the reason PostgreSQL gave.
func reportDatabaseFailure(_ error: any Error, url: DatabaseURL) -> ExitCode {
    printError("error: [queue.database] \(url): \(QueueFailure.describe(error))\n")
    return ExitCode(2)
}
