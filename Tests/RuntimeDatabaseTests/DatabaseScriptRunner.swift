import AsyncLang
import Runtime
import RuntimeDatabase
import Synchronization

/// What a script printed, run with the standard database driver.
struct DatabaseRun {
    var output = ""
    var errors = ""
    var status: Int32 = 0
}

func runWithDatabase(_ source: String, virtual: Bool = true, extraModules: [Module] = []) async -> DatabaseRun {
    let output = Mutex("")
    let errors = Mutex("")
    var configuration = Configuration()
    configuration.clock = virtual ? .virtual : .real
    configuration.databaseDriver = StandardDatabaseDriver()
    configuration.modules = Module.standard + extraModules
    configuration.output = OutputSink { text in output.withLock { $0 += text } }
    configuration.errorOutput = OutputSink { text in errors.withLock { $0 += text } }
    let interpreter = Interpreter(configuration: configuration)
    let status = await interpreter.run(SourceFile(path: "db.aw", text: source))
    return DatabaseRun(output: output.withLock { $0 }, errors: errors.withLock { $0 }, status: status)
}

/// What a script that should succeed printed, or its status and errors.
func outputWithDatabase(_ source: String, virtual: Bool = true, extraModules: [Module] = []) async -> String {
    let result = await runWithDatabase(source, virtual: virtual, extraModules: extraModules)
    return result.status == 0 && result.errors.isEmpty ? result.output : "status \(result.status): \(result.output)\(result.errors)"
}
