import Runtime
import Synchronization

/// Prints task events as `--trace` lines (`[  1.000] task fetch#3 done (1.000 s)`)
/// on a sink; the REPL turns it on and off with `:trace`.
final class TracePrinter: Sendable {
    private let on: Atomic<Bool>

    init(isOn: Bool) {
        on = Atomic(isOn)
    }

    var isOn: Bool {
        get { on.load(ordering: .relaxed) }
        set { on.store(newValue, ordering: .relaxed) }
    }

    /// The observer for `Configuration.taskEvents`: it runs on the interpreter's
    /// thread, the only one that writes to the interpreter's sinks.
    func observer(writingTo sink: OutputSink) -> @Sendable (TaskEvent) -> Void {
        { [self] event in if isOn, event.isTraced { sink.write(event.traceLine + "\n") } }
    }
}
