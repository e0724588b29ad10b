import Foundation

extension LinearModel {
    static let preparedMagic: UInt64 = 0x3130_4E49_4C4B_4D4E  // "NMKLIN01", little-endian

    /// The model in the form a process loads without parsing text: a header (magic, the FNV-1a hash of the text
    /// form's header line, class and row counts), the feature hashes in order, then every weight as a 32-bit
    /// float. `newsml-train` writes it beside the text form from the text form's own numbers, so both give the
    /// same model (a test checks it); parsing the text took a tenth of a one-file conversion.
    public func prepared(header: String) -> [UInt8] {
        var writer = PreparedBytesWriter()
        writer.append(Self.preparedMagic)
        writer.append(Self.headerHash(header))
        writer.append(UInt32(classCount))
        writer.append(UInt32(rows.count))
        let ordered = rows.sorted { $0.key < $1.key }
        for (feature, _) in ordered { writer.append(feature) }
        for (_, row) in ordered {
            for label in 0..<classCount { writer.append(weights[Int(row) * classCount + label].bitPattern) }
        }
        return writer.bytes
    }

    /// A model written by `prepared(header:)` for the same header and class count; nil otherwise, or when the
    /// bytes are short or long.
    public init?(prepared data: Data, header: String, classCount: Int) {
        let parsed: (rows: [UInt64: Int32], weights: [Float])? = data.withUnsafeBytes { raw in
            guard raw.count >= 24, UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) == Self.preparedMagic,
                UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) == Self.headerHash(header),
                Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))) == classCount
            else { return nil }
            let rowCount = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 20, as: UInt32.self)))
            guard raw.count == 24 + rowCount * 8 + rowCount * classCount * 4 else { return nil }
            var rows: [UInt64: Int32] = [:]
            rows.reserveCapacity(rowCount)
            for index in 0..<rowCount {
                rows[UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 24 + index * 8, as: UInt64.self))] = Int32(index)
            }
            guard rows.count == rowCount else { return nil }
            let base = 24 + rowCount * 8
            let weights = (0..<rowCount * classCount).map {
                Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: base + $0 * 4, as: UInt32.self)))
            }
            return (rows, weights)
        }
        guard let parsed else { return nil }
        self.init(classCount: classCount, rows: parsed.rows, weights: parsed.weights)
    }

    /// Whether two models hold the same features and weights (row order aside).
    public func hasSameWeights(as other: LinearModel) -> Bool {
        guard classCount == other.classCount, rows.count == other.rows.count else { return false }
        for (feature, row) in rows {
            guard let otherRow = other.rows[feature] else { return false }
            for label in 0..<classCount
            where weights[Int(row) * classCount + label].bitPattern != other.weights[Int(otherRow) * classCount + label].bitPattern {
                return false
            }
        }
        return true
    }

    private static func headerHash(_ header: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in header.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
