// swift-tools-version:6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "NewsMLKit",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "NewsMLKit", targets: ["NewsMLKit"]),
        .executable(name: "newsml", targets: ["newsml"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "NewsModel", swiftSettings: strictSettings),
        .target(name: "NewsXML", dependencies: ["CLibXML2", "NewsModel"], swiftSettings: strictSettings),
        .target(name: "PlainText", dependencies: ["NewsModel"], resources: [.copy("Resources")], swiftSettings: strictSettings),
        .target(name: "Entities", dependencies: ["NewsModel"], resources: [.copy("Gazetteer")], swiftSettings: strictSettings),
        .target(name: "NewsMLG2", dependencies: ["NewsModel", "NewsXML", "NITF"], swiftSettings: strictSettings),
        .target(name: "NITF", dependencies: ["NewsModel", "NewsXML"], swiftSettings: strictSettings),
        .target(name: "JSONSchema", swiftSettings: strictSettings),
        .target(name: "Ninjs", dependencies: ["NewsModel", "NewsXML", "NewsMLG2", "JSONSchema"], swiftSettings: strictSettings),
        .target(
            name: "NewsMLKit",
            dependencies: ["NewsModel", "NewsXML", "PlainText", "Entities", "NewsMLG2", "JSONSchema", "Ninjs", "NITF"],
            resources: [.copy("Schemas")],
            swiftSettings: strictSettings
        ),
        // The PostgreSQL work queue behind `newsml worker`, `enqueue` and `queue`.
        .target(
            name: "WorkQueue",
            dependencies: [
                "NewsMLKit",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strictSettings
        ),
        .target(name: "HotFolder", dependencies: ["NewsMLKit", "NewsModel"], swiftSettings: strictSettings),
        .target(
            name: "NewsMLService",
            dependencies: [
                "NewsMLKit", "NewsModel", "Entities",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Public")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "newsml",
            dependencies: [
                "NewsMLKit", "HotFolder", "NewsMLService", "WorkQueue",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings,
            // Release builds allocate through mimalloc (Debian: libmimalloc-dev): a batch allocates and frees
            // millions of small strings and arrays, and glibc's allocator costs 5 % more of the run than mimalloc.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux], configuration: .release))]
        ),
        // Fuzz target: a mutation harness by default; libFuzzer with scripts/fuzz.sh (-sanitize=fuzzer -DFUZZING).
        .executableTarget(name: "newsml-fuzz", dependencies: ["NewsMLKit"], swiftSettings: strictSettings),
        // Fits the plain-text line-role weights on the gold readings (see scripts/evaluate-plaintext).
        .executableTarget(
            name: "newsml-train", dependencies: ["NewsMLKit", "PlainText", "Entities", "NewsModel"], swiftSettings: strictSettings),
        .target(name: "TestSupport", dependencies: ["NewsModel"], path: "Tests/TestSupport"),
        .testTarget(name: "NewsXMLTests", dependencies: ["TestSupport", "NewsXML", "NewsModel"], swiftSettings: strictSettings),
        .testTarget(name: "PlainTextTests", dependencies: ["TestSupport", "PlainText", "NewsModel"], swiftSettings: strictSettings),
        .testTarget(
            name: "EntitiesTests", dependencies: ["TestSupport", "Entities", "PlainText", "NewsModel"], swiftSettings: strictSettings),
        .testTarget(
            name: "NewsMLG2Tests", dependencies: ["TestSupport", "NewsMLG2", "NewsXML", "NewsModel", "NewsMLKit"],
            swiftSettings: strictSettings),
        .testTarget(name: "JSONSchemaTests", dependencies: ["TestSupport", "JSONSchema"], swiftSettings: strictSettings),
        .testTarget(
            name: "NewsMLKitTests", dependencies: ["TestSupport", "NewsMLKit", "NewsModel", "Entities"], swiftSettings: strictSettings),
        .testTarget(name: "HotFolderTests", dependencies: ["TestSupport", "HotFolder", "NewsMLKit"], swiftSettings: strictSettings),
        .testTarget(
            name: "NewsMLServiceTests",
            dependencies: [
                "TestSupport", "NewsMLService", "NewsMLKit",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "CommandLineTests", dependencies: ["TestSupport", "NewsMLKit"], swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
