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

    /// The README starts with the two commands (set up and run; set up and test),
    /// which put Swift on PATH themselves, and CI runs exactly the second one.
    @Test func theReadmesTestCommandIsWhatCIRuns() throws {
        let root = "\(#filePath)".replacing("Tests/RuntimeTests/PackageManifestTests.swift", with: "")
        let readme = try #require(Self.contents(of: root + "README.md")).split(separator: "\n").map(String.init)
        let ci = try #require(Self.contents(of: root + ".ci/run")).split(separator: "\n").map(String.init)
        #expect(readme[0] == "```sh" && readme[3] == "```")
        #expect(readme[1].hasPrefix("export PATH=\"/opt/swift/usr/bin:$PATH\" && bash .ci/setup && "))
        #expect(readme[2].hasPrefix("export PATH=\"/opt/swift/usr/bin:$PATH\" && bash .ci/setup && "))
        #expect(ci.last == readme[2])
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
