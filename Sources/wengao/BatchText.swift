#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WengaoKit

/// The command-line tool's words for a batch run: usage mistakes, the progress line and
/// the closing count. They are not diagnostics about a file, but they are user-facing, so
/// they live with the tool, not in the library's catalog.
enum BatchText {
    static func outputNeedsOneInput(count: Int) -> String {
        "-o 只能用于一个输入文件（这次给了 \(count) 个）；多个输入请用 --output-dir 指定输出文件夹"
    }
    static func outputNeedsFile(_ path: String) -> String {
        "-o 只能用于一个输入文件，而 \(path) 是文件夹；请用 --output-dir 指定输出文件夹"
    }
    static let jobsAtLeastOne = "--jobs 至少为 1"

    static func generated(_ path: String) -> String { "已生成 \(path)" }

    /// `生成中 [████░░░░] 120/1000  85.3 份/秒  剩余 0:10`
    static func progress(bar: String, done: Int, total: Int, rate: Double, remaining: String) -> String {
        let tenths = Int((max(rate, 0) * 10).rounded())
        return "生成中 [\(bar)] \(done)/\(total)  \(tenths / 10).\(tenths % 10) 份/秒  剩余 \(remaining)"
    }

    /// `已生成 998 份讲话稿（1996 个文件，在 Output），2 份失败`
    static func finished(succeeded: Int, failed: Int, files: Int, genre: Genre, folder: String) -> String {
        var text = "已生成 \(succeeded) 份\(genre.chineseName)（\(files) 个文件，在 \(folder)）"
        if failed > 0 { text += "，\(failed) 份失败" }
        return text
    }

    static func failedInput(_ path: String) -> String { "未能生成：\(path)" }

    /// `会议.yaml：文稿里已把 12 处半角标点改为全角、去掉 2 处手写编号（输入文件未改）`, or nil
    /// when nothing was changed.
    static func corrected(_ input: String, _ count: TextCorrection.Count) -> String? {
        var changes: [String] = []
        if count.punctuation > 0 { changes.append("把 \(count.punctuation) 处半角标点改为全角") }
        if count.numbering > 0 { changes.append("去掉 \(count.numbering) 处手写编号") }
        guard !changes.isEmpty else { return nil }
        return "\(input)：文稿里已\(changes.joined(separator: "、"))（输入文件未改，可用 wengao fix 改正；"
            + "--keep-punctuation 保留半角标点）"
    }

    /// `会议.yaml：另有 52 处 half-width-punctuation 未列出（--all 列出全部）`
    static func moreOfRule(_ rule: String, count: Int, in file: String) -> String {
        "\(file)：另有 \(count) 处 [\(rule)] 未列出（--all 列出全部）"
    }

    /// Ctrl-C, `kill` or a closed terminal ended the run; what it had begun is removed.
    static func interrupted(signal: Int32, removedTemporaries: Int) -> String {
        let name = switch signal {
        case SIGINT: "Ctrl-C（SIGINT）"
        case SIGTERM: "SIGTERM"
        case SIGHUP: "SIGHUP（终端已关闭）"
        default: "信号 \(signal)"
        }
        let removed = removedTemporaries > 0 ? "删除了 \(removedTemporaries) 个未写完的临时文件，" : ""
        return "已中断：收到 \(name)，\(removed)已写完的文件保留不动。"
    }

    static func convertingPDF(count: Int) -> String { "正在用 LibreOffice 转换 \(count) 份 PDF……" }
}
