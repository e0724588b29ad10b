import Foundation
import NewsMLKit

/// One input through one reader and the whole pipeline behind it (reader → model → writer → validator).
/// Which reader: the NEWSML_FUZZ_TARGET environment variable, `plaintext`, `newsml` or `ninjs`.
enum FuzzTarget: String, CaseIterable {
    case plaintext, newsml, ninjs

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["NEWSML_FUZZ_TARGET"] ?? "newsml"
        return FuzzTarget(rawValue: name) ?? .newsml
    }()

    var converter: NewsConverter {
        let from: InputFormat =
            switch self {
            case .plaintext: .text
            case .newsml: .newsml
            case .ninjs: .ninjs
            }
        var limits = XMLParseLimits.default
        limits.maximumDocumentBytes = 4 << 20
        return NewsConverter(
            options: ConversionOptions(
                from: from, to: self == .ninjs ? .newsml : .ninjs, limits: limits,
                versionCreated: "2026-01-01T00:00:00Z"))
    }

    /// Runs one input; a crash, a hang or a broken promise (an invalid output, an error without location) stops the process.
    func run(_ data: Data) {
        let result = converter.convert(data, file: "fuzz")
        for diagnostic in result.diagnostics where diagnostic.severity == .error {
            if diagnostic.id == "output.invalid" {
                fatalError("an invalid output was produced for this input: \(result.diagnostics.map(\.description).prefix(3))")
            }
        }
        if !result.succeeded, !result.diagnostics.hasErrors {
            fatalError("the conversion failed without an error diagnostic")
        }
    }
}

#if FUZZING
    /// libFuzzer's entry point (built with `-sanitize=fuzzer -DFUZZING`; see scripts/fuzz.sh).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
        FuzzTarget.selected.run(Data(bytes: bytes, count: size))
        return 0
    }

    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt

    /// SwiftPM links an executable's entry point as `<module>_main`; hand control to libFuzzer's driver.
    @_cdecl("newsml_fuzz_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments) { bytes, size in fuzzOneInput(bytes, size) }
    }
#else
    /// Without libFuzzer: a deterministic mutation harness over seed files, for CI smoke runs.
    /// Usage: newsml-fuzz TARGET SECONDS SEED_FOLDER...   (it writes each input to .fuzz-current-input first,
    /// so that a crash leaves the input that caused it behind.)
    @main
    struct FuzzHarness {
        static func main() {
            let arguments = CommandLine.arguments
            guard arguments.count >= 4, let target = FuzzTarget(rawValue: arguments[1]), let seconds = Double(arguments[2]) else {
                FileHandle.standardError.write(Data("usage: newsml-fuzz plaintext|newsml|ninjs SECONDS SEED_FOLDER...\n".utf8))
                exit(2)
            }
            var seeds: [Data] = []
            for folder in arguments[3...] {
                let enumerator = FileManager.default.enumerator(atPath: folder)
                while let relative = enumerator?.nextObject() as? String {
                    let path = (folder as NSString).appendingPathComponent(relative)
                    var isDirectory: ObjCBool = false
                    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                        let data = FileManager.default.contents(atPath: path), data.count < 1 << 20
                    else { continue }
                    seeds.append(data)
                }
            }
            if seeds.isEmpty { seeds = [Data("seed".utf8)] }
            var generator = SplitMix64(seed: 0x6E65_7773_6D6C)
            let deadline = Date().addingTimeInterval(seconds)
            var executions = 0
            let started = Date()
            let current = URL(fileURLWithPath: ".fuzz-current-input")
            while Date() < deadline {
                let input = Mutator.mutate(seeds[Int(generator.next() % UInt64(seeds.count))], with: &generator)
                try? input.write(to: current)
                target.run(input)
                executions += 1
            }
            try? FileManager.default.removeItem(at: current)
            let elapsed = Date().timeIntervalSince(started)
            print(
                "\(target.rawValue): \(executions) executions in \(String(format: "%.1f", elapsed)) s (\(Int(Double(executions) / elapsed))/s), \(seeds.count) seeds, no finding"
            )
        }
    }
#endif

/// A small, seedable random number generator, so that a harness run can be repeated exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Mutations that find parser bugs: bit flips, byte runs, duplicated and deleted chunks, truncation,
/// and structure-aware insertions of markup and control characters.
enum Mutator {
    static let tokens: [[UInt8]] = [
        "<", ">", "</", "/>", "&", "&amp;", "&#0;", "&#x110000;", "<![CDATA[", "]]>", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "\"", "'",
        "{", "}", "[", "]", ",", ":", "\\u", "\\ud800", "null", "1e999", "\u{02}", "\u{03}", "ZCZC", "\r\n", "\0", "\u{FEFF}",
        "<p>", "<newsItem>", "xmlns=\"http://iptc.org/std/nar/2006-10-01/\"", "\"uri\":", "qcode=\"x:\"", "By ", "(Reuters) -", "Photo: ",
    ].map { Array($0.utf8) }

    static func mutate(_ seed: Data, with generator: inout SplitMix64) -> Data {
        var bytes = [UInt8](seed)
        let rounds = 1 + Int(generator.next() % 4)
        for _ in 0..<rounds {
            let position = bytes.isEmpty ? 0 : Int(generator.next() % UInt64(bytes.count))
            switch generator.next() % 7 {
            case 0 where !bytes.isEmpty:
                bytes[position] ^= UInt8(1 << (generator.next() % 8))
            case 1:
                bytes.insert(UInt8(truncatingIfNeeded: generator.next()), at: position)
            case 2 where !bytes.isEmpty:
                let length = min(bytes.count - position, 1 + Int(generator.next() % 64))
                bytes.removeSubrange(position..<position + length)
            case 3 where !bytes.isEmpty:
                let length = min(bytes.count - position, 1 + Int(generator.next() % 256))
                let chunk = Array(bytes[position..<position + length])
                bytes.insert(contentsOf: chunk, at: Int(generator.next() % UInt64(bytes.count + 1)))
            case 4:
                bytes.insert(contentsOf: tokens[Int(generator.next() % UInt64(tokens.count))], at: position)
            case 5 where bytes.count > 1:
                bytes.removeSubrange(position...)
            default:
                let run = [UInt8](repeating: UInt8(truncatingIfNeeded: generator.next()), count: 1 + Int(generator.next() % 32))
                bytes.insert(contentsOf: run, at: position)
            }
        }
        return Data(bytes)
    }
}
