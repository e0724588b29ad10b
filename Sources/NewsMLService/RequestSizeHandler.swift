import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Sits in each connection's pipeline, before the router sees a request: refuses a body larger than the route
/// accepts as soon as its `Content-Length` says so (413 with a JSON body, connection closed — a length of 10¹⁴ is
/// not waited for), and answers `Expect: 100-continue` with `100 Continue` when the body will be accepted, so that
/// clients such as curl send it at once instead of waiting a second for an answer that never comes.
final class RequestSizeHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let limit: @Sendable (_ path: String) -> Int
    /// After a refusal: the rest of that request is not passed on.
    private var discarding = false

    init(limit: @escaping @Sendable (_ path: String) -> Int) {
        self.limit = limit
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        switch part {
        case .head(let request):
            discarding = false
            let path = String((request.path ?? "/").prefix { $0 != "?" })
            let largest = limit(path)
            if let declared = request.headerFields[.contentLength] {
                // A length too long for Int is larger than any limit.
                let length = Int(declared) ?? (declared.allSatisfy(\.isNumber) ? Int.max : -1)
                if length > largest {
                    refuse(context: context, largest: largest)
                    return
                }
            }
            if request.headerFields[.expect]?.lowercased() == "100-continue" {
                context.writeAndFlush(wrapOutboundOut(.head(HTTPResponse(status: .continue))), promise: nil)
            }
            context.fireChannelRead(data)
        case .body, .end:
            if !discarding { context.fireChannelRead(data) }
        }
    }

    private func refuse(context: ChannelHandlerContext, largest: Int) {
        discarding = true
        let body = ServiceAnswer.errorBody(status: .contentTooLarge, message: "the request body is larger than \(largest) bytes")
        var headers = ServiceAnswer.standardHeaders
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.contentLength] = String(body.count)
        headers[.connection] = "close"
        context.write(wrapOutboundOut(.head(HTTPResponse(status: .contentTooLarge, headerFields: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(context.channel.allocator.buffer(bytes: body))), promise: nil)
        // The body that may follow is not read: the connection closes once the answer is out.
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
    }
}
