import ArgumentParser
import Foundation
import Logging
import NewsMLKit
import NewsMLService

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP service and the web page.",
        discussion: """
            POST /convert?to=newsml|ninjs[&from=…] converts the body (200, or 422 with diagnostics); POST /validate \
            returns a validation report; GET /health; GET /openapi.yaml; the page at /. Stateless: run as many \
            instances as needed behind a load balancer.
            """)

    @Option(help: "Address to bind (127.0.0.1 keeps the service on this machine).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(name: .customLong("token-file"), help: "File holding a bearer token that API requests must present.")
    var tokenFile: String?

    @Option(name: .customLong("max-body-bytes"), help: "Largest request body accepted (larger: 413).")
    var maximumBodyBytes = 10 * 1024 * 1024

    @Option(name: .customLong("max-preview-bytes"), help: "Largest body /preview accepts (larger: 413).")
    var maximumPreviewBytes = 1024 * 1024

    @Option(help: "Seconds a request may take to arrive, convert and be answered (then 408, 503 or 504).")
    var timeout = 30

    @Option(help: "Conversions running at once (default: twice the number of cores).")
    var concurrency = ProcessInfo.processInfo.activeProcessorCount * 2

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    @OptionGroup var conversion: ConversionFlags

    func run() throws {
        var token: String?
        if let tokenFile {
            guard let data = FileManager.default.contents(atPath: tokenFile) else {
                printError("\(tokenFile): error: [io.read] cannot read the token file\n")
                throw ExitCode(2)
            }
            token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if token?.isEmpty == true {
                printError("\(tokenFile): error: [serve.token] the token file is empty\n")
                throw ExitCode(2)
            }
        }
        var logger = Logger(label: "newsml.service")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let configuration = NewsMLServiceConfiguration(
            host: host, port: port, maximumBodyBytes: maximumBodyBytes, maximumPreviewBytes: maximumPreviewBytes,
            requestTimeout: .seconds(timeout),
            maximumConcurrentConversions: concurrency, bearerToken: token, conversion: try conversion.conversionOptions())
        let service = NewsMLService(configuration: configuration, logger: logger)
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var failure: (any Error)?
        Task {
            do { try await service.run() } catch { failure = error }
            finished.signal()
        }
        finished.wait()
        if let failure {
            printError("error: [serve.failed] \(failure)\n")
            throw ExitCode(2)
        }
    }
}
