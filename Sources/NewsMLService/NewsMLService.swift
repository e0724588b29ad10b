import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NewsMLKit
import Prometheus

/// The HTTP face of the pipeline: `POST /convert`, `POST /validate`, `POST /preview` (for the web page),
/// `GET /health`, `GET /openapi.yaml` and the page at `/`. Stateless: any number of instances can run
/// behind a load balancer.
public struct NewsMLService: Sendable {
    public let configuration: NewsMLServiceConfiguration
    let limiter: ConversionLimiter
    let logger: Logger
    public let metrics: ServiceMetrics

    public init(configuration: NewsMLServiceConfiguration, logger: Logger = Logger(label: "newsml.service")) {
        self.configuration = configuration
        self.limiter = ConversionLimiter(limit: configuration.maximumConcurrentConversions)
        self.logger = logger
        self.metrics = ServiceMetrics()
    }

    public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: MetricsMiddleware(metrics: metrics))
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: ServiceAnswerMiddleware())
        if let token = configuration.bearerToken { router.add(middleware: BearerTokenMiddleware(token: token)) }
        router.get("/health") { _, _ in
            Self.json(["status": "ok", "service": "newsml"], status: .ok)
        }
        router.get("/metrics") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: metrics.render())))
        }
        router.get("/openapi.yaml") { _, _ in try Self.asset("openapi.yaml", type: "application/yaml") }
        router.get("/") { _, _ in try Self.asset("index.html", type: "text/html; charset=utf-8") }
        router.get("/app.js") { _, _ in try Self.asset("app.js", type: "text/javascript; charset=utf-8") }
        router.get("/app.css") { _, _ in try Self.asset("app.css", type: "text/css; charset=utf-8") }
        router.post("/convert") { request, context in
            let format = request.uri.queryParameters.get("to").flatMap(OutputFormat.init(rawValue:)) ?? configuration.conversion.to
            do {
                let response = try await self.answer(request) { try await self.convert(request, deadline: $0) }
                metrics.conversion(status: response.status.code, to: format.rawValue)
                return response
            } catch let error as any HTTPResponseError {
                metrics.conversion(status: error.status.code, to: format.rawValue)
                throw error
            }
        }
        router.post("/validate") { request, context in try await self.answer(request) { try await self.validate(request, deadline: $0) } }
        router.post("/preview") { request, context in try await self.answer(request) { try await self.preview(request, deadline: $0) } }
        return router
    }

    public func makeApplication() -> some ApplicationProtocol {
        let limits = BodyLimits(configuration)
        return Application(
            router: makeRouter(),
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [RequestSizeHandler(limit: { limits.largest(forPath: $0) })],
                    idleTimeout: .nanoseconds(Int64(configuration.idleTimeout.components.seconds) * 1_000_000_000))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "newsml"),
            logger: logger)
    }

    /// Serves until SIGTERM or SIGINT, then finishes the requests in flight.
    public func run() async throws {
        try await makeApplication().runService()
    }

    /// The largest body each route takes: the page's preview less than a conversion (a browser shows it whole).
    struct BodyLimits: Sendable {
        let conversion: Int
        let preview: Int

        init(_ configuration: NewsMLServiceConfiguration) {
            conversion = configuration.maximumBodyBytes
            preview = min(configuration.maximumBodyBytes, configuration.maximumPreviewBytes)
        }

        func largest(forPath path: String) -> Int { path == "/preview" ? preview : conversion }
    }

    // MARK: Handlers

    /// One deadline for the whole request — reading the body, waiting for a slot, converting, writing the answer:
    /// past it the answer is 408 (the body had not arrived), 503 (no slot came free) or 504 (the conversion ran
    /// too long; it stops at its next stage and frees its slot), each with a JSON body.
    func answer(_ request: Request, _ handle: (ContinuousClock.Instant) async throws -> Response) async throws -> Response {
        try await handle(ContinuousClock.now + configuration.requestTimeout)
    }

    func convert(_ request: Request, deadline: ContinuousClock.Instant) async throws -> Response {
        var options = try conversionOptions(request)
        let (data, name) = try await body(request, deadline: deadline, limit: configuration.maximumBodyBytes)
        options.from = Self.inputFormat(request, data, default: options.from)
        options.deadline = deadline
        let prepared = try await limited(until: deadline) { [options] in
            Self.convertAnswer(NewsConverter(options: options).convert(data, file: name))
        }
        return prepared.response
    }

    /// The answer to /convert, built on the conversion's thread (a large document is serialised there too).
    static func convertAnswer(_ result: ConversionResult) -> PreparedAnswer {
        if !result.succeeded {
            let status: HTTPResponse.Status =
                result.diagnostics.contains { $0.id == "conversion.deadline" } ? .gatewayTimeout : .unprocessableContent
            return PreparedAnswer(
                status: status,
                json: ["diagnostics": diagnosticsJSON(result.diagnostics), "schema": .string(result.schemaUsed ?? "")])
        }
        var headers = HTTPFields()
        headers[HTTPField.Name("NewsMLKit-Warnings")!] = String(result.diagnostics.warnings.count)
        if let schema = result.schemaUsed { headers[HTTPField.Name("NewsMLKit-Schema")!] = headerSafe(schema) }
        if result.documents.count == 1, let document = result.documents.first {
            headers[.contentType] =
                switch document.format {
                case .newsml: "application/vnd.iptc.g2.newsitem+xml; charset=utf-8"
                case .nitf: "application/xml; charset=utf-8"
                case .ninjs: "application/json; charset=utf-8"
                }
            return PreparedAnswer(status: .ok, headers: headers, body: [UInt8](document.data))
        }
        // Several items (a newsMessage): one JSON envelope holding each document.
        let documents: [JSONValue] = result.documents.map {
            [
                "identifier": .string($0.identifier), "format": .string($0.format.rawValue),
                "content": .string(String(decoding: $0.data, as: UTF8.self)),
            ]
        }
        return PreparedAnswer(
            status: .ok, json: ["documents": .array(documents), "diagnostics": diagnosticsJSON(result.diagnostics)], headers: headers)
    }

    func validate(_ request: Request, deadline: ContinuousClock.Instant) async throws -> Response {
        let (data, name) = try await body(request, deadline: deadline, limit: configuration.maximumBodyBytes)
        let declared = Self.declaredFormat(request, data)
        if declared == .text {
            throw HTTPError(
                .unsupportedMediaType,
                message: "text/plain cannot be validated: send NewsML-G2 or NITF (application/xml) or ninjs (application/json)")
        }
        let validator = NewsValidator(
            schemas: configuration.conversion.schemas, limits: configuration.conversion.limits,
            ninjsVersion: request.uri.queryParameters.get("ninjs-version"))
        let prepared = try await limited(until: deadline) {
            let report = validator.validate(data, file: name, format: declared)
            return PreparedAnswer(
                status: .ok,
                json: [
                    "file": .string(report.file), "valid": .bool(report.valid), "schema": .string(report.schema),
                    "diagnostics": Self.diagnosticsJSON(report.diagnostics),
                ])
        }
        return prepared.response
    }

    func preview(_ request: Request, deadline: ContinuousClock.Instant) async throws -> Response {
        var options = try conversionOptions(request)
        let (data, name) = try await body(request, deadline: deadline, limit: BodyLimits(configuration).preview)
        options.from = Self.inputFormat(request, data, default: options.from)
        options.deadline = deadline
        let prepared = try await limited(until: deadline) { [options] in
            PreparedAnswer(status: .ok, json: PreviewBuilder(options: options).preview(data, file: name))
        }
        return prepared.response
    }

    // MARK: Plumbing

    /// The request body, bounded in size and by the request's deadline (408 when it has not arrived by then).
    /// An empty body is a 400: there is nothing to convert or validate.
    func body(_ request: Request, deadline: ContinuousClock.Instant, limit: Int) async throws -> (Data, String) {
        let reading = Task { try await request.body.collect(upTo: limit) }
        let buffer: ByteBuffer
        do {
            buffer = try await Deadline.race(Task { await reading.result }, until: deadline).get()
        } catch is Deadline.Passed {
            reading.cancel()
            throw HTTPError(.requestTimeout, message: "the request body did not arrive within \(configuration.requestTimeout)")
        }
        guard buffer.readableBytes > 0 else {
            throw HTTPError(.badRequest, message: "the request has no body: send the document to process")
        }
        let name = request.uri.queryParameters.get("name").map { "request:\($0)" } ?? "request"
        return (Data(buffer.readableBytesView), name)
    }

    /// The format the request's Content-Type declares, when `from` is not given: XML types are NewsML-G2 (or NITF,
    /// by the root element), JSON types ninjs, text/plain plain text. Other types (application/octet-stream, none)
    /// leave the choice to the bytes. A body that is not what its type says then fails to read: 422.
    /// What a conversion reads the body as: `from` when the request gives it, else the declared type, else `fallback`.
    static func inputFormat(_ request: Request, _ data: Data, default fallback: InputFormat) -> InputFormat {
        guard request.uri.queryParameters.get("from") == nil else { return fallback }
        return declaredFormat(request, data) ?? fallback
    }

    static func declaredFormat(_ request: Request, _ data: Data) -> InputFormat? {
        guard let header = request.headers[.contentType] else { return nil }
        let type = header.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        if type == "application/xml" || type == "text/xml" || type.hasSuffix("+xml") {
            return FormatSniffer.isNITF(data) ? .nitf : .newsml
        }
        if type == "application/json" || type.hasSuffix("+json") || type == "application/x-ndjson" || type == "application/jsonl" {
            return .ninjs
        }
        if type == "text/plain" { return .text }
        return nil
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
        switch query.get("entities") {
        case nil, "true": break
        case "false": options.recogniseEntities = false
        default: throw HTTPError(.badRequest, message: "entities must be true or false")
        }
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

    /// Runs CPU-bound work on a conversion thread (`ConversionThread`), within the concurrency limit and the
    /// request's deadline: 503 when no slot comes free in time, 504 when the work is not done in time. The slot is
    /// held until the work ends, so the limit bounds the work running, answered or not.
    func limited<T: Sendable>(until deadline: ContinuousClock.Instant, _ work: @escaping @Sendable () -> T) async throws -> T {
        guard await limiter.acquire(timeout: deadline - ContinuousClock.now) else {
            throw HTTPError(.serviceUnavailable, headers: [.retryAfter: "1"], message: "the service is busy; try again shortly")
        }
        let limiter = self.limiter
        let niceness = configuration.conversionNiceness
        let gauge = metrics.running
        let running = Task {
            gauge.increment()
            let value = await ConversionThread.run(niceness: niceness, work)
            gauge.decrement()
            await limiter.release()
            return value
        }
        do {
            return try await Deadline.race(running, until: deadline)
        } catch is Deadline.Passed {
            throw HTTPError(.gatewayTimeout, message: "the conversion did not finish within \(configuration.requestTimeout)")
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

/// An answer made on a conversion thread: status, headers and body bytes (JSON answers serialised there too).
struct PreparedAnswer: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields = HTTPFields()
    var body: [UInt8]

    init(status: HTTPResponse.Status, headers: HTTPFields = HTTPFields(), body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    init(status: HTTPResponse.Status, json: JSONValue, headers: HTTPFields = HTTPFields()) {
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        self.init(status: status, headers: headers, body: [UInt8](JSONWriter().data(json)))
    }

    var response: Response { Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body))) }
}
