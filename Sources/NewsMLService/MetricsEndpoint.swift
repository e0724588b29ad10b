import Hummingbird
import Logging
import NIOCore

/// A small HTTP server with `GET /metrics` and `GET /health` only, for processes that are not the service
/// (`newsml worker --metrics-port`), so that Prometheus scrapes them the same way.
public struct MetricsEndpoint: Sendable {
    let host: String
    let port: Int
    let render: @Sendable () async -> [UInt8]

    public init(host: String, port: Int, render: @escaping @Sendable () async -> [UInt8]) {
        self.host = host
        self.port = port
        self.render = render
    }

    /// Serves until the task is cancelled.
    public func run(logger: Logger) async throws {
        let router = Router()
        router.get("/metrics") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: await render())))
        }
        router.get("/health") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
        }
        let application = Application(
            router: router, configuration: .init(address: .hostname(host, port: port), serverName: "newsml-worker"), logger: logger)
        try await application.run()
    }
}
