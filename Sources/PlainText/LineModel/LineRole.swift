/// What one block of a plain-text article is, as an editor reads it. The line-role model decides it.
package enum LineRole: Int, CaseIterable, Sendable, Hashable {
    /// Page furniture, labels, date lines, kickers, standfirsts: kept as a note, not story text.
    case other = 0
    case headline
    case byline
    /// A picture caption (it may end with its credit).
    case caption
    /// A picture credit on a line of its own.
    case credit
    /// A teaser pointing to another story ("Read also: …", a related-links list).
    case teaser
    case subheading
    case body
    /// An end-of-story credit or source line: "(Reporting by …)", "Reuter".
    case trailer

    /// Written out: `String(describing:)` reflects on the value, a millisecond at every process start.
    package var name: String {
        switch self {
        case .other: "other"
        case .headline: "headline"
        case .byline: "byline"
        case .caption: "caption"
        case .credit: "credit"
        case .teaser: "teaser"
        case .subheading: "subheading"
        case .body: "body"
        case .trailer: "trailer"
        }
    }

    package init?(name: String) {
        guard let role = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = role
    }
}
