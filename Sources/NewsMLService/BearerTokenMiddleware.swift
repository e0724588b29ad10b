import Foundation
import HTTPTypes
import Hummingbird

/// Requires `Authorization: Bearer <token>` on the API routes; the page, health, metrics and OpenAPI stay open
/// (load balancers and Prometheus scrape without credentials; neither answer carries content).
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String
    static var openPaths: Set<String> { ["/", "/health", "/metrics", "/openapi.yaml", "/app.js", "/app.css"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if Self.openPaths.contains(request.uri.path) { return try await next(request, context) }
        let expected = "Bearer \(token)"
        guard let given = request.headers[.authorization], Self.constantTimeEqual(given, expected) else {
            var headers = HTTPFields()
            headers[.wwwAuthenticate] = "Bearer realm=\"newsml\""
            headers[.contentType] = "application/json"
            return Response(
                status: .unauthorized, headers: headers,
                body: .init(byteBuffer: ByteBuffer(string: #"{"error":"a valid bearer token is required"}"#)))
        }
        return try await next(request, context)
    }

    /// Compares without leaking the position of the first difference through timing.
    static func constantTimeEqual(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8)
        let b = Array(right.utf8)
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}
