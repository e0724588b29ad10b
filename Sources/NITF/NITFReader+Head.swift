import NewsModel
import NewsXML

extension NITFReading {
    mutating func readHead(_ head: XMLTree.Element) {
        for child in head.elements {
            switch child.localName {
            case "title":
                let title = child.normalizedText
                if !title.isEmpty { item.title = title }
            case "meta":
                // name/content pairs (agency routing, word counts, selectors): NITF's own, written back by the NITF writer.
                guard let name = child[attribute: "name"] else { continue }
                item.preserved.append(
                    PreservedProperty(
                        container: "head/meta", format: NITF.preservedFormat, serialized: name + "\t" + (child[attribute: "content"] ?? ""))
                )
            case "tobject":
                readTopicObject(child)
            case "docdata":
                readDocumentData(child)
            default:
                keep(child, in: "head")
            }
        }
    }

    /// `tobject`: the object type (a genre) and IPTC subject codes.
    private mutating func readTopicObject(_ element: XMLTree.Element) {
        if let type = element[attribute: "tobject.type"], !type.isEmpty { item.genres.append(Concept(literal: type, names: [type])) }
        for child in element.elements {
            guard child.localName == "tobject.subject" else {
                keep(child, in: "head/tobject")
                continue
            }
            let refnum = child[attribute: "tobject.subject.refnum"] ?? ""
            let ipr = child[attribute: "tobject.subject.ipr"]
            let labels = (
                type: child[attribute: "tobject.subject.type"].flatMap { $0.isEmpty ? nil : $0 },
                matter: child[attribute: "tobject.subject.matter"].flatMap { $0.isEmpty ? nil : $0 },
                detail: child[attribute: "tobject.subject.detail"].flatMap { $0.isEmpty ? nil : $0 }
            )
            guard ipr == nil || ipr == "IPTC", NITF.subjectQCode(refnum) != nil else {
                // A provider's own scheme (ipr="EFE"): no IPTC code to map it to; kept for the NITF writer (one without
                // a code cannot be written back: NITF requires it).
                keep(child, in: refnum.isEmpty ? "head/tobject/without-code" : "head/tobject")
                continue
            }
            // IPTC subject codes are a hierarchy (subject XX000000, matter XXYYY000, detail XXYYYZZZ) and NITF labels
            // each level: every labelled level is a subject of its own; the code itself, named only when labelled.
            let matterCode = String(refnum.prefix(5)) + "000"
            let typeCode = String(refnum.prefix(2)) + "000000"
            if let type = labels.type { addSubject(Entity(kind: .subject, name: type, qcode: "subj:" + typeCode, assignment: .source)) }
            if let matter = labels.matter, refnum != typeCode {
                addSubject(Entity(kind: .subject, name: matter, qcode: "subj:" + matterCode, assignment: .source))
            }
            let own = refnum == typeCode ? labels.type : refnum == matterCode ? labels.matter : labels.detail
            addSubject(Entity(kind: .subject, name: own ?? "", qcode: "subj:" + refnum, assignment: .source))
        }
    }

    /// A subject, unless one with the same code is there (a name fills a nameless one).
    private mutating func addSubject(_ subject: Entity) {
        if let index = item.entities.firstIndex(where: {
            $0.kind == .subject && $0.qcode == subject.qcode
        }) {
            if item.entities[index].name.isEmpty { item.entities[index].name = subject.name }
            return
        }
        item.entities.append(subject)
    }

    private mutating func readDocumentData(_ element: XMLTree.Element) {
        for child in element.elements {
            switch child.localName {
            case "doc-id":
                if let id = child[attribute: "id-string"], !id.isEmpty, item.guid.isEmpty { item.guid = id }
                if let source = child[attribute: "regsrc"], !source.isEmpty, item.provider == nil {
                    item.provider = Concept(literal: source, names: [source])
                }
            case "urgency":
                if let value = child[attribute: "ed-urg"].flatMap({ Int($0.trimmingWhitespace()) }), (1...9).contains(value) {
                    item.urgency = value
                }
            case "date.issue":
                if let date = child[attribute: "norm"].flatMap(NITF.isoDate) {
                    item.firstCreated = item.firstCreated ?? date
                    item.versionCreated = date
                } else {
                    keep(child, in: "head/docdata")
                }
            case "date.release":
                if let date = child[attribute: "norm"].flatMap(NITF.isoDate) {
                    item.embargoed = date
                } else {
                    keep(child, in: "head/docdata")
                }
            case "date.expire":
                if let date = child[attribute: "norm"].flatMap(NITF.isoDate) {
                    item.expires = date
                } else {
                    keep(child, in: "head/docdata")
                }
            case "key-list":
                for keyword in child.elements(named: "keyword") {
                    if let key = keyword[attribute: "key"]?.trimmingWhitespace(), !key.isEmpty { item.keywords.append(key) }
                }
            case "du-key":
                if let key = child[attribute: "key"], !key.isEmpty, item.slugline == nil { item.slugline = key }
                keep(child, in: "head/docdata")
            case "doc.copyright":
                if let holder = child[attribute: "holder"], !holder.isEmpty { item.rights.copyrightHolder = holder }
                keep(child, in: "head/docdata")
            case "ed-msg":
                if let message = child[attribute: "info"]?.trimmingWhitespace(), !message.isEmpty { item.editorialNotes.append(message) }
            case "identified-content":
                readIdentifiedContent(child)
            default:
                keep(child, in: "head/docdata")
            }
        }
    }

    /// People, organisations, places and classifiers the provider identified: entities it assigned.
    mutating func readIdentifiedContent(_ element: XMLTree.Element) {
        for child in element.elements {
            let kind: Entity.Kind
            switch child.localName {
            case "person": kind = .person
            case "org": kind = .organisation
            case "location": kind = .place
            case "event": kind = .event
            case "object.title": kind = .object
            case "classifier": kind = .subject
            default:
                keep(child, in: "head/docdata/identified-content")
                continue
            }
            // A code in value/idsrc (location-code/code-source for places) when it says what kind of code it is.
            let code = kind == .place ? child[attribute: "location-code"] : child[attribute: "value"]
            let source = kind == .place ? child[attribute: "code-source"] : child[attribute: "idsrc"]
            // An entry with only a code gets no name: none is made from the code.
            let name = child.normalizedText
            guard !name.isEmpty || code != nil else { continue }
            addEntity(
                Entity(
                    kind: kind, name: name, qcode: source == "qcode" ? code : nil, uri: source == "uri" ? code : nil,
                    assignment: .source))
        }
    }

    /// An entity, unless the item already has one of that kind and name.
    mutating func addEntity(_ entity: Entity) {
        guard
            !item.entities.contains(where: {
                $0.kind == entity.kind && $0.name == entity.name
                    && (entity.name.isEmpty ? $0.qcode == entity.qcode && $0.uri == entity.uri : true)
            })
        else { return }
        item.entities.append(entity)
    }
}
