/// A scalar's value, or a piece of it, that still knows which scalar of the value each of
/// its Unicode scalars is, so that trimming and splitting into paragraphs keep the way
/// back to every character's line and column.
///
/// Only the indices are carried: the line and column themselves are found when a
/// diagnostic asks for one (`TextPositions`), since a valid input never does.
struct LocatedString {
    var scalars: [Unicode.Scalar]
    var indices: ValueIndices
    /// The same text as a String while the scalars are still the value's own, so that an
    /// untrimmed value is not encoded again.
    var text: String? = nil

    var isEmpty: Bool { scalars.isEmpty }
    var string: String { text ?? ScalarText.string(scalars) }

    subscript(range: Range<Int>) -> LocatedString {
        LocatedString(scalars: Array(scalars[range]), indices: indices.slice(range))
    }

    /// Without leading and trailing white space, full-width space included.
    var trimmed: LocatedString {
        guard let first = scalars.firstIndex(where: { !ScalarText.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !ScalarText.isWhitespace($0) }) else {
            return LocatedString(scalars: [], indices: .contiguous(from: 0))
        }
        if first == 0, last + 1 == scalars.count { return self }
        return self[first..<(last + 1)]
    }

    mutating func append(_ other: LocatedString) {
        text = nil
        indices = indices.appending(other.indices, after: scalars.count)
        scalars += other.scalars
    }

    /// Splits at blank lines; single line breaks inside a paragraph are joined, as YAML's
    /// folded style would, but without a space between Chinese characters.
    var paragraphs: [LocatedString] {
        var result: [LocatedString] = []
        var current = LocatedString(scalars: [], indices: .contiguous(from: 0))
        var lineStart = 0
        func flush() {
            if !current.isEmpty { result.append(current) }
            current = LocatedString(scalars: [], indices: .contiguous(from: 0))
        }
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            let line = self[lineStart..<index].trimmed
            lineStart = index + 1
            if line.isEmpty { flush(); continue }
            if let last = current.scalars.last, let first = line.scalars.first, last.isASCII, first.isASCII,
               !ScalarText.isWhitespace(last) {
                current.append(LocatedString(scalars: [" "], indices: .insertedSpace))
            }
            current.append(line)
        }
        flush()
        return result
    }
}

/// Which scalar of a YAML value each scalar of a text is.
enum ValueIndices: Sendable {
    /// A stretch of the text copied from the value, from `textStart` up to the next piece's;
    /// `valueStart` is nil for a space the reader put between two joined lines (one scalar).
    struct Piece: Sendable {
        var textStart: Int
        var valueStart: Int?
    }

    /// The text is the value from `from` on, scalar for scalar: a value, or one trimmed
    /// line of it. Most texts are, and need no array.
    case contiguous(from: Int)
    /// Lines joined into a paragraph, in text order, the first piece starting at 0.
    case pieces([Piece])

    /// A space put in by the reader.
    static let insertedSpace = ValueIndices.pieces([Piece(textStart: 0, valueStart: nil)])

    /// The value index of the text's scalar at `index` (assumed in range); nil for an
    /// inserted space.
    func valueIndex(of index: Int) -> Int? {
        switch self {
        case let .contiguous(from): return from + index
        case let .pieces(pieces):
            let piece = pieces[Self.piece(containing: index, in: pieces)]
            return piece.valueStart.map { $0 + index - piece.textStart }
        }
    }

    func slice(_ range: Range<Int>) -> ValueIndices {
        switch self {
        case let .contiguous(from): return .contiguous(from: from + range.lowerBound)
        case let .pieces(pieces):
            guard !range.isEmpty else { return .contiguous(from: 0) }
            let first = Self.piece(containing: range.lowerBound, in: pieces)
            var result: [Piece] = []
            for number in first..<pieces.count where pieces[number].textStart < range.upperBound {
                let piece = pieces[number]
                let start = max(piece.textStart, range.lowerBound)
                result.append(Piece(textStart: start - range.lowerBound,
                                    valueStart: piece.valueStart.map { $0 + start - piece.textStart }))
            }
            return .pieces(result)
        }
    }

    /// These indices followed by `other`'s, for a text of `count` scalars so far.
    func appending(_ other: ValueIndices, after count: Int) -> ValueIndices {
        if count == 0 { return other }
        let shifted = other.asPieces.map { Piece(textStart: $0.textStart + count, valueStart: $0.valueStart) }
        return .pieces(asPieces + shifted)
    }

    private var asPieces: [Piece] {
        switch self {
        case let .contiguous(from): [Piece(textStart: 0, valueStart: from)]
        case let .pieces(pieces): pieces
        }
    }

    /// The number of the last piece starting at or before `index`.
    private static func piece(containing index: Int, in pieces: [Piece]) -> Int {
        var low = 0, high = pieces.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if pieces[middle].textStart <= index { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
