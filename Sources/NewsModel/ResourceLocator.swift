import Foundation

/// Finds a file of a module's resource bundle without `Bundle.module`, which stops the process when the
/// bundle is missing (a static binary copied without it): beside the executable, then in the source tree.
public enum ResourceLocator {
    /// `bundle` is SwiftPM's bundle name ("NewsMLKit_Entities"), `folder` the copied resource folder in it, and
    /// `sourceFolder` the package folder that holds `folder` (for test runners and `swift run`).
    public static func folder(bundle: String, folder: String, sourceFolder: URL) -> URL? {
        var folders: [URL] = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            folders += [executable.deletingLastPathComponent(), executable.deletingLastPathComponent().deletingLastPathComponent()]
        }
        for base in folders {
            let candidate = base.appendingPathComponent("\(bundle).resources/\(folder)")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        let source = sourceFolder.appendingPathComponent(folder)
        return FileManager.default.fileExists(atPath: source.path) ? source : nil
    }

    /// A file in that folder, when it exists.
    public static func file(_ name: String, bundle: String, folder: String, sourceFolder: URL) -> URL? {
        guard let url = self.folder(bundle: bundle, folder: folder, sourceFolder: sourceFolder)?.appendingPathComponent(name),
            FileManager.default.fileExists(atPath: url.path)
        else { return nil }
        return url
    }
}
