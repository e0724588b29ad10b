import Foundation

/// How a batch names its outputs; the CLI's `--output-dir` and the queue's export share it, so that the same
/// inputs give the same file names whichever way they were converted.
public enum OutputNaming {
    /// Output stems: the input's own stem, or — when several inputs share one — its path with folders
    /// joined by "_" and dots turned into "-", so that no output overwrites another.
    public static func stems(for files: [String]) -> [String] {
        let stems = files.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
        var counts: [String: Int] = [:]
        for stem in stems { counts[stem, default: 0] += 1 }
        return zip(files, stems).map { file, stem in
            guard counts[stem, default: 0] > 1 else { return stem }
            // The extension stays in the name ("story-txt"), so story.txt and story.xml do not collide either.
            let parts = file.split(separator: "/").filter { $0 != "." && $0 != ".." && !$0.isEmpty }
            return parts.joined(separator: "_").replacingOccurrences(of: ".", with: "-")
        }
    }

    /// The file name of one output document of the input whose stem is `stem`.
    public static func fileName(stem: String, suffix: String?, format: OutputFormat) -> String {
        stem + (suffix.map { "-\($0)" } ?? "") + "." + format.fileExtension
    }
}
