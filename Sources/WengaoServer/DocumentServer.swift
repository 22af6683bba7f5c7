import Dispatch
import FoundationEssentials
import Hummingbird
import Logging
import WengaoKit

/// `wengao serve`: the page and the API over one `Generator`, loaded once.
///
/// Nothing is kept between requests: each body is read, checked and answered from memory;
/// a PDF's DOCX goes to a private folder of that request that is removed before the answer
/// leaves. Instances share nothing, so several can stand behind one reverse proxy.
public struct DocumentServer: Sendable {
    public let settings: ServeSettings
    let generator: Generator
    /// `SOURCE_DATE_EPOCH` of the server's environment, read as the command line reads it,
    /// so that the page's documents have the command line's bytes.
    let sourceDateEpoch: String?
    let pdfGate: ConcurrencyGate

    /// - Parameter generator: its templates loaded; both formats' fixed parts are made now,
    ///   so that the first request costs what every other does.
    public init(settings: ServeSettings, generator: Generator, sourceDateEpoch: String? = nil) {
        var generator = generator
        generator.limits.maximumFileSize = settings.maximumYAMLSize
        generator.prepare([.docx, .odt])
        self.settings = settings
        self.generator = generator
        self.sourceDateEpoch = sourceDateEpoch
        pdfGate = ConcurrencyGate(width: settings.concurrentPDFs)
    }

