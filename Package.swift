// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "asyncrepl",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "asyncrepl", targets: ["asyncrepl"]),
        .library(name: "Runtime", targets: ["Runtime"]),
        .library(name: "RuntimeNetwork", targets: ["RuntimeNetwork"]),
        .library(name: "RuntimeDatabase", targets: ["RuntimeDatabase"]),
        .library(name: "AsyncLang", targets: ["AsyncLang"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
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
            exclude: ["README.md", "Network", "Database"]
        ),
        // Real HTTP for the runtime's `http` module (AsyncHTTPClient, Hummingbird), apart
        // from `Runtime` so that a host without network does not build or link them.
        .target(
            name: "RuntimeNetwork",
            dependencies: [
                "Runtime",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Sources/Runtime/Network",
            exclude: ["README.md"]
        ),
        // Real databases for the runtime's `db` module (sqlite-nio, postgres-nio), apart from `Runtime` for the same reason.
        .target(
            name: "RuntimeDatabase",
            dependencies: [
                "Runtime",
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/Runtime/Database"
        ),
        .executableTarget(
            name: "asyncrepl",
            dependencies: [
                "AsyncLang",
                "Runtime",
                "RuntimeNetwork",
                "RuntimeDatabase",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        .testTarget(name: "AsyncLangTests", dependencies: ["AsyncLang"]),
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime"]),
        .testTarget(name: "RuntimeNetworkTests", dependencies: ["RuntimeNetwork"]),
        .testTarget(name: "RuntimeDatabaseTests", dependencies: ["RuntimeDatabase"]),
        .testTarget(name: "asyncreplTests", dependencies: ["asyncrepl"]),
    ]
)
