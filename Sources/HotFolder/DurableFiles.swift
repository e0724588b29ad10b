import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// File operations that survive a crash: write to a temporary name in the target folder, flush to disk,
/// rename into place, flush the folder. A reader never sees a partial file under its final name.
public enum DurableFiles {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// A file's bytes: open, size, read, close — the four calls FileManager's `contents(atPath:)` takes more for.
    public static func contents(of path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        var data = Data(count: Int(status.st_size))
        var total = 0
        let complete = data.withUnsafeMutableBytes { buffer -> Bool in
            while total < buffer.count {
                let count = Glibc.read(descriptor, buffer.baseAddress! + total, buffer.count - total)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                if count == 0 { break }
                total += count
            }
            return true
        }
        guard complete else { return nil }
        // A file that grew while being read: take the rest too (a small probe first; most files did not grow).
        if total == data.count {
            var probe: UInt8 = 0
            var count = Glibc.read(descriptor, &probe, 1)
            while count < 0 && errno == EINTR { count = Glibc.read(descriptor, &probe, 1) }
            guard count >= 0 else { return nil }
            if count == 1 {
                data.append(probe)
                var chunk = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let count = Glibc.read(descriptor, &chunk, chunk.count)
                    if count < 0 {
                        if errno == EINTR { continue }
                        return nil
                    }
                    if count == 0 { break }
                    data.append(contentsOf: chunk[0..<count])
                }
            }
        } else {
            data.removeSubrange(total...)
        }
        return data
    }

    /// Writes `data` under a temporary name, then renames it to `target`. With `synchronize` (the watched
    /// folder) the file and the folder are flushed to disk as well; a batch, which is simply rerun after a
    /// crash, skips the flushes.
    public static func write(_ data: Data, to target: URL, synchronize: Bool = true, owner: String = "") throws(Failure) {
        try write(data, toPath: target.path, synchronize: synchronize, owner: owner)
    }

    /// `write(_:to:synchronize:)` for a file path: a batch names thousands of outputs, and building a URL
    /// and asking it for its path again costs more than writing a small file.
    /// `owner` goes into the temporary name (`.newsml-tmp-OWNER.UUID`), so that a watcher sharing the folder can
    /// tell a partial file of a dead peer from one a live peer is writing.
    public static func write(_ data: Data, toPath target: String, synchronize: Bool = true, owner: String = "") throws(Failure) {
        // The folder is what stands before the last slash (NSString's path methods cost as much as the write).
        let slash = target.utf8.lastIndex(of: UInt8(ascii: "/"))
        let temporary =
            (slash.map { String(target[...$0]) } ?? "") + HotFolderConfiguration.temporaryPrefix + (owner.isEmpty ? "" : owner + ".")
            + UUID().uuidString
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "cannot create \(temporary): \(String(cString: strerror(errno)))") }
        var written = 0
        let ok = data.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += result
            }
            return true
        }
        let synced = !synchronize || fsync(descriptor) == 0
        close(descriptor)
        guard ok, synced else {
            unlink(temporary)
            throw Failure(description: "cannot write \(temporary): \(String(cString: strerror(errno)))")
        }
        guard rename(temporary, target) == 0 else {
            unlink(temporary)
            throw Failure(description: "cannot rename into \(target): \(String(cString: strerror(errno)))")
        }
        if synchronize {
            let folder = slash.map { $0 == target.startIndex ? "/" : String(target[..<$0]) } ?? "."
            syncFolder(URL(fileURLWithPath: folder, isDirectory: true))
        }
    }

    /// Renames within one file system (atomic) and makes both folders' entries durable.
    static func move(_ source: URL, to target: URL) throws(Failure) {
        guard rename(source.path, target.path) == 0 else {
            throw Failure(description: "cannot move \(source.path) to \(target.path): \(String(cString: strerror(errno)))")
        }
        syncFolder(target.deletingLastPathComponent())
        syncFolder(source.deletingLastPathComponent())
    }

    static func remove(_ file: URL) throws(Failure) {
        guard unlink(file.path) == 0 || errno == ENOENT else {
            throw Failure(description: "cannot remove \(file.path): \(String(cString: strerror(errno)))")
        }
        syncFolder(file.deletingLastPathComponent())
    }

    static func syncFolder(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// A regular file, not a symbolic link, a folder or a device.
    static func isRegularFile(_ url: URL) -> (regular: Bool, size: Int64, modified: Int64)? {
        var information = stat()
        guard lstat(url.path, &information) == 0 else { return nil }
        let regular = (information.st_mode & S_IFMT) == S_IFREG
        return (regular, Int64(information.st_size), Int64(information.st_mtim.tv_sec) * 1_000_000_000 + Int64(information.st_mtim.tv_nsec))
    }

    /// Reads a file without following a symbolic link planted under its name.
    static func read(_ url: URL, limit: Int) throws(Failure) -> Data {
        let descriptor = open(url.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(description: "cannot open \(url.path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot read \(url.path): \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
            if data.count > limit { throw Failure(description: "\(url.lastPathComponent) is larger than \(limit) bytes") }
        }
        return data
    }
}
