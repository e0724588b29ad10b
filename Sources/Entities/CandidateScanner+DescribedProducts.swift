import NewsModel

extension CandidateScanner {
    static let colourWords: WordSet = [
        "white", "black", "silver", "grey", "gray", "red", "blue", "green", "yellow", "orange", "brown", "gold", "golden",
        "maroon", "purple", "pink", "beige", "bronze", "burgundy", "navy", "turquoise", "cream", "tan",
    ]
    private static let shadeWords: WordSet = ["dark", "light", "pale", "bright", "metallic"]
    private static let describingDeterminers: WordSet = ["a", "an", "the", "his", "her", "their", "its", "one", "another"]

    /// "a silver Vauxhall Vectra", "a white Mazda 3 GT Sport", "a black Ford", "a silver 2004 Nissan Navara": a thing
    /// the text describes by its colour is an object — a car, a van, a boat — and its maker and model a product's name,
    /// not a person's or a body's (police copy describes every vehicle so). The tokens of each such name; the
    /// recogniser drops the text's other mentions of it too ("the Nissan Navara", "Honda Civic that crashed"). English
    /// copy only: Romance copy sets the colour after the name, German declines it.
    /// `isPlace` tells a place's name from a maker's ("a Dublin van driver").
    static func describedProductRuns(in tokens: [Token], isPlace: (String) -> Bool = { _ in false }) -> [Range<Int>] {
        guard tokens.count >= 3 else { return [] }
        var runs: [Range<Int>] = []
        for index in 1..<(tokens.count - 1) where tokens[index].isLowercase && !tokens[index].trailingPunctuation {
            // "a 2008 Ford Fusion", "a 2019 Nissan Rogue Sport": a model year before the maker describes a vehicle as a
            // colour does — after "a", not "the" ("the 2019 Asian Champions League" is an edition), and no event's word
            // ends it ("a 2019 World Cup winner").
            if isYear(tokens[index + 1].word), !tokens[index + 1].trailingPunctuation, index + 2 < tokens.count,
                tokens[index + 2].isCapitalised, tokens[index].word == "a" || tokens[index].word == "an"
            {
                let end = modelEnd(from: index + 2, in: tokens)
                if !eventHeads.contains(tokens[end - 1].bare), !editionWords.contains(tokens[end - 1].bare) {
                    runs.append((index + 2)..<end)
                }
                continue
            }
            // Flags first: the word sets are asked only about a lower-case word before a capitalised one or a year.
            guard tokens[index + 1].isCapitalised || isYear(tokens[index + 1].word), colourWords.contains(tokens[index].word)
            else { continue }
            var before = index - 1
            if before >= 1, shadeWords.contains(tokens[before].word) { before -= 1 }
            guard describingDeterminers.contains(tokens[before].word.lowercasedOnBytes()), !tokens[before].trailingPunctuation else {
                continue
            }
            var start = index + 1
            if isYear(tokens[start].word), !tokens[start].trailingPunctuation { start += 1 }
            guard start < tokens.count, tokens[start].isCapitalised else { continue }
            runs.append(start..<modelEnd(from: start, in: tokens))
        }
        // "a Chevrolet sedan", "a Mazda SUV", "a Honda motorcycle": a maker before the kind of vehicle names the vehicle.
        for index in 1..<tokens.count where tokens[index].isCapitalised && !tokens[index - 1].trailingPunctuation {
            let previous = tokens[index - 1]
            guard
                describingDeterminers.contains(previous.word)
                    || previous.isCapitalised && describingDeterminers.contains(previous.word.lowercasedOnBytes())
            else { continue }
            let end = modelEnd(from: index, in: tokens)
            let kind = end < tokens.count && !tokens[end - 1].trailingPunctuation && tokens[end].isLowercase ? tokens[end].word : ""
            // (The kind inside the run only as the letters "SUV" after one maker: "the Dursey Island Cable Car" is a place.)
            if vehicleNouns.contains(kind) || end - index == 2 && tokens[end - 1].word == "SUV",
                !isPlace(tokens[index].bare)
            {
                if !runs.contains(where: { $0.contains(index) }) { runs.append(index..<end) }
            }
        }
        return runs
    }
    /// Nouns for the kind of vehicle after its maker ("a Chevrolet sedan", "a Mazda SUV").
    private static let vehicleNouns: WordSet = [
        "sedan", "suv", "pickup", "truck", "van", "minivan", "hatchback", "coupe", "convertible", "motorcycle", "motorbike",
        "car", "saloon", "estate", "wagon", "crossover", "jeep",
    ]

