import Foundation

/// A linear model over hashed sparse features with one weight per class: the learned decisions of the
/// readers (line roles) and enrichers (entity acceptance) are of this kind. Fitted by averaged perceptrons
/// (`AveragedWeights`, the line roles) or by `SoftmaxRegression` (entity acceptance).
public struct LinearModel: Sendable {
    public let classCount: Int
    let rows: [UInt64: Int32]
    let weights: [Float]
    /// `rows` as an open-addressing table on the features' own hash bits: the reader looks up every feature of
    /// every block and entity, and the dictionary's SipHash of each key cost more than the lookups.
    private let table: FeatureRows

    public init(classCount: Int, rows: [UInt64: Int32] = [:], weights: [Float] = []) {
        self.classCount = classCount
        self.rows = rows
        self.weights = weights
        self.table = FeatureRows(rows)
    }

    public var featureCount: Int { rows.count }

    /// The mean of models fitted on the same data in different orders: a perceptron's weights depend on the order
    /// it saw the examples in, and their mean depends on it far less (features in hash order: deterministic).
    public static func mean(_ models: [LinearModel]) -> LinearModel {
        guard let first = models.first else { return LinearModel(classCount: 0) }
        let classCount = first.classCount
        let features = Set(models.flatMap { $0.rows.keys }).sorted()
        var rows: [UInt64: Int32] = [:]
        var weights: [Float] = []
        for feature in features {
            var values = [Float](repeating: 0, count: classCount)
            for model in models {
                guard let row = model.rows[feature] else { continue }
                for label in 0..<classCount { values[label] += model.weights[Int(row) * classCount + label] }
            }
            let mean = values.map { $0 / Float(models.count) }
            guard mean.contains(where: { abs($0) >= 0.0005 }) else { continue }
            rows[feature] = Int32(rows.count)
            weights += mean
        }
        return LinearModel(classCount: classCount, rows: rows, weights: weights)
    }

    /// The score of every class, written into `scores` (which must hold `classCount` values): no allocation
    /// per decision on the reader's hot path.
    public func scores(_ features: [UInt64], into scores: inout [Float]) {
        let classCount = scores.count
        for label in 0..<classCount { scores[label] = 0 }
        weights.withUnsafeBufferPointer { weights in
            for feature in features {
                guard let row = table.row(of: feature) else { continue }
                let base = Int(row) * classCount
                for label in 0..<classCount { scores[label] += weights[base + label] }
            }
        }
    }

    /// The weights of the features' rows added up per class (features without a row count nothing).
    static func sum(_ features: [UInt64], rows: [UInt64: Int32], weights: [Float], into scores: inout [Float]) {
        let classCount = scores.count
        for label in 0..<classCount { scores[label] = 0 }
        for feature in features {
            guard let row = rows[feature] else { continue }
            let base = Int(row) * classCount
            for label in 0..<classCount { scores[label] += weights[base + label] }
        }
    }

    public func best(_ features: [UInt64]) -> Int {
        var scores = [Float](repeating: 0, count: classCount)
        self.scores(features, into: &scores)
        return Self.best(scores)
    }

