// swift-tools-version:6.0
// The libFuzzer target, kept out of the main package so `swift build` and `swift test`
// never build it. Build and run it as Docs/validation.md says (Scripts/fuzz.sh).
import PackageDescription

let package = Package(
    name: "WengaoFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Wengao", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "WengaoFuzz",
            dependencies: [.product(name: "WengaoKit", package: "Wengao")]
        ),
    ]
)
