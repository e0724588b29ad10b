import NewsModel

/// Fits a `LineRoleModel` with the averaged perceptron (Collins 2002): deterministic for the same articles
/// in the same order. Decisions are made left to right on the model's own earlier decisions, as at run
/// time, so that the weights learn to recover from their own mistakes.
package struct LineRoleTrainer {
    /// One article: its block shapes and, where the gold reading is certain, each block's role.
    package struct Example: Sendable {
        package var shapes: [BlockShape]
        package var roles: [LineRole?]
        package init(shapes: [BlockShape], roles: [LineRole?]) {
            self.shapes = shapes
            self.roles = roles
        }
    }

    private var rows: [UInt64: Int32] = [:]
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int] = []
    private var step = 1

    package init() {}

    package static let defaultEpochs = 12

    package static func fit(_ examples: [Example], epochs: Int = defaultEpochs) -> LineRoleModel {
        var trainer = LineRoleTrainer()
        var order = Array(examples.indices)
        var random = SplitMix64(seed: 0x5EED)
        for _ in 0..<epochs {
            order.shuffle(using: &random)
            for index in order { trainer.learn(examples[index]) }
        }
        return trainer.averaged()
    }

    private mutating func learn(_ example: Example) {
        let features = LineFeatures(shapes: example.shapes)
        var history = LineFeatures.History()
        var buffer: [UInt64] = []
        var scores = [Float](repeating: 0, count: LineRoleModel.roleCount)
        for index in example.shapes.indices {
            features.features(of: index, history: history, into: &buffer)
            LineRoleModel.score(buffer, rows: rows, weights: weights, into: &scores)
            let predicted = LineRole(rawValue: LineRoleModel.best(scores))!
            if let gold = example.roles[index], gold != predicted {
                for feature in buffer {
                    update(feature, role: gold.rawValue, by: 1)
                    update(feature, role: predicted.rawValue, by: -1)
                }
            }
            step += 1
            history.append(predicted)
        }
    }

    private mutating func update(_ feature: UInt64, role: Int, by delta: Float) {
        let row: Int
        if let existing = rows[feature] {
            row = Int(existing)
        } else {
            row = rows.count
            rows[feature] = Int32(row)
            weights += [Float](repeating: 0, count: LineRoleModel.roleCount)
            totals += [Double](repeating: 0, count: LineRoleModel.roleCount)
            stamps += [Int](repeating: step, count: LineRoleModel.roleCount)
        }
        let slot = row * LineRoleModel.roleCount + role
        totals[slot] += Double(step - stamps[slot]) * Double(weights[slot])
        stamps[slot] = step
        weights[slot] += delta
    }

    private func averaged() -> LineRoleModel {
        var average = [Float](repeating: 0, count: weights.count)
        for slot in weights.indices {
            let total = totals[slot] + Double(step - stamps[slot]) * Double(weights[slot])
            average[slot] = Float(total / Double(step))
        }
        // Rows whose weights all average to (nearly) nothing are left out of the shipped file.
        var keptRows: [UInt64: Int32] = [:]
        var kept: [Float] = []
        for (feature, row) in rows.sorted(by: { $0.key < $1.key }) {
            let values = average[Int(row) * LineRoleModel.roleCount..<(Int(row) + 1) * LineRoleModel.roleCount]
            guard values.contains(where: { abs($0) >= 0.0005 }) else { continue }
            keptRows[feature] = Int32(keptRows.count)
            kept += values
        }
        return LineRoleModel(rows: keptRows, weights: kept)
    }
}

