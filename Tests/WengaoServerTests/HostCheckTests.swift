import Foundation
import Glibc
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WengaoServer

/// DNS rebinding: a request that names another host is refused, over a real socket with
/// the Host header as a browser sends it.
@Suite struct HostCheckTests {
    func answer(host: String, settings: ServeSettings = ServeSettings(port: 0)) async throws -> TestClient.Response {
        try await ServerFixture.application(settings).test(.live) { client in
            let port = try #require(client.port)
            return try await TestClient.withClient(host: "127.0.0.1", port: port) { raw in
                try await raw.execute(TestClient.Request("/api/validate", method: .post, authority: host,
                                                         body: ByteBuffer(string: "title: 标题\n")))
            }
        }
    }

    @Test func loopbackNamesAreAccepted() async throws {
        for host in ["127.0.0.1:8080", "localhost:8080", "localhost", "[::1]:8080", "LOCALHOST"] {
            #expect(try await answer(host: host).status == .ok, "\(host)")
        }
    }

    @Test func anotherNameIsRefusedWith421() async throws {
        for host in ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil.example:8080"] {
            let response = try await answer(host: host)
            #expect(response.status == .misdirectedRequest, "\(host)")
            #expect(String(buffer: response.body ?? ByteBuffer()).contains("DNS 重绑定"))
            #expect(response.headers[.contentSecurityPolicy] != nil)
        }
    }

    @Test func aNameAllowedForTheProxyIsAccepted() async throws {
        let settings = ServeSettings(port: 0, allowedHosts: ["wengao.example.gov.cn"])
        #expect(try await answer(host: "wengao.example.gov.cn", settings: settings).status == .ok)
        #expect(try await answer(host: "other.example.gov.cn", settings: settings).status == .misdirectedRequest)
    }

    @Test func settingsSayWhetherOnlyThisMachineListens() {
        #expect(ServeSettings().listensOnLoopbackOnly)
        #expect(ServeSettings(host: "::1").listensOnLoopbackOnly)
        #expect(!ServeSettings(host: "0.0.0.0").listensOnLoopbackOnly)
        #expect(!ServeSettings(host: "192.168.1.20").listensOnLoopbackOnly)
        // The address listened on is a name the server answers to; a wildcard is not.
        #expect(ServeSettings(host: "192.168.1.20").accepts(host: "192.168.1.20:8080"))
        #expect(!ServeSettings(host: "0.0.0.0").accepts(host: "0.0.0.0"))
        #expect(!ServeSettings().accepts(host: nil))
        #expect(!ServeSettings().accepts(host: ""))
    }
}

/// A body that trickles in is cut off at the deadline, over a real socket.
@Suite struct SlowBodyTests {
    @Test func aBodyNotSentInTimeIsAnswered408() async throws {
        var settings = ServeSettings(port: 0)
        settings.bodyTimeoutSeconds = 1
        try await ServerFixture.application(settings).test(.live) { client in
            let port = try #require(client.port)
            let answer = try await ServerFixture.offThePool { try RawHTTP.trickledPost(port: port) }
            #expect(answer.hasPrefix("HTTP/1.1 408"), "\(answer)")
            #expect(answer.contains("秒内没有传完"))
        }
    }
}

/// A client that announces a 100-byte body and trickles it, a byte every half second, until
/// an answer comes: by hand over POSIX sockets. However late the handler starts (other
/// tests share the threads), a byte then arrives after its deadline.
enum RawHTTP {
    struct Failure: Error { var what: String }

    static func trickledPost(port: Int) throws -> String {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(what: "socket") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(what: "connect") }
        let head = "POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\ntitle: a\n"
        _ = head.withCString { send(socket, $0, strlen($0), 0) }
        var answer = [UInt8](repeating: 0, count: 4096)
        for _ in 0..<40 {
            usleep(500_000)
            _ = "#".withCString { send(socket, $0, 1, Int32(MSG_NOSIGNAL)) }
            let count = recv(socket, &answer, answer.count, Int32(MSG_DONTWAIT))
            if count > 0 { return String(decoding: answer[..<count], as: UTF8.self) }
        }
        throw Failure(what: "no answer in 20 s")
    }
}
