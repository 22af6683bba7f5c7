/// A position in a file the user wrote: an input, a template or a style sheet.
///
/// Lines and columns count from 1. Columns count Unicode scalars (characters as a
/// reader sees them), not bytes, so a caret lines up under Chinese text too.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}
