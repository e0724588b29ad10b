/// FNV-1a over a feature's template and values: features are 64-bit numbers, never strings, so that
/// scoring a block allocates nothing.
package struct FeatureHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init(_ template: UInt8) { mix(template) }

    mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x100_0000_01b3
    }

    mutating func mix(_ number: Int) {
        var remaining = UInt64(bitPattern: Int64(number))
        for _ in 0..<4 {
            mix(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
    }

    static func word(_ word: Substring) -> UInt64 {
        var hash = FeatureHash(0)
        for scalar in word.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                var value = scalar.value
                while value > 0 { hash.mix(UInt8(truncatingIfNeeded: value)); value >>= 8 }
            }
        }
        return hash.value
    }
}
