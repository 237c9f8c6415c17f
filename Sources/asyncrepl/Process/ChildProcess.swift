import CEditLine
import Glibc

/// A program started with `posix_spawn`, its standard input from `/dev/null`
/// and its standard output and error captured through two pipes.
///
/// The owner reads the pipes as they become readable (see `ChildProcessPool`),
/// so a child that writes a lot to both never blocks on a full pipe.
final class ChildProcess {
    let pid: pid_t
    var stdout: CapturedPipe
    var stderr: CapturedPipe

    /// Starts `arguments[0]` (a path, not searched in `PATH`) with `arguments` as its argv.
    init(arguments: [String]) throws(SystemError) {
        let outputPipe = try ChildProcess.makePipe()
        let errorPipe: (read: Int32, write: Int32)
        do { errorPipe = try ChildProcess.makePipe() } catch {
            close(outputPipe.read)
            close(outputPipe.write)
            throw error
        }
        let spawned = ChildProcess.spawn(arguments, stdout: outputPipe.write, stderr: errorPipe.write)
        close(outputPipe.write)
        close(errorPipe.write)
        stdout = CapturedPipe(readingFrom: outputPipe.read)
        stderr = CapturedPipe(readingFrom: errorPipe.read)
        switch spawned {
        case .success(let pid):
            self.pid = pid
        case .failure(let error):
            stdout.close()
            stderr.close()
            throw error
        }
    }

    deinit {
        closePipes()
    }

    /// Reaps the child if it has exited, without waiting.
    func reapIfExited() -> ChildEnding? {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        return result == pid ? ChildEnding(waitStatus: status) : nil
    }

    /// Kills the child with SIGKILL and reaps it.
    func kill() {
        _ = Glibc.kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }

    func closePipes() {
        stdout.close()
        stderr.close()
    }

    /// A pipe whose two ends close on exec, so other children never inherit
    /// them and each pipe reaches end of file when its own child exits.
    ///
    /// `pipe2(O_CLOEXEC)` would be atomic but Swift's Glibc module hides it; the
    /// gap between `pipe` and `fcntl` only matters when another thread spawns at
    /// that instant (never in the CLI), and then costs nothing worse than a late
    /// end of file, which `ChildProcessPool` tolerates by watching for exit.
    private static func makePipe() throws(SystemError) -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw SystemError.current() }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    private static func spawn(_ arguments: [String], stdout: Int32, stderr: Int32) -> Result<pid_t, SystemError> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        // Nothing else: sockets (a listening server's among them) are not opened close-on-exec
        // by NIO, and a child holding one would keep it accepting after its owner closed it.
        posix_spawn_file_actions_addclosefrom_np(&actions, 3)

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid = pid_t()
        let result = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        return result == 0 ? .success(pid) : .failure(SystemError(code: result))
    }
}
