import NewsModel
import NewsXML

extension NewsMLG2Reader {
    func readContentMeta(_ element: XMLTree.Element, into item: inout NewsItem, context: inout ReadingContext) {
        for child in element.elements {
            switch child.localName {
            case "urgency":
                if let urgency = Int(child.normalizedText), (1...9).contains(urgency) {
                    item.urgency = urgency
                } else {
                    context.warn(
                        "newsml.urgency.invalid", "urgency '\(child.normalizedText)' is not 1–9; it was left out", line: child.line)
                }
            case "contentCreated":
                item.contentCreated = DateRepair.truncatedDateTime(
                    child.textContent, field: "contentCreated", line: child.line, context: &context)
            case "contentModified":
                item.contentModified = DateRepair.truncatedDateTime(
                    child.textContent, field: "contentModified", line: child.line, context: &context)
            case "located":
                item.located = concept(child)
                reportUncarried(in: child, context: &context)
            case "infoSource":
                item.infoSources.append(
                    InfoSource(
                        name: child.firstElement(named: "name")?.normalizedText ?? child[attribute: "literal"],
                        qcode: child[attribute: "qcode"], uri: child[attribute: "uri"], role: child[attribute: "role"],
                        literal: child[attribute: "literal"]))
            case "creator":
                item.creators.append(concept(child))
            case "contributor":
                item.contributors.append(concept(child))
            case "altId":
                item.alternativeIdentifiers.append(AlternativeIdentifier(value: child.normalizedText, type: child[attribute: "type"]))
            case "language":
                if let tag = child[attribute: "tag"], !tag.isEmpty, item.language == nil { item.language = tag }
            case "genre":
                item.genres.append(concept(child))
                reportUncarried(in: child, context: &context)
            case "keyword":
                let keyword = child.normalizedText
                if !keyword.isEmpty { item.keywords.append(keyword) }
            case "subject":
                if let entity = subject(child) { item.entities.append(entity) }
                reportUncarried(in: child, context: &context)
            case "slugline":
                item.slugline = child.normalizedText
            case "headline":
                let text = child.normalizedText
                if !text.isEmpty { item.headlines.append(TextWithRole(text, role: child[attribute: "role"])) }
            case "dateline":
                item.dateline = child.normalizedText
            case "by":
                let byline = child.normalizedText
                if !byline.isEmpty { item.bylines.append(byline) }
            case "creditline":
                item.creditline = child.normalizedText
            case "description":
                let text = child.normalizedText
                if !text.isEmpty { item.descriptions.append(TextWithRole(text, role: child[attribute: "role"])) }
            default:
                context.dropped(child)
            }
        }
    }

    func subject(_ element: XMLTree.Element) -> Entity? {
        // A faceted subject names its concept in `mainConcept` (NewsML-G2 2.26 and later).
        let undescribed = element[attribute: "qcode"] == nil && element[attribute: "uri"] == nil && element[attribute: "literal"] == nil
        let main = undescribed ? element.firstElement(named: "mainConcept") : nil
        let source = main ?? element
        let named = Self.names(source)
        let names = named.map(\.text)
        let qcode = source[attribute: "qcode"]
        let uri = source[attribute: "uri"]
        let literal = source[attribute: "literal"]
        // A subject known only by its code has no name: none is made from the code. One with neither code nor
        // name (only its relevance, confidence or why) is kept as the source had it, nameless.
        let name = names.first ?? literal ?? ""
        let type = element[attribute: "type"] ?? main?[attribute: "type"]
        let kind = type.flatMap(Entity.Kind.init(conceptNature:)) ?? .subject
        var entity = Entity(
            kind: kind, name: name, alternativeNames: Array(names.dropFirst()), qcode: qcode, uri: uri, literal: literal,
            confidence: element[attribute: "confidence"].flatMap { Int($0) },
            relevance: element[attribute: "relevance"].flatMap { Int($0) },
            relation: element[attribute: "why"], assignment: .source, rank: element[attribute: "rank"].flatMap { Int($0) })
        // A type that is not the kind's own (a provider's scheme) is kept as written.
        if let type, type != kind.conceptNature { entity.conceptType = type }
        entity.nameLanguages = names.isEmpty ? [] : Self.languages(named)
        entity.broader = element.elements(named: "broader").map(concept)
        entity.facets = element.elements(named: "facetConcept").map(concept)
        entity.isMainConcept = main != nil
        return entity
    }

    /// `rights`: the rightsInfo elements that name a part (`idrefs`), by part identifier.
    func readPartMeta(_ element: XMLTree.Element, into item: inout NewsItem, rights: [String: Rights] = [:]) {
        var picture = Picture(partIdentifier: element[attribute: "partid"] ?? element[attribute: "contentrefs"])
        picture.caption =
            element.elements(named: "description").first { $0[attribute: "role"]?.hasSuffix("caption") ?? true }?.normalizedText
        picture.creditline = element.firstElement(named: "creditline")?.normalizedText
        if let part = element[attribute: "partid"], let own = rights[part] { picture.rights = own }
        if picture.caption != nil || picture.creditline != nil { item.pictures.append(picture) }
    }
}
