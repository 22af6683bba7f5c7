/// A fixed set of Unicode scalars, kept sorted and searched by halves.
///
/// A `Set<Unicode.Scalar>` works as well, but the first use of each generic instantiation
/// makes the Swift runtime look up its `Hashable` conformance among every conformance
/// record of the binary: about 0.1–0.4 M instructions each, more than the rule then spends
/// on a whole document.
struct ScalarSet: Sendable {
    private let values: [UInt32]

    init(_ characters: String) {
        values = Array(Swift.Set(characters.unicodeScalars.map(\.value))).sorted()
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < scalar.value { low = middle + 1 } else { high = middle }
        }
        return low < values.count && values[low] == scalar.value
    }
}
