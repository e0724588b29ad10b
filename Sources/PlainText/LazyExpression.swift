import Foundation

/// A regular expression compiled on its first use. ICU's compiler is the largest fixed cost of a one-file
/// conversion (its Unicode property sets, case closure), and behind their prefilters most of the reader's
/// expressions never run on a given article: compiling them all up front doubled the time of `newsml convert`
/// on one short file.
final class LazyExpression: @unchecked Sendable {
    private let pattern: String
    private let options: NSRegularExpression.Options
    private let lock = NSLock()
    // Written once under the lock; read under it too (the lock is uncontended after the first use).
    private var expression: NSRegularExpression?

    init(_ pattern: String, options: NSRegularExpression.Options) {
        self.pattern = pattern
        self.options = options
        #if DEBUG
            // The patterns are constants of this module: in debug builds (the tests) a typo fails at once, on
            // every pattern, not only on the first line that gets past its prefilter.
            _ = compiled
        #endif
    }

    /// The compiled expression; NSRegularExpression is immutable, so one instance serves every thread.
    var compiled: NSRegularExpression {
        lock.lock()
        defer { lock.unlock() }
        if let expression { return expression }
        // A constant of this module that does not compile is a programming error (see above).
        let made = try! NSRegularExpression(pattern: pattern, options: options)
        expression = made
        return made
    }
}
