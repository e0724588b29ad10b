/// Little-endian numbers and byte runs, written and read back in order: the form of the tables the library
/// prepares at training time and loads in one piece at run time (`WordSet`, the gazetteer).
public struct PreparedBytesWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func append(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func append(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func append(bytes run: [UInt8]) {
        append(UInt32(run.count))
        bytes.append(contentsOf: run)
    }
}

/// Reads what `PreparedBytesWriter` wrote; every read is bounds-checked and a short table reads as nil.
public struct PreparedBytesReader {
    private let bytes: UnsafeRawBufferPointer
    public private(set) var offset = 0

    public init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    public var isAtEnd: Bool { offset == bytes.count }

    public mutating func uint32() -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        defer { offset += 4 }
        return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    public mutating func uint64() -> UInt64? {
        guard offset + 8 <= bytes.count else { return nil }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// A run written by `append(bytes:)`, copied out.
    public mutating func byteRun() -> [UInt8]? {
        guard let count = uint32().map(Int.init), offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return Array(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]))
    }

    /// `count` values of 32 bits, copied out.
    public mutating func uint32s(_ count: Int) -> [UInt32]? {
        guard count >= 0, offset + count * 4 <= bytes.count else { return nil }
        var values = [UInt32](repeating: 0, count: count)
        values.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count * 4])) }
        offset += count * 4
        // The file is little-endian; so is every machine Swift runs on Linux, but say so rather than assume it.
        if UInt32(littleEndian: 1) != 1 { values = values.map { UInt32(littleEndian: $0) } }
        return values
    }
}
