import NewsModel

/// The words news copy uses around names: what they tell about the name next to them.
enum EntityWords {
    /// Articles that open a sentence before a name in the corpus's languages ("Les Emirats arabes unis").
    static let articles: WordSet = ["The", "Les", "La", "Le", "L", "Los", "Las", "El", "Il", "Lo", "Gli", "Die", "Der", "Das"]
    static let connectors: WordSet = [
        "of", "de", "du", "des", "la", "le", "von", "van", "der", "den", "al", "bin", "del", "di", "da", "&", "y", "dos", "das",
        // Italian "of the" ("Corriere della Sera"; not the Portuguese "do", which is Czech and Polish for "to").
        "della", "dello", "delle", "degli", "dei",
    ]
    /// "and" and "or" in the languages the reader sees: what joins the items of a list, and a context class of the
    /// acceptance step.
    static let conjunctions: WordSet = ["and", "or", "und", "oder", "et", "ou", "y", "o", "e", "a", "i", "и"]
    /// Title and role words before a person's name (without their full stop: the tokenizer strips it).
    static let titles: WordSet = [
        "President", "Prime", "Minister", "Chancellor", "Mayor", "Governor", "Gov", "Senator", "Sen", "Rep", "Representative",
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "King", "Queen", "Prince", "Princess", "Pope", "General", "Gen", "Colonel", "Col",
        "Lt", "Sgt", "Sergeant", "Lieutenant", "Major", "Admiral", "Marshal", "Commander",
        "Secretary", "Chair", "Chairman", "Chairwoman", "CEO", "Judge", "Justice", "Ambassador", "Commissioner", "Coach", "Captain", "Sir",
        "Dame",
        "Lord", "Lady", "Foreign", "Defence", "Defense", "Interior", "Finance", "Vice", "Deputy", "Chief", "Sheikh", "Cardinal",
        "Archbishop", "Bishop", "Father", "Rev", "Reverend", "Rabbi", "Imam", "Detective", "Inspector", "Officer", "Spokesman",
        "Spokeswoman",
        "Spokesperson", "Director", "Actor", "Actress", "Singer", "Former", "Prosecutor", "Attorney", "Councillor", "Councilman",
        "Councilwoman", "Congressman", "Congresswoman", "Lawmaker", "Leader", "Adviser", "Advisor", "Striker", "Midfielder", "Defender",
        "Goalkeeper", "Manager", "Presidents", "Premier", "Speaker", "Chairperson", "Founder", "Economist", "Analyst", "Author", "Dr.",
        "Sheriff", "Mme", "Mlle", "Herr", "Frau", "EVP", "SVP", "VP", "CFO", "COO", "CTO", "CMO", "Editor", "Reporter", "Correspondent",
        "Columnist", "Constable", "Superintendent", "Emir", "Sultan", "Ayatollah", "Patriarch", "MP", "MEP",
        // Russian forms of address before a surname ("Господин Булавинов").
        "Господин", "Госпожа",
        // Members of other parliaments, written before the name as MP is ("Likud MK Hanoch Milwidsky", "Fianna Fáil TD …").
        "MK", "MSP", "MLA", "MPP", "TD",
        // Abbreviated ranks and offices of British and Irish copy ("Cllr Lindsay Davidson", "Supt Mark Evans"), and Indian
        // copy's chief ministers ("deputy CMs Arun Sao and Vijay Sharma").
        "Cllr", "Capt", "Cmdr", "Supt", "Insp", "CM", "CMs",
        // Ireland's head of government and deputy, titles as Prime Minister is.
        "Taoiseach", "Tánaiste", "Tanaiste",
        // American local government's offices, written before the name ("Council Member Robin Wonsley", "Alderman Brendan
        // Reilly", "Assemblymember Alex Lee", "Supervisor Alfredo Pedroza").
        "Member", "Councilmember", "Alderman", "Alderwoman", "Alderperson", "Assemblyman", "Assemblywoman", "Assemblymember",
        "Supervisor", "Selectman", "Selectwoman", "Trustee", "Delegate",
        // Offices of agencies, treasuries, churches and services written before the name ("NASA Administrator …", "State
        // Treasurer …", "Monsignor …"); the list needs them when the given name is one it does not know. (Not "Dean",
        // "Pastor", "Principal", "Deacon": given names and surnames too.)
        "Administrator", "Treasurer", "Auditor", "Comptroller", "Registrar", "Envoy", "Consul", "Monsignor", "Archdeacon",
        "Curator", "Undersecretary", "Corporal", "Commodore",
        // Honorifics of Nigerian, Malaysian and Indian copy ("Hon. Chukwuemeka Adeyinka", "Engr. Halima Bako-Musa", "Alhaji
        // …", "Datuk Seri Azlan …", "Shri …"; not "Sri", a given name in Indonesia).
        "Hon", "Honourable", "Honorable", "Engr", "Alhaji", "Alhaja", "Mallam", "Barr", "Otunba", "Datuk", "Datin", "Dato", "Seri",
        "Tun", "Shri", "Smt",
        // Police ranks written before the name in Nigerian, Indian and British copy ("DSP Ramhan Nansel", "ACP Vikram
        // Singh", "IGP Usman Baba", "Det Supt …", "Cpl …").
        "DSP", "ASP", "CSP", "SSP", "ACP", "DCP", "AIG", "DIG", "IGP", "ASI", "SHO", "DCI", "Supt", "Insp", "Det", "Cpl",
    ]
    /// Ranks that are also words of bodies' names: a title only before a given name ("Garda Adrian Donohoe", "Detective
    /// Garda Paul Reid"; not "Garda Confidential Line").
    static let ranksBeforeGivenNames: WordSet = [
        "Garda",
        // Police ranks that are bodies' letters too ("CP Mohammed DanMallam", "SP Yemisi Opalola"; "the SP", the Samajwadi
        // Party, "DC Comics").
        "CP", "SP", "DC", "DS", "DI",
    ]
    /// Words that start a sentence or clause but never a name ("When I", "Today Poland").
    static let clauseStarters: WordSet = [
        "When", "Today", "Yesterday", "Tomorrow", "How", "Inside", "Where", "Why", "What", "Neighbouring", "Neighboring", "Now", "Then",
        "Despite", "During", "Under", "Over", "Between", "Among", "Although", "Because", "Since", "Until", "Unlike", "Like", "Just",
        "Follow", "Read", "Watch", "See", "Click", "Contact", "Visit", "Meet", "Ask", "Dear", "Thanks", "Thank", "Please", "Let",
    ]
    /// A last word that makes a capitalised run a prize, an event or a work, not a person, place or organisation.
    static let thingEndings: WordSet = [
        "Cup", "Globe", "Globes", "Award", "Awards", "Medal", "Prize", "Festival", "Championship", "Championships", "Olympics", "Year",
        "Trophy", "Oscar", "Oscars", "Emmy", "Grammy", "Tour", "Open", "Show", "Album", "Film", "Movie", "Freedom", "War", "Wars",
        "Day", "Week", "Games", "Series", "Act", "Bill", "Treaty", "Agreement", "Accord", "Plan", "Program", "Programme", "Summit",
        "Conference", "Election", "Elections", "Crisis", "Revolution", "Talk", "Talks", "Virus", "Disease", "Syndrome", "Law",
        "Christmas", "Easter", "Ramadan", "Eve", "Exclusive", "Photos", "Photo", "Video", "Videos", "Graphic", "Graphics",
        "Factbox", "Analysis", "Explainer", "Live", "Update", "Updates", "Bowl", "Marathon", "Prix", "Derby", "Classic",
        "Olympiad", "Expo", "Fair", "Weekend", "Season", "Note", "Notes", "Final", "Finals", "Semifinal", "Semifinals", "Playoff",
        "Playoffs", "Average", "Index", "Amendment", "Doctrine", "Pandemic", "Epidemic", "Outbreak",
        // Periods of history ("Bronze Age", "Middle Ages", "Meiji Era").
        "Age", "Ages", "Era",
    ]
    /// Words of page furniture and wire trailers that are never part of a name ("Reporting by", "Tel:", "Full Article").
    static let nonNameWords: WordSet = [
        "Reporting", "Editing", "Writing", "Tel", "Telephone", "Contacts", "Contact", "Email", "E-mail", "Phone", "Fax", "Mobile",
        "Full", "Article", "Click", "Here", "Subscribe", "Advertisement", "Photo", "Photos", "Video", "Caption", "Credit", "Source",
    ]
    /// Legal forms that end a company's name ("Amazon.com Inc").
    static let legalForms: WordSet = [
        "Inc", "Corp", "Co", "Cos", "Ltd", "Plc", "PLC", "plc", "LLC", "AG", "SA", "GmbH", "NV", "BV", "SpA", "Pty", "SE", "ASA", "AB",
        "Oyj", "Limited", "LLP",
        // The continental forms as Reuters and the European press write them, with their stops ("Rhone Poulenc S.A.",
        // "Haighton en Ruth B.V.").
        "S.A.", "S.A", "B.V.", "B.V", "N.V.", "N.V", "S.p.A.", "S.p.A", "C.V.", "C.V", "S.L.", "S.L", "S.R.L.", "S.r.l.",
        // Reuters' 1980s copy capitalises only the first letter of some ("KEBO Ab of Sweden", "Hoechst Ag", "Philips Nv").
        "Ab", "Ag", "Nv",
    ]
    static let thingBeginnings: WordSet = [
        "Hurricane", "Typhoon", "Storm", "Cyclone", "Operation", "Project", "Episode", "Chapter", "Volume", "Season",
        // A work's parts ("Dune: Part Two").
        "Part",
        // Ships by their navy's prefix ("USS Sampson", "HMS Queen Elizabeth", "USNS Comfort"): not annotated.
        "USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS",
        // "Día Internacional de la Libertad de Prensa", "Journée mondiale …", "Semana Santa": a day or week of something.
        "Día", "Journée", "Giornata", "Jornada", "Semana",
        // Wars, battles and revolutions named head first ("Guerre de Libération nationale", "Révolution française",
        // "Batalla de Ayacucho"; not "Guerra", a surname too).
        "Guerre", "Révolution", "Revolución", "Rivoluzione", "Bataille", "Batalla", "Battaglia",
    ]
    static let nationalities: WordSet = [
        "French", "Russian", "German", "British", "American", "European", "Ukrainian", "Chinese", "Japanese", "Italian", "Spanish",
        "Polish", "Dutch", "Danish", "Swedish", "Norwegian", "Finnish", "Turkish", "Iranian", "Israeli", "Palestinian", "Syrian",
        "Iraqi", "Indian", "Pakistani", "Afghan", "Australian", "Canadian", "Mexican", "Brazilian", "Argentine", "Argentinian",
        "Scottish", "Irish", "Welsh", "English", "Greek", "Belgian", "Swiss", "Austrian", "Czech", "Hungarian", "Romanian",
        "Bulgarian", "Serbian", "Croatian", "Korean", "Vietnamese", "Thai", "Egyptian", "Saudi", "African", "Asian", "Arab",
        "Western", "Eastern", "Northern", "Southern", "Latin", "Catholic", "Muslim", "Christian", "Jewish", "Democratic", "Republican",
        "Soviet", "Portuguese", "Lebanese", "Qatari", "Emirati", "Nigerian", "Kenyan", "Cuban", "Venezuelan", "Colombian", "Chilean",
        "Latino", "Latina", "Hispanic", "Kurdish", "Belarusian", "Georgian", "Armenian", "Azerbaijani", "Kazakh", "Uzbek", "Moroccan",
        "Algerian", "Tunisian", "Libyan", "Sudanese", "Ethiopian", "Somali", "Yemeni", "Jordanian", "Kuwaiti", "Bahraini", "Omani",
        "Filipino", "Indonesian", "Malaysian", "Singaporean", "Taiwanese", "Tibetan", "Mongolian", "Nepali", "Bangladeshi", "Sri",
        "Peruvian", "Ecuadorian", "Bolivian", "Uruguayan", "Paraguayan", "Haitian", "Jamaican", "Slovak", "Slovenian", "Estonian",
        "Latvian", "Lithuanian", "Icelandic", "Luxembourgish", "Maltese", "Cypriot", "Albanian", "Macedonian", "Bosnian", "Montenegrin",
        "Islamic", "Sunni", "Shia", "Shiite", "Hindu", "Buddhist", "Protestant", "Orthodox", "Baltic", "Nordic", "Scandinavian", "Gulf",
        "Francophone", "Anglo", "Federal", "Provincial", "Municipal", "Regional", "Presidential", "Parliamentary", "Ministerial",
        "Ecuadorean",
        // The nouns for one person of a nation, before a name as its adjectives are ("the Dutchman Jordan Teze").
        "Dutchman", "Dutchwoman", "Englishman", "Englishwoman", "Frenchman", "Frenchwoman", "Irishman", "Irishwoman", "Scotsman",
        "Scotswoman", "Welshman", "Welshwoman", "Spaniard", "Briton", "Swede",
    ]
    static let calendarWords: WordSet = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    ]
    /// Feasts and holidays, capitalised in every language and never a person, body or place by themselves (events
    /// are not annotated): "before Christmas", "vor Weihnachten", "à Noël".
    static let holidays: WordSet = [
        "Christmas", "Xmas", "Easter", "Thanksgiving", "Halloween", "Hanukkah", "Passover", "Ramadan", "Diwali", "Eid", "Lent",
        "Pentecost", "Weihnachten", "Ostern", "Pfingsten", "Silvester", "Noël", "Pâques", "Toussaint", "Navidad", "Nochebuena",
        "Nochevieja", "Pascua", "Natale", "Pasqua", "Capodanno", "Ferragosto", "Vánoce", "Velikonoce", "Silvestr", "Рождество",
        "Пасха",
    ]
    /// Capitalised because they start a sentence, never names by themselves.
    static let commonStarters: WordSet = [
        "The", "A", "An", "It", "It's", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "As", "At", "In", "On",
        "But", "And", "Or", "If", "When", "While", "After", "Before", "According", "For", "From", "With", "By", "To", "Of", "His", "Her",
        "Their", "Our", "Its", "There", "Here", "What", "Who", "Why", "How", "Some", "Many", "Most", "All", "No", "Not", "One", "Two",
        "However", "Meanwhile", "Also", "Still", "Yet", "So", "Such", "Other", "Another", "Each", "Every", "Both", "Mr", "Mrs",
        "Nobody", "Everyone", "Everybody", "Somebody", "Someone", "Anyone", "Nothing", "Something", "Everything", "People", "Officials",
        "Is", "Are", "Was", "Were", "Be", "Do", "Does", "Did", "Has", "Have", "Had", "Will", "Would", "Can", "Could", "Should", "May",
        "Might", "Must", "Shall", "My", "Your", "Me", "Him", "Them", "Us", "Any", "Few", "Several", "Much", "More", "Less", "Only",
        "Even", "Indeed", "Instead", "Perhaps", "Maybe", "Yes", "Well", "Oh", "Last", "Next", "First", "Second", "Third", "Finally",
        "Later", "Earlier", "Already", "Again", "Never", "Always", "Often", "Sometimes", "Recently", "Currently", "Previously",
        "Once", "Twice", "About", "Above", "Around", "Against", "Through", "Without", "Within", "Whether", "Though", "Unless",
        "Where", "Which", "Whose", "Whom", "Asked", "Speaking", "Writing", "Born", "Based", "Given", "Including", "Following",
        "Authorities", "Troops", "Soldiers", "Witnesses", "Residents", "Critics", "Three", "Four", "Five", "Six", "Seven", "Eight",
        "Nine", "Ten", "Dozens", "Hundreds", "Thousands", "Millions",
        "Experts", "Analysts", "Investors", "Sources", "Reports", "Details", "Photo", "Video", "Image", "Update", "Breaking", "Note",
    ]
    /// English speech and action verbs, and those of the other languages (`otherLanguageVerbs`).
    static let verbs: WordSet = {
        var verbs = englishVerbs
        for verb in otherLanguageVerbs { _ = verbs.insert(verb) }
        return verbs
    }()
    private static let englishVerbs: WordSet = [
        "said", "says", "told", "stated", "added", "noted", "declared", "reacted", "announced", "insisted", "warned", "stressed",
        "emphasized", "emphasised", "argued", "claimed", "wrote", "asked", "replied", "suggested", "confirmed", "denied", "urged",
        "visited", "met", "called", "accused", "criticised", "criticized", "explained", "agreed", "rejected", "signed", "won", "lost",
        "has", "had", "is", "was", "will", "would", "could", "did", "tweeted", "posted", "recalled", "admitted", "acknowledged",
        "believes", "thinks", "thought", "wants", "wanted", "hopes", "hoped", "remarked", "responded", "commented", "described",
    ]
    static let auxiliaries: WordSet = [
        "has", "had", "is", "was", "will", "would", "could", "did", "can", "may", "might", "should", "must", "are", "were",
    ]
    static let locatives: WordSet = [
        "in", "to", "from", "near", "across", "outside", "inside", "into", "at", "towards", "toward", "via", "throughout",
    ]
    /// A lower-case word after a name that says the name is an outlet: "N24 television", "Bild newspaper".
    static let outletNouns: WordSet = [
        "newspaper", "newspapers", "daily", "weekly", "magazine", "television", "tv", "broadcaster", "radio", "channel", "website",
        "agency", "network", "tabloid", "paper", "station", "outlet", "portal", "blog",
    ]
    /// A lower-case word after a name that makes it an institution, kept as part of the name ("Royal Free hospital").
    static let institutionNouns: WordSet = ["hospital", "university", "college", "school", "clinic", "institute", "academy"]
    /// A lower-case word after a name that makes it an organisation, not kept in the name ("Smithsonian museums").
    static let organisationNouns: WordSet = [
        "museums", "group", "company", "firm", "bank", "party", "club", "team", "foundation", "charity", "union", "council",
        "ministry", "airline", "carrier", "corporation", "organisation", "organization", "agency", "authorities", "government",
        "army", "police", "squad", "side", "movement", "militia", "rebels", "coalition", "alliance",
    ]
    /// Lower-case nouns for a post, written between an employer and the holder's name ("Goldman Sachs economist Jan
    /// Hatzius", "Arsenal manager Mikel Arteta").
    static let jobNouns: WordSet = [
        "analyst", "economist", "strategist", "spokesman", "spokeswoman", "spokesperson", "executive", "official", "director",
        "chairman", "chairwoman", "president", "chief", "lawyer", "attorney", "researcher", "scientist", "engineer", "manager",
        "coach", "striker", "midfielder", "defender", "goalkeeper", "captain", "owner", "founder", "editor", "correspondent",
        "reporter", "trader", "adviser", "advisor", "boss", "spokesmen", "analysts", "economists",
    ]
    /// Lower-case nouns after a name that say it is a building or a feature of the land ("Notre Dame cathedral").
    static let landmarkNouns: WordSet = [
        "cathedral", "church", "basilica", "mosque", "temple", "synagogue", "stadium", "arena", "airport", "bridge", "palace",
        "river", "lake", "mountain", "mountains", "valley", "island", "islands", "peninsula", "desert", "volcano", "square",
    ]
    /// Head nouns of an apposition that say the name is an organisation ("Flexport, a freight company") or a place
    /// ("Makilala, a town in …"), beside `organisationWords` and `placeWords` lower-cased; and the endings of nouns
    /// for people ("a neonatologist", "the spokesman").
    static let organisationAppositions: WordSet = [
        "company", "firm", "startup", "maker", "retailer", "newspaper", "outlet", "brand", "organisation", "organization", "group",
        "band", "club", "party", "agency", "charity",
    ]
    static let placeAppositions: WordSet = [
        "town", "village", "city", "suburb", "neighbourhood", "neighborhood", "municipality", "country", "region", "province",
        "state", "island", "area", "district", "county",
    ]
    static let personNounEndings = ["ist", "er", "or", "ian", "ant", "ent", "man", "woman", "person", "chief", "head", "official"]
    /// A lower-case word after a single name that makes it a person ("the Trump administration").
    static let personNouns: WordSet = ["administration", "presidency", "campaign", "family", "government's"]
    /// Acronyms that are not organisations.
    static let commonAcronyms: WordSet = [
        "AIDS", "HIV", "LGBT", "LGBTQ", "LGBTQ+", "GDP", "CEO", "CFO", "COO", "CTO", "FOB", "TV", "DNA", "RNA", "COVID", "OK", "PM", "AM",
        "UTC", "GMT", "ID", "PC", "IT", "VIP", "MP", "MPs", "DJ", "PR", "IQ", "ICU", "CCTV", "SUV", "UFO", "USB", "PDF", "URL", "FAQ",
        "ASAP", "DIY", "RIP", "BC", "AD", "GPS", "WIFI", "LED", "LCD", "AI", "VR", "IPO", "ETF", "CPI", "VAT", "NGO", "NGOs", "PhD",
        "MBA", "ET", "PT", "EST", "EDT", "PST", "CET", "CEST", "BST",
        // The other time zones copy writes after a clock time ("18:00 EET", "10 a.m. CST").
        "EET", "EEST", "WET", "CST", "CDT", "MST", "MDT", "PDT", "HST", "AKST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "IST",
        "JST", "KST", "HKT", "SGT", "MSK", "WWII", "WWI", "II", "III", "IV", "VI", "VII", "VIII", "IX",
        "XI", "XII", "SMS", "MRI", "ER", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "YoY", "EPS", "EBIT", "EBITDA", "US$", "USD", "EUR",
        "GBP", "JPY", "CNY", "RUB", "CHF", "AUD", "CAD", "KM", "MW", "GW", "KW", "TD", "MVP", "NOTEBOOK", "NOTE",
        "EDITORS", "EDITOR", "ADVISORY",
        "CORRECTION", "UPDATE", "FA", "API", "APIs", "SDK", "CBD", "EV", "EVs", "AR", "IoT", "SaaS", "B2B", "ESG", "HR", "APAC",
        "EMEA", "LATAM", "OPINION", "ANALYSIS", "NEW", "URGENT",
        // The other languages' abbreviations of things, which open their compounds ("KI-Modell", "WM-Titel", "Pkw-Maut").
        "KI", "WM", "EM", "PKW", "LKW", "ICE", "ÖPNV", "MwSt", "BIP", "IA", "PIB", "TVA", "IVA",
        // Russian abbreviations of things: a road accident, an emergency, the media, traffic rules, a shopping centre.
        "ДТП", "ЧП", "ЧС", "СМИ", "ПДД", "ВВП", "ДНК", "ТЦ", "ЖКХ", "БПЛА", "ОПГ",
        // Gross domestic product and value added tax in Italian, Czech and Russian ("1,2% ВВП").
        "PIL", "HDP", "DPH", "ВВП", "НДС",
    ]
    /// What follows a surname to tell a father from his son: "Jr.", "Sr.", "III".
    static let generationalSuffixes: Set<String> = ["Jr", "Sr", "II", "III", "IV"]
    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: WordSet = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gov", "Sen", "Rep", "Gen", "Col", "Lt", "Sgt", "St", "Jr", "Sr", "Rev", "Capt", "Cmdr",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Ltd", "Co", "Corp", "No",
        "vs", "etc", "approx", "Mt", "Ft", "Ave", "Blvd", "Dept", "Univ", "Ald", "Cllr", "Hon", "Supt", "Insp", "Det", "Ln", "Hwy",
        "Pkwy",
    ]
    /// Titles that only a person holds, before a name: a single word after one is a surname, never a place.
    static let honorifics: WordSet = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gov", "Sen", "Rep", "Gen", "Col", "Lt", "Sgt", "Rev", "Capt", "Cmdr", "Supt", "Insp",
        "Det", "Cllr", "Senator", "Governor", "Representative", "Congressman", "Congresswoman", "Sir", "Dame", "Mme", "Mlle", "Herr",
        "Frau",
    ]
    /// Abbreviations that open a place's name ("St. Louis", "Mt. Kenya", "Ft. Worth").
    /// "Co." before a name is Irish and British copy's county ("Co. Louth"); after one, a firm's legal form.
    static let nameAbbreviations: WordSet = ["St", "Mt", "Ft", "Co"]
    static let compassWords: WordSet = [
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater", "Northeast",
        "Northwest", "Southeast", "Southwest",
    ]
    static let romanNumerals: WordSet = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XX",
    ]

    static let organisationWords: WordSet = [
        "Union", "Bank", "Council", "Ministry", "University", "Party", "Association", "Company", "Inc", "Ltd", "Corp", "Corporation",
        "Forum", "Rescue", "Ambulance", "Unit", "Squad", "Division", "Branch",
        "Agency", "Commission", "Court", "Group", "Service", "Office", "Organization", "Organisation", "Committee", "Institute",
        "Foundation", "Hospital", "Infirmary", "Hospice", "School", "Airways", "Airlines", "Government", "Parliament", "Assembly",
        "Department", "Police",
        "Army", "Navy", "Force", "Forces", "Club", "Society", "Federation", "Board", "Authority", "Fund", "Network", "News", "Times",
        "Post", "Journal", "Press", "Television", "Radio", "FM", "Media", "Press-Agentur", "Charity", "Platform", "Academy", "Museum",
        "Trust", "Guardian", "Telegraph", "Band", "Orchestra", "Team", "FC", "Bureau", "Agentur", "AG", "GmbH", "SA", "plc", "LLC", "LLP",
        "Cooperative", "Co-operative", "Construction", "Energy", "Industries", "Holdings", "Partners", "Bancorp", "Insurance",
        "Senate", "Congress", "Cabinet", "Church", "Exchange", "Market", "Markets", "Resorts", "Systems", "Technologies", "Motors",
        "College", "Institution", "Alliance", "Coalition", "Movement", "Front", "Brigade", "Brigades", "Guard", "League",
        "Consortium", "Laboratory", "Laboratories", "Labs", "AI", "Pharmaceuticals", "Pharma", "Capital", "Investments", "Ventures",
        "Enterprise", "Enterprises", "Communications", "Telecom", "Airport", "Tribunal", "Commissioner", "Directorate", "Secretariat",
        // Firms named after the trade's works ("Cowan Pottery", "Anchor Brewery", "Harland Foundry").
        "Pottery", "Brewery", "Breweries", "Winery", "Distillery", "Bakery", "Foundry", "Creamery", "Cannery",
        "Chamber", "Confederation", "Cooperation", "Program", "Programme", "Initiative", "Centre", "Center", "Telescope",
        "Clinic", "Studios", "Records", "Entertainment", "Pictures", "Films", "Productions", "Publishing", "Publishers", "Magazine",
        "Daily", "Herald", "Tribune", "Gazette", "Chronicle", "Observer", "Independent", "Mail", "Mirror", "Express", "Sun", "Star",
        "Standard", "Ledger", "Inquirer", "Examiner", "Enquirer", "Courier", "Dispatch", "Sentinel", "Globe", "Sports",
        "Bundesliga", "Liga", "House", "Patrol", "Survey", "Administration", "Reserve", "Corps", "Command", "Observatory",
        "Steel", "Oil", "Gas", "Power", "Electric", "Chemicals", "Mining", "Metals", "Petroleum", "Automotive", "Aerospace", "Motor",
        "Electronics",
        // The police in the other languages ("Københavns Vestegns Politi", "Polizia di Stato", "Policía Nacional", Ireland's
        // "Laois Offaly Garda").
        "Politi", "Polis", "Politie", "Polizia", "Policía", "Policie", "Policja", "Garda",
        // Football clubs' closing words ("Man Utd", "Blackburn Rovers", "Wolverhampton Wanderers", "Tottenham Hotspur").
        "Utd", "Rovers", "Wanderers", "Hotspur",
        "Democrats", "Republicans", "Greens", "Socialists", "Conservatives", "Liberals", "Tories", "Embassy", "Consulate", "Faculty",
        "Mission", "Delegation", "Regiment", "Railway", "Railways", "Railroad", "Transit", "Resources", "Water", "Utilities",
        "Economics", "Research", "Securities", "Advisors", "Advisers", "Associates", "Consulting", "Analytics", "Strategies", "Brothers",
        "Bros",
        "Management", "Partnership", "Brands", "Foods", "Logistics", "Solutions", "Services", "Software", "Infrastructure", "Operator",
        "Operators",
        // Businesses named by what they are: venues, outlets.
        "Hotel", "Restaurant", "Pub", "Cafe", "Café", "Inn", "Bulletin", "Channel", "Bar", "Resort", "Winery", "Brewery",
        "Distillery", "Vineyards", "Bakery",
        // Newspapers of the other languages ("Novaya Gazeta", "Süddeutsche Zeitung", "Gazzetta dello Sport").
        "Gazeta", "Gazzetta", "Zeitung", "Diario", "Diário", "Noticias", "Notícias", "Nouvelles", "Novosti", "Noviny",
        "Corriere", "Giornale", "Messaggero", "Periódico", "Jornal", "Kurier", "Rundschau", "Anzeiger", "Courrier",
        "Co", "Cos", "Plc", "PLC", "NV", "BV", "SpA", "Pty", "Limited", "Incorporated", "Ltda", "SE", "ASA", "AB", "Oyj",
        // Football clubs named by a town and a club word ("Newcastle United", "Blackburn Rovers", "Tottenham Hotspur").
        "United", "Rovers", "Wanderers", "Athletic", "Albion", "Rangers", "Hotspur",
        // Companies and ensembles of the performing arts ("Royal Ashbury Opera", "Brandvold String Quartet", "London
        // Philharmonic"; not "Theatre", a building as often as a company).
        "Opera", "Philharmonic", "Symphony", "Ballet", "Choir", "Chorus", "Ensemble", "Quartet", "Quintet", "Trio", "Orchestre",
        "Orchester", "Orquesta",
    ]
    /// The words that end a football club's name after its town (also in `organisationWords`).
    static let clubWords: WordSet = ["United", "Rovers", "Wanderers", "Athletic", "Albion", "Rangers", "Hotspur"]
    /// Single words that are organisations by themselves ("Congress", "Parliament", "the Senate").
    static let institutionsByThemselves: WordSet = [
        "Congress", "Senate", "Parliament", "Bundestag", "Bundesrat", "Duma", "Knesset", "Kremlin", "Pentagon", "Vatican", "Politburo",
        "Sejm", "Riksdag", "Storting", "Folketing", "Eduskunta", "Cortes", "Taoiseach", "Oireachtas", "Dail", "Majlis", "Bundeswehr",
        "Interpol", "Europol", "Frontex", "Eurostat", "Bundesbank", "Bundesliga", "Verfassungsschutz", "Senato", "Sénat", "Senado",
        // Russia's ministries by their short names ("в Минобороны", "глава Минкультуры"), in the forms copy writes.
        "Минобороны", "Минфин", "Минфина", "Минфине", "Минздрав", "Минздрава", "Минздраве", "Минюст", "Минюста", "Минтруд",
        "Минтруда", "Минпромторг", "Минпромторга", "Минэнерго", "Минсельхоз", "Минсельхоза", "Минприроды", "Минцифры",
        "Минкультуры", "Минтранс", "Минтранса", "Минобрнауки", "Минпросвещения", "Минстрой", "Минстроя", "Минэкономразвития",
        "Минспорт", "Минспорта", "Минтруде", "Минтрансе", "Минстрое", "Минспорте", "Минсельхозе", "Минпромторге", "Минюсте",
    ]
    static let placeWords = WordSet(
        [
            "Street", "River", "Mountain", "Mountains", "Lake", "Island", "Islands", "Sea", "Ocean", "Bay", "Valley", "Park", "Square",
            "Bridge", "Airport", "Station", "Harbor", "Harbour", "Desert", "Coast", "County", "Province", "Region", "State", "City",
            "Stadium",
            "Monument", "Canyon", "Zoo", "Bell", "Memorial", "Tower", "Cathedral", "Palace", "Castle", "Temple", "Mosque", "Gallery",
            "Falls",
            "Avenue", "Road", "Boulevard", "Plaza", "Arena", "Centre", "Hall", "Forest", "Peninsula", "Strait", "Gulf", "Glacier",
            "Volcano",
            "Reservoir", "Dam", "Canal", "Port", "Beach", "Hill", "Hills", "Heights", "Field", "Fields", "Garden", "Gardens", "Church",
            "Basilica", "Abbey", "Chapel", "Synagogue", "Shrine", "Prison", "Base", "Camp", "District", "Quarter", "Lane", "Way",
            "Crossing",
            "St", "Ave", "Rd", "Blvd", "Ln", "Hwy", "Pkwy", "Coliseum", "Colosseum", "Dome",
            "Pavilion", "Racecourse", "Circuit", "Speedway", "Velodrome", "Oval", "World", "Plains", "Parks", "Belt", "Highlands",
            "Lowlands", "Basin", "Delta", "Prairie", "Plateau", "Range", "Woods", "Wetlands", "Dunes", "Reef", "Fjord",
            // Streets, waterfronts and landforms of English place names.
            "Drive", "Terrace", "Parkway", "Quay", "Pier", "Wharf", "Mall", "Ridge", "Cove", "Trench", "Fault", "Crescent", "Area",
            // Roads between towns ("Great Eastern Highway", "Pacific Motorway", "New Jersey Turnpike").
            "Highway", "Freeway", "Motorway", "Expressway", "Turnpike",
            // South Asian squares, roads, gardens and quarters as Indian and Pakistani English copy writes them ("Rajiv
            // Chowk", "Janpath Marg", "Moti Bagh", "Lajpat Nagar", "Mayur Vihar", "Daryaganj" aside).
            "Chowk", "Marg", "Bagh", "Nagar", "Vihar", "Ganj",
        ] + germanStreetWords + slavicStreetNouns.words + slavicRegionNouns.words)
    /// Russian and Czech streets and squares, written in small letters after their name ("Тверской улицы", "Манежная
    /// площадь", "Václavské náměstí") or before it ("площадь Революции", "ulice Národní"), in the case forms copy writes.
    static let slavicStreetNouns: WordSet = [
        "улица", "улицы", "улице", "улицу", "улицей", "площадь", "площади", "площадью", "проспект", "проспекта", "проспекте",
        "проспектом", "шоссе", "переулок", "переулка", "переулке", "бульвар", "бульвара", "бульваре", "набережная",
        "набережной", "набережную", "ulice", "ulici", "ulicí", "náměstí", "třída", "třídy", "třídě", "třídu", "nábřeží",
    ]
    /// Russian and Czech regions and districts, written in small letters after their adjective ("Ростовской области",
    /// "Краснодарский край", "Jihočeského kraje"), in the case forms copy writes.
    static let slavicRegionNouns: WordSet = [
        "область", "области", "областью", "край", "края", "крае", "краю", "краем", "район", "района", "районе", "району", "районом",
        "округ", "округа", "округе", "округу", "kraj", "kraje", "kraji", "krajem", "okres", "okresu", "okrese",
    ]
    /// The nouns for a street or a square that French, Spanish, Italian and Portuguese write in small letters before its
    /// name ("via Santa Caterina", "rue de la Paix", "calle Alcalá", "piazza del Popolo", "rua Augusta").
    static let romanceStreetNouns: WordSet = [
        "via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "lungomare", "lungotevere", "rue", "avenue", "boulevard",
        "place", "quai", "allée", "impasse", "chemin", "calle", "avenida", "plaza", "paseo", "carrer", "glorieta", "ronda", "rua",
        "praça", "travessa",
        // Latin American and Catalan streets and roads ("bulevar Estrella", "prolongación Guerrero", "calzada de Tlalpan").
        "bulevar", "prolongación", "calzada", "periférico", "circuito", "avinguda", "passeig", "rambla", "rodovia", "estrada",
    ]
    /// German streets and squares written as two words after an adjective of a town ("Landsberger Straße", "Berliner
    /// Platz", "Wiener Gasse"): place words that end no surname.
    static let germanStreetWords = ["Straße", "Strasse", "Platz", "Allee", "Gasse", "Brücke"]
    /// First words of landmarks ("Statue of Liberty", "Mount Rushmore").
    /// Lower-case nouns after a place's name ("Zabul province", "the Mughraqa area", "Cheorwon county"): the place
    /// nouns of an apposition but "country" and "state" ("the Basque country", "Washington state": the word before
    /// them is an adjective or a name known anyway), and nouns that follow a name rather than describe it.
    static let placeNouns = WordSet(
        placeAppositions.words.filter { $0 != "country" && $0 != "state" }
            + ["governorate", "prefecture", "oblast", "canton", "valley", "crossing", "border", "township"])
    static let placeBeginnings = WordSet(
        [
            "Statue", "Mount", "Lake", "Fort", "Cape", "Port", "Gulf", "Strait", "Isle", "Bay", "Mt", "Quai", "Rue", "Via", "Calle",
            "Piazza",
            "Plaza",
            // Irish and British counties as local copy writes them ("Co Kilkenny", "Co. Louth").
            "Co", "Co.",
            // Rivers and lakes as British and Irish copy names them ("River Roch", "Loch Ness", "Lough Neagh"), and the heads
            // of lakes and mountains in the Romance languages ("Lago di Como", "Lac Léman", "Monte Bianco").
            "River", "Loch", "Lough", "Lago", "Lac", "Monte",
            // Castles and palaces of the other languages, named head first ("Château de Lány", "Palacio de la Moncloa").
            "Château", "Castillo", "Castello", "Schloss", "Palacio", "Palazzo", "Palais", "Zámek",
            // Heads of Arabic and Hebrew place names ("Deir al-Balah", "Beit Lahia", "Kafr Qasim", "Wadi Rum").
            "Deir", "Beit", "Kafr", "Wadi", "Jabal", "Jebel", "Khirbet",
            // Stations named head first in the Romance languages ("Gare du Nord", "Estación de Atocha", "Stazione di Milano").
            "Gare", "Estación", "Stazione",
            // Motorways and roads named head first in the Romance languages ("Autovía de Andalucía", "Autostrada del Sole").
            "Autovía", "Autopista", "Carretera", "Autostrada", "Autoroute",
            // Streets named head first, capitalised as Spanish and Portuguese copy often writes them ("Avenida Juárez",
            // "Bulevar Estrella", "Prolongación Guerrero", "Calzada de Tlalpan", "Paseo de la Reforma").
            "Avenida", "Avinguda", "Bulevar", "Boulevard", "Prolongación", "Calzada", "Paseo", "Glorieta", "Periférico", "Rodovia",
            // Russian and Czech streets and squares named noun first ("площадь Революции", "náměstí Míru"), and the
            // Romance languages' ("via Santa Caterina", "rue de la Paix").
        ] + slavicStreetNouns.words + romanceStreetNouns.words)
    /// First words of organisations in many languages ("Hospital San Martin", "Banco Santander", "University of Oslo").
    static let organisationBeginnings: WordSet = [
        "Hospital", "University", "Bank", "Museum", "Ministry", "Council", "College", "Institute", "Brigade", "Banco", "Banca",
        // "Campaign for Better Transport", "Campaign for Nuclear Disarmament"; funds ("Fondo Monetario Internacional",
        // "Fonds monétaire international", "Fondo Amazonía").
        "Campaign", "Fondo", "Fonds", "Fundo",
        // A volunteers' society named for what it looks after ("Friends of Pelham Parkway", "Friends of the Earth").
        "Friends",
        // Football clubs named "Club" first ("Club Brugge", "Club América", "Clube de Regatas do Flamengo").
        "Club", "Clube",
        // Museums and societies of the other languages ("Musée Guimet", "Société des Amis du Louvre").
        "Musée", "Museo", "Muzeum", "Société", "Sociedad", "Società", "Gesellschaft", "Compagnie", "Compañía",
        // Banks of the other languages ("Banque de France", "Caisse des dépôts", "Crédit Agricole").
        "Banque", "Caisse", "Crédit",
        // Telephone companies named head first, often after their country ("Telecom Italia", "Telekom Austria").
        "Telecom", "Telekom",
        "Universidad",
        "Universität", "Université", "Ministerio", "Ministère", "Hôpital", "Clinica", "Clínica", "Partido", "Parti", "Stiftung",
        "Fundación", "Fondation", "Instituto", "Institut", "Agencia", "Agence", "Comité", "Comisión", "Commission", "Federation",
        // Institutions of the other languages the reader sees, named head first ("Guardia Civil", "Tribunal Supremo",
        // "Asamblea de Madrid", "Conseil d'État", "Corte costituzionale", "Ministerstvo vnitra").
        "Tribunal", "Tribunale", "Fiscalía", "Guardia", "Unión", "Asamblea", "Assemblée", "Presidencia", "Secretaría",
        "Unidad", "Gobierno", "Consejo", "Conseil", "Consiglio", "Congreso", "Senado", "Sénat", "Senato", "Ayuntamiento",
        // Authorities and offices ("Autoridad Independiente de Responsabilidad Fiscal", "Autorité de la concurrence",
        // "Agenzia delle Entrate", "Istituto nazionale di statistica", "Oficina Nacional de Estadística").
        "Autoridad", "Autorité", "Autorità", "Agenzia", "Istituto", "Oficina", "Dirección", "Servicio", "Defensoría",
        "Junta", "Audiencia", "Policía", "Polizia", "Police", "Policie", "Ministero", "Ministerstvo", "Ministerium", "Cour",
        "Corte", "Camera", "Parlement", "Parlamento", "Partito", "Strana", "Úřad", "Soud", "Komise", "Unione", "Union",
        "Bundesamt", "Bundesministerium", "Bundesregierung", "Landesregierung", "Landtag", "Verband", "Gericht", "Zentrum", "Centro",
        // Local governments and their offices, named head first ("Regione Liguria", "Comune di Milano", "Procura di Roma",
        // "Région Île-de-France", "Generalitat de Catalunya"): the body, not the place it governs nor a person.
        "Regione", "Comune", "Procura", "Prefettura", "Questura", "Région", "Mairie", "Préfecture", "Generalitat", "Diputación",
        "Alcaldía", "Magistrát",
        // Spain's regional governments ("la Comunidad de Madrid ha anunciado …", "la Xunta de Galicia").
        "Comunidad", "Xunta",
        // Unions' and employers' confederations and federations ("Confederación General del Trabajo", "Confederazione
        // generale italiana del lavoro", "Fédération française de football").
        "Confederación", "Confederazione", "Confédération", "Federación", "Federazione", "Fédération",
        // Portuguese ("Conselho de Ministros", "Confederação Empresarial de Portugal", "Assembleia da República").
        "Conselho", "Confederação", "Ministério", "Assembleia", "Comissão", "Federação", "Associação", "Fundação",
        "Universidade", "Agência", "Câmara", "Supremo", "Polícia", "Sindicato",
        // Russian bodies named head first, the head in each of its cases ("Банк России", "Совет директоров Банка России",
        // "в Банке России", "Министерство обороны", "в Министерстве транспорта", "с Министерством финансов"): Russian
        // declines the head after a preposition or another noun and leaves the rest of the name as it is.
        "Банк", "Банка", "Банку", "Банком", "Банке", "Министерство", "Министерства", "Министерству", "Министерством",
        "Министерстве", "Совет", "Совета", "Совету", "Советом", "Совете", "Служба", "Службы", "Службе", "Службу", "Службой",
        "Комитет", "Комитета", "Комитету", "Комитетом", "Комитете", "Агентство", "Агентства", "Агентству", "Агентством",
        "Агентстве", "Фонд", "Фонда", "Фонду", "Фондом", "Фонде", "Центр", "Центра", "Центру", "Центром", "Центре",
        "Университет", "Университета", "Университету", "Университетом", "Университете", "Партия", "Партии", "Партию",
        "Партией",
        // Football clubs named by a club word before the town ("Olympique de Marseille", "Real Madrid", "Borussia
        // Dortmund", "Dynamo Kyiv", "Sporting CP", "Stade Rennais"): the club, not the town nor a person.
        "Olympique", "Real", "Atlético", "Atletico", "Sporting", "Borussia", "Eintracht", "Dynamo", "Dinamo", "Spartak",
        "Lokomotiv", "Stade", "Racing", "Hertha", "Fortuna",
        // Airlines named "Air" and their country or town ("Air Canada", "Air France", "Air New Zealand", "Air Astana").
        "Air",
    ]
    /// Endings of German compounds that name a body ("Verfassungsschutz", "Datenschutzbehörde", "Landeskriminalamt",
    /// "Stadtwerke"): the last word of a name that ends so is an organisation's.
    static let organisationSuffixes = [
        "ministerium", "behörde", "amt", "gericht", "verfassungsschutz", "partei", "verband", "werke", "konzern",
        "kommission", "polizei", "bundestag", "landtag", "regierung", "gewerkschaft", "stiftung", "universität",
    ]

    /// The last bytes of `organisationSuffixes`.
    private static let organisationSuffixLastBytes = Set((organisationSuffixes + federalBodyHeads).compactMap(\.utf8.last))

    /// A word that names a body by its German ending ("Datenschutzbehörde"): at least four letters before it, or
    /// the whole word when the ending is a long word of its own ("Verfassungsschutz").
    static func hasOrganisationSuffix(_ word: Substring) -> Bool {
        // Every ending ends in an ASCII letter: a word whose last byte is not one of theirs (in either case) ends in
        // none of them. Asked first, on the byte: the Character count and the lower-casing below cost more.
        guard let last = word.utf8.last, last < 0x80, organisationSuffixLastBytes.contains(last | 0x20) else { return false }
        guard word.count >= 8, word.first?.isUppercase == true else { return false }
        let lowered = word.lowercasedOnBytes()
        // "Bundesnetzagentur", "Bundesbank", "Bundesanstalt für …": a federal body's name, by the federation's prefix.
        if lowered.hasPrefixOnBytes("bundes"), federalBodyHeads.contains(where: { lowered.hasSuffixOnBytes($0) }) { return true }
        let count = lowered.count
        return organisationSuffixes.contains { suffix in
            lowered.hasSuffixOnBytes(suffix) && (count >= suffix.count + 4 || count == suffix.count && suffix.count >= 8)
        }
    }

    /// The heads of federal bodies' one-word names after "Bundes-" (the general endings are `organisationSuffixes`).
    private static let federalBodyHeads = ["agentur", "anstalt", "bank", "rat", "kanzleramt"]
}
