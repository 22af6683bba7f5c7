import Testing
import WengaoKit
@testable import WengaoServer

@Suite struct DownloadNameTests {
    @Test func theNameIsTheMeetingsOrTheTitleInUTF8() {
        let report = Report(title: "某局2026年上半年工作总结", occasion: "全局年中工作会议")
        #expect(DownloadName.base(for: report, genre: .speech) == "在全局年中工作会议上的讲话")
        #expect(DownloadName.base(for: report, genre: .summary) == "某局2026年上半年工作总结")
        #expect(DownloadName.base(for: Report(), genre: .summary) == "半年工作总结")
        let header = DownloadName.contentDisposition("在会上的讲话", extension: "docx")
        #expect(header == "attachment; filename=\"wengao.docx\"; filename*=UTF-8''%E5%9C%A8%E4%BC%9A%E4%B8%8A%E7%9A%84%E8%AE%B2%E8%AF%9D.docx")
    }

    @Test func separatorsControlsAndQuotesNeverReachTheName() {
        #expect(DownloadName.clean("../../etc/passwd") == "etcpasswd")
        #expect(DownloadName.clean("a\"b\u{1B}[31mc\nd:e|f") == "ab[31mcdef")
        let header = DownloadName.contentDisposition("a\"; filename=x.exe", extension: "pdf")
        #expect(!header.contains("\"; filename=x"))
    }
}
