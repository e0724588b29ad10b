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
    /// This watcher's name among the watchers of the same folder: host and process by default.
    public var watcherID: String
    /// A peer watcher whose heartbeat is older than this is taken for dead, and the files it had claimed are
    /// taken over (at once when it ran on this host and its process is gone).
    public var takeoverInterval: TimeInterval

    public init(
        input: URL, output: URL, errors: URL, archive: URL? = nil, settleInterval: TimeInterval = 0.5,
        pollInterval: TimeInterval = 0.25, maximumConcurrentFiles: Int = ProcessInfo.processInfo.activeProcessorCount,
        watcherID: String? = nil, takeoverInterval: TimeInterval = 30
    ) {
        self.input = input.standardizedFileURL
        self.output = output.standardizedFileURL
        self.errors = errors.standardizedFileURL
        self.archive = archive?.standardizedFileURL
        self.settleInterval = settleInterval
        self.pollInterval = pollInterval
        self.maximumConcurrentFiles = max(1, maximumConcurrentFiles)
        self.watcherID = Self.safeID(watcherID ?? "\(ProcessInfo.processInfo.hostName)_\(ProcessInfo.processInfo.processIdentifier)")
        self.takeoverInterval = max(0.5, takeoverInterval)
    }

    /// Where the watchers of this folder keep the inputs they have claimed, one folder each.
    var claimRoot: URL { input.appendingPathComponent(".newsml-processing", isDirectory: true) }

    /// Inputs this watcher converts are moved here first (a rename, so only one watcher gets each). After a
    /// crash, whatever is here is converted again, by this watcher or by a peer that takes the folder over:
    /// outputs are replaced atomically, so each input still ends as one result.
    var claimed: URL { claimRoot.appendingPathComponent(watcherID, isDirectory: true) }

    /// Only letters, digits, '-' and '_' (the ID names a folder and goes into temporary file names, after which a dot).
    static func safeID(_ text: String) -> String {
        String(
            text.unicodeScalars.map { scalar in
                (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-") && scalar.isASCII
                    ? Character(scalar) : "_"
            })
    }

    static let temporaryPrefix = ".newsml-tmp-"
}
