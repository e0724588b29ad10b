import Foundation

/// A linear model over hashed sparse features with one weight per class: the learned decisions of the
/// readers (line roles) and enrichers (entity acceptance) are of this kind. Fitted by `SparsePerceptron`.
public struct LinearModel: Sendable {
    public let classCount: Int
    var rows: [UInt64: Int32]
    var weights: [Float]

    public init(classCount: Int, rows: [UInt64: Int32] = [:], weights: [Float] = []) {
        self.classCount = classCount
        self.rows = rows
        self.weights = weights
    }

    public var featureCount: Int { rows.count }

    public func scores(_ features: [UInt64]) -> [Float] {
        var scores = [Float](repeating: 0, count: classCount)
        for feature in features {
            guard let row = rows[feature] else { continue }
            let base = Int(row) * classCount
            for label in 0..<classCount { scores[label] += weights[base + label] }
        }
        return scores
    }

    public func best(_ features: [UInt64]) -> Int {
        let scores = scores(features)
        var best = 0
        for label in 1..<classCount where scores[label] > scores[best] { best = label }
        return best
    }

    /// A header line, then one line per feature (hex hash, one weight per class) in hash order: the same
    /// weights give the same file.
    public func serialized(header: String) -> String {
        var lines = [header]
        for (feature, row) in rows.sorted(by: { $0.key < $1.key }) {
            let base = Int(row) * classCount
            let values = (0..<classCount).map { weights[base + $0] == 0 ? "0" : String(format: "%.4g", Double(weights[base + $0])) }
            lines.append(String(feature, radix: 16) + " " + values.joined(separator: " "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public init?(serialized text: String, header: String, classCount: Int) {
        var lines = text.split(separator: "\n")[...]
        guard lines.popFirst().map(String.init) == header else { return nil }
        self.init(classCount: classCount)
        rows.reserveCapacity(lines.count)
        for line in lines {
            let fields = line.split(separator: " ")
            guard fields.count == classCount + 1, let feature = UInt64(fields[0], radix: 16) else { return nil }
            rows[feature] = Int32(rows.count)
            for field in fields.dropFirst() {
                guard let value = Float(field) else { return nil }
                weights.append(value)
            }
        }
    }
}

/// The multiclass averaged perceptron (Collins 2002) for independent examples: deterministic for the same
/// examples in the same order (a fixed-seed shuffle per epoch).
public enum SparsePerceptron {
    public static func fit(_ examples: [(features: [UInt64], label: Int)], classCount: Int, epochs: Int = 10) -> LinearModel {
        var rows: [UInt64: Int32] = [:]
        var weights: [Float] = []
        var totals: [Double] = []
        var stamps: [Int] = []
        var step = 1
        func update(_ feature: UInt64, _ label: Int, _ delta: Float) {
            let row: Int
            if let existing = rows[feature] {
                row = Int(existing)
            } else {
                row = rows.count
                rows[feature] = Int32(row)
                weights += [Float](repeating: 0, count: classCount)
                totals += [Double](repeating: 0, count: classCount)
                stamps += [Int](repeating: step, count: classCount)
            }
            let slot = row * classCount + label
            totals[slot] += Double(step - stamps[slot]) * Double(weights[slot])
            stamps[slot] = step
            weights[slot] += delta
        }
        var order = Array(examples.indices)
        var random = SplitMix64(seed: 0x5EED)
        for _ in 0..<epochs {
            order.shuffle(using: &random)
            for index in order {
                let example = examples[index]
                let predicted = LinearModel(classCount: classCount, rows: rows, weights: weights).best(example.features)
                if predicted != example.label {
                    for feature in example.features {
                        update(feature, example.label, 1)
                        update(feature, predicted, -1)
                    }
                }
                step += 1
            }
        }
        var keptRows: [UInt64: Int32] = [:]
        var kept: [Float] = []
        for (feature, row) in rows.sorted(by: { $0.key < $1.key }) {
            let values = (0..<classCount).map { label -> Float in
                let slot = Int(row) * classCount + label
                return Float((totals[slot] + Double(step - stamps[slot]) * Double(weights[slot])) / Double(step))
            }
            guard values.contains(where: { abs($0) >= 0.0005 }) else { continue }
            keptRows[feature] = Int32(keptRows.count)
            kept += values
        }
        return LinearModel(classCount: classCount, rows: keptRows, weights: kept)
    }
}

/// SplitMix64: the same sequence on every machine, unlike the system generator.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// FNV-1a over a feature's template and values: features are 64-bit numbers, never strings.
public struct FeatureHash {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init(_ template: UInt8) { mix(template) }

    public mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x100_0000_01b3
    }

    public mutating func mix(_ number: Int) {
        var remaining = UInt64(bitPattern: Int64(number))
        for _ in 0..<4 {
            mix(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
    }

    public static func of(_ template: UInt8, _ values: Int...) -> UInt64 {
        var hash = FeatureHash(template)
        for value in values { hash.mix(value) }
        return hash.value
    }

    public static func word(_ word: Substring) -> UInt64 {
        var hash = FeatureHash(0)
        for scalar in word.lowercased().unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            var value = scalar.value
            while value > 0 { hash.mix(UInt8(truncatingIfNeeded: value)); value >>= 8 }
        }
        return hash.value
    }
}
