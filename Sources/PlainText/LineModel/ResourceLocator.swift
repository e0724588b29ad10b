import Foundation

/// Finds a file of the module's resource bundle without `Bundle.module`, which stops the process when the
/// bundle is missing (a static binary copied without it): beside the executable, then the source tree.
enum ResourceLocator {
    static func file(_ name: String, module: String) -> URL? {
        var folders: [URL] = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            folders += [executable.deletingLastPathComponent(), executable.deletingLastPathComponent().deletingLastPathComponent()]
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("NewsMLKit_\(module).resources/Resources/\(name)")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/\(name)")
        return FileManager.default.fileExists(atPath: source.path) ? source : nil
    }
}