    /// The index of the highest score (the first on a tie).
    public static func best(_ scores: [Float]) -> Int {
        var best = 0
        for label in 1..<scores.count where scores[label] > scores[best] { best = label }
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

    private static let powersOfTen: [Double] = (0...22).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

    /// A decimal such as "-0.1234" or "5.23e-05" as Float, or nil when it is not one this can convert exactly.
    /// A mantissa below 2^53 times or divided by a power of ten up to 10^22 is one correctly rounded Double
    /// operation; rounding that to Float gives what Float(String) gives for the short numbers the models are
    /// written with (`%.4g`; `LinearModelTests` checks every shipped weight against Float(String)).
    package static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Float? {
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == 0x2D || bytes[index] == 0x2B {
            negative = bytes[index] == 0x2D
            index += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        var sawPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30, byte <= 0x39 {
                guard digits < 15 else { return nil }
                mantissa = mantissa * 10 + UInt64(byte - 0x30)
                if mantissa > 0 { digits += 1 }
                if sawPoint { exponent -= 1 }
            } else if byte == 0x2E, !sawPoint {
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == 0x2D || bytes[index] == 0x2B {
                exponentNegative = bytes[index] == 0x2D
                index += 1
            }
            var written = 0
            var exponentDigits = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39, exponentDigits < 4 {
                written = written * 10 + Int(bytes[index] - 0x30)
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else { return nil }
            exponent += exponentNegative ? -written : written
        }
        guard index == bytes.count, abs(exponent) <= 22 else { return nil }
        let magnitude = exponent >= 0 ? Double(mantissa) * powersOfTen[exponent] : Double(mantissa) / powersOfTen[-exponent]
        return Float(negative ? -magnitude : magnitude)
    }

    public init?(serialized text: String, header: String, classCount: Int) {
        guard text.hasPrefix(header + "\n") else { return nil }
        var rows: [UInt64: Int32] = [:]
        var weights: [Float] = []
        // Fields are read on the bytes: the hash in hex and each weight by hand (`decimal`), "0" at once. The weights load on the first
        // conversion of every process, and String fields took a tenth of a one-file conversion.
        let parsed: Bool = text.withUTF8Bytes { bytes in
            var index = header.utf8.count + 1
            func hexField() -> UInt64? {
                var value: UInt64 = 0
                let start = index
                while index < bytes.count, bytes[index] != 0x20, bytes[index] != 0x0A {
                    let byte = bytes[index]
                    let digit: UInt64
                    switch byte {
                    case 0x30...0x39: digit = UInt64(byte - 0x30)
                    case 0x61...0x66: digit = UInt64(byte - 0x61 + 10)
                    case 0x41...0x46: digit = UInt64(byte - 0x41 + 10)
                    default: return nil
                    }
                    guard value >> 60 == 0 else { return nil }
                    value = value << 4 | digit
                    index += 1
                }
                return index > start ? value : nil
            }
            func floatField() -> Float? {
                let start = index
                while index < bytes.count, bytes[index] != 0x20, bytes[index] != 0x0A { index += 1 }
                let length = index - start
                guard length > 0, length < 32 else { return nil }
                if length == 1, bytes[start] == 0x30 { return 0 }
                let field = UnsafeBufferPointer(rebasing: bytes[start..<index])
                return Self.decimal(field) ?? Float(String(decoding: field, as: UTF8.self))
            }
            let lines = bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            rows.reserveCapacity(lines)
            weights.reserveCapacity(lines * classCount)
            while index < bytes.count {
                guard let feature = hexField() else { return false }
                rows[feature] = Int32(rows.count)
                for _ in 0..<classCount {
                    guard index < bytes.count, bytes[index] == 0x20 else { return false }
                    index += 1
                    guard let value = floatField() else { return false }
                    weights.append(value)
                }
                guard index == bytes.count || bytes[index] == 0x0A else { return false }
                index += 1
            }
            return true
        }
        guard parsed else { return nil }
        self.init(classCount: classCount, rows: rows, weights: weights)
    }
}

/// The weights of an averaged perceptron (Collins 2002) while they are fitted: the current weights, and for each
/// the running sum over all steps so far (kept lazily with a time stamp per weight), whose mean is the model.
public struct AveragedWeights {
    public let classCount: Int
    private var rows: [UInt64: Int32] = [:]
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int] = []
    private var step = 1

    public init(classCount: Int) { self.classCount = classCount }

    /// The current (not averaged) weights, for the decision being learned.
    public func scores(_ features: [UInt64], into scores: inout [Float]) {
        LinearModel.sum(features, rows: rows, weights: weights, into: &scores)
    }

    /// Visits the indices of `count` examples `epochs` times, in a new fixed-seed order each time: the same
    /// sequence on every machine, so fitting is deterministic.
    public static func epochs(_ epochs: Int, over count: Int, seed: UInt64 = 0x5EED, _ visit: (Int) -> Void) {
        var order = Array(0..<count)
        var random = SplitMix64(seed: seed)
        for _ in 0..<epochs {
            order.shuffle(using: &random)
            for index in order { visit(index) }
        }
    }

    /// The perceptron update for one mistake: towards the right class, away from the predicted one.
    public mutating func correct(_ features: [UInt64], towards right: Int, awayFrom wrong: Int) {
        for feature in features {
            update(feature, right, 1)
            update(feature, wrong, -1)
        }
    }

    /// One decision was made (right or wrong): the averages count it.
    public mutating func advance() { step += 1 }

    private mutating func update(_ feature: UInt64, _ label: Int, _ delta: Float) {
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

    /// The mean weights over all steps; features whose weights all average to (nearly) nothing are left out.
    public func averaged() -> LinearModel {
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

    // One to five values without the variadic form's array (an allocation per feature on the hot path); the same hash.
    public static func of(_ template: UInt8) -> UInt64 { FeatureHash(template).value }

    public static func of(_ template: UInt8, _ a: Int) -> UInt64 {
        var hash = FeatureHash(template)
        hash.mix(a)
        return hash.value
    }

    public static func of(_ template: UInt8, _ a: Int, _ b: Int) -> UInt64 {
        var hash = FeatureHash(template)
        hash.mix(a)
        hash.mix(b)
        return hash.value
    }

    public static func of(_ template: UInt8, _ a: Int, _ b: Int, _ c: Int) -> UInt64 {
        var hash = FeatureHash(template)
        hash.mix(a)
        hash.mix(b)
        hash.mix(c)
        return hash.value
    }

    public static func of(_ template: UInt8, _ a: Int, _ b: Int, _ c: Int, _ d: Int) -> UInt64 {
        var hash = FeatureHash(template)
        hash.mix(a)
        hash.mix(b)
        hash.mix(c)
        hash.mix(d)
        return hash.value
    }

    public static func of(_ template: UInt8, _ values: Int...) -> UInt64 {
        var hash = FeatureHash(template)
        for value in values { hash.mix(value) }
        return hash.value
    }

    public static func word(_ word: Substring) -> UInt64 {
        var hash = FeatureHash(0)
        // Most words are ASCII: lower-cased and filtered on their bytes, with the same result as the scalar walk below.
        if let ascii = word.utf8.withContiguousStorageIfAvailable({ bytes -> UInt64? in
            var local = hash
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                switch byte {
                case 0x41...0x5A: local.mix(byte + 0x20)
                case 0x61...0x7A, 0x30...0x39: local.mix(byte)
                default: break
                }
            }
            return local.value
        }), let ascii {
            return ascii
        }
        for scalar in word.lowercased().unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            var value = scalar.value
            while value > 0 {
                hash.mix(UInt8(truncatingIfNeeded: value))
                value >>= 8
            }
        }
        return hash.value
    }
}

/// Feature → row, open addressing with linear probing in a power-of-two table at most half full. Features are
/// FNV-1a hashes already, so their bits, mixed once, place them.
struct FeatureRows: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int
    /// The row of feature 0, which marks an empty slot in `keys`.
    private var zeroRow: Int32?

    init(_ rows: [UInt64: Int32]) {
        var capacity = 16
        while capacity < rows.count * 2 { capacity *= 2 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (feature, row) in rows {
            guard feature != 0 else {
                zeroRow = row
                continue
            }
            var slot = Self.slot(of: feature, mask: mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = feature
            values[slot] = row
        }
    }

    private static func slot(of feature: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (feature &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    func row(of feature: UInt64) -> Int32? {
        guard feature != 0 else { return zeroRow }
        var slot = Self.slot(of: feature, mask: mask)
        while true {
            let key = keys[slot]
            if key == feature { return values[slot] }
            if key == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
