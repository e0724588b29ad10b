extension WordSet {
    /// The set as it is in memory, so that a large set built at training time loads without probing for a
    /// place per word (the gazetteer's names are one): its words' bytes in the order they were added, and
    /// per word where it ends and which hash slot it holds. Empty slots are not written.
    public func write(to writer: inout PreparedBytesWriter) {
        writer.append(UInt64(slots.count))
        writer.append(bytes: storage)
        writer.append(UInt64(count))
        var placed = [(slot: UInt32, end: UInt32)](repeating: (0, 0), count: count)
        for (index, slot) in slots.enumerated() where slot.length > 0 {
            placed[Int(slot.ordinal)] = (UInt32(index), UInt32(slot.start + slot.length))
        }
        for word in placed {
            writer.append(word.slot)
            writer.append(word.end)
        }
    }

    /// A set written by `write(to:)`; nil when the bytes are not one (short, words outside the bytes, two
    /// words in one slot, a table without room).
    public init?(reading reader: inout PreparedBytesReader) {
        self.init()
        guard let slotCount = reader.uint64().map(Int.init), slotCount > 0, slotCount <= 1 << 28, slotCount & (slotCount - 1) == 0,
            let storage = reader.byteRun(), let count = reader.uint64().map(Int.init), count * 2 <= slotCount,
            let placed = reader.uint32s(count * 2)
        else { return nil }
        var slots = [Slot](repeating: Slot(), count: slotCount)
        var start = 0
        let valid: Bool = storage.withUnsafeBufferPointer { all in
            for ordinal in 0..<count {
                let slot = Int(placed[ordinal * 2])
                let end = Int(placed[ordinal * 2 + 1])
                guard slot < slotCount, slots[slot].length == 0, end > start, end <= all.count else { return false }
                let word = UnsafeBufferPointer(rebasing: all[start..<end])
                slots[slot] = Slot(hash: Self.hash(word), start: Int32(start), length: Int32(end - start), ordinal: Int32(ordinal))
                shortest = Swift.min(shortest, word.count)
                longest = Swift.max(longest, word.count)
                Self.insert(word[0], into: &firstBytes)
                start = end
            }
            return start == all.count
        }
        guard valid else { return nil }
        self.count = count
        self.storage = storage
        self.slots = slots
    }
}
