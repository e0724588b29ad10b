import Foundation
import NewsMLKit

/// How the HTTP service runs. Defaults protect a shared server: loopback only, bounded bodies, time and
/// concurrency.
public struct NewsMLServiceConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var maximumBodyBytes: Int
    /// The largest body `/preview` takes: the page shows the whole article and both outputs, which a browser
    /// cannot usefully do for megabytes (larger: 413).
    public var maximumPreviewBytes: Int
    /// Reading the request, converting it and writing the answer must finish within this time, or the answer is
    /// 408 (body not arrived), 503 (no conversion slot free) or 504 (conversion too long).
    public var requestTimeout: Duration
    /// Connections idle this long are closed (slow clients).
    public var idleTimeout: Duration
    /// Conversions running at once; further requests wait up to `requestTimeout`, then get 503.
    public var maximumConcurrentConversions: Int
    /// How much lower than the event loops conversion threads are scheduled (a nice increment, 0–19).
    public var conversionNiceness: Int32 = 5
    /// When set, API requests need `Authorization: Bearer <token>`.
    public var bearerToken: String?
    /// The conversion defaults; each request may choose `from`, `to`, `ninjs-version` and `pictures`.
    public var conversion: ConversionOptions

    public init(
        host: String = "127.0.0.1", port: Int = 8080, maximumBodyBytes: Int = 10 * 1024 * 1024,
        maximumPreviewBytes: Int = 1024 * 1024,
        requestTimeout: Duration = .seconds(30), idleTimeout: Duration = .seconds(15),
        maximumConcurrentConversions: Int = ProcessInfo.processInfo.activeProcessorCount * 2,
        bearerToken: String? = nil, conversion: ConversionOptions = ConversionOptions()
    ) {
        self.host = host
        self.port = port
        self.maximumBodyBytes = maximumBodyBytes
        self.maximumPreviewBytes = maximumPreviewBytes
        self.requestTimeout = requestTimeout
        self.idleTimeout = idleTimeout
        self.maximumConcurrentConversions = max(1, maximumConcurrentConversions)
        self.bearerToken = bearerToken
        self.conversion = conversion
    }
}
