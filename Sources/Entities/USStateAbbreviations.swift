import NewsModel

/// How American copy abbreviates the states: the Associated Press's abbreviations ("Minn.", "N.Y.", "W.Va.") and the
/// postal codes ("MN", "NY"), which a legislator's party tag carries ("Rep. Ilhan Omar (D-Minn.)", "(R-TX)").
enum USStateAbbreviations {
    /// The state an abbreviation, a postal code or a full name in a party tag stands for (the full stop after the
    /// abbreviation may be left off); nil when it names none.
    static func state(named written: String) -> String? {
        var key = written
        while key.hasSuffixOnBytes(".") || key.hasSuffixOnBytes(")") { key.removeLast() }
        if let state = byAbbreviation[key] { return state }
        return states.contains(key) ? key : nil
    }

    /// The state an AP abbreviation stands for ("N.J.", "Calif."; the full stop may be left off); nil for anything
    /// else, postal codes included (a town's "CA" is no state in running text).
    static func associatedPressState(_ written: String) -> String? {
        associatedPress[written.hasSuffixOnBytes(".") ? String(written.dropLast()) : written]
    }

    private static let associatedPress: [String: String] = [
        "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado", "Conn": "Connecticut",
        "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky",
        "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi",
        "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey",
        "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon",
        "Pa": "Pennsylvania", "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee",
        "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington", "W.Va": "West Virginia", "Wis": "Wisconsin",
        "Wyo": "Wyoming",
    ]

    /// The fifty states in the order of their postal codes.
    private static let postal: [(code: String, state: String)] = [
        ("AK", "Alaska"), ("AL", "Alabama"), ("AR", "Arkansas"), ("AZ", "Arizona"), ("CA", "California"), ("CO", "Colorado"),
        ("CT", "Connecticut"), ("DE", "Delaware"), ("FL", "Florida"), ("GA", "Georgia"), ("HI", "Hawaii"), ("IA", "Iowa"),
        ("ID", "Idaho"), ("IL", "Illinois"), ("IN", "Indiana"), ("KS", "Kansas"), ("KY", "Kentucky"), ("LA", "Louisiana"),
        ("MA", "Massachusetts"), ("MD", "Maryland"), ("ME", "Maine"), ("MI", "Michigan"), ("MN", "Minnesota"), ("MO", "Missouri"),
        ("MS", "Mississippi"), ("MT", "Montana"), ("NC", "North Carolina"), ("ND", "North Dakota"), ("NE", "Nebraska"),
        ("NH", "New Hampshire"), ("NJ", "New Jersey"), ("NM", "New Mexico"), ("NV", "Nevada"), ("NY", "New York"), ("OH", "Ohio"),
        ("OK", "Oklahoma"), ("OR", "Oregon"), ("PA", "Pennsylvania"), ("RI", "Rhode Island"), ("SC", "South Carolina"),
        ("SD", "South Dakota"), ("TN", "Tennessee"), ("TX", "Texas"), ("UT", "Utah"), ("VA", "Virginia"), ("VT", "Vermont"),
        ("WA", "Washington"), ("WI", "Wisconsin"), ("WV", "West Virginia"), ("WY", "Wyoming"),
    ]

    private static let byAbbreviation: [String: String] = associatedPress.merging(postal.map { ($0.code, $0.state) }) { first, _ in first }
    private static let states = Set(postal.map(\.state))
}
