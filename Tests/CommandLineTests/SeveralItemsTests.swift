import Foundation
import TestSupport
import Testing

/// One input that holds several items, and feeds that wrap their items: one output for all, and every item read.
@Suite struct SeveralItemsTests {
    let newsml = TestPaths.newsmlExecutable
    let message = TestPaths.samples.appendingPathComponent("newsml-g2/news-message-morning-wire.xml").path

    /// The sample message has two good items and one without a guid: the good ones are written, the bad one is
    /// reported, and the exit status says something failed.
    @Test("a newsMessage converts to one valid newsMessage on standard output, with every good item")
    func messageToOneMessage() throws {
        let result = try run(newsml, ["convert", message, "--to", "newsml", "--version-created", TestPaths.fixedTime])
        #expect(result.status == 1)
        #expect(result.standardError.contains("[newsml.guid.missing]"))
        let output = try #require(result.standardOutput.data(using: .utf8))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("several-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("message.xml")
        try output.write(to: file)
        #expect(result.standardOutput.contains("<newsMessage"))
        #expect(result.standardOutput.components(separatedBy: "<newsItem ").count - 1 == 2)
        let validation = try run(newsml, ["validate", file.path])
        #expect(validation.status == 0, "\(validation.standardOutput) \(validation.standardError)")
    }

    @Test("a newsMessage converts to JSON Lines for ninjs: one valid ninjs object a line, read back item by item")
    func messageToJSONLines() throws {
        let result = try run(newsml, ["convert", message, "--to", "ninjs", "--version-created", TestPaths.fixedTime])
        #expect(result.status == 1 && result.standardError.contains("[newsml.guid.missing]"))
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["uri"] != nil && object?["headlines"] != nil)
        }
        // The JSON Lines document reads back as two items.
        let again = try run(
            newsml, ["convert", "-", "--to", "newsml", "--version-created", TestPaths.fixedTime], input: Data(result.standardOutput.utf8))
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardError.contains("[ninjs.envelope]"))
        #expect(again.standardOutput.components(separatedBy: "<newsItem ").count - 1 == 2)
    }

    @Test("ninjs in a feed envelope ({\"total\": …, \"item\": [ … ]}) is read item by item, with a note saying so")
    func feedEnvelope() throws {
        let item = """
            {"uri": "urn:example:feed:%d", "type": "text", "version": "1", "versionCreated": "2026-06-01T10:00:00Z",
             "headlines": [{"role": "main", "value": "Feed item %d"}]}
            """
        let page = "{\"total\": 2, \"limit\": 20, \"offset\": 0, \"item\": [\(String(format: item, 1, 1)), \(String(format: item, 2, 2))]}"
        let result = try run(newsml, ["convert", "-", "--to", "newsml", "--version-created", TestPaths.fixedTime], input: Data(page.utf8))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("[ninjs.envelope]"))
        #expect(result.standardOutput.contains("Feed item 1") && result.standardOutput.contains("Feed item 2"))
    }
}
