import Foundation
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
