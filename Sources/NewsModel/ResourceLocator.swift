import Foundation

/// Finds a file of a module's resource bundle without `Bundle.module`, which stops the process when the
/// bundle is missing (a static binary copied without it): beside the executable, then in the source tree.
public enum ResourceLocator {
    /// `bundle` is SwiftPM's bundle name ("NewsMLKit_Entities"), `folder` the copied resource folder in it, and
    /// `sourceFolder` the package folder that holds `folder` (for test runners and `swift run`).
    public static func folder(bundle: String, folder: String, sourceFolder: URL) -> URL? {
        var folders: [URL] = []
        if let executable = executableFolder {
            folders += [executable, executable.deletingLastPathComponent()]
        }
        for base in folders {
            let candidate = base.appendingPathComponent("\(bundle).resources/\(folder)")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        let source = sourceFolder.appendingPathComponent(folder)
        return FileManager.default.fileExists(atPath: source.path) ? source : nil
    }

    /// The folder of the running executable, symbolic links resolved. On Linux read from /proc/self/exe: creating
    /// `Bundle.main` costs a millisecond of every process start.
    public static let executableFolder: URL? = {
        #if os(Linux)
            var buffer = [CChar](repeating: 0, count: 4096)
            let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
            if length > 0 {
                let path = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
                return URL(fileURLWithPath: path).deletingLastPathComponent()
            }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
    }()

    /// A file in that folder, when it exists.
    public static func file(_ name: String, bundle: String, folder: String, sourceFolder: URL) -> URL? {
        guard let url = self.folder(bundle: bundle, folder: folder, sourceFolder: sourceFolder)?.appendingPathComponent(name),
            FileManager.default.fileExists(atPath: url.path)
        else { return nil }
        return url
    }
}
