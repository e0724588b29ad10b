/// Little-endian numbers and byte runs, written in order: the form of the tables the library prepares at
/// training time and maps at run time (the gazetteer).
public struct PreparedBytesWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func append(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func append(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Bytes as they are, without a length before them (the reader knows the length from a header).
    public mutating func append(raw run: [UInt8]) { bytes.append(contentsOf: run) }

    /// Zero bytes up to the next multiple of 8, so that the next section starts aligned.
    public mutating func alignTo8() {
        while bytes.count % 8 != 0 { bytes.append(0) }
    }
}
