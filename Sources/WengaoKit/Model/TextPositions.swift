/// Where each character of a `Text` stands in its file, stored as runs: a run is a stretch
/// of characters that sit side by side on one line.
///
/// A diagnostic about the 37th character of a paragraph asks `location(ofScalarAt: 36)`
/// and gets that character's own line and column, even when YAML folded the paragraph
/// from several indented lines or it came from a `|` block.
public struct TextPositions: Sendable, Hashable {
    struct Run: Sendable, Hashable {
        var offset: Int
        var line: Int
        var column: Int
    }

    public let file: String
    private let runs: [Run]

    /// Builds runs from one (line, column) per Unicode scalar.
    init(file: String, positions: [(line: Int, column: Int)]) {
        self.file = file
        var runs: [Run] = []
        for (index, position) in positions.enumerated() {
            if let last = runs.last, last.line == position.line, last.column + (index - last.offset) == position.column {
                continue
            }
            runs.append(Run(offset: index, line: position.line, column: position.column))
        }
        self.runs = runs
    }

    /// The location of the scalar at `index` of the text's value.
    public func location(ofScalarAt index: Int) -> SourceLocation? {
        guard index >= 0, let first = runs.first, index >= first.offset else { return nil }
        var low = 0, high = runs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runs[middle].offset <= index { low = middle } else { high = middle - 1 }
        }
        let run = runs[low]
        return SourceLocation(file: file, line: run.line, column: run.column + index - run.offset)
    }
}

extension Text {
    /// The location of the Unicode scalar at `index` in `value`: exact when the reader
    /// could follow the text back into the file, else where the text starts.
    public func location(ofScalarAt index: Int) -> SourceLocation? {
        positions?.location(ofScalarAt: index) ?? location
    }
}
