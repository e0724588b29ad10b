import Foundation
import NewsMLKit

/// How the HTTP service runs. Defaults protect a shared server: loopback only, bounded bodies, time and
/// concurrency.
public struct NewsMLServiceConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var maximumBodyBytes: Int
    /// Reading the request and converting it must finish within this time, or the answer is 503/408.
    public var requestTimeout: Duration
    /// Connections idle this long are closed (slow clients).
    public var idleTimeout: Duration
    /// Conversions running at once; further requests wait up to `requestTimeout`, then get 503.
    public var maximumConcurrentConversions: Int
    /// When set, API requests need `Authorization: Bearer <token>`.
    public var bearerToken: String?
    /// The conversion defaults; each request may choose `from`, `to`, `ninjs-version` and `pictures`.
    public var conversion: ConversionOptions

    public init(
        host: String = "127.0.0.1", port: Int = 8080, maximumBodyBytes: Int = 10 * 1024 * 1024,
        requestTimeout: Duration = .seconds(30), idleTimeout: Duration = .seconds(15),
        maximumConcurrentConversions: Int = ProcessInfo.processInfo.activeProcessorCount * 2,
        bearerToken: String? = nil, conversion: ConversionOptions = ConversionOptions()
    ) {
        self.host = host
        self.port = port
        self.maximumBodyBytes = maximumBodyBytes
        self.requestTimeout = requestTimeout
        self.idleTimeout = idleTimeout
        self.maximumConcurrentConversions = max(1, maximumConcurrentConversions)
        self.bearerToken = bearerToken
        self.conversion = conversion
    }
}
