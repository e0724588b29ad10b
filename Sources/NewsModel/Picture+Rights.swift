extension Picture {
    /// The picture's own copyright holder, notice and usage terms as one `Rights` value, for formats that give a
    /// picture's rights the shape of an item's (NewsML-G2's rightsInfo). A picture keeps no holder reference: setting
    /// takes the three texts only.
    public var rights: Rights {
        get { Rights(copyrightHolder: copyrightHolder, copyrightNotice: copyrightNotice, usageTerms: usageTerms) }
        set {
            copyrightHolder = newValue.copyrightHolder
            copyrightNotice = newValue.copyrightNotice
            usageTerms = newValue.usageTerms
        }
    }
}
