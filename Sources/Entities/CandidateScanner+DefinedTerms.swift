import NewsModel

extension CandidateScanner {
    /// The acronyms a text defines as terms: in brackets after the words in small letters they abbreviate, their links
    /// ("de", "of", "the") aside — "el salario mínimo interprofesional (SMI)", "impuesto sobre el valor añadido (IVA)",
    /// "gross domestic product (GDP)", and after a capitalised name of a thing ("Air Quality Index (AQI)"). Such an acronym names no body, wherever the text uses it again ("los perceptores
    /// del SMI"); a body's acronym follows its capitalised name ("Social Health Authority (SHA)").
    static func definedTerms(in tokens: [Token]) -> [String] {
        var terms: [String] = []
        tokens.withUnsafeBufferPointer { tokens in
            for index in tokens.indices.dropFirst() where tokens[index].opensBracket && tokens[index].isCapitalised {
                let acronym = Array(tokens[index].bare.unicodeScalars)
                guard (2...6).contains(acronym.count), isAcronym(tokens[index].bare) else { continue }
                var letter = acronym.count - 1
                var at = index - 1
                // "Air Quality Index (AQI)", "Graded Response Action Plan (GRAP)": a capitalised name of a thing (its last
                // word an index's, a plan's, a law's) defines a term as the small letters do.
                let thing = EntityWords.thingEndings.contains(tokens[index - 1].bare)
                while at >= 0, letter >= 0, tokens[at].isLowercase || thing && tokens[at].isCapitalised,
                    at == index - 1 || !tokens[at].trailingPunctuation
                {
                    let word = tokens[at].word
                    if let first = word.unicodeScalars.first, first.properties.uppercaseMapping.unicodeScalars.first == acronym[letter] {
                        letter -= 1
                    } else if !termLinks.contains(word) {
                        break
                    }
                    at -= 1
                }
                if letter < 0 { terms.append(tokens[index].bare) }
            }
        }
        return terms
    }

    private static let termLinks: WordSet = ["de", "del", "des", "du", "di", "of", "the", "on", "sobre", "el", "la", "le", "für", "der"]
}
