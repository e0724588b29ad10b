import Foundation
import NewsModel

/// ninjs is not written or read yet (issue: ninjs); until then the pipeline says so plainly.
enum NinjsInput {
    static func read(_ data: Data, file: String?) -> (batch: NewsBatch, diagnostics: [Diagnostic]) {
        (NewsBatch(), [.error("ninjs.unsupported", "reading ninjs is not supported yet; convert from NewsML-G2 or plain text",
                              at: SourceLocation(file: file, line: 1, column: 1))])
    }
}

enum NinjsOutput {
    static func write(_ batch: NewsBatch, file: String?, options: ConversionOptions, diagnostics: [Diagnostic]) -> ConversionResult {
        ConversionResult(documents: [], diagnostics: diagnostics + [.error(
            "ninjs.unsupported", "writing ninjs is not supported yet; use --to newsml", at: SourceLocation(file: file))])
    }
}
