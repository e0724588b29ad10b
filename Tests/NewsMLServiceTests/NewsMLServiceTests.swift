import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import NewsMLKit
import NewsMLService
import TestSupport
import Testing

/// The HTTP service through Hummingbird's router tester, plus one request over loopback.
@Suite struct NewsMLServiceTests {
    static let sample = TestPaths.samples.appendingPathComponent("plaintext/harbour-bridge-web.txt")

    func service(token: String? = nil, maximumBodyBytes: Int = 1_000_000, port: Int = 0) -> NewsMLService {
        var configuration = NewsMLServiceConfiguration(
            host: "127.0.0.1", port: port, maximumBodyBytes: maximumBodyBytes, bearerToken: token,
            conversion: ConversionOptions(versionCreated: TestPaths.fixedTime))
        // In this process the other suites keep the cores busy: conversions at a lower priority would starve here.
        // (The priority itself is exercised against a real server in ServicePromisesTests.)
        configuration.conversionNiceness = 0
        return NewsMLService(configuration: configuration)
    }

    func application(_ service: NewsMLService) -> some ApplicationProtocol {
        Application(router: service.makeRouter())
    }

    static func text(_ buffer: ByteBuffer) -> String { String(buffer: buffer) }

    static func json(_ buffer: ByteBuffer) throws -> JSONValue { try JSONParser().parse(Data(buffer.readableBytesView)) }

