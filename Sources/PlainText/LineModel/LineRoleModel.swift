import Foundation

/// A linear model over block features that reads an article's blocks left to right, each decision seeing
/// the roles before it. Its weights are fitted by `newsml-train` on the gold readings and ship as a resource.
package struct LineRoleModel: Sendable {
    static let roleCount = LineRole.allCases.count
    static let header = "newsmlkit-line-roles 1"

    /// Feature → row of `weights` (one weight per role).
    var rows: [UInt64: Int32]
    var weights: [Float]

    package init(rows: [UInt64: Int32], weights: [Float]) {
        self.rows = rows
        self.weights = weights
    }

    package var featureCount: Int { rows.count }

    /// The roles of an article's blocks.
    package func roles(of shapes: [BlockShape]) -> [LineRole] {
        let features = LineFeatures(shapes: shapes)
        var history = LineFeatures.History()
        var buffer: [UInt64] = []
        buffer.reserveCapacity(128)
        var roles: [LineRole] = []
        roles.reserveCapacity(shapes.count)
        var scores = [Float](repeating: 0, count: Self.roleCount)
        // How much a block prefers being the headline over the role it got: for the constraint below.
        var headlineMargins: [Float] = []
        for index in shapes.indices {
            features.features(of: index, history: history, into: &buffer)
            score(buffer, into: &scores)
            let role = LineRole(rawValue: Self.best(scores))!
            roles.append(role)
            headlineMargins.append(scores[LineRole.headline.rawValue] - scores[role.rawValue])
            history.append(role)
        }
        // Every article has a headline: when no block got it, the one before the text that comes closest.
        if !roles.contains(.headline) {
            let end = roles.firstIndex(of: .body) ?? min(roles.count, 5)
            let candidates = (0..<end).filter { shapes[$0].words <= 30 && roles[$0] != .byline }
            if let best = candidates.max(by: { headlineMargins[$0] < headlineMargins[$1] }) { roles[best] = .headline }
        }
        return roles
    }

    func score(_ features: [UInt64], into scores: inout [Float]) {
        Self.score(features, rows: rows, weights: weights, into: &scores)
    }

    static func score(_ features: [UInt64], rows: [UInt64: Int32], weights: [Float], into scores: inout [Float]) {
        for role in 0..<Self.roleCount { scores[role] = 0 }
        for feature in features {
            guard let row = rows[feature] else { continue }
            let base = Int(row) * Self.roleCount
            for role in 0..<Self.roleCount { scores[role] += weights[base + role] }
        }
    }

    static func best(_ scores: [Float]) -> Int {
        var best = 0
        for role in 1..<scores.count where scores[role] > scores[best] { best = role }
        return best
    }

    // MARK: Storage

    /// One line per feature: its hash in hex and one weight per role, rows in hash order (so the file is
    /// the same for the same weights).
    package func serialized() -> String {
        var lines = [Self.header, "roles " + LineRole.allCases.map(\.name).joined(separator: " ")]
        for (feature, row) in rows.sorted(by: { $0.key < $1.key }) {
            let base = Int(row) * Self.roleCount
            let values = (0..<Self.roleCount).map { Self.format(weights[base + $0]) }
            lines.append(String(feature, radix: 16) + " " + values.joined(separator: " "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func format(_ value: Float) -> String {
        if value == 0 { return "0" }
        return String(format: "%.4g", Double(value))
    }

    package init?(serialized text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.popFirst() == Substring(Self.header),
              let roles = lines.popFirst(), roles == Substring("roles " + LineRole.allCases.map(\.name).joined(separator: " "))
        else { return nil }
        var rows: [UInt64: Int32] = [:]
        rows.reserveCapacity(lines.count)
        var weights: [Float] = []
        weights.reserveCapacity(lines.count * Self.roleCount)
        for line in lines {
            let fields = line.split(separator: " ")
            guard fields.count == Self.roleCount + 1, let feature = UInt64(fields[0], radix: 16) else { return nil }
            rows[feature] = Int32(rows.count)
            for field in fields.dropFirst() {
                guard let value = Float(field) else { return nil }
                weights.append(value)
            }
        }
        self.init(rows: rows, weights: weights)
    }

    /// The weights fitted on the gold corpus, shipped with the library; nil only if the resource is missing.
    package static let shipped: LineRoleModel? = {
        guard let url = ResourceLocator.file("line-roles.model", module: "PlainText"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return nil }
        return LineRoleModel(serialized: text)
    }()
}
