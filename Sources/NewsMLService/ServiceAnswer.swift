import Foundation
import HTTPTypes
import Hummingbird
import NewsMLKit

/// What every answer of the service has in common: the headers a browser needs to keep the page safe, and
/// errors as JSON (`{"error": message, "status": code}`), never an empty body.
enum ServiceAnswer {
    /// The page loads only its own script and style; images may come from anywhere (a story's pictures).
    static let standardHeaders: HTTPFields = [
        .contentSecurityPolicy:
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: https: http:; connect-src 'self'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("X-Frame-Options")!: "DENY",
        HTTPField.Name("Referrer-Policy")!: "no-referrer",
    ]

    static func errorBody(status: HTTPResponse.Status, message: String) -> [UInt8] {
        [UInt8](JSONWriter().data(["error": .string(message), "status": .integer(status.code)]))
    }

    static func error(_ status: HTTPResponse.Status, _ message: String, headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(
            status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: errorBody(status: status, message: message))))
    }
}

/// Adds the standard headers to every answer, turns every error into a JSON answer, and answers a method a
/// route does not take with 405 and `Allow` (TRACE included) rather than 404.
struct ServiceAnswerMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The service's routes and the methods each takes.
    static var routes: [String: [HTTPRequest.Method]] {
        [
            "/": [.get], "/app.js": [.get], "/app.css": [.get], "/health": [.get], "/metrics": [.get], "/openapi.yaml": [.get],
            "/convert": [.post], "/validate": [.post], "/preview": [.post],
        ]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        if let methods = Self.routes[request.uri.path], !methods.contains(request.method) {
            response = ServiceAnswer.error(
                .methodNotAllowed, "\(request.uri.path) takes \(methods.map(\.rawValue).joined(separator: ", ")) only",
                headers: [.allow: methods.map(\.rawValue).joined(separator: ", ")])
        } else {
            do {
                response = try await next(request, context)
            } catch let error as HTTPError {
                response = ServiceAnswer.error(error.status, error.body ?? error.status.reasonPhrase, headers: error.headers)
            } catch let error as any HTTPResponseError {
                response = ServiceAnswer.error(error.status, error.status.reasonPhrase)
            } catch {
                response = ServiceAnswer.error(.internalServerError, "the service failed to answer")
            }
        }
        for field in ServiceAnswer.standardHeaders where response.headers[field.name] == nil {
            response.headers.append(field)
        }
        return response
    }
}
