/// The groups of a package (NewsML-G2 `packageItem/groupSet`): which items it bundles and how.
public struct PackageStructure: Sendable, Hashable, Codable {
    public var rootGroup: String?
    public var groups: [PackageGroup]

    public init(rootGroup: String? = nil, groups: [PackageGroup] = []) {
        self.rootGroup = rootGroup
        self.groups = groups
    }

    /// Every item the package refers to, in document order.
    public var itemReferences: [ItemReference] {
        groups.flatMap { $0.members.compactMap { if case .item(let reference) = $0 { reference } else { nil } } }
    }
}

public struct PackageGroup: Sendable, Hashable, Codable {
    public var identifier: String
    public var role: String?
    public var mode: String?
    public var members: [PackageMember]

    public init(identifier: String, role: String? = nil, mode: String? = nil, members: [PackageMember] = []) {
        self.identifier = identifier
        self.role = role
        self.mode = mode
        self.members = members
    }
}

public enum PackageMember: Sendable, Hashable, Codable {
    /// Another group of the same package, by its identifier.
    case group(String)
    case item(ItemReference)
}

/// A reference from a package to an item.
public struct ItemReference: Sendable, Hashable, Codable {
    public var residref: String?
    public var href: String?
    public var version: Int?
    public var contentType: String?
    public var itemClass: String?
    public var title: String?

    public init(
        residref: String? = nil, href: String? = nil, version: Int? = nil, contentType: String? = nil,
        itemClass: String? = nil, title: String? = nil
    ) {
        self.residref = residref
        self.href = href
        self.version = version
        self.contentType = contentType
        self.itemClass = itemClass
        self.title = title
    }
}
