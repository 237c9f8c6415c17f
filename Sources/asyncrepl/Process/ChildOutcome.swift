/// Everything a finished child process produced.
struct ChildOutcome: Equatable {
    var stdout: [UInt8]
    var stderr: [UInt8]
    var ending: ChildEnding
}
