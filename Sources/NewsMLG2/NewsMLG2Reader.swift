import Foundation
import NewsModel
import NewsXML

/// Reads NewsML-G2 (`newsItem`, `packageItem`, `newsMessage`; versions 2.9–2.35) into the model,
/// tolerating what real agency feeds get wrong with a warning that names each repair.
public struct NewsMLG2Reader: Sendable {
    public var limits: XMLParseLimits

    public init(limits: XMLParseLimits = .default) {
        self.limits = limits
    }

    public func read(_ data: Data, file: String? = nil) -> (batch: NewsBatch, diagnostics: [Diagnostic]) {
        let parsed = XMLDocumentParser.parse(data, file: file, limits: limits)
        guard let tree = parsed.tree else { return (NewsBatch(), parsed.diagnostics) }
        var diagnostics = parsed.diagnostics
        let root = tree.root
        if root.name.namespace != NewsMLG2.namespace {
            diagnostics.append(
                .warning(
                    "newsml.namespace.missing",
                    "the root element '\(root.name)' is not in the NewsML-G2 namespace \(NewsMLG2.namespace); it was read as NewsML-G2",
                    at: SourceLocation(file: file, line: root.line)))
        }
        switch root.localName {
        case "newsMessage":
            return readMessage(root, file: file, diagnostics: diagnostics)
        case "newsItem", "packageItem":
            var context = ReadingContext(file: file)
            let item = readItem(root, context: &context)
            return (NewsBatch(items: item.map { [$0] } ?? []), diagnostics + context.diagnostics)
        default:
            diagnostics.append(
                .error(
                    "newsml.root.unsupported",
                    "the root element '\(root.name)' is not a newsItem, packageItem or newsMessage",
                    at: SourceLocation(file: file, line: root.line)))
            return (NewsBatch(), diagnostics)
        }
    }

    /// Reads a newsMessage item by item without holding the whole document: `onItem` gets each item that
    /// could be read (nil with its diagnostics when it could not) and returns false to stop.
    /// Returns the message-level diagnostics. Only for documents `XMLItemStream.canStream` accepts.
    public func streamMessage(_ data: Data, file: String? = nil, onItem: (NewsItem?, [Diagnostic]) -> Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        var itemCount = 0
        var sawHeader = false
        let parseDiagnostics = XMLItemStream.stream(
            data, file: file, limits: limits,
            select: { depth, name in
                (depth == 1 && name == "header") || depth == 2
            },
            onElement: { element in
                if element.localName == "header" {
                    sawHeader = true
                    return true
                }
                guard ["newsItem", "packageItem"].contains(element.localName) else {
                    diagnostics.append(
                        .warning(
                            "newsml.message.item-skipped",
                            "the \(element.localName) in the itemSet is not converted (only newsItem and packageItem are)",
                            at: SourceLocation(file: file, line: element.line)))
                    return true
                }
                itemCount += 1
                var context = ReadingContext(file: file)
                let item = readItem(element, context: &context)
                if let item, !seen.insert(item.guid + "#" + String(item.version)).inserted {
                    context.warn(
                        "newsml.message.duplicate-guid", "the guid '\(item.guid)' occurs more than once in this newsMessage",
                        line: element.line
                    )
                }
                return onItem(item, context.diagnostics)
            })
        diagnostics = parseDiagnostics + diagnostics
        if !sawHeader, !parseDiagnostics.hasErrors {
            diagnostics.append(
                .warning(
                    "newsml.message.header-missing", "the newsMessage has no header; it was read without one",
                    at: SourceLocation(file: file, line: 1)))
        }
        if itemCount == 0, !parseDiagnostics.hasErrors {
            diagnostics.append(
                .error("newsml.message.empty", "the newsMessage holds no newsItem or packageItem", at: SourceLocation(file: file, line: 1)))
        }
        return diagnostics
    }

