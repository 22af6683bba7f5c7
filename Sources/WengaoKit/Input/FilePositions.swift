/// A file read into a report, shared by every `Text` read from it, so that a diagnostic
/// found long after reading can still follow a character back to its line and column.
///
/// Following a scalar's value back into the file (`ScalarPositions`) costs a walk over the
/// whole scalar. A valid input never asks for it, so it is done only when a diagnostic
/// asks, and at most once per scalar: a long paragraph full of half-width commas asks once
/// for each comma, and the paragraphs split from one scalar share its walk.
final class FilePositions: @unchecked Sendable {
    let source: SourceText
    /// Guards the walks kept below, the only state that changes (texts may be checked on
    /// any thread).
    private let lock = Lock()
    // The walks so far, kept in plain [Int]s rather than a dictionary: the first use of a
    // dictionary of this type instantiates its metadata at run time, 0.24 M instructions,
    // more than all the walks an input with a few mistakes needs.
    /// Where each walked scalar's mark stands in the file, in increasing order.
    private var keys: [Int] = []
    /// For the same scalar, where its offsets start in `offsets`, and how many there are
    /// (-1 when the walk could not follow the scalar).
    private var starts: [Int] = []
    private var counts: [Int] = []
    /// The offsets of every walked scalar, one after another.
    private var offsets: [Int] = []

    init(_ source: SourceText) {
        self.source = source
    }

    var path: String { source.path }

    /// The 1-based line and column of the scalar at `index` of `scalar`'s value; nil when
    /// the scalar's value cannot be followed back into the file.
    func lineAndColumn(ofValueIndex index: Int, in scalar: YAMLNode.Scalar) -> (line: Int, column: Int)? {
        guard index >= 0, let key = source.offset(line: scalar.mark.line, column: scalar.mark.column) else { return nil }
        if let known = lock.withLock({ offset(at: index, ofWalk: key) }) {
            return known.map { source.lineAndColumn(of: $0) }
        }
        // Walked outside the lock: two threads asking at once both walk, and agree.
        let walked = ScalarPositions(source: source).offsets(of: scalar, value: ScalarText.scalars(scalar.string))
        lock.withLock { keep(walked, forWalk: key) }
        guard let walked, index < walked.count else { return nil }
        return source.lineAndColumn(of: walked[index])
    }

    /// nil when the scalar at `key` has not been walked; .some(nil) when it was and has no
    /// offset at `index`.
    private func offset(at index: Int, ofWalk key: Int) -> Int?? {
        let slot = slot(for: key)
        guard slot < keys.count, keys[slot] == key else { return nil }
        return .some(index < counts[slot] ? offsets[starts[slot] + index] : nil)
    }

    private func keep(_ walked: [Int]?, forWalk key: Int) {
        let slot = slot(for: key)
        if slot < keys.count, keys[slot] == key { return }
        keys.insert(key, at: slot)
        starts.insert(offsets.count, at: slot)
        counts.insert(walked?.count ?? -1, at: slot)
        if let walked { offsets += walked }
    }

    /// The first slot whose key is not less than `key`. Scalars are mostly asked about in
    /// file order, so the answer is mostly the end, where inserting is cheap.
    private func slot(for key: Int) -> Int {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
