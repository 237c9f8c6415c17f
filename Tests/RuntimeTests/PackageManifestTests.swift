import Glibc
import Testing

/// SwiftPM refuses `unsafeFlags` in a package that another package takes by
/// version, so none may appear in the manifest: the runtime must stay a library
/// others can depend on (`Tests/EmbeddingHost` is such a dependant, by path).
@Suite struct PackageManifestTests {
    @Test func theManifestUsesNoUnsafeFlags() throws {
        let path = "\(#filePath)".replacing("Tests/RuntimeTests/PackageManifestTests.swift", with: "Package.swift")
        let manifest = try #require(Self.contents(of: path))
        #expect(manifest.contains(".library(name: \"Runtime\""))
        #expect(!manifest.contains("unsafeFlags"))
    }

    private static func contents(of path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while case let count = fread(&buffer, 1, buffer.count, file), count > 0 { bytes += buffer[0..<count] }
        return String(decoding: bytes, as: UTF8.self)
    }
}
