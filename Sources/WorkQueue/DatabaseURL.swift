import Foundation
import NIOSSL
import PostgresNIO

/// A PostgreSQL connection URL as libpq reads it — `postgres://user:password@host:port/database?sslmode=…`, or
/// `postgresql://…`; `host=/path` in the query names a Unix socket folder — turned into postgres-nio's
/// configuration. The password never appears in `description`.
public struct DatabaseURL: Sendable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var unixSocketFolder: String?
    public var user: String
    public var password: String?
    public var database: String
    public var sslMode: SSLMode

    /// libpq's sslmode values this tool honours: `disable`, `prefer` (libpq's default: TLS when the server offers
    /// it) and `require`; `verify-ca` and `verify-full` are read as `require` with certificate checks.
    public enum SSLMode: String, Sendable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    public init(_ text: String) throws {
        guard let components = URLComponents(string: text), let scheme = components.scheme,
            scheme == "postgres" || scheme == "postgresql"
        else {
            throw Invalid(description: "a database URL looks like postgres://user:password@host:5432/database")
        }
        let query = Dictionary(
            (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        port = components.port ?? Int(query["port"] ?? "") ?? 5432
        if let socket = query["host"], socket.hasPrefix("/") { unixSocketFolder = socket }
        user =
            components.user.flatMap { $0.removingPercentEncoding } ?? query["user"] ?? ProcessInfo.processInfo.environment["USER"]
            ?? "postgres"
        password = components.password.flatMap { $0.removingPercentEncoding } ?? query["password"]
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? (query["dbname"] ?? user) : (path.removingPercentEncoding ?? path)
        guard let mode = SSLMode(rawValue: query["sslmode"] ?? "prefer") else {
            throw Invalid(description: "sslmode must be disable, allow, prefer, require, verify-ca or verify-full")
        }
        sslMode = mode
    }

    /// The URL from `--database`, else from `NEWSML_DATABASE_URL`.
    public static func resolve(_ option: String?) throws -> DatabaseURL {
        guard let text = option ?? ProcessInfo.processInfo.environment["NEWSML_DATABASE_URL"], !text.isEmpty else {
            throw Invalid(description: "no database: give --database postgres://… or set NEWSML_DATABASE_URL")
        }
        return try DatabaseURL(text)
    }

    public var description: String {
        "postgres://\(user)@\(unixSocketFolder ?? host):\(port)/\(database)"
    }

    func configuration() throws -> PostgresConnection.Configuration {
        if let folder = unixSocketFolder {
            return PostgresConnection.Configuration(
                unixSocketPath: folder + "/.s.PGSQL.\(port)", username: user, password: password, database: database)
        }
        let tls: PostgresConnection.Configuration.TLS
        switch sslMode {
        case .disable, .allow:
            tls = .disable
        case .prefer:
            var settings = TLSConfiguration.makeClientConfiguration()
            settings.certificateVerification = .none
            tls = .prefer(try NIOSSLContext(configuration: settings))
        case .require:
            var settings = TLSConfiguration.makeClientConfiguration()
            settings.certificateVerification = .none
            tls = .require(try NIOSSLContext(configuration: settings))
        case .verifyCA, .verifyFull:
            tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
        return PostgresConnection.Configuration(host: host, port: port, username: user, password: password, database: database, tls: tls)
    }
}
