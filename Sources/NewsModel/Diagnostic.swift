/// One finding about an input or an output: a stable identifier a script can match on, a severity,
/// a message a person can act on, and where it was found.
public struct Diagnostic: Sendable, Hashable, Codable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Stable, dotted identifier such as `xml.syntax` or `plaintext.encoding.latin1`.
    public var id: String
    public var severity: Severity
    public var message: String
    public var location: SourceLocation

    public init(id: String, severity: Severity, message: String, location: SourceLocation = SourceLocation()) {
        self.id = id
        self.severity = severity
        self.message = message
        self.location = location
    }

    public static func error(_ id: String, _ message: String, at location: SourceLocation = SourceLocation()) -> Diagnostic {
        Diagnostic(id: id, severity: .error, message: message, location: location)
    }

    public static func warning(_ id: String, _ message: String, at location: SourceLocation = SourceLocation()) -> Diagnostic {
        Diagnostic(id: id, severity: .warning, message: message, location: location)
    }

    public static func note(_ id: String, _ message: String, at location: SourceLocation = SourceLocation()) -> Diagnostic {
        Diagnostic(id: id, severity: .note, message: message, location: location)
    }

    /// The text form the command line prints: `file:line:col: severity: [id] message`.
    public var description: String {
        "\(location): \(severity.rawValue): [\(id)] \(message)"
    }

    /// The same diagnostic attributed to another file (readers often do not know the file name).
    public func located(inFile file: String) -> Diagnostic {
        var copy = self
        if copy.location.file == nil || copy.location.file?.isEmpty == true { copy.location.file = file }
        return copy
    }
}

/// Where a diagnostic points: file, 1-based line and column; any part may be unknown.
/// For JSON documents `pointer` carries the JSON pointer of the offending value.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var pointer: String?

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, pointer: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.pointer = pointer
    }

    public var description: String {
        var text = file ?? "<input>"
        text += ":\(line ?? 0):\(column ?? 0)"
        if let pointer { text += " (\(pointer.isEmpty ? "/" : pointer))" }
        return text
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }

    public func located(inFile file: String) -> [Diagnostic] { map { $0.located(inFile: file) } }
}
