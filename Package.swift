// swift-tools-version:6.1
import PackageDescription

/// The C libraries come from Debian's static archives (libxml2.a with its xz and zlib,
/// libyaml.a, libdeflate.a) rather than being loaded: loading libxml2.so and relocating it
/// cost 0.75 M instructions and about half a millisecond of a run that should take a few
/// (Docs/benchmark.md). ICU, which libxml2 calls for encodings other than UTF-8, is named
/// with plain `-l`: shared in debug builds and the tests, linked in when the release build
/// is one static executable (Scripts/build-release.sh), where libstdc++ has to follow it.
/// libxml2's headers' folder is named here because pkg-config would also add `-lxml2`.
let libxml2Headers: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]
let libxml2Linked: [LinkerSetting] = [
    .unsafeFlags(["-Xlinker", "-l:libxml2.a", "-Xlinker", "-l:liblzma.a", "-Xlinker", "-l:libz.a",
                  "-Xlinker", "-licuuc", "-Xlinker", "-licudata", "-Xlinker", "-lstdc++", "-Xlinker", "-lm"]),
]
/// Generic types the code names are reached through metadata accessor functions rather than
/// by demangling their names at run time: the first use of each mangled name cost several
/// thousand instructions, 1.1 M of the 24 M of one whole speech (Docs/design-notes.md).
let directMetadataAccess: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
]
let libyamlAndLibdeflateLinked: [LinkerSetting] = [.unsafeFlags(["-Xlinker", "-l:libyaml.a", "-Xlinker", "-l:libdeflate.a"])]

let package = Package(
    name: "Wengao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "wengao", targets: ["wengao"]),
        .library(name: "WengaoKit", targets: ["WengaoKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // `wengao serve` (Sources/WengaoServer). No traits: swift-configuration and full
        // Foundation's form coding are not used, and each is more to build and link.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: []),
        // Hummingbird's logging API, named so that `wengao serve` logs warnings only.
        .package(url: "https://github.com/apple/swift-log.git", from: "1.14.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            providers: [.apt(["libxml2-dev", "liblzma-dev"])]
        ),
        // libyaml's event parser, composed by Sources/WengaoKit/Input/YAML/YAMLComposer.swift.
        .systemLibrary(
            name: "CLibYAML",
            providers: [.apt(["libyaml-dev"])]
        ),
        // libdeflate's raw deflate and CRC-32 for the package writer (Package/Deflater.swift).
        .systemLibrary(
            name: "CLibDeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        // ICU's word break for titles (Document/TitleLines.swift); linked with libxml2's ICU.
        .systemLibrary(
            name: "CICU",
            providers: [.apt(["libicu-dev"])]
        ),
        // fstatfs and sync_file_range, for flushing a document before its rename (Package/AtomicFile.swift).
        .systemLibrary(name: "CSystemCalls"),
        // OpenCC's dictionaries for `wengao import --simplified` (Import/ChineseScript.swift).
        .systemLibrary(
            name: "COpenCC",
            providers: [.apt(["libopencc-dev"])]
        ),
        .target(
            name: "WengaoKit",
            dependencies: [
                "CLibXML2",
                "CLibDeflate",
                "CLibYAML",
                "CICU",
                "CSystemCalls",
                "COpenCC",
            ],
            swiftSettings: libxml2Headers + directMetadataAccess,
            linkerSettings: libxml2Linked + libyamlAndLibdeflateLinked
        ),
        .executableTarget(
            name: "wengao",
            // No swift-argument-parser: its start-up reflection was a quarter of a whole
            // run; the command line is parsed by hand (Docs/design-notes.md).
            dependencies: ["WengaoKit", "WengaoServer"],
            swiftSettings: directMetadataAccess
        ),
        // The local web page and HTTP API of `wengao serve` (Docs/serve.md): after Generation
        // in the stage picture, outside WengaoKit, so that the library never sees Hummingbird.
        .target(
            name: "WengaoServer",
            dependencies: ["WengaoKit", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "Logging", package: "swift-log")],
            swiftSettings: directMetadataAccess
        ),
        // Measures generated documents against GB/T 9704 and the standard schemas
        // (Docs/geometry.md); shared by the tests and `wengao-measure`.
        .target(
            name: "Conformance",
            dependencies: ["CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: libxml2Headers,
            linkerSettings: libxml2Linked
        ),
        .executableTarget(
            name: "wengao-measure",
            dependencies: ["Conformance", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The benchmark against pandoc (Docs/benchmark.md); a separate tool so that the
        // shipped `wengao` carries none of its code.
        .executableTarget(
            name: "wengao-bench",
            dependencies: [
                "WengaoKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ConformanceTests",
            dependencies: ["Conformance", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "WengaoKitTests",
            // ZIPFoundation reads the packages back: an independent zip reader checks the writer.
            dependencies: ["WengaoKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Writers/Golden"]
        ),
        .testTarget(
            name: "WengaoServerTests",
            // The router answered through HummingbirdTesting: every endpoint, bad input, headers.
            dependencies: [
                "WengaoServer", "WengaoKit",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "WengaoEndToEndTests",
            // Depending on the executable makes `swift test` build the real `wengao` first.
            dependencies: ["WengaoKit", "wengao", "wengao-measure", "wengao-bench", "Conformance",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
    ]
)
