#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// PDF through LibreOffice: the DOCX of every document of a run, converted by one headless
/// `soffice` start (about a second to start, then a fraction of a second a document), with
/// Wengao's own profile folder, never the user's.
///
/// The conversion's fontconfig file maps each role's font, as the documents name it
/// (方正小标宋简体, 黑体, 楷体_GB2312, 仿宋_GB2312), to a free face with every GB2312 hanzi, so
/// that a machine without the Windows fonts still prints four distinct faces; where the
/// named font is installed it is replaced all the same, so that a PDF looks the same on
/// every machine. FandolFang ships inside TeX Live, outside fontconfig's folders: the same
/// file adds its folder.
public struct PDFConversion: Sendable {
    /// One document: the DOCX written for it, and where its PDF goes.
    public struct Job: Sendable {
        public var docx: String
        public var pdf: String
        public init(docx: String, pdf: String) {
            self.docx = docx
            self.pdf = pdf
        }
    }

    /// Each font the documents name, in any profile, and the free face that prints it: the
    /// free profile's face for its role.
    static let replacements: [(font: String, face: String)] = {
        var result: [(font: String, face: String)] = []
        for profile in FontProfile.allCases where profile != .free {
            for role in FontProfile.Role.allCases {
                result.append((profile.font(for: role), FontProfile.free.font(for: role)))
            }
        }
        return result
    }()
    /// Where Debian's texlive-lang-chinese puts FandolFang.
    public static let fandolFolder = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"

    /// The private folder of one run: the DOCX to convert, the profile, the PDFs.
    public let folder: String
    /// Seconds one `soffice` run may take for `count` documents.
    public static func timeout(documents count: Int) -> Double { 60 + 2 * Double(count) }

    /// Makes the run's private folder under `TMPDIR` (or /tmp).
    public init() throws(DiagnosticError) {
        let base = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        // On Interruption's list from the moment it exists: Ctrl-C during a conversion
        // removes it with LibreOffice's profile and the half-made PDFs.
        let made = Interruption.creatingFolder {
            var template = Array("\(base)/wengao-pdf-XXXXXX".utf8CString)
            return mkdtemp(&template).map { Path.decoding(cString: $0) }
        }
        guard let made else {
            throw DiagnosticError(Diagnostic(.pdfFailed("无法在 \(base) 建临时文件夹"), at: nil))
        }
        folder = made
        FileSystem.makeFolders(folder + "/docx")
    }

    /// Where a job's DOCX is written before conversion: a document's name is unique in
    /// its run, so one folder holds them all.
    public func docxPath(named name: String) -> String { "\(folder)/docx/\(name).docx" }

