import Foundation

/// Multinomial logistic regression with an L2 penalty, fitted by full-batch AdaGrad: the same weights for the
/// same examples in any order, on every machine (sums in one canonical example order, no random numbers). The
/// penalty keeps the weights of features seen once or twice (a training article's own names) small. 1,000 rounds
/// reach the optimum (3,000 decide every held-out name as 1,000 do); 300, which stopped short of it, let a change
/// to a few candidates flip some twenty unrelated decisions through the path the fit took.
public enum SoftmaxRegression {
    public static func fit(
        _ examples: [(features: [UInt64], label: Int)], classCount: Int, iterations: Int = 1_000, penalty: Double = 0.002,
        rate: Double = 0.5
    ) -> LinearModel {
        guard !examples.isEmpty, classCount > 1 else { return LinearModel(classCount: classCount) }
        // Rows in hash order, so the model does not depend on the examples' order.
        let features = Set(examples.flatMap(\.features)).sorted()
        var rowOf: [UInt64: Int] = [:]
        rowOf.reserveCapacity(features.count)
        for (row, feature) in features.enumerated() { rowOf[feature] = row }
        // Each example as (row, count) pairs — a feature said twice (two mentions in the same context) counts twice —
        // in one canonical order (by label, then features): floating-point sums depend on their order, and the
        // weights must not depend on the order the examples came in.
        let encoded: [(label: Int, pairs: [(row: Int, count: Double)])] = examples.map { example in
            var counts: [Int: Double] = [:]
            for feature in example.features { counts[rowOf[feature]!, default: 0] += 1 }
            return (example.label, counts.sorted { $0.key < $1.key }.map { (row: $0.key, count: $0.value) })
        }.sorted { first, second in
            if first.label != second.label { return first.label < second.label }
            for (a, b) in zip(first.pairs, second.pairs) where a.row != b.row || a.count != b.count {
                return a.row != b.row ? a.row < b.row : a.count < b.count
            }
            return first.pairs.count < second.pairs.count
        }
        let width = features.count * classCount
        var weights = [Double](repeating: 0, count: width)
        var squares = [Double](repeating: 0, count: width)
        var gradient = [Double](repeating: 0, count: width)
        var scores = [Double](repeating: 0, count: classCount)
        let scale = 1 / Double(examples.count)
        for _ in 0..<iterations {
            for index in 0..<width { gradient[index] = penalty * weights[index] }
            for (truth, pairs) in encoded {
                for label in 0..<classCount { scores[label] = 0 }
                for pair in pairs {
                    let base = pair.row * classCount
                    for label in 0..<classCount { scores[label] += weights[base + label] * pair.count }
                }
                let top = scores.max()!
                var total = 0.0
                for label in 0..<classCount {
                    scores[label] = exp(scores[label] - top)
                    total += scores[label]
                }
                for label in 0..<classCount {
                    let error = (scores[label] / total - (label == truth ? 1 : 0)) * scale
                    guard error != 0 else { continue }
                    for pair in pairs { gradient[pair.row * classCount + label] += error * pair.count }
                }
            }
            for index in 0..<width where gradient[index] != 0 {
                squares[index] += gradient[index] * gradient[index]
                weights[index] -= rate * gradient[index] / (squares[index].squareRoot() + 1e-8)
            }
        }
        var rows: [UInt64: Int32] = [:]
        var kept: [Float] = []
        for (row, feature) in features.enumerated() {
            let values = (0..<classCount).map { Float(weights[row * classCount + $0]) }
            guard values.contains(where: { abs($0) >= 0.0005 }) else { continue }
            rows[feature] = Int32(rows.count)
            kept += values
        }
        return LinearModel(classCount: classCount, rows: rows, weights: kept)
    }
}
