import PostgresNIO

/// What went wrong talking to PostgreSQL, in words a person can act on. postgres-nio's own descriptions are
/// deliberately generic (they must not leak queries), so the server's message or the connection's error is
/// taken out of it here.
public enum QueueFailure {
    public static func describe(_ error: any Error) -> String {
        if let transaction = error as? PostgresTransactionError {
            if let inner = transaction.closureError ?? transaction.beginError ?? transaction.commitError { return describe(inner) }
        }
        guard let psql = error as? PSQLError else { return "\(error)" }
        if let info = psql.serverInfo, let message = info[.message] {
            let state = info[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            let detail = info[.detail].map { ": \($0)" } ?? ""
            return "PostgreSQL: \(message)\(detail)\(state)"
        }
        if let underlying = psql.underlying { return "cannot reach PostgreSQL: \(underlying)" }
        return "PostgreSQL connection: \(psql.code)"
    }
}
