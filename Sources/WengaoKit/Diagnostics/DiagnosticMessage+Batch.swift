import FoundationEssentials

// Part of the one message catalog (DiagnosticMessage.swift), kept in its own file so that
// the batch messages can be read, and merged, apart from the input rules.

// MARK: - Batches and output files

extension DiagnosticMessage {
    static func folderUnreadable(_ path: String) -> Self {
        .init(id: "folder-unreadable", severity: .error, text: "无法读取文件夹 \(path)；请检查路径和读取权限")
    }
    static func folderWithoutInputs(_ path: String) -> Self {
        .init(id: "folder-without-inputs", severity: .error,
              text: "文件夹 \(path) 里没有 .yaml 或 .yml 输入文件")
    }
    static func outputCollision(inputs: [String], outputs: [String]) -> Self {
        .init(id: "output-collision", severity: .error,
              text: "输入文件 \(inputs.joined(separator: "、")) 会写入同一个输出文件 \(outputs.joined(separator: "、"))；"
                  + "请给其中一个改名，或分两次运行并用 --output-dir 指定不同的文件夹")
    }
    static func outputIsInput(_ path: String) -> Self {
        .init(id: "output-is-input", severity: .error,
              text: "输出文件 \(path) 就是输入文件；Wengao 不会覆盖输入，请换一个输出路径")
    }
    static func outputUnwritable(_ path: String, isFolder: Bool) -> Self {
        let reason = isFolder ? "这是一个文件夹" : "没有写入权限或路径不存在"
        return .init(id: "output-unwritable", severity: .error,
                     text: "无法写入 \(path)：\(reason)；请换一个输出路径（-o）或文件夹（--output-dir）")
    }
}

/// The command-line tool's words for a batch run: usage mistakes, the progress line and
/// the closing count. They are not diagnostics about a file, but they are user-facing, so
/// they live in the catalog too.
public enum BatchText {
    public static func outputNeedsOneInput(count: Int) -> String {
        "-o 只能用于一个输入文件（这次给了 \(count) 个）；多个输入请用 --output-dir 指定输出文件夹"
    }
    public static func outputNeedsFile(_ path: String) -> String {
        "-o 只能用于一个输入文件，而 \(path) 是文件夹；请用 --output-dir 指定输出文件夹"
    }
    public static let jobsAtLeastOne = "--jobs 至少为 1"

    public static func generated(_ path: String) -> String { "已生成 \(path)" }

    /// `生成中 [████░░░░] 120/1000  85.3 份/秒  剩余 0:10`
    public static func progress(bar: String, done: Int, total: Int, rate: Double, remaining: String) -> String {
        let tenths = Int((max(rate, 0) * 10).rounded())
        return "生成中 [\(bar)] \(done)/\(total)  \(tenths / 10).\(tenths % 10) 份/秒  剩余 \(remaining)"
    }

    /// `已生成 998 份讲话稿（1996 个文件，在 Output），2 份失败`
    public static func finished(succeeded: Int, failed: Int, files: Int, genre: Genre, folder: String) -> String {
        var text = "已生成 \(succeeded) 份\(genre.chineseName)（\(files) 个文件，在 \(folder)）"
        if failed > 0 { text += "，\(failed) 份失败" }
        return text
    }

    public static func failedInput(_ path: String) -> String { "未能生成：\(path)" }
}
