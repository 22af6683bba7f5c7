/// Where each character of a `Text` stands in its file.
///
/// A diagnostic about the 37th character of a paragraph asks `location(ofScalarAt: 36)`
/// and gets that character's own line and column, even when YAML folded the paragraph
/// from several indented lines or it came from a `|` block.
///
/// Nothing is worked out while reading: a text keeps what its reader knows of where it
/// came from (a `TextPositionSource`, which the input stage implements over its YAML
/// scalars), and the line and column are found when asked. A valid input never asks, and
/// finding them for every character while reading was 3% of a whole run for one speech.
///
/// The model names only the protocol, so that it depends on no later stage.
public struct TextPositions: Sendable, Hashable {
    private let source: any TextPositionSource
    /// The number of Unicode scalars in the text.
    private let count: Int

    public init(_ source: any TextPositionSource, count: Int) {
        self.source = source
        self.count = count
    }

    public var file: String { source.file }

    /// The location of the scalar at `index` of the text's value; nil when the reader
    /// could not follow the text back into the file. An index past the end is counted on
    /// along the last character's line.
    public func location(ofScalarAt index: Int) -> SourceLocation? {
        guard index >= 0, count > 0 else { return nil }
        let last = min(index, count - 1)
        guard let (line, column) = lineAndColumn(ofScalarAt: last) else { return nil }
        return SourceLocation(file: file, line: line, column: column + index - last)
    }

    private func lineAndColumn(ofScalarAt index: Int) -> (line: Int, column: Int)? {
        source.lineAndColumn(ofScalarAt: index)
    }

    // MARK: - Equality

    /// A stretch of characters that sit side by side on one line.
    private struct Run: Hashable {
        var offset: Int
        var line: Int
        var column: Int
    }

    /// The positions as runs, for comparing: two texts' positions are equal when their
    /// characters stand in the same places, however they were found. Runs do not record
    /// where the text ends (nor does `location(ofScalarAt:)`, which counts on past it), so
    /// as before a text and its longer continuation along one line compare equal.
    private var runs: [Run] {
        var runs: [Run] = []
        for index in 0..<count {
            guard let position = lineAndColumn(ofScalarAt: index) else { return [] }
            if let last = runs.last, last.line == position.line, last.column + (index - last.offset) == position.column {
                continue
            }
            runs.append(Run(offset: index, line: position.line, column: position.column))
        }
        return runs
    }

    public static func == (lhs: TextPositions, rhs: TextPositions) -> Bool {
        lhs.file == rhs.file && lhs.runs == rhs.runs
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(runs)
    }
}

/// What a reader knows of where the characters of one text stand in its file.
public protocol TextPositionSource: Sendable {
    /// The file's path, as diagnostics name it.
    var file: String { get }
    /// The 1-based line and column of the text's Unicode scalar at `index`; nil when the
    /// reader cannot follow that character back into the file.
    func lineAndColumn(ofScalarAt index: Int) -> (line: Int, column: Int)?
}

extension Text {
    /// The location of the Unicode scalar at `index` in `value`: exact when the reader
    /// could follow the text back into the file, else where the text starts.
    public func location(ofScalarAt index: Int) -> SourceLocation? {
        positions?.location(ofScalarAt: index) ?? location
    }
}
