import NewsModel

/// A dictionary from words to values on a `WordSet`: keys are looked up by their bytes (FNV-1a, open
/// addressing) instead of SipHash. The resolver asks several of these for every mention.
struct WordMap<Value> {
    private var keys = WordSet()
    private var values: [Value] = []

    subscript(key: String) -> Value? {
        keys.ordinal(key).map { values[$0] }
    }

    /// Sets the value of `key`, adding the key when it is new.
    mutating func set(_ value: Value, for key: String) {
        if let ordinal = keys.ordinal(key) {
            values[ordinal] = value
        } else if keys.insert(key) {
            values.append(value)
        }
    }

    /// Changes the value of `key` in place, starting from `initial` when the key is new.
    mutating func update(_ key: String, default initial: Value, _ change: (inout Value) -> Void) {
        if let ordinal = keys.ordinal(key) {
            change(&values[ordinal])
        } else if keys.insert(key) {
            var value = initial
            change(&value)
            values.append(value)
        }
    }
}
