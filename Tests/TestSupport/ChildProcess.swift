import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A child process started with posix_spawn. Foundation's `Process` keeps bookkeeping that LeakSanitizer
/// reports under `swift test --sanitize=address`; the tests start many children, so they use this instead.
public struct ChildProcess: Sendable {
    public let identifier: pid_t
    /// Our ends of the child's standard input, output and error pipes (-1 when not piped).
    let input: Int32
    let output: Int32
    let error: Int32

    public struct SpawnError: Error, CustomStringConvertible {
        public var description: String
    }

    /// One spawn at a time in this process: the pipes of one are close-on-exec before another child is started.
    private static let spawning = NSLock()

    /// Starts `executable`; with `captureOutput` false, output and error go to /dev/null and there is no input.
    public static func start(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], captureOutput: Bool = true)
        throws -> ChildProcess
    {
        spawning.lock()
        defer { spawning.unlock() }
        return try spawn(executable, arguments, environment: environment, captureOutput: captureOutput)
    }

    private static func spawn(_ executable: URL, _ arguments: [String], environment: [String: String], captureOutput: Bool) throws
        -> ChildProcess
    {
        // A child that exits without reading its input must not stop the test process with SIGPIPE.
        Glibc.signal(SIGPIPE, SIG_IGN)
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        var pipes: [[Int32]] = []
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if captureOutput {
            for _ in 0..<3 {
                var descriptors: [Int32] = [0, 0]
                guard pipe(&descriptors) == 0 else { throw SpawnError(description: "pipe failed: \(errno)") }
                // Close-on-exec: a child another test spawns must not inherit these ends, or the reader here waits
                // for its end of file until that other child exits (a CI run saw 147 s). Set under `spawning`, so
                // that no spawn falls between the pipe and the flag.
                for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
                pipes.append(descriptors)
            }
            // The child reads stdin from pipe 0's read end and writes to the write ends of pipes 1 and 2.
            posix_spawn_file_actions_adddup2(&actions, pipes[0][0], 0)
            posix_spawn_file_actions_adddup2(&actions, pipes[1][1], 1)
            posix_spawn_file_actions_adddup2(&actions, pipes[2][1], 2)
            for descriptors in pipes { for descriptor in descriptors { posix_spawn_file_actions_addclose(&actions, descriptor) } }
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var identifier: pid_t = 0
        let status = posix_spawn(&identifier, executable.path, &actions, nil, argv, envp)
        if captureOutput {
            close(pipes[0][0])
            close(pipes[1][1])
            close(pipes[2][1])
        }
        guard status == 0 else {
            if captureOutput { for descriptor in [pipes[0][1], pipes[1][0], pipes[2][0]] { close(descriptor) } }
            throw SpawnError(description: "posix_spawn \(executable.path) failed: \(status)")
        }
        return captureOutput
            ? ChildProcess(identifier: identifier, input: pipes[0][1], output: pipes[1][0], error: pipes[2][0])
            : ChildProcess(identifier: identifier, input: -1, output: -1, error: -1)
    }

    public func signal(_ number: Int32) { kill(identifier, number) }

    /// Whether the child is still running; it stays waitable either way (`wait` gives its status).
    public var isRunning: Bool {
        var info = siginfo_t()
        while waitid(P_PID, id_t(identifier), &info, WEXITED | WNOHANG | WNOWAIT) < 0 {
            if errno != EINTR { return false }
        }
        return info._sifields._sigchld.si_pid == 0
    }

    /// Waits for the child and returns its exit status (128 + signal when a signal ended it).
    @discardableResult
    public func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(identifier, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Writes `input` and reads output and error until the child closes them; all three at once, so a
    /// child that fills one pipe while we wait on another cannot block.
    public func communicate(_ input: Data?) -> (output: Data, error: Data) {
        var pending = [UInt8](input ?? Data())
        var written = 0
        var output = Data()
        var error = Data()
        var inputOpen = true
        var outputOpen = true
        var errorOpen = true
        if pending.isEmpty {
            close(self.input)
            inputOpen = false
        }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while outputOpen || errorOpen {
            var descriptors: [pollfd] = []
            if inputOpen { descriptors.append(pollfd(fd: self.input, events: Int16(POLLOUT), revents: 0)) }
            if outputOpen { descriptors.append(pollfd(fd: self.output, events: Int16(POLLIN), revents: 0)) }
            if errorOpen { descriptors.append(pollfd(fd: self.error, events: Int16(POLLIN), revents: 0)) }
            guard poll(&descriptors, nfds_t(descriptors.count), -1) >= 0 || errno == EINTR else { break }
            for entry in descriptors where entry.revents != 0 {
                if entry.fd == self.input {
                    let count = pending[written...].withUnsafeBytes { Glibc.write(self.input, $0.baseAddress, $0.count) }
                    if count > 0 { written += count }
                    if count < 0 || written == pending.count {
                        close(self.input)
                        inputOpen = false
                        pending = []
                    }
                } else {
                    let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                    if count > 0 {
                        if entry.fd == self.output {
                            output.append(contentsOf: buffer[0..<count])
                        } else {
                            error.append(contentsOf: buffer[0..<count])
                        }
                    } else if count == 0 || errno != EINTR {
                        close(entry.fd)
                        if entry.fd == self.output { outputOpen = false } else { errorOpen = false }
                    }
                }
            }
        }
        if inputOpen { close(self.input) }
        return (output, error)
    }
}
