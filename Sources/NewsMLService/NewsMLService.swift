import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NewsMLKit

/// The HTTP face of the pipeline: `POST /convert`, `POST /validate`, `POST /preview` (for the web page),
/// `GET /health`, `GET /openapi.yaml` and the page at `/`. Stateless: any number of instances can run
/// behind a load balancer.
public struct NewsMLService: Sendable {
    public let configuration: NewsMLServiceConfiguration
    let limiter: ConversionLimiter
    let logger: Logger

    public init(configuration: NewsMLServiceConfiguration, logger: Logger = Logger(label: "newsml.service")) {
        self.configuration = configuration
        self.limiter = ConversionLimiter(limit: configuration.maximumConcurrentConversions)
        self.logger = logger
    }

    public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: LogRequestsMiddleware(.info))
        if let token = configuration.bearerToken { router.add(middleware: BearerTokenMiddleware(token: token)) }
        router.get("/health") { _, _ in
            Self.json(["status": "ok", "service": "newsml"], status: .ok)
        }
        router.get("/openapi.yaml") { _, _ in try Self.asset("openapi.yaml", type: "application/yaml") }
        router.get("/") { _, _ in try Self.asset("index.html", type: "text/html; charset=utf-8") }
        router.get("/app.js") { _, _ in try Self.asset("app.js", type: "text/javascript; charset=utf-8") }
        router.get("/app.css") { _, _ in try Self.asset("app.css", type: "text/css; charset=utf-8") }
        router.post("/convert") { request, context in try await self.convert(request, context: context) }
        router.post("/validate") { request, context in try await self.validate(request, context: context) }
        router.post("/preview") { request, context in try await self.preview(request, context: context) }
        return router
    }

    public func makeApplication() -> some ApplicationProtocol {
        Application(
            router: makeRouter(),
            server: .http1(
                configuration: .init(idleTimeout: .nanoseconds(Int64(configuration.idleTimeout.components.seconds) * 1_000_000_000))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "newsml"),
            logger: logger)
    }

    /// Serves until SIGTERM or SIGINT, then finishes the requests in flight.
    public func run() async throws {
        try await makeApplication().runService()
    }

    // MARK: Handlers

    func convert(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let options = try conversionOptions(request)
        let (data, name) = try await body(request, context: context)
        let result = try await limited { NewsConverter(options: options).convert(data, file: name) }
        if !result.succeeded {
            return Self.json(
                ["diagnostics": Self.diagnosticsJSON(result.diagnostics), "schema": .string(result.schemaUsed ?? "")],
                status: .unprocessableContent)
        }
        var headers = HTTPFields()
        headers[HTTPField.Name("NewsMLKit-Warnings")!] = String(result.diagnostics.warnings.count)
        if let schema = result.schemaUsed { headers[HTTPField.Name("NewsMLKit-Schema")!] = Self.headerSafe(schema) }
        if result.documents.count == 1, let document = result.documents.first {
            headers[.contentType] =
                switch document.format {
                case .newsml: "application/vnd.iptc.g2.newsitem+xml; charset=utf-8"
                case .nitf: "application/xml; charset=utf-8"
                case .ninjs: "application/json; charset=utf-8"
                }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: document.data)))
        }
        // Several items (a newsMessage): one JSON envelope holding each document.
        let documents: [JSONValue] = result.documents.map {
            [
                "identifier": .string($0.identifier), "format": .string($0.format.rawValue),
                "content": .string(String(decoding: $0.data, as: UTF8.self)),
            ]
        }
        return Self.json(
            ["documents": .array(documents), "diagnostics": Self.diagnosticsJSON(result.diagnostics)], status: .ok, headers: headers)
    }

    func validate(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (data, name) = try await body(request, context: context)
        let validator = NewsValidator(
            schemas: configuration.conversion.schemas, limits: configuration.conversion.limits,
            ninjsVersion: request.uri.queryParameters.get("ninjs-version"))
        let report = try await limited { validator.validate(data, file: name) }
        return Self.json(
            [
                "file": .string(report.file), "valid": .bool(report.valid), "schema": .string(report.schema),
                "diagnostics": Self.diagnosticsJSON(report.diagnostics),
            ], status: .ok)
    }

    func preview(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let options = try conversionOptions(request)
        let (data, name) = try await body(request, context: context)
        let preview = try await limited { PreviewBuilder(options: options).preview(data, file: name) }
        return Self.json(preview, status: .ok)
    }

    // MARK: Plumbing

    /// The request body, bounded in size and time.
    func body(_ request: Request, context: BasicRequestContext) async throws -> (Data, String) {
        let limit = configuration.maximumBodyBytes
        let buffer = try await withDeadline(configuration.requestTimeout, status: .requestTimeout) {
            try await request.body.collect(upTo: limit)
        }
        let name = request.uri.queryParameters.get("name").map { "request:\($0)" } ?? "request"
        return (Data(buffer.readableBytesView), name)
    }

    func conversionOptions(_ request: Request) throws -> ConversionOptions {
        var options = configuration.conversion
        let query = request.uri.queryParameters
        if let format = try Self.choice(query.get("to"), OutputFormat.self, name: "to") { options.to = format }
        if let format = try Self.choice(query.get("from"), InputFormat.self, name: "from") { options.from = format }
        if let version = try Self.choice(query.get("ninjs-version"), NinjsVersion.self, name: "ninjs-version") {
            options.ninjsVersion = version
        }
        if let layout = try Self.choice(query.get("pictures"), PictureLayout.self, name: "pictures") { options.pictures = layout }
        if query.get("entities") == "false" { options.recogniseEntities = false }
        return options
    }

    /// A query parameter that must be one of an option's values; anything else is a 400 that lists them.
    static func choice<Option: RawRepresentable & CaseIterable>(_ value: String?, _: Option.Type, name: String) throws -> Option?
    where Option.RawValue == String {
        guard let value else { return nil }
        guard let option = Option(rawValue: value) else {
            throw HTTPError(.badRequest, message: "\(name) must be one of \(Option.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return option
    }

    /// Runs CPU-bound work off the server's event loops, within the concurrency limit.
    func limited<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws -> T {
        guard await limiter.acquire(timeout: configuration.requestTimeout) else {
            throw HTTPError(.serviceUnavailable, message: "the service is busy; try again shortly")
        }
        defer { Task { await limiter.release() } }
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }

    func withDeadline<T: Sendable>(_ duration: Duration, status: HTTPResponse.Status, _ work: @escaping @Sendable () async throws -> T)
        async throws -> T
    {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: duration)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else {
                throw HTTPError(status, message: "the request took longer than \(duration)")
            }
            return value
        }
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status, headers: HTTPFields = HTTPFields()) -> Response {
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: JSONWriter().data(value))))
    }

    static func diagnosticsJSON(_ diagnostics: [Diagnostic]) -> JSONValue {
        .array(
            diagnostics.map { diagnostic in
                var object = JSONObject()
                object["id"] = .string(diagnostic.id)
                object["severity"] = .string(diagnostic.severity.rawValue)
                object["message"] = .string(diagnostic.message)
                object["line"] = diagnostic.location.line.map(JSONValue.integer)
                object["column"] = diagnostic.location.column.map(JSONValue.integer)
                object["pointer"] = diagnostic.location.pointer.map(JSONValue.string)
                return .object(object)
            })
    }

    static func headerSafe(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value < 0x7F })
    }

    /// Files of the page, served from the resource bundle.
    static func asset(_ name: String, type: String) throws -> Response {
        guard let data = PublicAssets.data(name) else { throw HTTPError(.notFound) }
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
