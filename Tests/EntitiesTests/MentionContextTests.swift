import Foundation
import NewsModel
import Testing

@testable import Entities

@Suite struct MentionContextTests {
    private func context(_ text: String, of name: String) throws -> MentionContext {
        let units = Array(text.utf16)
        let range = try #require(text.range(of: name))
        let offset = text.utf16.distance(from: text.startIndex, to: range.lowerBound)
        return MentionContext(utf16: units, offset: offset, length: name.utf16.count)
    }

    @Test("a title's abbreviation and its full stop stand before the name: they end no sentence")
    func titleAbbreviationIsThePreviousWord() throws {
        let titled = try context("The talks stalled. Mr. Trump said he wanted more.", of: "Trump")
        #expect(titled.previous == "mr")
        #expect(titled.previousClass == 7)
        #expect(titled.shape & 1 == 0)
        let initial = try context("The film was made by J. Abrams last year.", of: "Abrams")
        #expect(initial.previous == "j")
        #expect(initial.shape & 1 == 0)
    }

    @Test("a full stop after an ordinary word ends the sentence before the name")
    func sentenceEndBeforeTheName() throws {
        let opening = try context("The talks stalled in the evening. Trump said he wanted more.", of: "Trump")
        #expect(opening.previous.isEmpty)
        #expect(opening.shape & 1 == 1)
        let question = try context("Who pays? Dr Smith said nobody.", of: "Smith")
        #expect(question.previous == "dr")
    }
}

@Suite struct SoftmaxRegressionTests {
    /// Three classes told apart by one feature each, with a noise feature every example shares.
    private static let examples: [(features: [UInt64], label: Int)] = (0..<60).map { index in
        let label = index % 3
        return ([FeatureHash.of(1, label), FeatureHash.of(2)], label)
    }

    @Test("the fit separates what its features separate, and the same examples in another order give the same weights")
    func fitIsRightAndOrderFree() {
        let model = SoftmaxRegression.fit(Self.examples, classCount: 3)
        for label in 0..<3 { #expect(model.best([FeatureHash.of(1, label), FeatureHash.of(2)]) == label) }
        let reversed = SoftmaxRegression.fit(Self.examples.reversed(), classCount: 3)
        #expect(model.serialized(header: "h") == reversed.serialized(header: "h"))
    }

    @Test("a larger penalty gives smaller weights")
    func penaltyShrinksWeights() {
        func largest(_ penalty: Double) -> Float {
            let model = SoftmaxRegression.fit(Self.examples, classCount: 3, penalty: penalty)
            let text = model.serialized(header: "h")
            return text.split(separator: "\n").dropFirst().flatMap { $0.split(separator: " ").dropFirst() }
                .compactMap { Float($0) }.map(abs).max() ?? 0
        }
        #expect(largest(0.1) < largest(0.001))
        #expect(largest(0.1) > 0)
    }
}
