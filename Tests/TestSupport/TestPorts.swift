import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Loopback ports for servers the tests start.
public enum TestPorts {
    /// A port no socket of this machine holds now, chosen by the kernel (bind to port 0). A port drawn at random
    /// may be the local end of one of the many client connections the tests open, and a server then cannot bind it.
    public static func free() -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return Int.random(in: 20_000..<30_000) }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { return Int.random(in: 20_000..<30_000) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        guard named == 0 else { return Int.random(in: 20_000..<30_000) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
