import Foundation
import HTTPTypes
import Hummingbird
import Prometheus

/// What `/metrics` reports, in Prometheus's text format: requests by route, method and status with a latency
/// histogram per route, conversions by outcome and output format, and the conversions running now. Labels take
/// only known values (an unknown path is "other"), so a scanner cannot grow the series without bound.
public final class ServiceMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    static let routes: Set<String> = [
        "/convert", "/validate", "/preview", "/health", "/metrics", "/openapi.yaml", "/", "/app.js", "/app.css",
    ]
    static let latencyBuckets: [Duration] = [
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
        .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10), .seconds(30),
    ]
    let running: Gauge

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        running = registry.makeGauge(
            descriptor: MetricNameDescriptor(
                namespace: "newsml", metricName: "conversions_running", unitName: "", helpText: "Conversions running now."),
            labels: [])
    }

    static func route(_ path: String) -> String { routes.contains(path) ? path : "other" }

    func request(route: String, method: String, status: Int, duration: Duration) {
        registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "newsml", metricName: "http_requests", unitName: "total", helpText: "HTTP requests answered."),
            labels: [("route", route), ("method", method), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "newsml", metricName: "http_request_duration", unitName: "seconds",
                helpText: "Time from a request's head to its answer."),
            labels: [("route", route)], buckets: Self.latencyBuckets
        ).record(duration)
    }

    /// One conversion of /convert: ok, invalid (422), timeout (504), busy (503) or refused (other 4xx).
    func conversion(status: Int, to format: String) {
        let outcome =
            switch status {
            case 200: "ok"
            case 422: "invalid"
            case 504: "timeout"
            case 503: "busy"
            default: "refused"
            }
        registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "newsml", metricName: "conversions", unitName: "total", helpText: "Conversions by outcome and output format."),
            labels: [("outcome", outcome), ("format", format)]
        ).increment()
    }

    /// The exposition text.
    public func render() -> [UInt8] { registry.emitToBuffer() }
}

/// Counts and times every request, outermost, so that it sees the status the client got.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServiceMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let route = ServiceMetrics.route(request.uri.path)
        do {
            let response = try await next(request, context)
            metrics.request(route: route, method: request.method.rawValue, status: response.status.code, duration: .now - started)
            return response
        } catch let error as any HTTPResponseError {
            metrics.request(route: route, method: request.method.rawValue, status: error.status.code, duration: .now - started)
            throw error
        } catch {
            metrics.request(route: route, method: request.method.rawValue, status: 500, duration: .now - started)
            throw error
        }
    }
}
