/// Number formatting that never depends on the locale: XML wants `12.5`, not `12,5`.
enum XMLNumber {
    /// A point value with at most two decimals and no trailing zeros: `31.5pt`.
    static func points(_ value: Double) -> String { decimal(value) + "pt" }

    static func millimetres(_ points: Double) -> String { decimal(points * 25.4 / 72) + "mm" }

    static func decimal(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        // Beyond what the style sheet's ranges allow; Swift's own spelling is as good as any.
        guard rounded.isFinite, abs(rounded) < 1e15 else { return String(rounded) }
        // Hundredths as an integer, written out by hand: the same digits as "%.2f" without
        // its trailing zeros, and without String(format:), whose first use costs as much
        // as writing a whole document part.
        let hundredths = Int((value * 100).rounded())
        let whole = String(abs(hundredths) / 100)
        let fraction = abs(hundredths) % 100
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return (hundredths < 0 ? "-" : "") + whole + "." + digits
    }

    /// Twentieths of a point, WordprocessingML's unit for lengths.
    static func twips(_ points: Double) -> String { String(Int((points * 20).rounded())) }

    /// Half-points, WordprocessingML's unit for font sizes.
    static func halfPoints(_ points: Double) -> String { String(Int((points * 2).rounded())) }
}
