import WengaoKit

// The command line's usage errors: words of the tool, not diagnostics about a file, so they
// live with the tool (BatchText.swift holds the batch run's words). Each names the argument
// at fault and, where a typo is likely, the spelling meant; the tool adds the usage line.

/// What `wengao` says when it is called wrongly (exit 64).
enum UsageText {
    static func unknownSubcommand(_ name: String, suggestion: String?, available: [String]) -> String {
        "没有子命令“\(name)”" + (suggestion.map(didYouMean) ?? "；可用的子命令：" + available.joined(separator: "、"))
    }
    static func unknownOption(_ spelling: String, suggestion: String?) -> String {
        "没有选项“\(spelling)”" + (suggestion.map(didYouMean) ?? "")
    }
    static func missingValue(_ option: String, valueName: String) -> String {
        "选项 \(option) 后面缺少值 <\(valueName)>"
    }
    static func flagTakesNoValue(_ option: String, value: String) -> String {
        "选项 \(option) 不带值，却给了“\(value)”"
    }
    static func notAnInteger(_ value: String, option: String) -> String {
        "\(option) 的值“\(value)”不是整数"
    }
    static func unknownChoice(_ value: String, option: String, choices: [String], suggestion: String?) -> String {
        "\(option) 的值“\(value)”无效，可选：" + choices.joined(separator: "、") + (suggestion.map(didYouMean) ?? "")
    }
    static func missingArgument(_ name: String) -> String {
        "缺少参数 <\(name)>；请至少给出一个"
    }
    static func portOutOfRange(_ port: Int) -> String {
        "端口 \(port) 不在 0–65535 之内"
    }

    static func unexpectedArgument(_ value: String) -> String {
        "多余的参数“\(value)”"
    }

    // Options that contradict each other or the files given.
    static func outputExtension(_ output: String) -> String {
        "输出文件“\(output)”的扩展名应是 .docx、.odt 或 .pdf"
    }
    static func formatContradictsOutput(format: String, extension ext: String) -> String {
        "--format \(format) 与输出文件的扩展名 .\(ext) 不一致"
    }
    static let outputWithBothFormats = "-o 只能指定一个文件；要同时生成几种格式，请去掉 -o，或只给 --format 一种格式"
    static func unknownFormat(_ text: String) -> String {
        "--format：不认识“\(text)”；可用 docx、odt、pdf、both，或用逗号连写，如 docx,pdf"
    }
    static func unknownRule(_ id: String, suggestion: String?) -> String {
        "--ignore：没有编号为“\(id)”的规则" + (suggestion.map(didYouMean) ?? "")
    }
    static func ruleIsAnError(_ id: String) -> String {
        "--ignore：“\(id)”是错误，不能忽略；只有警告可以忽略"
    }

    /// The lines after the message: how the command is called, and where to read more.
    static func usage(_ line: String) -> String { "用法：\(line)" }
    static func seeHelp(_ command: String) -> String { "详见 \(command) --help" }

    static func didYouMean(_ suggestion: String) -> String { "；是否想写“\(suggestion)”？" }
}