    /// Converts every job in one LibreOffice run and moves each PDF to its place
    /// atomically. Returns the diagnostic of each job that has no PDF (by index); a failed
    /// run writes no PDF at all, and nothing half-written is left under a final name.
    public func convert(_ jobs: [Job]) -> [Int: Diagnostic] {
        guard !jobs.isEmpty else { return [:] }
        func failAll(_ reason: String) -> [Int: Diagnostic] {
            Dictionary(uniqueKeysWithValues: jobs.indices.map { ($0, Diagnostic(.pdfFailed(reason), at: nil)) })
        }
        guard let soffice = Subprocess.find("soffice") ?? Subprocess.find("libreoffice") else {
            return failAll("找不到 LibreOffice（soffice）；生成 PDF 需要它，Debian 上请安装 libreoffice-writer-nogui")
        }
        do {
            try writeProfile()
        } catch {
            return failAll("无法写入 LibreOffice 配置：\(error)")
        }
        let output = folder + "/pdf"
        FileSystem.makeFolders(output)
        let arguments = ["-env:UserInstallation=" + Self.fileURL(folder + "/profile"), "--headless", "--norestore",
                         "--nologo", "--nolockcheck", "--convert-to", "pdf", "--outdir", output] + jobs.map(\.docx)
        let timeout = Self.timeout(documents: jobs.count)
        let outcome = Subprocess.run(soffice, arguments, environment: ["FONTCONFIG_FILE": folder + "/fonts.conf"],
                                     log: folder + "/soffice.log", timeout: timeout)
        switch outcome {
        case .exited(0): break
        case .exited(let code): return failAll("LibreOffice 转换失败（退出码 \(code)）")
        case .signalled(let signal): return failAll("LibreOffice 转换时崩溃（信号 \(signal)）")
        case .timedOut: return failAll("LibreOffice 转换超时（超过 \(Int(timeout)) 秒）")
        case .notStarted(let code): return failAll("无法启动 LibreOffice：\(String(cString: strerror(code)))")
        }
        var failures: [Int: Diagnostic] = [:]
        for (index, job) in jobs.enumerated() {
            let made = output + "/" + Path.lastComponent(job.docx).dropLast(5) + ".pdf"
            guard var bytes = FileSystem.contents(of: made, upTo: 1 << 30), bytes.starts(with: Array("%PDF".utf8)) else {
                failures[index] = Diagnostic(.pdfFailed("LibreOffice 没有写出 \(Path.lastComponent(job.pdf))"), at: nil)
                continue
            }
            if let docx = FileSystem.contents(of: job.docx, upTo: 64) { bytes = Self.deterministic(bytes, docx: docx) }
            do {
                // Made only now, when there is a PDF to put in it (as for the packages).
                FileSystem.makeFolders(Path.deletingLastComponent(job.pdf))
                try AtomicFile.write(Data(bytes), to: job.pdf)
            } catch {
                failures[index] = Diagnostic(.outputUnwritable(job.pdf, error: error), at: nil)
            }
        }
        return failures
    }

    /// One DOCX held in memory as PDF bytes: written into the run's folder as `name`.docx,
    /// converted as `convert` converts a file, and read back. `wengao serve` makes each
    /// request's PDF this way, so that it has the command line's bytes.
    ///
    /// - Parameter name: a file name the caller made (no folder, no client's text).
    public func pdf(fromDOCX docx: Data, name: String = "document") -> Swift.Result<[UInt8], Diagnostic> {
        let job = Job(docx: docxPath(named: name), pdf: "\(folder)/made/\(name).pdf")
        do {
            try AtomicFile.write(docx, to: job.docx)
        } catch {
            return .failure(Diagnostic(.outputUnwritable(job.docx, error: error), at: nil))
        }
        if let failure = convert([job])[0] { return .failure(failure) }
        guard let bytes = FileSystem.contents(of: job.pdf, upTo: 1 << 30) else {
            return .failure(Diagnostic(.pdfFailed("LibreOffice 没有写出 \(name).pdf"), at: nil))
        }
        return .success(bytes)
    }

