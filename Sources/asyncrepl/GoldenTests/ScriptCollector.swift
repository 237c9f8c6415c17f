import Glibc

/// Finds the golden scripts named on the command line: every `.aw` file under
/// each directory (recursively, skipping hidden folders such as `.build` and
/// not following links to folders), plus each file named outright, whatever its
/// extension. The result is sorted by path (byte order) without duplicates.
enum ScriptCollector {
    /// A path that could not be examined, and why.
    struct Failure: Error, Equatable {
        var path: String
        var error: SystemError
    }

    static func collect(_ paths: [String]) throws(Failure) -> [String] {
        var scripts: Set<String> = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else { throw Failure(path: path, error: .current()) }
            if isDirectory(info) {
                try collectScripts(under: path, into: &scripts)
            } else {
                scripts.insert(path)
            }
        }
        return scripts.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private static func collectScripts(under directory: String, into scripts: inout Set<String>) throws(Failure) {
        for name in try entries(of: directory) where !name.hasPrefix(".") {
            let path = join(directory, name)
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }  // vanished while we looked
            if isDirectory(info) {
                try collectScripts(under: path, into: &scripts)
            } else if name.hasSuffix(".aw") && stat(path, &info) == 0 && !isDirectory(info) {
                scripts.insert(path)
            }
        }
    }

    private static func entries(of directory: String) throws(Failure) -> [String] {
        guard let stream = opendir(directory) else { throw Failure(path: directory, error: .current()) }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            // `d_name` is a fixed-size C array holding a NUL-terminated name, so reading it as a C string stays inside it.
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    private static func isDirectory(_ info: stat) -> Bool {
        info.st_mode & S_IFMT == S_IFDIR
    }

    /// `dir/name`, without doubling a slash the user typed and without a leading `./`.
    private static func join(_ directory: String, _ name: String) -> String {
        if directory == "." { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
