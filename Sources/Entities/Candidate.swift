import NewsModel

/// A run of capitalised words with the context that tells what it is.
struct Candidate {
    var text: String
    var block: Int
    var offset: Int
    var sentenceInitial: Bool
    /// A title or role word came before it ("President", "Mr.") — a person.
    var titled: Bool
    /// The title right before it is a person's honorific or office ("Mr.", "Dr.", "Sen.", "Governor"): what
    /// follows is a person even where a town has the name ("Sen. Warren", "Gov. Houston").
    var honorific = false
    /// A road's name with its number ("State Route 78"): a place, whatever its words look like.
    var isNumberedRoad = false
    /// The place of the item's dateline ("Nueva Delhi, 21 ene (EFE).-"): a place, whatever its words look like.
    var isDatelinePlace = false
    /// A speech or action verb follows it ("said", "reacted") — a person or organisation acting.
    var followedByVerb: Bool
    /// "in X", "to X", "from X" — a place, if anything.
    var afterLocativePreposition: Bool
    /// The verb after it is an auxiliary ("Sheep will graze"): weak evidence for a sentence-initial word.
    var followedByAuxiliary = false
    /// A lower-case "the" before it: "the Smithsonian" is not a person.
    var afterArticle = false
    /// The lower-case word after it ("newspaper", "hospital", "administration").
    var nextWord = ""
    /// A job noun and a capitalised name follow it ("Smith Barney analyst Allan Kaplan", "Apple spokesman Josh
    /// Rosenstock"): the name is the employer of the person named next.
    var employsNamedPerson = false
    /// In the possessive before a company's word ("Ofwat's chief executive", "Nvidia's shares", "Boeing's board"): a
    /// person has no chief executive, shareholders or headquarters.
    var ownsCompanyPart = false
    /// Described right after it as a body: "Pro Asyl, a refugee rights group", "Flexport, a logistics company".
    var describedAsBody = false
    /// The acronym in brackets right after the name ("CBP" of "… Border Protection (CBP)"), else "".
    var acronymAfter = ""
    /// The lower-case word before it ("magazine The Bark").
    var previousWord = ""
    /// An article opening the sentence or a number right before it ("Les Français …", "2 000 Marseillais"), which
    /// `previousWord` leaves out.
    var articleOrNumberBefore = ""
    /// A noun for a town or area and its "of" stand before the name ("the town of Killenaule", "nel comune di Raccuja",
    /// "la ville de Nérac"): the name is a place's, whether or not the gazetteer knows it.
    var afterPlaceNounOf = false
    /// A noun for a body stood before it in the same run ("der Verein Liberale Vielfalt", "die Gruppe Muslim
    /// Interaktiv"): German names what a body is before its name.
    var introducedAsBody = false
    /// A person's name the scanner cut before "of" and the place or body they are of ("Marcus Hill of Burbank"): a
    /// person, though a word of it names places too ("Hill").
    var personBeforeOf = false
    /// The name right after such a person's "of" ("Joseph Doyle of Smith Barney"): what a person is of is a place or a
    /// body, never another person.
    var ofAPerson = false
    /// One word in a list of single words of which another is a place the gazetteer knows ("Barra, Tiree and Colonsay").
    var listedWithPlace = false
    /// Stands before a comma and the AP's abbreviation of a state ("near Last Chance, Colo."): a town.
    var beforeStateAbbreviation = false
    /// Every word of it also occurs in lower case in the article.
    var wordsAllCommon = false
    /// A single word the article also writes in lower case ("Students" beside "students").
    var writtenInLowerCase = false
    /// Its block is written in capitals (a shouted headline or label): capitals there say nothing.
    var inShoutingText = false
    /// Written in upper case letters (and digits): "BBC", "N24".
    var isAcronym: Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            if scalar.isUppercaseLetter {
                letters += 1
            } else if !(scalar.value >= 48 && scalar.value <= 57) && scalar != "." && scalar != "&" {
                return false
            }
        }
        return letters >= 2 && text.unicodeScalars.count <= 8
    }
}
