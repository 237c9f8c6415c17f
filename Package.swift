// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "asyncrepl",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "asyncrepl", targets: ["asyncrepl"]),
        .library(name: "Runtime", targets: ["Runtime"]),
        .library(name: "AsyncLang", targets: ["AsyncLang"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "AsyncLang", exclude: ["README.md"]),
        .target(
            name: "Runtime",
            dependencies: [
                "AsyncLang",
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "HeapModule", package: "swift-collections"),
            ],
            exclude: ["README.md"]
        ),
        .executableTarget(
            name: "asyncrepl",
            dependencies: [
                "AsyncLang",
                "Runtime",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        .testTarget(name: "AsyncLangTests", dependencies: ["AsyncLang"]),
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime"]),
        .testTarget(name: "asyncreplTests", dependencies: ["asyncrepl"]),
    ]
)
