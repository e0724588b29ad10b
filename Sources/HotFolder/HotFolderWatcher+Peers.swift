import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Several watchers on one folder (on one machine, or on several over NFS): each claims inputs by renaming them
/// into a claim folder of its own, so a file goes to exactly one of them, and keeps a heartbeat file there. A
/// peer that stops beating (or, on this host, whose process is gone) is dead: its claimed inputs are taken
/// over — moved, one rename each, so two survivors cannot both take one — and converted again, and its partial
/// temporary files are removed. What the filesystem must give: rename within a file system is atomic, and a
/// rename of a file that is already gone fails.
extension HotFolderWatcher {
    static let heartbeatName = ".alive"

    var heartbeat: URL { configuration.claimed.appendingPathComponent(Self.heartbeatName) }

    /// Marks this watcher alive now.
    func beat() {
        let path = heartbeat.path
        if utimes(path, nil) != 0 {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
            if descriptor >= 0 { close(descriptor) }
        }
    }

    /// Beats every quarter of the takeover interval on a timer of its own, so that a long conversion does not
    /// make this watcher look dead.
    func startHeartbeat() -> any DispatchSourceTimer {
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now(), repeating: configuration.takeoverInterval / 4)
        timer.setEventHandler { [weak self] in self?.beat() }
        timer.resume()
        return timer
    }

    /// Whether the watcher named `peer` is gone: on this host, its process no longer exists; anywhere, its
    /// heartbeat is older than the takeover interval (or was never written and its folder is that old).
    func isDead(_ peer: String) -> Bool {
        guard peer != configuration.watcherID else { return false }
        let host = HotFolderConfiguration.safeID(ProcessInfo.processInfo.hostName)
        if let separator = peer.lastIndex(of: "_"), peer[..<separator] == host, let pid = Int32(peer[peer.index(after: separator)...]) {
            if kill(pid, 0) != 0 && errno == ESRCH { return true }
        }
        let folder = configuration.claimRoot.appendingPathComponent(peer)
        let beat = DurableFiles.isRegularFile(folder.appendingPathComponent(Self.heartbeatName)) ?? DurableFiles.isRegularFile(folder)
        guard let modified = beat?.modified else { return true }
        return Date().timeIntervalSince1970 - Double(modified) / 1e9 > configuration.takeoverInterval
    }

    /// Moves the inputs of dead peers (and any left directly in the claim root by an older layout) into this
    /// watcher's claim folder, removes the dead peers' folders and their partial files. Returns how many inputs
    /// were taken over.
    @discardableResult
    func takeOverFromDeadPeers() -> Int {
        let root = configuration.claimRoot
        var taken = 0
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        where name != configuration.watcherID && !name.hasPrefix(".") {
            let entry = root.appendingPathComponent(name)
            guard let status = DurableFiles.isRegularFile(entry) else { continue }
            if status.regular {
                // An input claimed before claim folders were per watcher.
                if (try? DurableFiles.move(entry, to: configuration.claimed.appendingPathComponent(name))) != nil { taken += 1 }
                continue
            }
            guard isDead(name) else { continue }
            for file in ((try? FileManager.default.contentsOfDirectory(atPath: entry.path)) ?? []).sorted() where file != Self.heartbeatName
            {
                let source = entry.appendingPathComponent(file)
                if (try? DurableFiles.move(source, to: configuration.claimed.appendingPathComponent(file))) != nil { taken += 1 }
            }
            removePartialFiles(of: name)
            unlink(entry.appendingPathComponent(Self.heartbeatName).path)
            rmdir(entry.path)
        }
        return taken
    }

    /// Temporary files a dead watcher was writing into the output or error folder (and untagged ones, written
    /// by a single watcher of an older layout, when `owner` is nil).
    func removePartialFiles(of owner: String?) {
        let prefix = HotFolderConfiguration.temporaryPrefix + (owner.map { $0 + "." } ?? "")
        for folder in [configuration.output, configuration.errors] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(prefix) {
                // Untagged names are a UUID after the prefix; a tagged one has the owner and a dot first.
                if owner == nil && name.dropFirst(prefix.count).contains(".") {
                    let tag = String(name.dropFirst(prefix.count).prefix { $0 != "." })
                    guard isDead(tag) else { continue }
                }
                try? DurableFiles.remove(folder.appendingPathComponent(name))
            }
        }
    }

    /// Leaves no trace after a clean stop: an empty claim folder and its heartbeat go.
    func retire() {
        unlink(heartbeat.path)
        rmdir(configuration.claimed.path)
    }
}
