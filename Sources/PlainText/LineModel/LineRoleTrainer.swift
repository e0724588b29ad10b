import NewsModel

/// Fits a `LineRoleModel` with the averaged perceptron (Collins 2002): deterministic for the same articles
/// in the same order. Decisions are made left to right on the model's own earlier decisions, as at run
/// time, so that the weights learn to recover from their own mistakes.
package enum LineRoleTrainer {
    /// One article: its block shapes and, where the gold reading is certain, each block's role.
    package struct Example: Sendable {
        package var shapes: [BlockShape]
        package var roles: [LineRole?]
        package init(shapes: [BlockShape], roles: [LineRole?]) {
            self.shapes = shapes
            self.roles = roles
        }
    }

    package static let defaultEpochs = 12
    /// Perceptrons fitted in different example orders whose mean is the model (see `LinearModel.mean`).
    package static let defaultEnsemble = 5

    package static func fit(_ examples: [Example], epochs: Int = defaultEpochs, ensemble: Int = defaultEnsemble) -> LineRoleModel {
        let models = (0..<max(1, ensemble)).map { member in
            fitOne(examples, epochs: epochs, seed: 0x5EED &+ UInt64(member)).weights
        }
        return models.count == 1 ? LineRoleModel(weights: models[0]) : LineRoleModel(weights: LinearModel.mean(models))
    }

    private static func fitOne(_ examples: [Example], epochs: Int, seed: UInt64) -> LineRoleModel {
        var weights = AveragedWeights(classCount: LineRoleModel.roleCount)
        AveragedWeights.epochs(epochs, over: examples.count, seed: seed) { index in
            let example = examples[index]
            _ = LineRoleModel.decode(example.shapes, score: { weights.scores($0, into: &$1) }) { block, features, _, predicted in
                if let gold = example.roles[block], gold != predicted {
                    weights.correct(features, towards: gold.rawValue, awayFrom: predicted.rawValue)
                }
                weights.advance()
            }
        }
        return LineRoleModel(weights: weights.averaged())
    }
}
