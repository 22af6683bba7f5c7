import FoundationEssentials
import WengaoKit

/// `--fonts windows|xinchuang|free`, shared by `summary`, `speech` and `fonts`.
enum FontsOption {
    static let spec = OptionSpec(long: "fonts", kind: .choice(FontProfile.allCases.map(\.rawValue)),
                                 help: "文稿里写的字体：windows（默认，方正小标宋简体、黑体、楷体_GB2312、仿宋_GB2312）、"
                                     + "xinchuang（方正…_GBK，信创机器）或 free（Noto、AR PL KaitiM GB、FandolFang）。Font profile.")
}

/// `wengao fonts`: per role, the font the documents name, what this machine shows in its
/// place, what the PDF prints it in, and the GB2312 hanzi each face has.
struct FontsCommand {
    var profile: FontProfile?
    var style: String?
    var templates: String?

    static let command = CommandSpec(
        name: "fonts",
        abstract: "列出文稿各角色用的字体、本机实际显示的字体和 PDF 用的字体，以及各有多少 GB2312 汉字。Show the fonts per role.",
        discussion: "本机显示的字体由 fontconfig（fc-match）查得，即 LibreOffice 打开文稿时所用的字体。",
        options: [FontsOption.spec, GenerateOptions.style, GenerateOptions.templates])

    init(parsing arguments: [String]) throws(UsageError) {
        let parsed = try ArgumentScanner.scan(arguments, for: Self.command)
        profile = parsed.value(FontsOption.spec).flatMap(FontProfile.init(word:))
        style = parsed.value(GenerateOptions.style)
        templates = parsed.value(GenerateOptions.templates)
    }

    func run() -> ExitStatus {
        let console = Console()
        guard let directory = console.templatesFolder(templates) else { return .failure }
        let report: FontReport
        do {
            let set = try TemplateSet(directory: directory, genres: [], styleOverride: style, fontProfile: profile)
            report = try FontReport.make(for: set.styleSheet)
        } catch let error as DiagnosticError {
            console.report(error.diagnostics)
            return .failure
        } catch {
            console.error("\(error)")
            return .failure
        }
        StandardStream.standardOutput.write(Self.text(report))
        return .success
    }

    static func text(_ report: FontReport) -> String {
        let total = report.gb2312Total
        func describe(_ face: FontReport.Face?, named: String) -> String {
            guard let face else { return "没有可用的字体" }
            let kind = face.family == named ? "" : "（代替）"
            return "\(face.family)\(kind)，GB2312 汉字 \(face.gb2312)/\(total)"
        }
        var lines = ["字体方案：\(report.profile.rawValue)（--fonts windows|xinchuang|free）", ""]
        var missing: [String] = []
        for row in report.rows {
            lines.append("\(row.role.label)：\(row.named)")
            lines.append("  本机显示：\(describe(row.rendered, named: row.named))")
            lines.append("  PDF：\(describe(row.pdf, named: row.named))")
            if !row.isInstalled { missing.append(row.named) }
        }
        if !missing.isEmpty {
            var unique: [String] = []
            for name in missing where !unique.contains(name) { unique.append(name) }
            lines += ["", "本机没有 \(unique.joined(separator: "、"))：在本机打开文稿会用代替的字体显示；在装有这些字体的电脑上会正常显示。",
                      "PDF 用上面列出的字体，在任何机器上都一样。"]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