    /// The routes: the page, its styles, script and preview font, and the API (Docs/serve.md).
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: SecurityHeaders(settings: settings))
        router.get("/") { _, _ in Self.asset(PageAssets.html, type: "text/html; charset=utf-8") }
        router.get("/assets/wengao.css") { _, _ in Self.asset(PageAssets.css, type: "text/css; charset=utf-8") }
        router.get("/assets/wengao.js") { _, _ in Self.asset(PageAssets.script, type: "text/javascript; charset=utf-8") }
        let documentCSS = DocumentPreview.css(generator.templates.styleSheet)
        router.get("/assets/document.css") { _, _ in Self.asset(documentCSS, type: "text/css; charset=utf-8") }
        router.get("/assets/fonts/FandolFang-Regular.otf") { _, _ in
            // Read for each request from its one fixed place: kept in memory it would be 7 MB
            // of every instance's resident set for a face only the preview shows.
            guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: DocumentPreview.fangSongFile)) else {
                throw APIError(status: .notFound, message: APIError.message(for: .notFound))
            }
            return Response(status: .ok, headers: [.contentType: "font/otf"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        router.post("/api/validate") { request, _ in try await validate(request) }
        router.post("/api/fix") { request, _ in try await fix(request) }
        router.post("/api/form") { request, _ in try await form(request) }
        router.post("/api/input.yaml") { request, _ in try await input(request) }
        router.post("/api/import") { request, _ in try await importDocument(request) }
        router.post("/api/:document") { request, context in
            try await document(request, named: context.parameters.get("document") ?? "")
        }
        return router
    }

    /// The application on the settings' address, HTTP/1.1 with an idle timeout.
    ///
    /// - Parameter onRunning: called with the port listened on (the one the system chose
    ///   for port 0) once connections are accepted.
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(settings.idleTimeoutSeconds)))),
            configuration: ApplicationConfiguration(address: .hostname(settings.host, port: settings.port),
                                                    serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? settings.port) },
            logger: Self.logger)
    }

    /// Warnings and errors only (`LOG_LEVEL=info` or `debug` for more): the command prints
    /// where it listens itself, in Chinese, and office staff need no line per request.
    static var logger: Logger {
        var logger = Logger(label: "wengao-serve")
        logger.logLevel = Environment().get("LOG_LEVEL").flatMap(Logger.Level.init(rawValue:)) ?? .warning
        return logger
    }

    /// Runs until the process is stopped (SIGINT or SIGTERM end it gracefully).
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(onRunning: onRunning).runService()
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The body, refused past `limit` bytes, or when it is still arriving
    /// `settings.bodyTimeoutSeconds` after it began: a client that sends a byte just before
    /// each idle timeout would otherwise hold a connection for as long as it likes. The clock
    /// is read as each part arrives (no timer per request: a cancelled 30-second sleep per
    /// request kept its timer, and the resident set grew with the request rate); a client
    /// that sends nothing more is cut off by the idle timeout.
    func body(of request: Request, limit: Int) async throws -> [UInt8] {
        let seconds = settings.bodyTimeoutSeconds
        let deadline = ContinuousClock.now + .seconds(seconds)
        var bytes: [UInt8] = []
        do {
            for try await var part in request.body {
                guard bytes.count + part.readableBytes <= limit else { throw APIError.tooLarge(limit: limit) }
                bytes += part.readBytes(length: part.readableBytes) ?? []
                if ContinuousClock.now > deadline {
                    throw APIError(status: .requestTimeout, message: "请求内容在 \(seconds) 秒内没有传完")
                }
            }
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw APIError.tooLarge(limit: limit)
        }
        return bytes
    }

    /// The name diagnostics give the input: the page's, never a path.
    static let inputName = "输入"

    // MARK: - The API

    /// `POST /api/validate`: what `wengao validate --format json` prints for the body.
    func validate(_ request: Request) async throws -> Response {
        let bytes = try await body(of: request, limit: settings.maximumYAMLSize)
        let (_, diagnostics) = ReportValidator.check(bytes: bytes, name: Self.inputName, limits: generator.limits)
        return json(DiagnosticFormatter.json(diagnostics))
    }

    /// `POST /api/fix`: the body with `wengao fix`'s corrections, and how many of each.
    func fix(_ request: Request) async throws -> Response {
        let bytes = try await body(of: request, limit: settings.maximumYAMLSize)
        do {
            let outcome = try InputFix.fix(bytes, path: Self.inputName, limits: generator.limits)
            return json(JSONValue.object([
                ("yaml", .string(String(decoding: outcome.bytes, as: UTF8.self))),
                ("punctuation", .number(outcome.punctuation)),
                ("numbering", .number(outcome.numbering)),
                ("trailing_spaces", .number(outcome.trailingSpaces)),
                ("untouched", .number(outcome.untouched)),
            ]).rendered() + "\n")
        } catch {
            throw APIError.invalid(error.diagnostics)
        }
    }

    /// `POST /api/form`: the body read into the form's fields, each with its line.
    func form(_ request: Request) async throws -> Response {
        let bytes = try await body(of: request, limit: settings.maximumYAMLSize)
        let read = ReportReader(limits: generator.limits).read(bytes: bytes, name: Self.inputName)
        guard let report = read.report else { throw APIError.invalid(read.diagnostics) }
        return json(ReportForm.json(report).rendered() + "\n")
    }

    /// `POST /api/input.yaml`: the body back, checked to be text the reader takes, under the
    /// input's name: the page's YAML saved with a Chinese file name.
    func input(_ request: Request) async throws -> Response {
        let bytes = try await body(of: request, limit: settings.maximumYAMLSize)
        let read = ReportReader(limits: generator.limits).read(bytes: bytes, name: Self.inputName)
        guard read.report != nil else { throw APIError.invalid(read.diagnostics) }
        return download(bytes, name: DownloadName.base(for: read.report, genre: nil), extension: "yaml",
                        type: "application/yaml; charset=utf-8")
    }

    /// `POST /api/import?name=FILE`: an existing speech or summary (.docx, .odt, .txt, .md)
    /// read back into an input file, as `wengao import --simplified` reads it: `{"yaml": …,
    /// "notes": […], "genre": …}`. The name only says which format the bytes are and is shown
    /// in the YAML's first comment; nothing is written, and it never reaches the file system.
    /// A document the importer refuses (encrypted, a zip bomb, empty, not a document) is 422
    /// with the importer's Chinese message.
    func importDocument(_ request: Request) async throws -> Response {
        let bytes = try await body(of: request, limit: settings.maximumUploadSize)
        let given = request.uri.queryParameters.get("name") ?? "上传的文件.txt"
        // The last component only, at most 200 characters, no control characters.
        let name = String(given.split(separator: "/").last.map(String.init)?.filter { !$0.isASCII || $0.asciiValue! >= 0x20 }
            .prefix(200) ?? "上传的文件.txt")
        do {
            let outcome = try DocumentImporter.importDocument(bytes, name: name.isEmpty ? "上传的文件.txt" : name,
                                                              options: DocumentImporter.Options(simplified: true))
            return json(JSONValue.object([
                ("yaml", .string(outcome.yaml)),
                ("notes", .array(outcome.notes.map { .string($0) })),
                ("genre", .string(outcome.genre.rawValue)),
            ]).rendered() + "\n")
        } catch {
            throw APIError(status: .unprocessableContent, message: error.message)
        }
    }

    /// `POST /api/{speech|summary}.{docx|odt|pdf|html}`: the document, made as the command
    /// line makes it; input with errors is answered 422 with the diagnostics.
    func document(_ request: Request, named name: String) async throws -> Response {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let genre = Genre(rawValue: String(parts[0])),
              let kind = DocumentKind(rawValue: String(parts[1])) else {
            throw APIError(status: .notFound, message: APIError.message(for: .notFound))
        }
        let bytes = try await body(of: request, limit: settings.maximumYAMLSize)
        // To the back of the queue before the millisecond of work: a connection whose next
        // request arrives as its last answer leaves would otherwise be served again at once,
        // ahead of the others (flat out at 16 connections, p50 7 ms but p99 380 ms).
        await Task.yield()
        let checked = Generator.check(bytes: bytes, name: Self.inputName, limits: generator.limits)
        // A PDF is converted from the DOCX; the preview reads the document itself.
        if kind == .html {
            return try preview(checked, genre: genre)
        }
        let format: OutputFormat = kind == .odt ? .odt : .docx
        let target = BatchPlan.Target(format: format, path: Self.inputName + "." + format.rawValue,
                                      displayPath: Self.inputName + "." + format.rawValue)
        let made = generator.packages(checked, targets: [target], genre: genre, sourceDateEpoch: sourceDateEpoch)
        guard made.succeeded, let package = made.packages.first else { throw APIError.invalid(made.diagnostics) }
        let base = DownloadName.base(for: checked.report, genre: genre)
        switch kind {
        case .docx:
            return download(package, name: base, extension: "docx",
                            type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        case .odt:
            return download(package, name: base, extension: "odt", type: "application/vnd.oasis.opendocument.text")
        case .pdf:
            let pdf = try await pdfGate.run { () -> Swift.Result<[UInt8], Diagnostic> in
                do {
                    let conversion = try PDFConversion()
                    defer { conversion.remove() }
                    return conversion.pdf(fromDOCX: package)
                } catch {
                    return .failure(error.diagnostics.first ?? Diagnostic(DiagnosticRule.internalError, message: "\(error)", at: nil))
                }
            }
            switch pdf {
            case .success(let bytes): return download(bytes, name: base, extension: "pdf", type: "application/pdf")
            case .failure(let diagnostic):
                throw APIError(status: .internalServerError, message: diagnostic.message, diagnostics: [diagnostic])
            }
        case .html:
            return try preview(checked, genre: genre)
        }
    }

    /// The page's preview: the document both writers read, set in HTML on the page's grid.
    func preview(_ checked: Generator.CheckedInput, genre: Genre) throws -> Response {
        // The genre's own warnings are the page's checks' business, not the preview's.
        guard let input = checked.report, !checked.diagnostics.hasErrors else { throw APIError.invalid(checked.diagnostics) }
        do {
            let (report, _) = TextCorrection.corrected(input, punctuation: generator.correctsPunctuation)
            let document = try generator.document(for: report, genre: genre)
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: DocumentPreview.html(document))))
        } catch {
            throw APIError.invalid(error.diagnostics)
        }
    }

    enum DocumentKind: String {
        case docx, odt, pdf, html
    }

    func json(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    func download<Bytes: Sequence>(_ bytes: Bytes, name: String, extension ext: String, type: String) -> Response
    where Bytes.Element == UInt8 {
        Response(status: .ok,
                 headers: [.contentType: type, .contentDisposition: DownloadName.contentDisposition(name, extension: ext)],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

extension Error {
    /// The diagnostics a library error carries, or one internal error naming it.
    var diagnostics: [Diagnostic] {
        if let error = self as? DiagnosticError { return error.diagnostics }
        return [Diagnostic(DiagnosticRule.internalError, message: "\(self)", at: nil)]
    }
}