    /// The end of a maker's name, its model and its number or trim ("Mazda 3 GT Sport", "BMW 435"), up to a stop or a
    /// comma, `longest` words at the most.
    private static func modelEnd(from start: Int, in tokens: [Token], longest: Int = 5) -> Int {
        var end = start
        while end < tokens.count, end - start < longest, tokens[end].isCapitalised || tokens[end].word.first?.isNumber == true {
            end += 1
            if tokens[end - 1].trailingPunctuation { break }
        }
        return end
    }

    /// "einem weißen Fiat Ducato", "ein grauer Toyota Corolla", "einen silberfarbenen VW Golf": German police copy
    /// describes a vehicle by its colour as English does, the colour declined and any word before it (a participle may
    /// stand between: "einem geparkten grauen Toyota"). What the colour describes in German is a noun or a product, never a
    /// name of anyone's (the Greens are "die Grünen", capitalised).
    static func germanDescribedProductRuns(in tokens: [Token]) -> [Range<Int>] {
        guard tokens.count >= 2 else { return [] }
        var runs: [Range<Int>] = []
        for index in 0..<(tokens.count - 1) where tokens[index].isLowercase && !tokens[index].trailingPunctuation {
            guard tokens[index + 1].isCapitalised, isGermanColour(tokens[index].word) else { continue }
            runs.append((index + 1)..<modelEnd(from: index + 1, in: tokens, longest: 3))
        }
        return runs
    }

    /// A German colour adjective in any of its declined forms ("weißen", "grauer", "dunkelblaues", "silberfarbenen").
    /// Asked of nearly every small word of German copy (the nouns after them are capitalised): the stems are compared on
    /// the bytes before any string is made.
    static func isGermanColour(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { isGermanColour(bytes: $0) }
    }
    private static func isGermanColour(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3, bytes.count <= 20 else { return false }
        func opens(_ part: [UInt8], at offset: Int) -> Bool {
            offset + part.count <= bytes.count && part.indices.allSatisfy { bytes[offset + $0] == part[$0] }
        }
        var start = 0
        for shade in colourShades where bytes.count > shade.count && opens(shade, at: 0) { start = shade.count }
        guard let stem = germanColourStems.first(where: { opens($0, at: start) }) else { return false }
        let tail = start + stem.count
        // What may follow a stem: a declension ending, after "farben"/"farbig" ("silberfarbenen") or the "n" of "silbern".
        for middle in colourMiddles where opens(middle, at: tail) {
            let end = tail + middle.count
            if colourEndings.contains(where: { end + $0.count == bytes.count && opens($0, at: end) }) { return true }
        }
        return false
    }
    /// Longer stems first where one begins another ("golden", "gold").
    private static let germanColourStems = [
        "weiß", "weiss", "schwarz", "silber", "grau", "rot", "blau", "grün", "gelb", "braun", "beige", "golden", "gold", "orange",
        "anthrazit", "türkis",
    ].map { Array($0.utf8) }
    private static let colourShades = ["dunkel", "hell"].map { Array($0.utf8) }
    private static let colourMiddles = ["", "farben", "farbig", "n"].map { Array($0.utf8) }
    private static let colourEndings = ["", "e", "em", "en", "er", "es"].map { Array($0.utf8) }

    /// "International Women's Day", "Mother's Day", "St Patrick's Day", "the Melbourne Cup" aside: a capitalised run
    /// whose last word takes the possessive before "Day", "Week", "Cup" or "Prize" names an event or an award with it —
    /// not its people ("International Women") nor its saint. The tokens of each such name.
    static func possessiveEventRuns(in tokens: [Token]) -> [Range<Int>] {
        guard tokens.count >= 2 else { return [] }
        var runs: [Range<Int>] = []
        for index in 0..<(tokens.count - 1) where tokens[index].hasPossessive && tokens[index].isCapitalised {
            guard tokens[index + 1].isCapitalised, eventHeads.contains(tokens[index + 1].bare) else { continue }
            var start = index
            while start > 0, tokens[start - 1].isCapitalised, !tokens[start - 1].trailingPunctuation, !tokens[start - 1].hasPossessive,
                index - start < 4
            {
                start -= 1
            }
            runs.append(start..<(index + 2))
        }
        return runs
    }
    private static let editionWords: WordSet = [
        "League", "Games", "Olympics", "Election", "Elections", "Award", "Awards", "Series", "Open", "Final", "Finals", "Census",
        "Budget", "Summit", "Conference", "Congress", "Convention", "Tour", "Rally", "Marathon", "Grand", "Prix",
    ]
    private static let eventHeads: WordSet = ["Day", "Week", "Month", "Eve", "Cup", "Prize", "Trophy", "Festival", "Championship"]

    private static func isYear(_ word: String) -> Bool {
        let bytes = word.utf8
        return bytes.count == 4 && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && (bytes.first == 0x31 || bytes.first == 0x32)
    }
}
