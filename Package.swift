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
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "NewsModel", swiftSettings: strictSettings),
        .target(name: "NewsXML", dependencies: ["CLibXML2", "NewsModel"], swiftSettings: strictSettings),
        .target(name: "PlainText", dependencies: ["NewsModel"], swiftSettings: strictSettings),
        .target(name: "Entities", dependencies: ["NewsModel"], resources: [.copy("Gazetteer")], swiftSettings: strictSettings),
        .target(name: "NewsMLG2", dependencies: ["NewsModel", "NewsXML"], swiftSettings: strictSettings),
        .target(name: "JSONSchema", swiftSettings: strictSettings),
        .target(name: "Ninjs", dependencies: ["NewsModel", "NewsXML", "NewsMLG2", "JSONSchema"], swiftSettings: strictSettings),
        .target(
            name: "NewsMLKit",
            dependencies: ["NewsModel", "NewsXML", "PlainText", "Entities", "NewsMLG2", "JSONSchema", "Ninjs"],
            resources: [.copy("Schemas")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "newsml",
            dependencies: ["NewsMLKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings
        ),
        .target(name: "TestSupport", dependencies: ["NewsModel"], path: "Tests/TestSupport"),
        .testTarget(name: "NewsXMLTests", dependencies: ["TestSupport", "NewsXML", "NewsModel"], swiftSettings: strictSettings),
        .testTarget(name: "PlainTextTests", dependencies: ["TestSupport", "PlainText", "NewsModel"], swiftSettings: strictSettings),
        .testTarget(name: "EntitiesTests", dependencies: ["TestSupport", "Entities", "PlainText", "NewsModel"], swiftSettings: strictSettings),
        .testTarget(name: "NewsMLG2Tests", dependencies: ["TestSupport", "NewsMLG2", "NewsXML", "NewsModel", "NewsMLKit"], swiftSettings: strictSettings),
        .testTarget(name: "JSONSchemaTests", dependencies: ["TestSupport", "JSONSchema"], swiftSettings: strictSettings),
        .testTarget(name: "NewsMLKitTests", dependencies: ["TestSupport", "NewsMLKit", "NewsModel"], swiftSettings: strictSettings),
        .testTarget(name: "CommandLineTests", dependencies: ["TestSupport", "NewsMLKit"], swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
