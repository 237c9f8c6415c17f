import NIOCore
import Synchronization

/// Tells a request's answer when its client hangs up. The server lets
/// clients half-close, so a client that goes away shows only as the end of
/// its input (or an inactive channel), which this handler, one per
/// connection, sees pass by and announces.
final class DisconnectWatcher: ChannelInboundHandler, RemovableChannelHandler, Sendable {
    typealias InboundIn = NIOAny

    private let connections: ConnectionWatchers
    private let state = Mutex<(closed: Bool, next: Int, actions: [Int: @Sendable () -> Void])>((false, 0, [:]))

    init(_ connections: ConnectionWatchers) {
        self.connections = connections
    }

    /// Runs `action` when the client hangs up (at once if it has); returns a token for `forget`.
    func onClose(_ action: @escaping @Sendable () -> Void) -> Int {
        let (token, closed) = state.withLock { state in
            state.next += 1
            if !state.closed { state.actions[state.next] = action }
            return (state.next, state.closed)
        }
        if closed { action() }
        return token
    }

    func forget(_ token: Int) {
        _ = state.withLock { $0.actions.removeValue(forKey: token) }
    }

    func handlerAdded(context: ChannelHandlerContext) {
        connections.add(self, for: context.channel)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        connections.remove(context.channel)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        context.fireChannelRead(data)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case ChannelEvent.inputClosed = event { hungUp() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        hungUp()
        connections.remove(context.channel)
        context.fireChannelInactive()
    }

    private func hungUp() {
        let actions = state.withLock { state in
            state.closed = true
            defer { state.actions = [:] }
            return Array(state.actions.values)
        }
        for action in actions { action() }
    }
}

/// The watcher of each open connection of one server, found by its channel.
final class ConnectionWatchers: Sendable {
    private let watchers = Mutex<[ObjectIdentifier: DisconnectWatcher]>([:])

    func add(_ watcher: DisconnectWatcher, for channel: any Channel) {
        watchers.withLock { $0[ObjectIdentifier(channel)] = watcher }
    }

    func remove(_ channel: any Channel) {
        _ = watchers.withLock { $0.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    func watcher(of channel: any Channel) -> DisconnectWatcher? {
        watchers.withLock { $0[ObjectIdentifier(channel)] }
    }
}
