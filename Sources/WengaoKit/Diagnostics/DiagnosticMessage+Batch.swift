import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Part of the one message catalog (DiagnosticMessage.swift), kept in its own file so that
// the batch messages can be read, and merged, apart from the input rules.

// MARK: - Batches and output files

extension DiagnosticMessage {
    static func folderUnreadable(_ path: String) -> Self {
        .init(.folderUnreadable, text: "无法读取文件夹 \(path)；请检查路径和读取权限")
    }
    static func folderWithoutInputs(_ path: String) -> Self {
        .init(.folderWithoutInputs, text: "文件夹 \(path) 里没有 .yaml 或 .yml 输入文件")
    }
    static func outputCollision(inputs: [String], outputs: [String]) -> Self {
        .init(.outputCollision, text: "输入文件 \(inputs.joined(separator: "、")) 会写入同一个输出文件 \(outputs.joined(separator: "、"))；"
                  + "请给其中一个改名，或分两次运行并用 --output-dir 指定不同的文件夹")
    }
    static func outputIsInput(_ path: String) -> Self {
        .init(.outputIsInput, text: "输出文件 \(path) 就是输入文件；Wengao 不会覆盖输入，请换一个输出路径")
    }
    static func fontsUnavailable(_ reason: String) -> Self {
        .init(.fontsUnavailable, text: "无法查看本机字体：\(reason)")
    }
    static func pdfFailed(_ reason: String) -> Self {
        .init(.pdfFailed, text: "没有生成 PDF：\(reason)")
    }
    static func packageTooLarge(_ path: String) -> Self {
        .init(.packageWriteFailed,
              text: "无法生成 \(path)：文稿的某一部分超过 4 GB，.docx / .odt 所用的 zip 格式装不下；请把输入拆成几份较小的文稿")
    }
    static func packageCompressionFailed(_ path: String) -> Self {
        .init(.packageWriteFailed,
              text: "无法生成 \(path)：压缩文稿内容时出错，可能是内存不足；请关闭其他程序后重试")
    }
    /// `path` could not be written: the reason is told from `error`'s errno (a full disk,
    /// a file where a folder should be, no permission …), not guessed.
    static func outputUnwritable(_ path: String, error: any Error) -> Self {
        let reason = FileSystem.isDirectory(path) ? "这是一个文件夹" : WriteFailure.reason(error, path: path)
        return .init(.outputUnwritable,
                     text: "无法写入 \(path)：\(reason)；请换一个输出路径（-o）或文件夹（--output-dir）")
    }
}

/// What went wrong writing a file, in the user's words, from the `errno` it failed with.
public enum WriteFailure {
    /// The `errno` inside `error` (a `POSIXError`, as `AtomicFile` throws), if any.
    public static func code(of error: any Error) -> Int32? {
        (error as? POSIXError)?.code.rawValue
    }

    /// Why writing `path` failed with `error`: `磁盘已满`, `/dev/null 不是文件夹`, `没有写入权限`,
    /// `路径不存在`, `只读文件系统` …; the system's own words and number for the rare rest.
    public static func reason(_ error: any Error, path: String) -> String {
        guard let code = code(of: error) else { return "\(error)" }
        return reason(errno: code, path: path)
    }

    public static func reason(errno code: Int32, path: String) -> String {
        switch code {
        case ENOSPC: return "磁盘已满，没有空间写入"
        case EDQUOT: return "超出磁盘配额，没有空间写入"
        case ENOTDIR:
            if let blocker = nonFolderAncestor(of: path) { return "\(blocker) 不是文件夹（是文件或设备）" }
            return "路径中有一项不是文件夹"
        case EISDIR: return "这是一个文件夹"
        case EACCES, EPERM: return "没有写入权限"
        case ENOENT: return "路径不存在"
        case EROFS: return "只读文件系统"
        case ENAMETOOLONG: return "文件名或路径过长"
        case ELOOP: return "路径中的符号链接层数过多或成环"
        case EIO: return "读写设备出错"
        default: return "系统错误 \(code)（\(String(cString: strerror(code)))）"
        }
    }

    /// The first folder above `path` that exists but is not a folder (`/dev/null` for
    /// `/dev/null/a.docx`), as `ENOTDIR` means.
    static func nonFolderAncestor(of path: String) -> String? {
        var folder = Path.deletingLastComponent(path)
        var ancestors: [String] = []
        while !folder.isEmpty, !ancestors.contains(folder) {
            ancestors.append(folder)
            folder = Path.deletingLastComponent(folder)
        }
        // From the root down: the outermost one that is there and is not a folder.
        for ancestor in ancestors.reversed() {
            switch FileSystem.kind(of: ancestor) {
            case .directory: continue
            case .missing: return nil
            case .other, .special: return ancestor
            }
        }
        return nil
    }
}
