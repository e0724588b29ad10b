import NewsModel

/// A run of capitalised words with the context that tells what it is.
struct Candidate {
    var text: String
    var block: Int
    var offset: Int
    var sentenceInitial: Bool
    /// A title or role word came before it ("President", "Mr.") — a person.
    var titled: Bool
    /// A speech or action verb follows it ("said", "reacted") — a person or organisation acting.
    var followedByVerb: Bool
    /// "in X", "to X", "from X" — a place, if anything.
    var afterLocativePreposition: Bool
    /// The verb after it is an auxiliary ("Sheep will graze"): weak evidence for a sentence-initial word.
    var followedByAuxiliary = false
}

/// Splits text into capitalised runs ("French President Emmanuel Macron's" → title + "Emmanuel Macron").
struct CandidateScanner {
    let text: String
    let block: Int
    let lowercaseWords: Set<String>
    let gazetteer: Gazetteer

    static let connectors: Set<String> = ["of", "de", "du", "des", "la", "le", "von", "van", "der", "den", "al", "bin", "del", "di", "da", "&"]
    static let titles: Set<String> = [
        "President", "Prime", "Minister", "Chancellor", "Mayor", "Governor", "Gov.", "Senator", "Sen.", "Rep.", "Representative",
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "King", "Queen", "Prince", "Princess", "Pope", "General", "Gen.", "Colonel",
        "Secretary", "Chairman", "Chairwoman", "CEO", "Judge", "Justice", "Ambassador", "Commissioner", "Coach", "Captain", "Sir",
        "Lord", "Lady", "Foreign", "Defence", "Defense", "Interior", "Finance", "Vice", "Deputy", "Chief", "Sheikh", "Cardinal",
        "Archbishop", "Bishop", "Father", "Detective", "Inspector", "Officer", "Spokesman", "Spokeswoman", "Director", "Actor", "Singer",
        "Former", "Prosecutor", "Attorney", "Councillor", "Councilman", "Councilwoman", "Congressman", "Congresswoman", "Lawmaker", "Leader", "Adviser", "Advisor",
    ]
    /// Words that start a sentence or clause but never a name ("When I", "Today Poland").
    static let clauseStarters: Set<String> = [
        "When", "Today", "Yesterday", "Tomorrow", "How", "Inside", "Where", "Why", "What", "Neighbouring", "Neighboring", "Now", "Then",
        "Despite", "During", "Under", "Over", "Between", "Among", "Although", "Because", "Since", "Until", "Unlike", "Like", "Just",
    ]
    /// A last word that makes a capitalised run a prize, an event or a work, not a person, place or organisation.
    static let thingEndings: Set<String> = [
        "Cup", "Globe", "Globes", "Award", "Awards", "Medal", "Prize", "Festival", "Championship", "Championships", "Olympics", "Year",
        "Trophy", "Oscar", "Oscars", "Emmy", "Grammy", "Tour", "Open", "Show", "Album", "Film", "Movie", "Freedom",
    ]
    static let thingBeginnings: Set<String> = ["Hurricane", "Typhoon", "Storm", "Cyclone", "Operation", "Project", "Mount"]
    static let nationalities: Set<String> = [
        "French", "Russian", "German", "British", "American", "European", "Ukrainian", "Chinese", "Japanese", "Italian", "Spanish",
        "Polish", "Dutch", "Danish", "Swedish", "Norwegian", "Finnish", "Turkish", "Iranian", "Israeli", "Palestinian", "Syrian",
        "Iraqi", "Indian", "Pakistani", "Afghan", "Australian", "Canadian", "Mexican", "Brazilian", "Argentine", "Argentinian",
        "Scottish", "Irish", "Welsh", "English", "Greek", "Belgian", "Swiss", "Austrian", "Czech", "Hungarian", "Romanian",
        "Bulgarian", "Serbian", "Croatian", "Korean", "Vietnamese", "Thai", "Egyptian", "Saudi", "African", "Asian", "Arab",
        "Western", "Eastern", "Northern", "Southern", "Latin", "Catholic", "Muslim", "Christian", "Jewish", "Democratic", "Republican",
        "Soviet", "Portuguese", "Lebanese", "Qatari", "Emirati", "Nigerian", "Kenyan", "Cuban", "Venezuelan", "Colombian", "Chilean",
    ]
    static let calendarWords: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec",
    ]
    static let commonStarters: Set<String> = [
        "The", "A", "An", "It", "It's", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "As", "At", "In", "On",
        "But", "And", "Or", "If", "When", "While", "After", "Before", "According", "For", "From", "With", "By", "To", "Of", "His", "Her",
        "Their", "Our", "Its", "There", "Here", "What", "Who", "Why", "How", "Some", "Many", "Most", "All", "No", "Not", "One", "Two",
        "However", "Meanwhile", "Also", "Still", "Yet", "So", "Such", "Other", "Another", "Each", "Every", "Both", "Mr", "Mrs",
        "Nobody", "Everyone", "Everybody", "Somebody", "Someone", "Anyone", "Nothing", "Something", "Everything", "People", "Officials",
    ]
    static let verbs: Set<String> = [
        "said", "says", "told", "stated", "added", "noted", "declared", "reacted", "announced", "insisted", "warned", "stressed",
        "emphasized", "emphasised", "argued", "claimed", "wrote", "asked", "replied", "suggested", "confirmed", "denied", "urged",
        "visited", "met", "called", "accused", "criticised", "criticized", "explained", "agreed", "rejected", "signed", "won", "lost",
        "has", "had", "is", "was", "will", "would", "could", "did",
    ]
    static let auxiliaries: Set<String> = ["has", "had", "is", "was", "will", "would", "could", "did", "can", "may", "might", "should", "must", "are", "were"]
    static let locatives: Set<String> = ["in", "to", "from", "near", "across", "outside", "inside", "into", "at"]

    /// A title word, also with "Ex-" in front ("Ex-Prime Minister").
    static func isTitle(_ word: String) -> Bool {
        if titles.contains(word) { return true }
        for prefix in ["Ex-", "ex-"] where word.hasPrefix(prefix) { return titles.contains(String(word.dropFirst(prefix.count))) }
        return false
    }

    /// Capitalised runs that are not the people, organisations and places a story is about: the pronoun
    /// "I", headlines in capitals, prizes and events, role descriptions, generic institution words, and
    /// nationality phrases such as "West African".
    static func isNotAName(_ words: [String]) -> Bool {
        guard let first = words.first, let last = words.last else { return true }
        if words.allSatisfy({ $0 == "I" }) { return true }
        if words.count > 1, words.allSatisfy({ $0.count > 1 && $0.allSatisfy { !$0.isLetter || $0.isUppercase } }) { return true }
        if words.count > 1, thingEndings.contains(last) || thingBeginnings.contains(first) { return true }
        if titles.contains(last) || isTitle(last) { return true }
        if words.count == 1, Resolver.organisationWords.contains(first) { return true }
        if words.count > 1, nationalities.contains(last) { return true }
        return false
    }

    func scan() -> [Candidate] {
        let tokens = Tokenizer.tokens(text)
        var result: [Candidate] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.isCapitalised else { index += 1; continue }
            let sentenceInitial = index == 0 || tokens[index - 1].endsSentence
            var start = index
            var titled = false
            // Title and nationality words before a name say what it is, but are not part of it —
            // unless they begin a known name or an organisation's name ("European Union", "Russian Academy").
            // Clause openers first ("When", "Today", a sentence-initial "The"), then titles and nationalities.
            while start + 1 < tokens.count, tokens[start + 1].isCapitalised,
                  Self.clauseStarters.contains(tokens[start].bare) || (start == index && Self.commonStarters.contains(tokens[start].bare)) {
                start += 1
            }
            // Title and nationality words before a name say what it is, but are not part of it — unless they
            // begin a known name or an organisation's name ("European Union", "European Investment Bank").
            var runEnd = start
            while runEnd < tokens.count, tokens[runEnd].isCapitalised { runEnd += 1 }
            let keepsLeadingWord = start + 1 < tokens.count && tokens[start + 1].isCapitalised
                && (gazetteer.lookup(tokens[start].bare + " " + tokens[start + 1].bare) != nil
                    || Resolver.organisationWords.contains(tokens[start + 1].bare)
                    || (Self.nationalities.contains(tokens[start].bare) && Resolver.organisationWords.contains(tokens[runEnd - 1].bare)))
            while !keepsLeadingWord, start < tokens.count, Self.isTitle(tokens[start].word) || Self.nationalities.contains(tokens[start].bare) {
                if Self.isTitle(tokens[start].word) { titled = true }
                start += 1
            }
            var end = start
            while end < tokens.count {
                let current = tokens[end]
                if current.isCapitalised, !Self.calendarWords.contains(current.bare) {
                    end += 1
                    if current.hasPossessive || current.trailingPunctuation { break }
                } else if end > start, Self.connectors.contains(current.word), end + 1 < tokens.count, tokens[end + 1].isCapitalised,
                          !tokens[end - 1].trailingPunctuation {
                    end += 1
                } else {
                    break
                }
            }
            // A connector cannot end a name.
            while end > start, Self.connectors.contains(tokens[end - 1].word) { end -= 1 }
            // A title inside the run ("New York Governor Andrew Cuomo"): the name is what follows it; what
            // comes before is kept only when the gazetteer knows it (a place or organisation).
            if end - start > 2, let titleIndex = (start + 1..<end - 1).last(where: { Self.isTitle(tokens[$0].word) }) {
                let before = tokens[start..<titleIndex].map(\.bare)
                var prefixEnd = before.count
                while prefixEnd > 0, Self.isTitle(tokens[start + prefixEnd - 1].word) { prefixEnd -= 1 }
                let prefix = before[..<prefixEnd].joined(separator: " ")
                if !prefix.isEmpty, gazetteer.lookup(prefix) != nil {
                    result.append(Candidate(text: prefix, block: block, offset: tokens[start].offset, sentenceInitial: false,
                                            titled: false, followedByVerb: false, afterLocativePreposition: false))
                }
                start = titleIndex + 1
                titled = true
            }
            if end > start {
                var words = tokens[start..<end].map(\.bare)
                if words.first == "The" || words.first == "the" { words.removeFirst() }
                let name = words.joined(separator: " ")
                let initialHere = sentenceInitial && start == index
                let next = end < tokens.count ? tokens[end].word.lowercased() : ""
                let previous = index > 0 ? tokens[index - 1].word.lowercased() : ""
                if !name.isEmpty, !(initialHere && words.count == 1 && (Self.commonStarters.contains(name) || lowercaseWords.contains(name.lowercased()))),
                   !Self.nationalities.contains(name), !Self.calendarWords.contains(name), !Self.isNotAName(words) {
                    result.append(Candidate(text: name, block: block, offset: tokens[start].offset, sentenceInitial: initialHere,
                                            titled: titled, followedByVerb: Self.verbs.contains(next),
                                            afterLocativePreposition: Self.locatives.contains(previous),
                                            followedByAuxiliary: Self.auxiliaries.contains(next)))
                }
                index = max(end, index + 1)
            } else {
                index = max(start, index + 1)
            }
        }
        return result
    }
}

