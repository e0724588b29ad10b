/// Blocks whose words stand again inside a longer block of the same article, or whole in a later one: the pull
/// quote or "highlights" box that a web page sets beside the paragraph it repeats (`RoleRules` keeps such a copy
/// out of the body).
enum Echoes {
    /// Blocks of fewer words are not looked at: a name, a label, a short sentence ("He declined to comment.") is
    /// found inside other paragraphs without being a copy of them. The corpus's pull quotes have ten words or more.
    static let fewestWords = 8
    static let mostWords = 60

    /// For each text, whether its word sequence (letters and digits, ASCII case folded; punctuation and quotation
    /// marks ignored) occurs inside a text with more words, or is the whole of a later text.
    static func find(in texts: [String]) -> [Bool] {
        let words = texts.map(wordHashes)
        // The candidates by their first three words; every longer text is then read once, three words at a time.
        var candidates: [UInt64: [Int]] = [:]
        for (index, sequence) in words.enumerated() where (fewestWords...mostWords).contains(sequence.count) {
            candidates[trigram(sequence, at: 0), default: []].append(index)
        }
        var echoed = [Bool](repeating: false, count: texts.count)
        guard !candidates.isEmpty else { return echoed }
        // Where each echo was found: the block that holds it and the word it starts at.
        var heldBy: [Int: (container: Int, start: Int)] = [:]
        // A bit per candidate trigram's low bits: most of a text's trigrams start no candidate, and the bit says so
        // without a dictionary lookup.
        var maybe = [UInt64](repeating: 0, count: 64)
        for key in candidates.keys { maybe[Int(key >> 6 & 63)] |= 1 << (key & 63) }
        for (container, sequence) in words.enumerated() where sequence.count >= fewestWords {
            for start in 0...(sequence.count - 3) {
                let key = trigram(sequence, at: start)
                guard maybe[Int(key >> 6 & 63)] & (1 << (key & 63)) != 0, let found = candidates[key] else { continue }
                for candidate in found where !echoed[candidate] && candidate != container {
                    let echo = words[candidate]
                    // A longer block holds the words; or the same words stand again later (the highlight box above
                    // the story repeats its paragraph whole).
                    let holds = echo.count < sequence.count || echo.count == sequence.count && container > candidate
                    if holds, start + echo.count <= sequence.count,
                        sequence[start..<(start + echo.count)].elementsEqual(echo)
                    {
                        echoed[candidate] = true
                        heldBy[candidate] = (container, start)
                    }
                }
            }
        }
        summariesAreTheEchoes(words, &echoed, heldBy)
        return echoed
    }

    /// A page's summary above the story is its first paragraphs run together and cut off ("TOWN councillors have given
    /// support … Members of Royston Town Council s planning committee decided … But residents are determined to co"):
    /// a block that holds, from its first word, two later blocks one after the other is the copy, not they.
    private static func summariesAreTheEchoes(_ words: [[UInt64]], _ echoed: inout [Bool], _ heldBy: [Int: (container: Int, start: Int)]) {
        // In block order, not the dictionary's (which changes from run to run): the outputs must not.
        for first in heldBy.keys.sorted() {
            guard let place = heldBy[first], place.start == 0, place.container < first else { continue }
            let next = words[first].count
            guard
                let second = heldBy.filter({ $0.value.container == place.container && $0.value.start == next && $0.key > first }).keys
                    .min()
            else { continue }
            echoed[first] = false
            echoed[second] = false
            echoed[place.container] = true
        }
    }

    private static func trigram(_ words: [UInt64], at start: Int) -> UInt64 {
        (words[start] &* 0x9E37_79B9_7F4A_7C15) ^ (words[start + 1] &* 0xC2B2_AE3D_27D4_EB4F) ^ words[start + 2]
    }

    /// FNV-1a of each word's bytes: runs of letters and digits, ASCII upper case folded. Read on the UTF-8 bytes (a
    /// Unicode property lookup for every character cost a tenth of the whole conversion): outside ASCII, Latin-1's
    /// signs (U+0080–U+00BF: « » ¿ ©) and general punctuation (U+2000–U+206F: “ ” – — …) separate words, every
    /// other character is part of one.
    private static func wordHashes(_ text: String) -> [UInt64] {
        var text = text
        return text.withUTF8 { bytes in
            var hashes: [UInt64] = []
            // Words of copy average five or six bytes with their separator: room for nearly all of them at once.
            hashes.reserveCapacity(bytes.count / 4 + 4)
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            var inWord = false
            var index = 0
            func endWord() {
                if inWord { hashes.append(hash) }
                hash = 0xCBF2_9CE4_8422_2325
                inWord = false
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    switch byte {
                    case 0x30...0x39, 0x61...0x7A:
                        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
                        inWord = true
                    case 0x41...0x5A:
                        hash = (hash ^ UInt64(byte + 0x20)) &* 0x100_0000_01B3
                        inWord = true
                    default:
                        endWord()
                    }
                    index += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let separator =
                    byte == 0xC2 || (byte == 0xE2 && index + 1 < bytes.count && (bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81))
                if separator {
                    endWord()
                } else {
                    for offset in 0..<length where index + offset < bytes.count {
                        hash = (hash ^ UInt64(bytes[index + offset])) &* 0x100_0000_01B3
                    }
                    inWord = true
                }
                index += length
            }
            endWord()
            return hashes
        }
    }
}
