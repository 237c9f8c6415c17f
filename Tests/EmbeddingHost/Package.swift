// swift-tools-version: 6.1
// A package outside asyncrepl's own targets that embeds the runtime as any
// other Swift program would: it depends on the products by path and can only
// see their public API. `.ci/run` builds it and runs its tests.
import PackageDescription

let package = Package(
    name: "EmbeddingHost",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "asyncrepl", path: "../..")],
    targets: [
        .target(
            name: "Turnstile",
            dependencies: [
                .product(name: "Runtime", package: "asyncrepl"),
                .product(name: "AsyncLang", package: "asyncrepl"),
            ]),
        .testTarget(name: "TurnstileTests", dependencies: ["Turnstile"]),
    ]
)
