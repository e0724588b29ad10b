import Foundation
import NewsModel

/// A linear model over block features that reads an article's blocks left to right, each decision seeing
/// the roles before it. Its weights are fitted by `newsml-train` on the gold readings and ship as a resource.
package struct LineRoleModel: Sendable {
    package static let roleCount = LineRole.allCases.count
    /// The file's first line names the roles in weight order, so a file of other roles is refused.
    package static let header = "newsmlkit-line-roles 1 roles " + LineRole.allCases.map(\.name).joined(separator: " ")

    package let weights: LinearModel

    package init(weights: LinearModel) { self.weights = weights }

    package var featureCount: Int { weights.featureCount }

    /// The roles of an article's blocks.
    package func roles(of shapes: [BlockShape]) -> [LineRole] {
        // How much a block prefers being the headline over the role it got: for the constraint below.
        var headlineMargins: [Float] = []
        headlineMargins.reserveCapacity(shapes.count)
        var roles = Self.decode(
            shapes, score: { weights.scores($0, into: &$1) },
            decided: { _, _, scores, role in
                headlineMargins.append(scores[LineRole.headline.rawValue] - scores[role.rawValue])
            })
        // Every article has a headline: when no block got it, the one before the text that comes closest.
        if !roles.contains(.headline) {
            let end = roles.firstIndex(of: .body) ?? min(roles.count, 5)
            let candidates = (0..<end).filter { shapes[$0].words <= 30 && roles[$0] != .byline }
            if let best = candidates.max(by: { headlineMargins[$0] < headlineMargins[$1] }) { roles[best] = .headline }
        }
        return roles
    }

    /// Left to right: each block's features include the roles decided before it; `decided` sees every decision
    /// with its features and scores (the trainer learns from them, the reader keeps margins).
    static func decode(
        _ shapes: [BlockShape], score: (_ features: [UInt64], _ scores: inout [Float]) -> Void,
        decided: (_ index: Int, _ features: [UInt64], _ scores: [Float], _ role: LineRole) -> Void
    ) -> [LineRole] {
        let features = LineFeatures(shapes: shapes)
        var history = LineFeatures.History()
        var buffer: [UInt64] = []
        buffer.reserveCapacity(128)
        var scores = [Float](repeating: 0, count: roleCount)
        var roles: [LineRole] = []
        roles.reserveCapacity(shapes.count)
        for index in shapes.indices {
            features.features(of: index, history: history, into: &buffer)
            score(buffer, &scores)
            let role = LineRole(rawValue: LinearModel.best(scores))!
            decided(index, buffer, scores, role)
            roles.append(role)
            history.append(role)
        }
        return roles
    }

    // MARK: Storage

    /// One line per feature (its hash in hex, one weight per role) in hash order: the same weights, the same file.
    package func serialized() -> String { weights.serialized(header: Self.header) }

    package init?(serialized text: String) {
        guard let weights = LinearModel(serialized: text, header: Self.header, classCount: Self.roleCount) else { return nil }
        self.weights = weights
    }

    /// The weights fitted on the gold corpus, shipped with the library: their prepared form, else their text
    /// form; nil only if the resources are missing.
    package static let shipped: LineRoleModel? = {
        guard
            let folder = ResourceLocator.folder(
                bundle: "NewsMLKit_PlainText", folder: "Resources",
                sourceFolder: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent())
        else { return nil }
        if let data = try? Data(contentsOf: folder.appendingPathComponent(preparedFileName), options: .alwaysMapped),
            let weights = LinearModel(prepared: data, header: header, classCount: roleCount)
        {
            return LineRoleModel(weights: weights)
        }
        guard let text = try? String(contentsOf: folder.appendingPathComponent(textFileName), encoding: .utf8) else { return nil }
        return LineRoleModel(serialized: text)
    }()

    /// The prepared form of weights written as `text` (`newsml-train` writes it beside the text form).
    package static func prepared(fromText text: String) -> [UInt8]? {
        LineRoleModel(serialized: text).map { $0.weights.prepared(header: header) }
    }

    package static let textFileName = "line-roles.model"
    package static let preparedFileName = "line-roles.weights"
}