    private func readMessage(_ root: XMLTree.Element, file: String?, diagnostics initial: [Diagnostic]) -> (NewsBatch, [Diagnostic]) {
        var diagnostics = initial
        var batch = NewsBatch()
        if let header = root.firstElement(named: "header") {
            batch.sent = header.firstElement(named: "sent")?.normalizedText
            batch.sender = header.firstElement(named: "sender")?.normalizedText
        } else {
            diagnostics.append(
                .warning(
                    "newsml.message.header-missing", "the newsMessage has no header; it was read without one",
                    at: SourceLocation(file: file, line: root.line)))
        }
        let itemSet = root.firstElement(named: "itemSet") ?? root
        var seen: Set<String> = []
        for element in itemSet.elements where ["newsItem", "packageItem"].contains(element.localName) {
            var context = ReadingContext(file: file)
            if let item = readItem(element, context: &context) {
                if !seen.insert(item.guid + "#" + String(item.version)).inserted {
                    context.warn(
                        "newsml.message.duplicate-guid", "the guid '\(item.guid)' occurs more than once in this newsMessage",
                        line: element.line)
                }
                batch.items.append(item)
            }
            diagnostics += context.diagnostics
        }
        for element in itemSet.elements where !["newsItem", "packageItem"].contains(element.localName) {
            diagnostics.append(
                .warning(
                    "newsml.message.item-skipped",
                    "the \(element.localName) in the itemSet is not converted (only newsItem and packageItem are)",
                    at: SourceLocation(file: file, line: element.line)))
        }
        if batch.items.isEmpty {
            diagnostics.append(
                .error(
                    "newsml.message.empty", "the newsMessage holds no newsItem or packageItem",
                    at: SourceLocation(file: file, line: root.line)))
        }
        return (batch, diagnostics)
    }

    /// One item; nil (with an error) when it cannot be converted, so the other items of a message still are.
    func readItem(_ element: XMLTree.Element, context: inout ReadingContext) -> NewsItem? {
        guard let guid = element[attribute: "guid"]?.normalizingWhitespace(), !guid.isEmpty else {
            context.error("newsml.guid.missing", "the \(element.localName) has no guid; it cannot be converted", line: element.line)
            return nil
        }
        var item = NewsItem(guid: guid)
        if let versionText = element[attribute: "version"] {
            if let version = Int(versionText.normalizingWhitespace()), version >= 1 {
                item.version = version
            } else {
                context.warn(
                    "newsml.version.invalid", "the version '\(versionText)' is not a positive integer; 1 is used", line: element.line)
            }
        }
        item.language = element.attributes.first { $0.name.local == "lang" }?.value
        if element.localName == "packageItem" { item.itemClass = .package }
        var partRights: [String: Rights] = [:]
        for child in element.elements {
            switch child.localName {
            case "catalogRef", "catalog", "hopHistory", "pubHistory":
                break
            case "rightsInfo":
                // The rights of parts (a picture's, by its partid): kept for the partMeta that follows.
                if let parts = child[attribute: "idrefs"], !parts.isEmpty {
                    var rights = Rights()
                    readRights(child, into: &rights)
                    for part in parts.split(separator: " ") { partRights[String(part)] = rights }
                } else {
                    readRights(child, into: &item.rights)
                }
            case "itemMeta":
                readItemMeta(child, into: &item, context: &context)
            case "contentMeta":
                readContentMeta(child, into: &item, context: &context)
            case "partMeta":
                readPartMeta(child, into: &item, rights: partRights)
            case "contentSet":
                readContentSet(child, into: &item, context: &context)
            case "groupSet":
                readGroupSet(child, into: &item)
            default:
                context.dropped(child)
            }
        }
        if item.versionCreated == nil {
            context.warn(
                "newsml.versionCreated.missing", "the item has no usable versionCreated; the conversion time is used", line: element.line)
        }
        // Rights naming a part that is no picture's partMeta (a part of the content the model does not keep): said, not lost silently.
        let pictureParts = Set(item.pictures.compactMap(\.partIdentifier))
        for part in partRights.keys.sorted() where !pictureParts.contains(part) {
            context.warn(
                "newsml.rights.part", "the rights given for part '\(part)' are not converted: no picture of the item has that partid",
                line: element.elements(named: "rightsInfo").first { $0[attribute: "idrefs"] != nil }?.line)
        }
        context.reportDropped(item: guid)
        return item
    }

