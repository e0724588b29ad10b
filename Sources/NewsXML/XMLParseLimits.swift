/// Limits that keep hostile or runaway documents from exhausting a server.
public struct XMLParseLimits: Sendable, Hashable {
    /// Largest document accepted, in bytes.
    public var maximumDocumentBytes: Int
    /// Deepest element nesting accepted (libxml2 itself stops at 256 without its "huge" option, which we never set).
    public var maximumDepth: Int
    /// Largest single text node, in bytes.
    public var maximumTextBytes: Int

    public init(maximumDocumentBytes: Int = 64 << 20, maximumDepth: Int = 256, maximumTextBytes: Int = 10_000_000) {
        self.maximumDocumentBytes = maximumDocumentBytes
        self.maximumDepth = maximumDepth
        self.maximumTextBytes = maximumTextBytes
    }

    public static let `default` = XMLParseLimits()
}
