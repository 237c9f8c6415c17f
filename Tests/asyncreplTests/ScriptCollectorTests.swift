import Testing

@testable import asyncrepl

@Suite("Finding golden scripts")
struct ScriptCollectorTests {
    @Test("directories are searched recursively for .aw files, sorted by path, hidden folders skipped")
    func directories() throws {
        let directory = try TemporaryDirectory()
        for name in ["b.aw", "a/z.aw", "a/b/c.aw", "a-first.aw", "notes.txt", ".hidden/x.aw", "a/.cache/y.aw"] {
            try directory.write(name, "")
        }
        let scripts = try ScriptCollector.collect([directory.path + "/"])
        let relative = scripts.map { String($0.dropFirst(directory.path.count + 1)) }
        #expect(relative == ["a-first.aw", "a/b/c.aw", "a/z.aw", "b.aw"])
    }

    @Test("a file named outright is taken whatever its extension, once")
    func files() throws {
        let directory = try TemporaryDirectory()
        let script = try directory.write("one.txt", "")
        let other = try directory.write("two.aw", "")
        #expect(try ScriptCollector.collect([other, script, other, directory.path]) == [script, other])
    }

    @Test("a path that does not exist is reported with the reason")
    func missing() {
        #expect(throws: ScriptCollector.Failure(path: "/no/such/dir", error: SystemError(code: 2))) {
            try ScriptCollector.collect(["/no/such/dir"])
        }
    }
}