    @Test func healthAndOpenAPI() async throws {
        try await application(service()).test(.live) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                let json = try Self.json(response.body)
                #expect(json["status"] == "ok")
            }
            try await client.execute(uri: "/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                let text = Self.text(response.body)
                #expect(text.hasPrefix("openapi: 3.1.0"))
                for path in ["/convert:", "/validate:", "/preview:", "/health:"] { #expect(text.contains(path)) }
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Self.text(response.body).contains("<textarea id=\"article\""))
            }
        }
    }

    @Test("POST /convert turns an article into valid NewsML-G2 and ninjs")
    func convert() async throws {
        let article = ByteBuffer(bytes: try Data(contentsOf: Self.sample))
        try await application(service()).test(.live) { client in
            try await client.execute(uri: "/convert?to=newsml", method: .post, body: article) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/vnd.iptc.g2.newsitem+xml") == true)
                let document = Data(response.body.readableBytesView)
                #expect(NewsValidator().validate(document, file: "service").valid)
            }
            try await client.execute(uri: "/convert?to=ninjs&ninjs-version=2.3", method: .post, body: article) { response in
                #expect(response.status == .ok)
                let json = try Self.json(response.body)
                #expect(json["standard"]?["version"] == "2.3")
                #expect(json["versioncreated"] == .string(TestPaths.fixedTime))
            }
            // NITF in (sniffed from its root) and NITF out.
            let nitf = ByteBuffer(bytes: try Data(contentsOf: TestPaths.samples.appendingPathComponent("nitf/council-ferry-timetable.xml")))
            try await client.execute(uri: "/convert?to=nitf", method: .post, body: nitf) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/xml") == true)
                let text = String(buffer: response.body)
                #expect(text.contains("<hl1>Council approves new harbour ferry timetable</hl1>"))
            }
        }
    }

    @Test("GET /metrics counts requests by route and status, conversions by outcome and format, in Prometheus's text format")
    func metrics() async throws {
        let article = ByteBuffer(bytes: try Data(contentsOf: Self.sample))
        try await application(service(token: "secret")).test(.live) { client in
            let authorized: HTTPFields = [.authorization: "Bearer secret"]
            try await client.execute(uri: "/convert?to=ninjs", method: .post, headers: authorized, body: article) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/convert", method: .post, headers: authorized, body: article) { #expect($0.status == .ok) }
            try await client.execute(
                uri: "/convert?from=newsml", method: .post, headers: authorized, body: ByteBuffer(string: "<newsItem><broken")
            ) { #expect($0.status == .unprocessableContent) }
            try await client.execute(uri: "/no-such-page-\(UUID().uuidString)", method: .get) { #expect($0.status == .unauthorized) }
            // Open without the token, like /health: Prometheus scrapes without credentials.
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                let text = String(buffer: response.body)
                #expect(text.contains(#"newsml_conversions_total{outcome="ok",format="ninjs"} 1"#))
                #expect(text.contains(#"newsml_conversions_total{outcome="ok",format="newsml"} 1"#))
                #expect(text.contains(#"newsml_conversions_total{outcome="invalid",format="newsml"} 1"#))
                #expect(text.contains(#"newsml_http_requests_total{route="/convert",method="POST",status="200"} 2"#))
                #expect(text.contains(#"newsml_http_requests_total{route="other",method="GET",status="401"} 1"#))
                #expect(text.contains(#"newsml_http_request_duration_seconds_count{route="/convert"} 3"#))
                #expect(text.contains("# TYPE newsml_conversions_running gauge"))
            }
        }
    }

    @Test("invalid input gives 422 with located diagnostics; unknown options give 400")
    func invalidInput() async throws {
        try await application(service()).test(.live) { client in
            try await client.execute(uri: "/convert", method: .post, body: ByteBuffer(string: "<newsItem><unclosed>")) { response in
                #expect(response.status == .unprocessableContent)
                let diagnostics = try Self.json(response.body)["diagnostics"]?.array ?? []
                #expect(diagnostics.first?["id"] == "xml.syntax")
                #expect(diagnostics.first?["line"] == 1)
            }
            try await client.execute(uri: "/convert?to=pdf", method: .post, body: ByteBuffer(string: "text")) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test("a newsMessage answers with one document per good item and the broken item's diagnostic")
    func newsMessage() async throws {
        let message = ByteBuffer(
            bytes: try Data(contentsOf: TestPaths.samples.appendingPathComponent("newsml-g2/news-message-morning-wire.xml")))
        try await application(service()).test(.live) { client in
            try await client.execute(uri: "/convert", method: .post, body: message) { response in
                // One item is broken: the whole request is not a success, and says which.
                #expect(response.status == .unprocessableContent)
                let diagnostics = try Self.json(response.body)["diagnostics"]?.array ?? []
                #expect(diagnostics.contains { $0["id"] == "newsml.guid.missing" && $0["line"] == 30 })
            }
            let good = ByteBuffer(
                bytes: try Data(contentsOf: TestPaths.samples.appendingPathComponent("newsml-g2/package-item-election-night.xml")))
            try await client.execute(uri: "/convert", method: .post, body: good) { response in
                #expect(response.status == .ok)
                #expect(Self.text(response.body).contains("<packageItem"))
            }
        }
    }

    @Test("POST /validate reports the verdict and the schema used")
    func validate() async throws {
        let good = ByteBuffer(
            bytes: try Data(contentsOf: TestPaths.samples.appendingPathComponent("plaintext/expected/harbour-bridge-web.xml")))
        try await application(service()).test(.live) { client in
            try await client.execute(uri: "/validate", method: .post, body: good) { response in
                #expect(response.status == .ok)
                let report = try Self.json(response.body)
                #expect(report["valid"] == true)
                #expect(report["schema"]?.string == "NewsMLKit NewsML-G2 2.35 (shipped)")
            }
            try await client.execute(
                uri: "/validate", method: .post, body: ByteBuffer(string: #"{"uri": "urn:x", "versionCreated": "Tuesday"}"#)
            ) { response in
                let report = try Self.json(response.body)
                #expect(report["valid"] == false)
                #expect(report["diagnostics"]?.array?.contains { $0["pointer"] == "/versionCreated" } == true)
            }
        }
    }

    @Test(
        "the preview carries entities with their mention offsets and the picture credit",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (corpus, schemas or tools)"))
    func preview() async throws {
        guard let shared = TestPaths.sharedFolder() else { return }
        let seed = ByteBuffer(bytes: try Data(contentsOf: shared.appendingPathComponent("corpus/plaintext/seed-macron-moscow.txt")))
        try await application(service()).test(.live) { client in
            try await client.execute(uri: "/preview", method: .post, body: seed) { response in
                #expect(response.status == .ok)
                let preview = try Self.json(response.body)
                #expect(preview["newsml"]?["valid"] == true)
                #expect(preview["ninjs"]?["valid"] == true)
                #expect(preview["pictures"]?.array?.first?["creditline"] == "Getty Images")
                let headline = try #require(preview["blocks"]?.array?.first)
                let text = try #require(headline["text"]?.string)
                for span in headline["spans"]?.array ?? [] {
                    let start = try #require(span["start"]?.integer)
                    let length = try #require(span["length"]?.integer)
                    let utf16 = Array(text.utf16)[start..<start + length]
                    #expect(String(decoding: utf16, as: UTF16.self).isEmpty == false)
                }
                #expect(preview["entities"]?.array?.contains { $0["name"] == "Emmanuel Macron" && $0["kind"] == "person" } == true)
            }
        }
    }

    @Test("limits: an oversize body gets 413; a missing or wrong token gets 401")
    func limitsAndAuthentication() async throws {
        try await application(service(maximumBodyBytes: 1_000)).test(.live) { client in
            try await client.execute(uri: "/convert", method: .post, body: ByteBuffer(string: String(repeating: "x", count: 5_000))) {
                response in
                #expect(response.status == .contentTooLarge)
            }
        }
        try await application(service(token: "s3cret")).test(.live) { client in
            try await client.execute(uri: "/convert", method: .post, body: ByteBuffer(string: "Headline\n\nBody text.")) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(
                uri: "/convert", method: .post, headers: [.authorization: "Bearer wrong"], body: ByteBuffer(string: "Headline\n\nBody.")
            ) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(
                uri: "/convert", method: .post, headers: [.authorization: "Bearer s3cret"],
                body: ByteBuffer(string: "Storm closes harbour\n\nThe harbour in Dover closed on Monday after a storm.")
            ) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/health", method: .get) { response in #expect(response.status == .ok) }
        }
    }

    @Test("a live server on loopback converts a request")
    func live() async throws {
        let article = ByteBuffer(bytes: try Data(contentsOf: Self.sample))
        try await application(service()).test(.live) { client in
            #expect(client.port != nil)
            try await client.execute(uri: "/convert?to=ninjs", method: .post, body: article) { response in
                #expect(response.status == .ok)
                let json = try Self.json(response.body)
                #expect(json["type"] == "text")
            }
        }
    }
}
