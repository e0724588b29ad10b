import Foundation

/// The page, its script and style, and the OpenAPI description, read from the resource bundle (or
/// from the source tree when the bundle was not copied beside the binary).
enum PublicAssets {
    static let folder: URL = {
        var candidates: [URL] = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(executable.deletingLastPathComponent())
        }
        for candidate in candidates {
            let folder = candidate.appendingPathComponent("NewsMLKit_NewsMLService.resources/Public")
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("index.html").path) { return folder }
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Public")
    }()

    /// Read on each request: the files are a few kilobytes and the page is not a hot path.
    static func data(_ name: String) -> Data? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
    }
}
