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
}
