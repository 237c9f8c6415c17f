/// One way a golden script's run differed from what its comments expect.
enum GoldenFailure: Equatable {
    /// A golden comment the runner could not understand (the script was not run).
    case malformedComment(GoldenProblem)
    /// The script file itself could not be read.
    case unreadableScript(SystemError)
    /// The process that runs the script could not be started.
    case couldNotStart(SystemError)
    /// The script ran past the time limit and was killed.
    case timedOut(after: Duration)
    /// Line `outputLine` (1-based) of standard output (or error) is not the expected one.
    case lineDiffers(OutputStream, outputLine: Int, expected: ExpectedLine, actual: [UInt8])
    /// The stream ended early: `missingCount` expected lines, from `firstMissing`, never came.
    case missingLines(OutputStream, outputLine: Int, firstMissing: ExpectedLine, missingCount: Int)
    /// The stream went on after the last expected line.
    case extraLines(OutputStream, outputLine: Int, firstExtra: [UInt8], extraCount: Int)
    /// The first stderr line starting with `error` does not start with the expected text (nil: there was none).
    case errorLineDiffers(expectedPrefix: ExpectedLine, actual: [UInt8]?)
    /// The exit status is not the expected one, or a signal ended the run.
    case exitStatusDiffers(expected: Int32, actual: ChildEnding)
    /// `# expect time:` and the clock's reading at exit (nil: the run did not report one).
    case finalTimeDiffers(expected: ExpectedTime, actual: Double?)
    /// Exploring the schedules ran another number of them (nil: the exploration gave no count; complete: it ran them all).
    case schedulesDiffer(expected: ExpectedCount, actual: Int?, complete: Bool)
    /// Another number of explored runs failed (nil: the exploration gave no count).
    case scheduleFailuresDiffer(expected: ExpectedFailures, actual: Int?, runs: Int?)
    /// The run ended in another kind of deadlock, or in none.
    case deadlockDiffers(expected: ExpectedDeadlock, actual: ExpectedDeadlock.Kind)
    /// An exercise's starter (`# exercise: starter`) met every expectation: it should fail until solved.
    case starterAlreadyPasses
}

/// Which of a script's output streams an expectation is about.
enum OutputStream: String, Equatable {
    case stdout, stderr
}
