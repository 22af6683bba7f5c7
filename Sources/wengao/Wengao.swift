import ArgumentParser
import Foundation
import WengaoKit

@main
struct Wengao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wengao",
        abstract: "把成绩、问题、意见写成符合 GB/T 9704 的半年工作总结和会议讲话稿（.docx / .odt）。",
        discussion: """
        Turns a YAML account of a unit's half year into a 半年工作总结 or a 会议讲话稿,
        laid out per GB/T 9704-2012, as .docx and .odt files.

        Exit codes: 0 success, 1 an input or output problem, 64 a usage error.
        """,
        version: WengaoVersion.current,
        subcommands: [SummaryCommand.self, SpeechCommand.self, ValidateCommand.self, SchemaCommand.self]
    )
}

enum WengaoVersion {
    static let current = "0.1.0"
}
