import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WengaoKit
import ZIPFoundation
@testable import WengaoServer

/// Every endpoint through the real router (HummingbirdTesting's router framework: the
/// middleware, the routes and the handlers, without sockets).
@Suite struct APIRouteTests {
    @Test func thePageAndItsFilesAreServedWithTheirTypes() async throws {
        try await ServerFixture.application().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let page = String(buffer: response.body)
                for id in ["f-title", "f-organization", "f-occasion", "f-speaker", "f-date", "f-seal", "f-audience",
                           "f-opening.shared", "f-closing.speech", "f-achievements.lead.shared", "f-next_steps.layout", "yaml"] {
                    #expect(page.contains("id=\"\(id)\""), "the page lacks \(id)")
                }
                #expect(page.contains("data-fixable=\"half-width-punctuation hand-numbering\""))
                // No file from elsewhere: every script and style is this server's.
                #expect(!page.contains("http://") && !page.contains("https://"))
            }
            for (path, type) in [("/assets/wengao.css", "text/css"), ("/assets/wengao.js", "text/javascript"),
                                 ("/assets/document.css", "text/css")] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix(type) == true)
                    #expect(response.body.readableBytes > 500)
                }
            }
        }
    }

    @Test func thePreviewsStylesComeFromTheStyleSheet() async throws {
        try await ServerFixture.application().test(.router) { client in
            try await client.execute(uri: "/assets/document.css", method: .get) { response in
                let css = String(buffer: response.body)
                // Body text: 仿宋_GB2312 at 3号 (16 pt), two grid characters of indent, the grid's pitch.
                let sheet = ServerFixture.generator.templates.styleSheet
                let body = try #require(css.split(separator: "\n").first { $0.hasPrefix(".sheet .p-body ") })
                #expect(body.contains("\"仿宋_GB2312\""))
                #expect(body.contains("font-size: 16.0pt"))
                #expect(body.contains("text-indent: \(DocumentPreview.pt(2 * sheet.characterPitch))"))
                #expect(body.contains("line-height: \(DocumentPreview.pt(sheet.linePitch))"))
            }
            try await client.execute(uri: "/assets/fonts/FandolFang-Regular.otf", method: .get) { response in
                if FileManager.default.fileExists(atPath: DocumentPreview.fangSongFile) {
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == "font/otf")
                    #expect(response.body.readableBytes > 1_000_000)
                } else {
                    #expect(response.status == .notFound)
                }
            }
        }
    }

    @Test func everyAnswerCarriesTheContentSecurityPolicy() async throws {
        try await ServerFixture.application().test(.router) { client in
            let answers = [
                try await client.execute(uri: "/", method: .get),
                try await client.execute(uri: "/api/validate", method: .post, body: ServerFixture.sample(ServerFixture.speech)),
                try await client.execute(uri: "/api/speech.docx", method: .post, body: ByteBuffer(string: "title: [")),
                try await client.execute(uri: "/no/such/page", method: .get),
            ]
            for response in answers {
                let policy = try #require(response.headers[.contentSecurityPolicy])
                #expect(policy.contains("default-src 'none'"))
                #expect(policy.contains("script-src 'self'"))
                #expect(policy.contains("frame-ancestors 'none'"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.cacheControl] == "no-store")
            }
        }
    }

    @Test func validateAnswersWhatValidateFormatJSONPrints() async throws {
        let broken = "title: 标题\nachievements:\n  items:\n    - point: 坚持高位推动,压实责任\n    - 12\nfoo: 1\n"
        try await ServerFixture.application().test(.router) { client in
            try await client.execute(uri: "/api/validate", method: .post, body: ServerFixture.sample(ServerFixture.speech)) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "[]\n")
            }
            try await client.execute(uri: "/api/validate", method: .post, body: ByteBuffer(string: broken)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                // The command line's function over the same bytes, named as the server names them.
                let expected = DiagnosticFormatter.json(ReportValidator.check(bytes: Array(broken.utf8), name: "输入").diagnostics)
                #expect(String(buffer: response.body) == expected)
                let diagnostics = try #require(ServerFixture.json(response.body) as? [[String: Any]])
                let ids = diagnostics.compactMap { $0["id"] as? String }
                #expect(ids.contains("half-width-punctuation"))
                #expect(ids.contains("unknown-key"))
                let comma = try #require(diagnostics.first { $0["id"] as? String == "half-width-punctuation" })
                #expect(comma["line"] as? Int == 4)
                #expect((comma["message"] as? String)?.contains("，") == true)
            }
        }
    }

    @Test func hostileBodiesGetTheFileChecksMessages() async throws {
        try await ServerFixture.application().test(.router) { client in
            let cases: [(ByteBuffer, String)] = [
                (ByteBuffer(), "file-empty"),
                (ByteBuffer(bytes: [0x74, 0x3A, 0x20, 0xFF, 0xFE]), "invalid-utf8"),
                (ByteBuffer(string: "title: a\u{0}b\n"), "control-character"),
                // A billion laughs: each level names the one before ten times.
                (ByteBuffer(string: Self.aliasBomb), "alias-limit"),
            ]
            for (body, id) in cases {
                try await client.execute(uri: "/api/validate", method: .post, body: body) { response in
                    #expect(response.status == .ok)
                    let diagnostics = try #require(ServerFixture.json(response.body) as? [[String: Any]])
                    #expect(diagnostics.contains { $0["id"] as? String == id }, "expected \(id): \(String(buffer: response.body))")
                }
            }
        }
    }

    static let aliasBomb: String = {
        var text = "title: t\nachievements:\n  - &l0 {point: lol}\n"
        for level in 1...8 {
            text += "  - &l\(level) {point: lol, subpoints: [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]}\n"
        }
        return text
    }()

    @Test func oversizedBodiesAreRefusedWith413() async throws {
        try await ServerFixture.application().test(.router) { client in
            let tooLarge = ByteBuffer(repeating: UInt8(ascii: "a"), count: (1 << 20) + 1)
            for path in ["/api/validate", "/api/speech.docx", "/api/summary.pdf", "/api/fix", "/api/form"] {
                try await client.execute(uri: path, method: .post, body: tooLarge) { response in
                    #expect(response.status == .contentTooLarge, "\(path)")
                    let body = try #require(ServerFixture.json(response.body) as? [String: String])
                    #expect(body["error"]?.contains("超过上限") == true)
                }
            }
            // An upload to open may be larger than a YAML, up to 20 MiB.
            let hugeUpload = ByteBuffer(repeating: 0, count: (20 << 20) + 1)
            try await client.execute(uri: "/api/import", method: .post, body: hugeUpload) { response in
                #expect(response.status == .contentTooLarge)
            }
            // Exactly at the limit is read (and is no YAML).
            let atLimit = ByteBuffer(repeating: UInt8(ascii: "#"), count: 1 << 20)
            try await client.execute(uri: "/api/validate", method: .post, body: atLimit) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test(arguments: [("speech", "docx"), ("speech", "odt"), ("summary", "docx"), ("summary", "odt")])
    func documentsHaveTheLibrarysBytesAndAChineseFileName(genre: String, format: String) async throws {
        let sample = genre == "speech" ? ServerFixture.speech : ServerFixture.summary
        let input = ServerFixture.samples.appendingPathComponent(sample).path
        // What `wengao summary|speech INPUT -o FILE` writes: the batch path, through a file.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wengao-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputPath = folder.appendingPathComponent("out.\(format)").path
        let plan = try BatchPlan(input: input, output: outputPath, format: OutputFormat(rawValue: format)!)
        let outcome = ServerFixture.generator.generate(plan.jobs[0], genre: Genre(rawValue: genre)!)
        #expect(outcome.succeeded)
        let written = try Data(contentsOf: URL(fileURLWithPath: outputPath))
        try await ServerFixture.application().test(.router) { client in
            try await client.execute(uri: "/api/\(genre).\(format)", method: .post, body: ServerFixture.sample(sample)) { response in
                #expect(response.status == .ok)
                #expect(Data(buffer: response.body) == written)
                let disposition = try #require(response.headers[.contentDisposition])
                #expect(disposition.hasPrefix("attachment; filename=\""))
                let encoded = try #require(disposition.components(separatedBy: "filename*=UTF-8''").last)
                let name = try #require(encoded.removingPercentEncoding)
                #expect(name.hasSuffix("." + format))
                #expect(name.unicodeScalars.contains { $0.value > 0x4E00 }, "a Chinese name: \(name)")
                #expect(response.headers[.contentType]?.contains(format == "docx" ? "wordprocessingml" : "opendocument") == true)
                let archive = try Archive(data: Data(buffer: response.body), accessMode: .read)
                #expect(archive[format == "docx" ? "word/document.xml" : "content.xml"] != nil)
            }
        }
    }

    @Test func invalidInputIsAnswered422WithTheDiagnostics() async throws {
        try await ServerFixture.application().test(.router) { client in
            for path in ["/api/speech.docx", "/api/summary.odt", "/api/speech.pdf", "/api/summary.html", "/api/input.yaml"] {
                try await client.execute(uri: path, method: .post, body: ByteBuffer(string: "organization: 某局\nachievements: [\n")) { response in
                    #expect(response.status == .unprocessableContent, "\(path)")
                    let diagnostics = try #require(ServerFixture.json(response.body) as? [[String: Any]], "\(path)")
                    #expect(diagnostics.first?["severity"] as? String == "error")
                    #expect(diagnostics.first?["line"] as? Int != nil)
                }
            }
            // Read, but missing what a document needs.
            try await client.execute(uri: "/api/summary.docx", method: .post, body: ByteBuffer(string: "organization: 某局\n")) { response in
                #expect(response.status == .unprocessableContent)
                let ids = (ServerFixture.json(response.body) as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
                #expect(ids.contains("missing-title"))
            }
        }
    }

    @Test func unknownPathsAndMethodsAreRefusedInChinese() async throws {
        try await ServerFixture.application().test(.router) { client in
            for path in ["/api/speech.txt", "/api/letter.docx", "/api/speech", "/api/..%2Fetc%2Fpasswd"] {
                try await client.execute(uri: path, method: .post, body: ByteBuffer(string: "title: a\n")) { response in
                    #expect(response.status == .notFound, "\(path)")
                    let body = try #require(ServerFixture.json(response.body) as? [String: String])
                    #expect(body["error"] == "没有这个地址")
                }
            }
            try await client.execute(uri: "/etc/passwd", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func fixMakesWengaoFixsCorrections() async throws {
        let input = "title: 标题\nachievements:\n  items:\n    - point: 一是坚持高位推动,压实责任  # 注释\n"
        try await ServerFixture.application().test(.router) { client in
            try await client.execute(uri: "/api/fix", method: .post, body: ByteBuffer(string: input)) { response in
                #expect(response.status == .ok)
                let body = try #require(ServerFixture.json(response.body) as? [String: Any])
                let expected = try InputFix.fix(Array(input.utf8), path: "输入")
                #expect(body["yaml"] as? String == String(decoding: expected.bytes, as: UTF8.self))
                #expect((body["yaml"] as? String)?.contains("坚持高位推动，压实责任  # 注释") == true)
                #expect(body["punctuation"] as? Int == 1)
                #expect(body["numbering"] as? Int == 1)
            }
            try await client.execute(uri: "/api/fix", method: .post, body: ByteBuffer(string: "title: [\n")) { response in
                #expect(response.status == .unprocessableContent)
            }
        }
    }

    @Test func formReadsTheYAMLIntoFieldsWithTheirLines() async throws {
        try await ServerFixture.application().test(.router) { client in
            try await client.execute(uri: "/api/form", method: .post, body: ServerFixture.sample(ServerFixture.speech)) { response in
                #expect(response.status == .ok)
                let form = try #require(ServerFixture.json(response.body) as? [String: Any])
                let title = try #require(form["title"] as? [String: Any])
                #expect((title["text"] as? String)?.isEmpty == false)
                #expect(title["line"] as? Int != nil)
                let achievements = try #require(form["achievements"] as? [String: Any])
                let items = try #require(achievements["items"] as? [[String: Any]])
                #expect(!items.isEmpty)
                #expect((items[0]["point"] as? [String: Any])?["line"] as? Int != nil)
            }
            let voiced = "title: 标题\nopening:\n  讲话: [同志们，开会了。, 第二段。]\n  总结: 上半年，我局……\n"
            try await client.execute(uri: "/api/form", method: .post, body: ByteBuffer(string: voiced)) { response in
                let form = try #require(ServerFixture.json(response.body) as? [String: Any])
                let opening = try #require(form["opening"] as? [String: Any])
                #expect((opening["speech"] as? [[String: Any]])?.count == 2)
                #expect(((opening["summary"] as? [[String: Any]])?.first)?["line"] as? Int == 4)
            }
        }
    }

    @Test func theYAMLDownloadIsTheBodyUnderItsTitle() async throws {
        try await ServerFixture.application().test(.router) { client in
            let body = try ServerFixture.sample(ServerFixture.summary)
            try await client.execute(uri: "/api/input.yaml", method: .post, body: body) { response in
                #expect(response.status == .ok)
                #expect(response.body == body)
                #expect(response.headers[.contentDisposition]?.contains(".yaml") == true)
            }
        }
    }

    @Test func anExistingSpeechIsImportedIntoTheForm() async throws {
        let fixtures = ServerFixture.packageRoot.appendingPathComponent("Tests/WengaoEndToEndTests/Fixtures/import")
        for name in ["half-year-speech-web.docx", "half-year-speech-web.odt", "half-year-speech-web.txt"] {
            let upload = ByteBuffer(bytes: try Data(contentsOf: fixtures.appendingPathComponent(name)))
            try await ServerFixture.application().test(.router) { client in
                try await client.execute(uri: "/api/import?name=\(name)", method: .post, body: upload) { response in
                    #expect(response.status == .ok, "\(name): \(String(buffer: response.body))")
                    let body = try #require(ServerFixture.json(response.body) as? [String: Any])
                    let yaml = try #require(body["yaml"] as? String)
                    #expect(body["genre"] as? String == "speech")
                    // The YAML it answers passes the same checks as a file, and reads back.
                    let checked = ReportValidator.check(bytes: Array(yaml.utf8), name: "imported.yaml")
                    #expect(!checked.diagnostics.contains { $0.severity == .error }, "\(name): \(checked.diagnostics)")
                    #expect(yaml.contains("# 原文"), "\(name)")
                }
            }
        }
    }

    @Test func aFileThatIsNotADocumentIsRefusedInWords() async throws {
        try await ServerFixture.application().test(.router) { client in
            try await client.execute(uri: "/api/import?name=%E8%AE%B2%E8%AF%9D.docx", method: .post,
                                     body: ByteBuffer(string: "PK not a zip")) { response in
                #expect(response.status == .unprocessableContent)
                let body = try #require(ServerFixture.json(response.body) as? [String: String])
                #expect(body["error"]?.contains("讲话.docx") == true, "\(body)")
            }
        }
    }

    @Test func thePreviewEscapesTheInput() async throws {
        let input = "title: <script>alert(1)</script>标题\norganization: 某局 & 某委\nachievements:\n  items:\n    - point: 坚持<b>高位</b>推动\n"
        try await ServerFixture.application().test(.router) { client in
            try await client.execute(uri: "/api/summary.html", method: .post, body: ByteBuffer(string: input)) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(!html.contains("<script>") && !html.contains("<b>"))
                #expect(html.contains("&lt;script&gt;"))
                #expect(html.contains("某局 &amp; 某委"))
                #expect(html.contains("<p class=\"p-title\">"))
            }
        }
    }

    @Test func thePDFIsTheCommandLinesPDF() async throws {
        try ServerFixture.need(tool: "soffice", package: "libreoffice-writer-nogui")
        let input = ServerFixture.samples.appendingPathComponent(ServerFixture.speech).path
        // The command line's way: the DOCX written to a file, then converted (off the
        // cooperative threads: LibreOffice takes a second or two).
        let expected = try await ServerFixture.offThePool { () throws -> Data in
            let conversion = try PDFConversion()
            defer { conversion.remove() }
            let docx = conversion.folder + "/cli.docx", pdf = conversion.folder + "/cli.pdf"
            let plan = try BatchPlan(input: input, output: docx, format: .docx)
            #expect(ServerFixture.generator.generate(plan.jobs[0], genre: .speech).succeeded)
            #expect(conversion.convert([PDFConversion.Job(docx: docx, pdf: pdf)]).isEmpty)
            return try Data(contentsOf: URL(fileURLWithPath: pdf))
        }
        try await ServerFixture.application().test(.router) { client in
            try await client.execute(uri: "/api/speech.pdf", method: .post, body: ServerFixture.sample(ServerFixture.speech)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/pdf")
                #expect(Data(buffer: response.body) == expected)
            }
        }
    }
}