    private func readRights(_ element: XMLTree.Element, into rights: inout Rights) {
        if let holder = element.firstElement(named: "copyrightHolder") {
            rights.copyrightHolder =
                holder.firstElement(named: "name")?.normalizedText ?? holder[attribute: "literal"] ?? holder[attribute: "qcode"]
            if holder[attribute: "qcode"] != nil || holder[attribute: "uri"] != nil || holder[attribute: "literal"] != nil {
                rights.copyrightHolderReference = Concept(
                    qcode: holder[attribute: "qcode"], uri: holder[attribute: "uri"], literal: holder[attribute: "literal"])
            }
        }
        if let notice = element.firstElement(named: "copyrightNotice")?.normalizedText, !notice.isEmpty {
            rights.copyrightNotice = notice
        }
        if let terms = element.firstElement(named: "usageTerms")?.normalizedText, !terms.isEmpty { rights.usageTerms = terms }
    }

    private func readGroupSet(_ element: XMLTree.Element, into item: inout NewsItem) {
        var structure = PackageStructure(rootGroup: element[attribute: "root"])
        for group in element.elements(named: "group") {
            var members: [PackageMember] = []
            for child in group.elements {
                switch child.localName {
                case "groupRef":
                    if let reference = child[attribute: "idref"] { members.append(.group(reference)) }
                case "itemRef":
                    members.append(
                        .item(
                            ItemReference(
                                residref: child[attribute: "residref"], href: child[attribute: "href"],
                                version: child[attribute: "version"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil },
                                contentType: child[attribute: "contenttype"],
                                itemClass: child.firstElement(named: "itemClass")?[attribute: "qcode"],
                                title: child.firstElement(named: "title")?.normalizedText
                                    ?? child.firstElement(named: "headline")?.normalizedText)))
                default:
                    break
                }
            }
            structure.groups.append(
                PackageGroup(
                    identifier: group[attribute: "id"] ?? "group\(structure.groups.count + 1)", role: group[attribute: "role"],
                    mode: group[attribute: "mode"], members: members))
        }
        item.package = structure
    }
}

/// Diagnostics and bookkeeping while one item is read.
struct ReadingContext {
    let file: String?
    var diagnostics: [Diagnostic] = []
    private var droppedNames: [String] = []
    private var droppedLine: Int?

    init(file: String?) {
        self.file = file
    }

    mutating func warn(_ id: String, _ message: String, line: Int?) {
        diagnostics.append(.warning(id, message, at: SourceLocation(file: file, line: line)))
    }

    mutating func error(_ id: String, _ message: String, line: Int?) {
        diagnostics.append(.error(id, message, at: SourceLocation(file: file, line: line)))
    }

    /// An element the model has no place for: collected and reported once per item.
    mutating func dropped(_ element: XMLTree.Element) {
        if !droppedNames.contains(element.localName) { droppedNames.append(element.localName) }
        if droppedLine == nil { droppedLine = element.line }
    }

    /// Attributes of `element` the model does not carry (all but `kept`), named like `inlineData/@custom`.
    mutating func droppedAttributes(of element: XMLTree.Element, keeping kept: Set<String>) {
        for attribute in element.attributes where attribute.name.namespace == nil && !kept.contains(attribute.name.local) {
            let name = "\(element.localName)/@\(attribute.name.local)"
            if !droppedNames.contains(name) { droppedNames.append(name) }
            if droppedLine == nil { droppedLine = element.line }
        }
    }

    mutating func reportDropped(item guid: String) {
        guard !droppedNames.isEmpty else { return }
        warn("newsml.dropped", "not converted (no place in the output model): \(droppedNames.joined(separator: ", "))", line: droppedLine)
        droppedNames = []
        droppedLine = nil
    }
}
