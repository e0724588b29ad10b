import Foundation

/// A compiled regular expression with the few operations the reader needs. NSRegularExpression is
/// immutable once built, so sharing one across threads is safe.
struct Pattern: @unchecked Sendable {
    let expression: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = false) {
        var options: NSRegularExpression.Options = [.anchorsMatchLines]
        if caseInsensitive { options.insert(.caseInsensitive) }
        // The patterns are constants of this module; a typo must fail every test at once.
        expression = try! NSRegularExpression(pattern: pattern, options: options)
    }

    /// The capture groups of the first match (index 0 is the whole match); nil groups are "".
    func match(_ text: String) -> [String]? {
        let range = NSRange(text.startIndex..., in: text)
        guard let result = expression.firstMatch(in: text, options: [], range: range) else { return nil }
        return (0..<result.numberOfRanges).map { index in
            let groupRange = result.range(at: index)
            guard groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: text) else { return "" }
            return String(text[swiftRange])
        }
    }

    /// Every match, as capture groups.
    func matches(_ text: String) -> [[String]] {
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, options: [], range: range).map { result in
            (0..<result.numberOfRanges).map { index in
                let groupRange = result.range(at: index)
                guard groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: text) else { return "" }
                return String(text[swiftRange])
            }
        }
    }

    func matches(in text: String) -> Bool {
        expression.firstMatch(in: text, options: [], range: NSRange(text.startIndex..., in: text)) != nil
    }
}
