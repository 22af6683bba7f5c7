/// A file read into a report, shared by every `Text` read from it, so that a diagnostic
/// found long after reading can still follow a character back to its line and column.
///
/// Following a scalar's value back into the file (`ScalarPositions`) costs a walk over the
/// whole scalar. A valid input never asks for it, so it is done only when a diagnostic
/// asks, and at most once per scalar: a long paragraph full of half-width commas asks once
/// for each comma, and the paragraphs split from one scalar share its walk.
final class SourceFile: @unchecked Sendable {
    let source: SourceText
    /// Guards `offsets`, the only state that changes (texts are read from many threads).
    private let lock = Lock()
    /// The offsets of each scalar walked so far, by where its mark stands in the file; nil
    /// when the walk could not follow the scalar.
    private var offsets: [Int: [Int]?] = [:]

    init(_ source: SourceText) {
        self.source = source
    }

    var path: String { source.path }

    /// The 1-based line and column of the scalar at `index` of `scalar`'s value; nil when
    /// the scalar's value cannot be followed back into the file.
    func lineAndColumn(ofValueIndex index: Int, in scalar: YAMLNode.Scalar) -> (line: Int, column: Int)? {
        guard let offsets = offsets(of: scalar), index >= 0, index < offsets.count else { return nil }
        return source.lineAndColumn(of: offsets[index])
    }

    private func offsets(of scalar: YAMLNode.Scalar) -> [Int]? {
        guard let key = source.offset(line: scalar.mark.line, column: scalar.mark.column) else { return nil }
        if let known = lock.withLock({ offsets[key] }) { return known }
        // Walked outside the lock: two threads asking at once both walk, and agree.
        let found = ScalarPositions(source: source).offsets(of: scalar, value: ScalarText.scalars(scalar.string))
        lock.withLock { offsets[key] = .some(found) }
        return found
    }
}
