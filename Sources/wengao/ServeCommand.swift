#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import WengaoKit
import WengaoServer

/// `wengao serve`: the local web page where the documents are filled in, checked and
/// downloaded (Docs/serve.md). Thin like every command: the server is WengaoServer's.
struct ServeCommand {
    var port: Int
    var host: String
    var opensBrowser: Bool
    var allowedHosts: [String]
    var templates: String?
    var style: String?
    var fontProfile: FontProfile?

    static let port = OptionSpec(long: "port", short: "p", kind: .integer, help: "端口（默认 8080；0 为任选一个空闲端口）。Port.")
    static let host = OptionSpec(
        long: "host", help: "监听的地址（默认 127.0.0.1，只有本机能访问）。其他地址会让网络上的人也能访问，启动时会警告。Address to listen on.")
    static let open = OptionSpec(long: "open", kind: .flag, help: "启动后用默认浏览器打开页面。Open the page in the browser.")
    static let allowHost = OptionSpec(
        long: "allow-host", valueName: "name",
        help: "也接受这个主机名（反向代理转发来的域名；可重复）。其他名字一律拒绝，以防 DNS 重绑定。Another Host name to accept.")

    static let command = CommandSpec(
        name: "serve",
        abstract: "启动本机网页：填写、检查、预览并下载两种文稿。Serve the local web page and its HTTP API.",
        discussion: "在浏览器里打开显示的地址。按 Ctrl+C 停止。接口说明见 Docs/serve.md。",
        options: [port, host, open, allowHost, GenerateOptions.templates, GenerateOptions.style, FontsOption.spec])

    init(parsing arguments: [String]) throws(UsageError) {
        let parsed = try ArgumentScanner.scan(arguments, for: Self.command)
        port = parsed.integer(Self.port) ?? 8080
        host = parsed.value(Self.host) ?? ServeSettings.loopback
        opensBrowser = parsed.flag(Self.open)
        allowedHosts = parsed.values(Self.allowHost).flatMap { $0.split(separator: ",").map(String.init) }
        templates = parsed.value(GenerateOptions.templates)
        style = parsed.value(GenerateOptions.style)
        fontProfile = parsed.value(FontsOption.spec).flatMap(FontProfile.init(word:))
        if !(0...65535).contains(port) { throw UsageError(UsageText.portOutOfRange(port), command: Self.command) }
    }

    func run() -> ExitStatus {
        let console = Console()
        guard let directory = console.templatesFolder(templates) else { return .failure }
        let generator: Generator
        do {
            generator = Generator(templates: try TemplateSet(directory: directory, styleOverride: style, fontProfile: fontProfile))
        } catch let error as DiagnosticError {
            console.report(error.diagnostics)
            return .failure
        } catch {
            console.error("\(error)")
            return .failure
        }
        let settings = ServeSettings(host: host, port: port, allowedHosts: allowedHosts)
        if !settings.listensOnLoopbackOnly {
            console.write(console.colors.wrap("警告:", "1;33") + " 在 \(DiagnosticFormatter.visible(host)) 上监听：网络上的其他人也能打开这个页面、提交内容。"
                          + "本服务没有登录和加密；对外提供请放在带 HTTPS 和登录的反向代理后面（见 Docs/serve.md）。")
        }
        let server = DocumentServer(settings: settings, generator: generator,
                                    sourceDateEpoch: Environment.value("SOURCE_DATE_EPOCH"))
        let stopped = DispatchSemaphore(value: 0)
        let outcome = ServeOutcome()
        let (shownHost, opensBrowser) = (host.contains(":") ? "[\(host)]" : host, self.opensBrowser)
        Task {
            do {
                try await server.run { port in
                    let address = "http://\(shownHost == "0.0.0.0" || shownHost == "[::]" ? "127.0.0.1" : shownHost):\(port)/"
                    console.status("文稿已启动：\(address)  （按 Ctrl+C 停止）")
                    if opensBrowser { BrowserLauncher.open(address) }
                }
            } catch {
                console.error(Self.startFailure(error, host: shownHost, port: settings.port))
                outcome.failed = true
            }
            stopped.signal()
        }
        stopped.wait()
        return outcome.failed ? .failure : .success
    }
}

extension ServeCommand {
    /// Why the server could not listen, in the user's words for the two usual causes. NIO
    /// reports them as an `IOError` whose text carries strerror's wording.
    static func startFailure(_ error: any Error, host: String, port: Int) -> String {
        let text = "\(error)"
        if text.contains("Address already in use") {
            return "无法在 \(host):\(port) 启动：端口 \(port) 已被占用（另一个 wengao serve 或其他程序在用）；请用 --port 换一个"
        }
        if text.contains("Permission denied") {
            return "无法在 \(host):\(port) 启动：没有权限使用端口 \(port)（1024 以下的端口需要管理员权限）；请用 --port 换一个"
        }
        if text.contains("Cannot assign requested address") {
            return "无法在 \(host):\(port) 启动：本机没有地址 \(host)；请检查 --host"
        }
        return "无法在 \(host):\(port) 启动：\(text)"
    }
}

/// Whether the server ended on an error, set by its task before the main thread reads it.
private final class ServeOutcome: @unchecked Sendable {
    var failed = false
}

/// `--open`: the desktop's browser, started and left to run.
enum BrowserLauncher {
    static func open(_ address: String) {
        #if os(macOS)
        let opener = "open"
        #else
        let opener = "xdg-open"
        #endif
        var pid: pid_t = 0
        let arguments = [opener, address]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        // The browser's output is not the server's: it goes nowhere.
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if posix_spawnp(&pid, opener, &actions, nil, &argv, environ) != 0 {
            Console().error("无法打开浏览器（\(opener)）；请自己打开 \(address)")
        }
    }
}
