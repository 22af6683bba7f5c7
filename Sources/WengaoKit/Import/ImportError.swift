/// Why a file cannot be imported: a sentence for the user, in Chinese, naming the file.
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }

    static func notADocument(_ file: String) -> ImportError {
        ImportError("\(file)：不是可以导入的文稿（只接受 .docx、.odt、.txt、.md）")
    }

    static func tooLarge(_ file: String, limit: Int) -> ImportError {
        ImportError("\(file)：文件太大（超过 \(limit / (1 << 20)) MiB），不是一篇讲话稿或总结")
    }

    static func unreadable(_ file: String) -> ImportError {
        ImportError("\(file)：无法读取（文件不存在、不是普通文件或没有读取权限）")
    }

    static func tooManyParagraphs(_ file: String) -> ImportError {
        ImportError("\(file)：段落太多（超过 \(ImportLimits.paragraphs) 段），不是一篇讲话稿或总结")
    }

    static func damaged(_ file: String, _ why: String) -> ImportError {
        ImportError("\(file)：文件已损坏或不是 Word/WPS/LibreOffice 文稿（\(why)）")
    }

    static func encrypted(_ file: String) -> ImportError {
        ImportError("\(file)：文件已加密（或是旧版 .doc 格式）；请在 Word/WPS 中取消密码并另存为 .docx 后再导入")
    }

    static func macros(_ file: String) -> ImportError {
        ImportError("\(file)：文件含有宏，为安全起见不导入；请另存为不含宏的 .docx 或 .odt")
    }

    static func bomb(_ file: String, part: String) -> ImportError {
        ImportError("\(file)：压缩包中的 \(part) 解压后过大或压缩比异常，疑为压缩炸弹，已停止读取")
    }

    static func unsafeXML(_ file: String, part: String) -> ImportError {
        ImportError("\(file)：\(part) 含有文档类型声明（DTD/实体），文稿里不会有，为安全起见不读取")
    }

    static func malformedXML(_ file: String, part: String, line: Int, message: String) -> ImportError {
        ImportError("\(file)：\(part) 第 \(line) 行 XML 有误（\(message)）")
    }

    static func empty(_ file: String) -> ImportError {
        ImportError("\(file)：文稿是空的，没有可导入的文字")
    }

    static func notText(_ file: String) -> ImportError {
        ImportError("\(file)：不是文本文件（既不是 UTF-8/UTF-16，也不是 GB18030/GBK 编码）")
    }
}

/// The sizes past which a file is refused rather than read: a speech or a half-year summary
/// is tens of kilobytes; these leave a hundredfold margin and keep a hostile file well under
/// 100 MiB of memory and a second of work.
enum ImportLimits {
    /// A .docx / .odt on disk (pictures included).
    static let packageBytes = 32 << 20
    /// A .txt / .md on disk.
    static let textBytes = 4 << 20
    /// One XML part once inflated.
    static let partBytes = 16 << 20
    /// Inflated size over stored size for one part; real document XML compresses 5 to 20 times.
    static let compressionRatio = 200
    /// Paragraphs in one document.
    static let paragraphs = 20_000
}
