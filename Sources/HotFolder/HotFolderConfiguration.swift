import Foundation

/// Where a hot folder reads, writes and files away, and how it paces itself.
public struct HotFolderConfiguration: Sendable {
    public var input: URL
    public var output: URL
    public var errors: URL
    /// Processed inputs are moved here; nil deletes them once their output is durable.
    public var archive: URL?
    /// A file is complete when its size and modification time have not changed for this long.
    public var settleInterval: TimeInterval
    public var pollInterval: TimeInterval
    /// At most this many files convert at once.
    public var maximumConcurrentFiles: Int

    public init(
        input: URL, output: URL, errors: URL, archive: URL? = nil, settleInterval: TimeInterval = 0.5,
        pollInterval: TimeInterval = 0.25, maximumConcurrentFiles: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.input = input.standardizedFileURL
        self.output = output.standardizedFileURL
        self.errors = errors.standardizedFileURL
        self.archive = archive?.standardizedFileURL
        self.settleInterval = settleInterval
        self.pollInterval = pollInterval
        self.maximumConcurrentFiles = max(1, maximumConcurrentFiles)
    }

    /// Inputs being converted are moved here first (a rename, so it is atomic). After a crash, whatever is
    /// here is converted again: outputs are replaced atomically, so each input still ends as one result.
    var claimed: URL { input.appendingPathComponent(".newsml-processing", isDirectory: true) }

    static let temporaryPrefix = ".newsml-tmp-"
}
