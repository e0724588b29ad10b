import NewsModel

/// Finds the people, organisations and places an item's own text is about.
public protocol EntityRecognising: Sendable {
    func recognise(in item: NewsItem) -> [Entity]
}

public struct EntityRecognizer: EntityRecognising {
    public init() {}

    public func recognise(in item: NewsItem) -> [Entity] { [] }
}
