/// Where the characters of a text read from one YAML scalar stand in the file: the
/// input stage's answer to the model's `TextPositionSource`.
///
/// It keeps the file, the scalar and which of the scalar's characters each of the text's
/// is; lines and columns are worked out only when a diagnostic asks.
struct ScalarTextPositions: TextPositionSource {
    let source: FilePositions
    let scalar: YAMLNode.Scalar
    let indices: ValueIndices

    var file: String { source.path }

    func lineAndColumn(ofScalarAt index: Int) -> (line: Int, column: Int)? {
        guard let valueIndex = indices.valueIndex(of: index) else {
            // A space put between two joined lines stands just after the first line's end.
            guard index > 0, let before = lineAndColumn(ofScalarAt: index - 1) else { return nil }
            return (before.line, before.column + 1)
        }
        return source.lineAndColumn(ofValueIndex: valueIndex, in: scalar)
    }
}
