/// Scheme aliases and the URIs they stand for, as NewsML-G2 catalogs declare them: turns a qcode
/// (`medtop:20000002`) into a URI and back. Knows no format; readers fill it from catalogs.
public struct SchemeCatalog: Sendable, Hashable {
    public private(set) var schemes: [String: String]

    public init(schemes: [String: String] = [:]) {
        self.schemes = schemes
    }

    public func contains(alias: String) -> Bool { schemes[alias] != nil }

    /// Later catalogs win: a provider's own catalog may redefine an alias.
    public func merging(_ other: SchemeCatalog) -> SchemeCatalog {
        SchemeCatalog(schemes: schemes.merging(other.schemes) { _, new in new })
    }

    /// The URI a qcode stands for, or nil when its scheme is unknown.
    public func uri(forQcode qcode: String) -> String? {
        guard let colon = qcode.firstIndex(of: ":") else { return nil }
        let alias = String(qcode[..<colon])
        guard let base = schemes[alias] else { return nil }
        let code = qcode[qcode.index(after: colon)...]
        guard !code.isEmpty else { return nil }
        return base + code
    }

    /// The qcode for a URI under a known scheme (the longest matching scheme URI), or nil.
    public func qcode(forURI uri: String) -> String? {
        var best: (alias: String, base: String)? = nil
        for (alias, base) in schemes where uri.hasPrefix(base) && uri.count > base.count {
            if best == nil || base.count > best!.base.count || (base.count == best!.base.count && alias < best!.alias) {
                best = (alias, base)
            }
        }
        guard let best else { return nil }
        let code = uri.dropFirst(best.base.count)
        // A qcode's code part may not hold whitespace; such URIs stay URIs.
        guard !code.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) else { return nil }
        return "\(best.alias):\(code)"
    }
}
