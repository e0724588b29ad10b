import NewsModel
import PlainText
import Testing

@testable import Entities

/// The entities the shipped weights keep for a plain-text story, read as the converter reads it.
func keptEntities(_ text: String) throws -> [Entity] {
    let item = PlainTextReader().read(Array(text.utf8)).item
    let acceptance = try #require(EntityAcceptance.shipped)
    return acceptance.filter(EntityRecognizer().recognise(in: item), in: item)
}

/// The kinds of the entities the shipped weights keep, by name (`kindsByName`).
func keptKinds(_ text: String) throws -> [String: Entity.Kind] {
    kindsByName(try keptEntities(text))
}
