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

    private static func append(_ template: UInt8, _ values: [Int], to features: inout [UInt64]) {
        var hash = FeatureHash(template)
        for value in values { hash.mix(value) }
        features.append(hash.value)
    }

    /// The features that depend on the block and its neighbours only, not on the roles before it: computed once
    /// per block however many role histories the decoder weighs.
    package func shapeFeatures(of index: Int, into features: inout [UInt64]) {
        let shape = shapes[index]
        func add(_ template: UInt8, _ values: Int...) { Self.append(template, values, to: &features) }
        let length = Self.lengthBucket(shape.characters)
        let words = Self.wordBucket(shape.words)
        add(1)
        add(2, min(index, 6) + (index >= 10 ? 1 : 0))
        add(3, min(shapes.count - 1 - index, 3))
        add(4, length)
        add(5, words)
        add(6, shape.capitalised)
        add(7, shape.shortLowercase)
        add(8, shape.digits == 0 ? 0 : shape.digits <= 2 ? 1 : shape.digits <= 6 ? 2 : 3)
        add(9, shape.allCaps ? 1 : 0, words)
        add(10, Int(shape.start.rawValue))
        add(11, Int(shape.end.rawValue))
        add(12, min(shape.sentences, 3))
        for cue in 0..<BlockShape.Cues.count where shape.cues.rawValue & (1 << UInt64(cue)) != 0 { add(13, cue) }
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
        add(16, min(shape.blankLinesBefore, 2))
        add(17, min(shape.lineCount, 3))
        add(18, shape.indented ? 1 : 0)
        add(19, shape.repeated ? 1 : 0, length)
        add(27, min(index, 4), length)
        add(30, shape.capitalised, words)
        add(31, Int(shape.start.rawValue), Int(shape.end.rawValue))
        if index > 0 {
            let previous = shapes[index - 1]
            add(40, Self.lengthBucket(previous.characters))
            add(41, Int(previous.end.rawValue))
            add(42, Self.lengthBucket(previous.characters), length)
            for cue in 0..<BlockShape.Cues.count where previous.cues.rawValue & (1 << UInt64(cue)) != 0 { add(43, cue) }
        } else {
            add(44)
        }
        if index + 1 < shapes.count {
            let next = shapes[index + 1]
            add(50, Self.lengthBucket(next.characters))
            add(51, Int(next.end.rawValue))
            add(52, Self.lengthBucket(next.characters), length)
            add(53, min(next.blankLinesBefore, 2))
            for cue in 0..<BlockShape.Cues.count where next.cues.rawValue & (1 << UInt64(cue)) != 0 { add(54, cue) }
            add(55, next.capitalised, Self.wordBucket(next.words))
        } else {
            add(56)
        }
        if index + 2 < shapes.count {
            add(60, Self.lengthBucket(shapes[index + 2].characters))
        }
    }

    /// The features that read the roles decided before block `index`, appended to `features`.
    package func historyFeatures(of index: Int, history: History, into features: inout [UInt64]) {
        let shape = shapes[index]
        func add(_ template: UInt8, _ values: Int...) { Self.append(template, values, to: &features) }
        let length = Self.lengthBucket(shape.characters)
        let words = Self.wordBucket(shape.words)
        let previousRole = history.previous.map { $0.rawValue } ?? -1
        for cue in 0..<BlockShape.Cues.count where shape.cues.rawValue & (1 << UInt64(cue)) != 0 {
            add(26, cue, previousRole)
            add(29, cue, history.headlineSeen ? 1 : 0, min(history.bodyCount, 2))
        }
        add(20, previousRole)
        add(21, previousRole, history.beforePrevious.map { $0.rawValue } ?? -1)
        add(22, history.headlineSeen ? 1 : 0, min(history.bodyCount, 5))
        add(23, history.headlineSeen ? 1 : 0, length, Int(shape.end.rawValue))
        add(24, previousRole, length)
        add(25, previousRole, Int(shape.end.rawValue))
        add(28, history.lastContentRole.map { $0.rawValue } ?? -1, words)
    }
}
