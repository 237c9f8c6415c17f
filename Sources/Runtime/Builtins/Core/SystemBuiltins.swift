import Glibc

/// `env`, `stats`.
enum SystemBuiltins {
    static var all: [NativeFunction] {
        [
            NativeFunction("env", arity: 1...2, doc: "env(name, default = nil) — the environment variable, or default when it is not set") { args in
                let name = try args.string(0, "a variable name")
                if let value = getenv(name) { return .string(String(cString: value)) }
                return args.optional(1) ?? .nil
            },
            NativeFunction("stats", arity: 0, doc: "stats() — {\"elapsed\", \"tasks_live\", \"tasks_total\", \"rss_bytes\", \"cpu_seconds\"}") { args in
                let map = MapObject()
                map.entries[.string("elapsed")] = .float(args.vm.clock.seconds)
                map.entries[.string("tasks_live")] = .int(args.vm.scheduler.liveCount)
                map.entries[.string("tasks_total")] = .int(args.vm.scheduler.totalSpawned)
                map.entries[.string("rss_bytes")] = .int(residentBytes())
                map.entries[.string("cpu_seconds")] = .float(cpuSeconds())
                return .object(map)
            },
        ]
    }

    /// Resident set size from /proc/self/statm (pages × page size).
    static func residentBytes() -> Int {
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = read(fd, &buffer, buffer.count)
        guard count > 0 else { return 0 }
        let fields = String(decoding: buffer[0..<count], as: UTF8.self).split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    static func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
