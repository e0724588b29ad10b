import Foundation
import JSONSchema
import NewsMLG2
import NewsModel
import NewsXML

extension NewsConverter {
    /// The documents of one input that holds several items as one document: a `newsMessage` carrying every item for
    /// NewsML-G2 (validated like any output), JSON Lines (one ninjs object a line) for ninjs; nil for NITF, which
    /// has no container for several items. Only documents that were valid are given, so the result holds every
    /// good item of the input.
    public func combined(_ documents: [ConvertedDocument], file: String?) -> (document: ConvertedDocument?, diagnostics: [Diagnostic]) {
        guard let first = documents.first else { return (nil, []) }
        switch first.format {
        case .nitf:
            return (nil, [])
        case .ninjs:
            var lines = Data()
            for document in documents {
                guard let value = try? JSONParser().parse(document.data) else { continue }
                lines.append(Data(JSONWriter(indent: false).string(value).utf8))
                lines.append(0x0A)
            }
            return (ConvertedDocument(identifier: first.identifier, data: lines, format: .ninjs), [])
        case .newsml:
            var items: [XMLTree.Node] = []
            for document in documents {
                guard let root = XMLDocumentParser.parse(document.data).tree?.root else { continue }
                if root.localName == "newsMessage" {
                    items += root.firstElement(named: "itemSet")?.elements.map { .element($0) } ?? []
                } else {
                    items.append(.element(root))
                }
            }
            let namespace = NewsMLG2.namespace
            let sent = XMLTree.Element(XMLTree.Name("sent", namespace: namespace), children: [.text(options.versionCreated ?? Self.now())])
            let header = XMLTree.Element(XMLTree.Name("header", namespace: namespace), children: [.element(sent)])
            let itemSet = XMLTree.Element(XMLTree.Name("itemSet", namespace: namespace), children: items)
            let message = XMLTree.Element(
                XMLTree.Name("newsMessage", namespace: namespace), children: [.element(header), .element(itemSet)],
                declarations: [.init(prefix: "", uri: namespace)])
            let data = Data(XMLWriter().serializeUTF8(XMLTree(root: message)))
            do {
                let (schema, origin) = try options.schemas.compiled()
                let problems = schema.validate(
                    data, file: "\(file ?? "<input>") → newsMessage", limits: .init(maximumDocumentBytes: Int.max))
                if problems.hasErrors {
                    return (
                        nil,
                        [
                            .error(
                                "output.invalid",
                                "the newsMessage of all items is not valid against \(SchemaName.describe(path: schema.path, origin: origin))",
                                at: SourceLocation(file: file))
                        ] + problems.errors
                    )
                }
            } catch {
                return (nil, error.diagnostics)
            }
            return (ConvertedDocument(identifier: first.identifier, data: data, format: .newsml), [])
        }
    }
}