/// Words with their offsets, the punctuation around them stripped.
struct Token {
    var word: String
    var bare: String
    var offset: Int
    var endsSentence: Bool
    var hasPossessive: Bool
    var trailingPunctuation: Bool

    var isCapitalised: Bool {
        guard let first = bare.first else { return false }
        return first.isUppercase
    }
}

enum Tokenizer {
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var offset = 0
        // Offsets are counted from the previous piece, not from the start each time (that was quadratic).
        var previous = text.startIndex
        for piece in text.split(separator: " ", omittingEmptySubsequences: true) {
            let raw = String(piece)
            offset += text.utf16.distance(from: previous, to: piece.startIndex)
            previous = piece.startIndex
            var word = raw
            while let first = word.first, "\"“”‘'«»(„[".contains(first) { word.removeFirst() }
            var trailing = false
            var ends = false
            while let last = word.last, ".,;:!?\"”’'»)]…".contains(last) {
                if ".!?".contains(last) { ends = true }
                if last != "'" && last != "’" || !word.hasSuffix("s'") { trailing = true }
                word.removeLast()
                if word.hasSuffix(".") && word.count <= 3 { break }
            }
            // Abbreviations such as "Gov." or "U.S." are not sentence ends.
            if ends, word.count <= 3 || word.contains(".") { ends = raw.hasSuffix("..") }
            var bare = word
            var possessive = false
            for suffix in ["'s", "’s"] where bare.hasSuffix(suffix) {
                bare.removeLast(2)
                possessive = true
            }
            tokens.append(Token(word: word, bare: bare, offset: offset, endsSentence: ends, hasPossessive: possessive, trailingPunctuation: trailing))
        }
        return tokens
    }
}
