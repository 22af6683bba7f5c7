import FoundationEssentials

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
    static func outputUnwritable(_ path: String, isFolder: Bool) -> Self {
        let reason = isFolder ? "这是一个文件夹" : "没有写入权限或路径不存在"
        return .init(.outputUnwritable, text: "无法写入 \(path)：\(reason)；请换一个输出路径（-o）或文件夹（--output-dir）")
    }
}
