extension String {
    /// The text without leading and trailing white space (Unicode-aware, no Foundation needed).
    /// Walks indices instead of removing scalars one by one, which copies the string each time.
    public func trimmingWhitespace() -> String {
        // Most lines start and end with a printable ASCII byte: nothing to trim, nothing to decode.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        if isEmpty { return self }
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isSpaceLike { start = scalars.index(after: start) }
        while start < end {
            let before = scalars.index(before: end)
            guard scalars[before].isSpaceLike else { break }
            end = before
        }
        if start == scalars.startIndex && end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }
}