    /// The PDF with LibreOffice's two run-dependent fields fixed, so that the same input
    /// gives the same bytes: `/CreationDate` becomes the DOCX's own timestamp (the input's
    /// date, or `SOURCE_DATE_EPOCH`, as in its zip headers), and the `/ID` pair a hash of
    /// the rest of the file, as is LibreOffice's `/DocChecksum`, which covers the date. All keep their length, so the cross-reference offsets hold.
    static func deterministic(_ pdf: [UInt8], docx: [UInt8]) -> [UInt8] {
        var pdf = pdf
        func find(_ marker: String, from start: Int = 0) -> Int? {
            let needle = Array(marker.utf8)
            guard pdf.count >= needle.count else { return nil }
            var index = pdf.count - needle.count
            // Both fields are in the trailer, at the end.
            while index >= start {
                if pdf[index] == needle[0], Array(pdf[index..<(index + needle.count)]) == needle { return index }
                index -= 1
            }
            return nil
        }
        // The first local header's DOS time (offset 10) and date (offset 12).
        if docx.count >= 14, docx.starts(with: [0x50, 0x4B, 0x03, 0x04]), let at = find("/CreationDate(D:") {
            let time = Int(docx[10]) | Int(docx[11]) << 8, date = Int(docx[12]) | Int(docx[13]) << 8
            let fields = [1980 + (date >> 9), (date >> 5) & 0xF, date & 0x1F, time >> 11, (time >> 5) & 0x3F, (time & 0x1F) * 2]
            let digits = fields.enumerated().map { index, value in
                let text = String(value)
                return String(repeating: "0", count: max(0, (index == 0 ? 4 : 2) - text.count)) + text
            }.joined()
            let start = at + "/CreationDate(D:".utf8.count
            if start + 14 <= pdf.count, pdf[start..<(start + 14)].allSatisfy({ (0x30...0x39).contains($0) }) {
                pdf.replaceSubrange(start..<(start + 14), with: Array(digits.utf8))
            }
        }
        if let at = find("/ID [ <") {
            let first = at + "/ID [ <".utf8.count
            let second = first + 32 + ">\n<".utf8.count
            // LibreOffice's own checksum covers the creation date: it is replaced too.
            let checksum = find("/DocChecksum /").map { $0 + "/DocChecksum /".utf8.count }
            if second + 32 <= pdf.count {
                for index in first..<(first + 32) { pdf[index] = 0x30 }
                for index in second..<(second + 32) { pdf[index] = 0x30 }
                if let checksum, checksum + 32 <= pdf.count { for index in checksum..<(checksum + 32) { pdf[index] = 0x30 } }
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325, other: UInt64 = 0x84222325CBF29CE4
                for byte in pdf {
                    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
                    other = (other ^ UInt64(byte)) &* 0x100_0000_01B3 &+ 1
                }
                let hex = Array("0123456789ABCDEF".utf8)
                let id = [hash, other].flatMap { value in (0..<16).reversed().map { hex[Int((value >> (UInt64($0) * 4)) & 0xF)] } }
                pdf.replaceSubrange(first..<(first + 32), with: id)
                pdf.replaceSubrange(second..<(second + 32), with: id)
                if let checksum, checksum + 32 <= pdf.count { pdf.replaceSubrange(checksum..<(checksum + 32), with: id) }
            }
        }
        return pdf
    }

    /// Removes the run's folder and everything in it.
    public func remove() {
        FileSystem.removeTree(folder)
        Interruption.finishedFolder(folder)
    }

    /// The profile folder (empty: LibreOffice fills it on its first start) and the
    /// fontconfig file the conversion runs with: the system's configuration, FandolFang's
    /// folder, and one rule per role that assigns its face to the font the documents name.
    ///
    /// Fontconfig rules, not LibreOffice's own replacement table: the table was seen to
    /// map 楷体_GB2312 to AR PL KaitiM GB but never to FandolFang, which LibreOffice finds only
    /// through fontconfig (tried on LibreOffice 7.4: a profile's fonts folder did not help).
    private func writeProfile() throws {
        FileSystem.makeFolders(folder + "/profile")
        try AtomicFile.write(Data(Self.fontconfig.utf8), to: folder + "/fonts.conf")
    }

    /// The fontconfig file of every conversion (see `writeProfile`).
    static var fontconfig: String {
        var rules = ""
        for (font, face) in replacements {
            rules += """
              <match target="pattern">
                <test name="family"><string>\(font)</string></test>
                <edit name="family" mode="assign" binding="strong"><string>\(face)</string></edit>
              </match>

            """
        }
        return """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
          <dir>\(fandolFolder)</dir>
        \(rules)</fontconfig>

        """
    }

    /// `file://` and the path, each byte that is not safe in a URL percent-encoded.
    static func fileURL(_ path: String) -> String {
        var result = "file://"
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                result.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = Array("0123456789ABCDEF")
                result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return result
    }
}
