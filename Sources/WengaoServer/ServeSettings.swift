import WengaoKit

/// What `wengao serve` was asked for: where it listens, which names the browser may call it
/// by, and how much one request may carry.
public struct ServeSettings: Sendable {
    public var host: String
    public var port: Int
    /// Names besides the loopback ones that a request's Host may carry: the name a reverse
    /// proxy forwards (`--allow-host`), and the address listened on when it is not a wildcard.
    public var allowedHosts: Set<String>
    /// A YAML body: the input's own size limit, so that the page and the command line
    /// refuse the same files.
    public var maximumYAMLSize: Int
    /// A file uploaded to be opened (the import hook's .docx/.odt/.txt).
    public var maximumUploadSize: Int
    /// Seconds a connection may stay silent before it is closed: a client that sends its
    /// request a byte at a time cannot hold a connection for ever.
    public var idleTimeoutSeconds: Int
    /// Seconds a request's body may take to arrive in full.
    public var bodyTimeoutSeconds: Int
    /// PDF conversions at once: each starts LibreOffice (about 200 MB and a core for a second).
    public var concurrentPDFs: Int

    public init(host: String = ServeSettings.loopback, port: Int = 8080, allowedHosts: [String] = [],
                limits: InputLimits = .default) {
        self.host = host
        self.port = port
        var names = Set(allowedHosts.map { $0.lowercased() })
        if !Self.isWildcard(host) { names.insert(host.lowercased()) }
        self.allowedHosts = names
        maximumYAMLSize = limits.maximumFileSize
        maximumUploadSize = 20 << 20
        idleTimeoutSeconds = 30
        bodyTimeoutSeconds = 30
        concurrentPDFs = 2
    }

    public static let loopback = "127.0.0.1"
    static let loopbackNames: Set<String> = ["localhost", "127.0.0.1", "::1", "[::1]"]

    /// The address is one only this machine reaches: no warning is needed.
    public var listensOnLoopbackOnly: Bool {
        Self.loopbackNames.contains(host.lowercased()) || host.hasPrefix("127.")
    }

    static func isWildcard(_ host: String) -> Bool { host == "0.0.0.0" || host == "::" || host == "[::]" }

    /// Whether a request's Host (with or without its port) names this server. Anything else
    /// is a page of another site that had its name resolve to this address (DNS rebinding).
    public func accepts(host header: String?) -> Bool {
        guard let header, !header.isEmpty else { return false }
        var name = header.lowercased()
        if name.hasPrefix("[") {
            // [::1]:8080 → [::1]
            if let close = name.firstIndex(of: "]") { name = String(name[...close]) }
        } else if let colon = name.lastIndex(of: ":"), name.firstIndex(of: ":") == colon {
            name = String(name[..<colon])
        }
        return Self.loopbackNames.contains(name) || allowedHosts.contains(name)
            || allowedHosts.contains(name.trimmingCharacters(in: ["[", "]"]))
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop(while: { set.contains($0) }).reversed().drop(while: { set.contains($0) }).reversed())
    }
}
