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
        // The whole sequence, not block by block: a headline read as a kicker is corrected by what follows it.
        var roles = Self.beamDecode(shapes, width: Self.beamWidth, temperature: Self.temperature, weights: weights)
        // Every article has a headline: when no block got it, the one before the text that comes closest (how much
        // each block prefers being the headline over the role it got, computed only then).
        if !roles.contains(.headline) {
            let headlineMargins = Self.margins(shapes, roles: roles, weights: weights)
            let end = roles.firstIndex(of: .body) ?? min(roles.count, 5)
            let candidates = (0..<end).filter { shapes[$0].words <= 30 && roles[$0] != .byline }
            if let best = candidates.max(by: { headlineMargins[$0] < headlineMargins[$1] }) { roles[best] = .headline }
        }
        return roles
    }

    /// Histories the beam keeps, and the temperature that turns the perceptron's scores (tens apart) into
    /// probabilities soft enough for a later block to outweigh an earlier one. Held out (leave one family out),
    /// width 4 at temperature 10 gave 291/334 structure checks against 289 for left-to-right decisions; width 8
    /// the same as 4.
    static let beamWidth = 4
    static let temperature: Float = 10

    /// How much each block prefers being the headline over the role it got.
    static func margins(_ shapes: [BlockShape], roles: [LineRole], weights: LinearModel) -> [Float] {
        let features = LineFeatures(shapes: shapes)
        var history = LineFeatures.History()
        var buffer: [UInt64] = []
        var scores = [Float](repeating: 0, count: roleCount)
        var margins: [Float] = []
        for index in shapes.indices {
            features.features(of: index, history: history, into: &buffer)
            weights.scores(buffer, into: &scores)
            margins.append(scores[LineRole.headline.rawValue] - scores[roles[index].rawValue])
            history.append(roles[index])
        }
        return margins
    }

    /// The role sequence with the best sum of per-block log-probabilities (softmax of the scores) that a beam of
    /// `width` histories finds. The features of a block depend on the roles before it, so each history is scored
    /// on its own.
    package static func beamDecode(_ shapes: [BlockShape], width: Int, temperature: Float, weights: LinearModel) -> [LineRole] {
        // A path is its history and a pointer to the step that made it: no copy of the roles so far per candidate.
        struct Path {
            var history: LineFeatures.History
            var score: Float
            var step: Int32
        }
        struct Step {
            var role: LineRole
            var parent: Int32
        }
        let roleCount = Self.roleCount
        let features = LineFeatures(shapes: shapes)
        var steps: [Step] = []
        steps.reserveCapacity(shapes.count * width)
        var paths = [Path(history: LineFeatures.History(), score: 0, step: -1)]
        var next: [(path: Int, role: Int, score: Float)] = []
        var best: [(path: Int, role: Int, score: Float)] = []
        var shapeBuffer: [UInt64] = []
        var historyBuffer: [UInt64] = []
        var base = [Float](repeating: 0, count: roleCount)
        var extra = [Float](repeating: 0, count: roleCount)
        var logProbabilities = [Float](repeating: 0, count: roleCount)
        var seenHistories: [Int] = []
        var seenProbabilities = [Float](repeating: 0, count: roleCount * max(width, 1))
        for index in shapes.indices {
            shapeBuffer.removeAll(keepingCapacity: true)
            features.shapeFeatures(of: index, into: &shapeBuffer)
            weights.scores(shapeBuffer, into: &base)
            next.removeAll(keepingCapacity: true)
            // Paths whose histories read the same (the same last roles, headline seen, bodies counted as the features
            // count them) get the same probabilities: computed once per block for each such history.
            seenHistories.removeAll(keepingCapacity: true)
            for (number, path) in paths.enumerated() {
                let key = LineFeatures.historyKey(path.history)
                if let seen = seenHistories.firstIndex(of: key) {
                    let offset = seen * roleCount
                    for role in 0..<roleCount { next.append((number, role, path.score + seenProbabilities[offset + role])) }
                    continue
                }
                historyBuffer.removeAll(keepingCapacity: true)
                features.historyFeatures(of: index, history: path.history, into: &historyBuffer)
                weights.scores(historyBuffer, into: &extra)
                var top = -Float.infinity
                for role in 0..<roleCount {
                    extra[role] += base[role]
                    top = max(top, extra[role])
                }
                var sum: Float = 0
                for role in 0..<roleCount { sum += exp((extra[role] - top) / temperature) }
                let logSum = log(sum)
                for role in 0..<roleCount { logProbabilities[role] = (extra[role] - top) / temperature - logSum }
                for role in 0..<roleCount { next.append((number, role, path.score + logProbabilities[role])) }
                let offset = seenHistories.count * roleCount
                seenHistories.append(key)
                for role in 0..<roleCount { seenProbabilities[offset + role] = logProbabilities[role] }
            }
            // The best `width` extensions, ties to the earlier path and role (deterministic).
            // Selected, not sorted: `width` of some forty extensions are kept, in the order a sort would give.
            func precedes(_ a: (path: Int, role: Int, score: Float), _ b: (path: Int, role: Int, score: Float)) -> Bool {
                a.score != b.score ? a.score > b.score : (a.path, a.role) < (b.path, b.role)
            }
            best.removeAll(keepingCapacity: true)
            for candidate in next {
                if best.count == width, let last = best.last, !precedes(candidate, last) { continue }
                var position = best.count
                while position > 0, precedes(candidate, best[position - 1]) { position -= 1 }
                best.insert(candidate, at: position)
                if best.count > width { best.removeLast() }
            }
            var kept: [Path] = []
            kept.reserveCapacity(width)
            for candidate in best {
                let role = LineRole(rawValue: candidate.role)!
                var history = paths[candidate.path].history
                history.append(role)
                steps.append(Step(role: role, parent: paths[candidate.path].step))
                kept.append(Path(history: history, score: candidate.score, step: Int32(steps.count - 1)))
            }
            paths = kept
        }
        var roles: [LineRole] = []
        roles.reserveCapacity(shapes.count)
        var step = paths.first?.step ?? -1
        while step >= 0 {
            roles.append(steps[Int(step)].role)
            step = steps[Int(step)].parent
        }
        return roles.reversed()
    }

    /// Left to right: each block's features include the roles decided before it; `decided` sees every decision
    /// with its features and scores (the trainer learns from them, the reader keeps margins).
    package static func decode(
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
