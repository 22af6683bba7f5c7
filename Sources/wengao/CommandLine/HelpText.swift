import WengaoKit

/// The help `wengao --help`, `wengao help speech` and `wengao speech --help` print, laid out
/// from the same `CommandSpec`s the arguments are read by, so it cannot fall out of step.
///
/// Descriptions are not wrapped: they mix Chinese (two columns a character) and English,
/// and a terminal wraps a long line better than a guess at its width would.
enum HelpText {
    /// `wengao speech <inputs>... [选项]`; `wengao <subcommand> [选项]` for the tool itself.
    static func usage(of command: CommandSpec?) -> String {
        guard let command else { return "wengao <subcommand> [选项]" }
        var line = "wengao " + command.name
        if let arguments = command.arguments {
            line += arguments.required ? " <\(arguments.name)>..." : " [<\(arguments.name)>...]"
        }
        return line + " [选项]"
    }

    /// `wengao --help`: what the tool does, its subcommands and its own two options.
    static func overview(abstract: String, discussion: String, commands: [CommandSpec]) -> String {
        var lines = [abstract, "", discussion, "", UsageText.usage(usage(of: nil)), "", "子命令："]
        lines += table(commands.map { ($0.name, $0.abstract) })
        lines += ["", "选项："]
        lines += table([OptionSpec.version, OptionSpec.help].map { (name(of: $0), $0.help) })
        lines += ["", "各子命令的说明：wengao help <subcommand> 或 wengao <subcommand> --help"]
        return lines.joined(separator: "\n")
    }

    /// `wengao speech --help`: the usage line, the files it takes, every option.
    static func command(_ command: CommandSpec) -> String {
        var lines = [command.abstract, ""]
        if let discussion = command.discussion { lines += [discussion, ""] }
        lines.append(UsageText.usage(usage(of: command)))
        let argumentRows = command.arguments.map { [(name: "<\($0.name)>", description: $0.help)] } ?? []
        let optionRows = (command.options + [OptionSpec.help]).map { (name: name(of: $0), description: $0.help) }
        // One column for both tables, so the descriptions line up down the page.
        let column = descriptionColumn(argumentRows + optionRows)
        if !argumentRows.isEmpty {
            lines += ["", "参数："] + table(argumentRows, column: column)
        }
        lines += ["", "选项："] + table(optionRows, column: column)
        return lines.joined(separator: "\n")
    }

    /// `-o, --output <output>`, or `    --strict` lined up under the long names.
    static func name(of option: OptionSpec) -> String {
        var name = option.short.map { "-\($0), " } ?? "    "
        name += option.spelling
        if !option.isFlag { name += " " + option.placeholder }
        return name
    }

    /// Two columns, indented: names, then descriptions lined up after the longest name
    /// that fits; a longer name has its description on the next line.
    static func table(_ rows: [(name: String, description: String)], column: Int? = nil) -> [String] {
        let column = column ?? descriptionColumn(rows)
        var lines: [String] = []
        for row in rows {
            let name = "  " + row.name
            if name.utf8.count + 2 > column {
                lines.append(name)
                lines.append(String(repeating: " ", count: column) + row.description)
            } else {
                lines.append(name + String(repeating: " ", count: column - name.utf8.count) + row.description)
            }
        }
        return lines
    }

    /// Where descriptions start: two spaces after the longest name, names past 30
    /// characters aside (they take a line of their own).
    static func descriptionColumn(_ rows: [(name: String, description: String)]) -> Int {
        min(rows.map { $0.name.utf8.count }.max() ?? 0, 30) + 4
    }
}
