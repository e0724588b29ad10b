import NewsModel

/// The features of one block in its article: its own shape, its neighbours', and the roles already
/// decided before it (the sequence the model reads left to right).
package struct LineFeatures {
    package struct History: Sendable {
        package var previous: LineRole?
        package var beforePrevious: LineRole?
        package var headlineSeen = false
        package var bodyCount = 0
        package var lastContentRole: LineRole?

        package init() {}

        package mutating func append(_ role: LineRole) {
            beforePrevious = previous
            previous = role
            if role == .headline { headlineSeen = true }
            if role == .body { bodyCount += 1 }
            if role != .other { lastContentRole = role }
        }
    }

    package let shapes: [BlockShape]

    /// What `historyFeatures` reads of a history, packed: histories with the same key give the same features.
    /// Keep in step with `historyFeatures`.
    package static func historyKey(_ history: History) -> Int {
        let previous = (history.previous?.rawValue ?? -1) + 1
        let beforePrevious = (history.beforePrevious?.rawValue ?? -1) + 1
        let lastContent = (history.lastContentRole?.rawValue ?? -1) + 1
        return previous | beforePrevious << 8 | lastContent << 16 | min(history.bodyCount, 5) << 24
            | (history.headlineSeen ? 1 : 0) << 28
    }

    package init(shapes: [BlockShape]) { self.shapes = shapes }

    private static func lengthBucket(_ characters: Int) -> Int {
        switch characters {
        case ..<11: 0
        case ..<21: 1
        case ..<41: 2
        case ..<81: 3
        case ..<161: 4
        case ..<321: 5
        default: 6
        }
    }

    private static func wordBucket(_ words: Int) -> Int {
        switch words {
        case ..<2: 0
        case 2: 1
        case 3: 2
        case ..<7: 3
        case ..<13: 4
        case ..<26: 5
        default: 6
        }
    }

    /// The features of block `index`, appended to `features` (cleared first).
    package func features(of index: Int, history: History, into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        shapeFeatures(of: index, into: &features)
        historyFeatures(of: index, history: history, into: &features)
    }

    // A feature of a template and up to three values, without a variadic array per feature.
    private static func add(_ features: inout [UInt64], _ template: UInt8) { features.append(FeatureHash.of(template)) }
    private static func add(_ features: inout [UInt64], _ template: UInt8, _ a: Int) { features.append(FeatureHash.of(template, a)) }
    private static func add(_ features: inout [UInt64], _ template: UInt8, _ a: Int, _ b: Int) {
        features.append(FeatureHash.of(template, a, b))
    }
    private static func add(_ features: inout [UInt64], _ template: UInt8, _ a: Int, _ b: Int, _ c: Int) {
        features.append(FeatureHash.of(template, a, b, c))
    }

    /// The features that depend on the block and its neighbours only, not on the roles before it: computed once
    /// per block however many role histories the decoder weighs.
    package func shapeFeatures(of index: Int, into features: inout [UInt64]) {
        let shape = shapes[index]
        let length = Self.lengthBucket(shape.characters)
        let words = Self.wordBucket(shape.words)
        Self.add(&features, 1)
        Self.add(&features, 2, min(index, 6) + (index >= 10 ? 1 : 0))
        Self.add(&features, 3, min(shapes.count - 1 - index, 3))
        Self.add(&features, 4, length)
        Self.add(&features, 5, words)
        Self.add(&features, 6, shape.capitalised)
        Self.add(&features, 7, shape.shortLowercase)
        Self.add(&features, 8, shape.digits == 0 ? 0 : shape.digits <= 2 ? 1 : shape.digits <= 6 ? 2 : 3)
        Self.add(&features, 9, shape.allCaps ? 1 : 0, words)
        Self.add(&features, 10, Int(shape.start.rawValue))
        Self.add(&features, 11, Int(shape.end.rawValue))
        Self.add(&features, 12, min(shape.sentences, 3))
        for cue in 0..<BlockShape.Cues.count where shape.cues.rawValue & (1 << UInt64(cue)) != 0 { Self.add(&features, 13, cue) }
        if shape.firstWord != 0 {
            var hash = FeatureHash(14)
            hash.mix(Int(truncatingIfNeeded: shape.firstWord))
            features.append(hash.value)
        }
        if shape.lastWord != 0 {
            var hash = FeatureHash(15)
            hash.mix(Int(truncatingIfNeeded: shape.lastWord))
            features.append(hash.value)
        }
        Self.add(&features, 16, min(shape.blankLinesBefore, 2))
        Self.add(&features, 17, min(shape.lineCount, 3))
        Self.add(&features, 18, shape.indented ? 1 : 0)
        Self.add(&features, 19, shape.repeated ? 1 : 0, length)
        Self.add(&features, 27, min(index, 4), length)
        Self.add(&features, 30, shape.capitalised, words)
        Self.add(&features, 31, Int(shape.start.rawValue), Int(shape.end.rawValue))
        if index > 0 {
            let previous = shapes[index - 1]
            Self.add(&features, 40, Self.lengthBucket(previous.characters))
            Self.add(&features, 41, Int(previous.end.rawValue))
            Self.add(&features, 42, Self.lengthBucket(previous.characters), length)
            for cue in 0..<BlockShape.Cues.count where previous.cues.rawValue & (1 << UInt64(cue)) != 0 { Self.add(&features, 43, cue) }
        } else {
            Self.add(&features, 44)
        }
        if index + 1 < shapes.count {
            let next = shapes[index + 1]
            Self.add(&features, 50, Self.lengthBucket(next.characters))
            Self.add(&features, 51, Int(next.end.rawValue))
            Self.add(&features, 52, Self.lengthBucket(next.characters), length)
            Self.add(&features, 53, min(next.blankLinesBefore, 2))
            for cue in 0..<BlockShape.Cues.count where next.cues.rawValue & (1 << UInt64(cue)) != 0 { Self.add(&features, 54, cue) }
            Self.add(&features, 55, next.capitalised, Self.wordBucket(next.words))
        } else {
            Self.add(&features, 56)
        }
        if index + 2 < shapes.count {
            Self.add(&features, 60, Self.lengthBucket(shapes[index + 2].characters))
        }
    }

    /// The features that read the roles decided before block `index`, appended to `features`.
    package func historyFeatures(of index: Int, history: History, into features: inout [UInt64]) {
        let shape = shapes[index]
        let length = Self.lengthBucket(shape.characters)
        let words = Self.wordBucket(shape.words)
        let previousRole = history.previous.map { $0.rawValue } ?? -1
        for cue in 0..<BlockShape.Cues.count where shape.cues.rawValue & (1 << UInt64(cue)) != 0 {
            Self.add(&features, 26, cue, previousRole)
            Self.add(&features, 29, cue, history.headlineSeen ? 1 : 0, min(history.bodyCount, 2))
        }
        Self.add(&features, 20, previousRole)
        Self.add(&features, 21, previousRole, history.beforePrevious.map { $0.rawValue } ?? -1)
        Self.add(&features, 22, history.headlineSeen ? 1 : 0, min(history.bodyCount, 5))
        Self.add(&features, 23, history.headlineSeen ? 1 : 0, length, Int(shape.end.rawValue))
        Self.add(&features, 24, previousRole, length)
        Self.add(&features, 25, previousRole, Int(shape.end.rawValue))
        Self.add(&features, 28, history.lastContentRole.map { $0.rawValue } ?? -1, words)
    }
}
