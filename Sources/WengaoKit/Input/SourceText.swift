import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of a user's file, checked to be UTF-8 and small enough, with its lines at hand
/// for diagnostics.
public struct SourceText: Sendable {
    public let path: String
    public let text: String
    /// The text as Unicode scalars, the unit libyaml counts columns in.
    let scalars: [Unicode.Scalar]
    /// Where each line starts in `scalars`; line breaks are counted as libyaml counts them
    /// (LF, CRLF, CR, NEL, LS, PS), so that line numbers agree with libyaml's marks.
    let lineStarts: [Int]
    /// Control characters the file holds as they are, each reported at its place, when the
    /// text was read with `substitutingControlCharacters`: the text then holds U+FFFD in
    /// their stead, so that libyaml (which stops at the first) reads on and every other
    /// problem of the file is reported in the same run.
    public private(set) var controlCharacterDiagnostics: [Diagnostic] = []

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        // One pass that collects the scalars and the line starts together: `Array(text.unicodeScalars)`
        // decodes the text twice (once to count) before the lines are even looked at. The
        // scalars go straight into uninitialized room (never more scalars than UTF-8 bytes).
        var starts = [0]
        scalars = [Unicode.Scalar](unsafeUninitializedCapacity: text.utf8.count) { buffer, count in
            var afterCarriageReturn = false
            ScalarText.forEachScalar(of: text) { scalar in
                buffer.initializeElement(at: count, to: scalar)
                count += 1
                // CRLF is one line break: the LF moves the start of the line the CR began.
                if afterCarriageReturn, scalar == "\n" {
                    starts[starts.count - 1] = count
                    afterCarriageReturn = false
                    return
                }
                afterCarriageReturn = scalar == "\r"
                if Self.isLineBreak(scalar) { starts.append(count) }
            }
        }
        self.lineStarts = starts
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// The offset in `scalars` of a 1-based line and column, if the line exists.
    func offset(line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        return min(lineStarts[line - 1] + column - 1, scalars.count)
    }

    /// The 1-based line and column of an offset in `scalars`.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// Reads and checks a file.
    ///
    /// - Throws: `DiagnosticError` naming the file (and the first bad byte) when it is
    ///   missing, a directory, too large, empty, not UTF-8 or holds NUL bytes.
    /// - Parameter substitutingControlCharacters: report control characters in
    ///   `controlCharacterDiagnostics` and read on, instead of throwing them.
    public static func read(path: String, limits: InputLimits = .default,
                            substitutingControlCharacters: Bool = false) throws -> SourceText {
        let location = SourceLocation(file: path, line: 1, column: 1)
        switch FileSystem.kind(of: path) {
        case .missing: throw DiagnosticError(Diagnostic(.fileMissing(), at: location))
        case .directory: throw DiagnosticError(Diagnostic(.fileIsDirectory(), at: location))
        case .special: throw DiagnosticError(Diagnostic(.fileNotRegular(), at: location))
        case .other: break
        }
        if let size = FileSystem.size(of: path), size > limits.maximumFileSize {
            throw DiagnosticError(Diagnostic(.fileTooLarge(size: size, limit: limits.maximumFileSize), at: location))
        }
        // Read at most one byte past the limit: a file that grew after the size check, or a
        // device without a size, still cannot make us read without end.
        guard let bytes = FileSystem.contents(of: path, upTo: limits.maximumFileSize + 1) else {
            throw DiagnosticError(Diagnostic(.fileUnreadable("没有读取权限"), at: location))
        }
        if bytes.count > limits.maximumFileSize {
            throw DiagnosticError(Diagnostic(.fileTooLarge(size: bytes.count, limit: limits.maximumFileSize), at: location))
        }
        return try decode(bytes, path: path, limits: limits,
                          substitutingControlCharacters: substitutingControlCharacters)
    }

    /// The file as it can be shown under a diagnostic: never throws, takes invalid UTF-8
    /// as U+FFFD (one column each, as the diagnostic counted it), nil when unreadable.
    public static func forDisplay(path: String, limits: InputLimits = .default) -> SourceText? {
        guard FileSystem.kind(of: path) == .other, let data = FileSystem.contents(of: path, upTo: limits.maximumFileSize + 1),
              data.count <= limits.maximumFileSize else { return nil }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return SourceText(path: path, text: String(decoding: bytes, as: UTF8.self))
    }

    /// Checks and decodes bytes already in memory (tests, standard input).
    public static func decode(_ bytes: [UInt8], path: String, limits: InputLimits = .default,
                              substitutingControlCharacters: Bool = false) throws -> SourceText {
        if bytes.count > limits.maximumFileSize {
            throw DiagnosticError(Diagnostic(.fileTooLarge(size: bytes.count, limit: limits.maximumFileSize),
                                             at: SourceLocation(file: path, line: 1, column: 1)))
        }
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // The standard library validates fast; the byte-by-byte walk that finds the line and
        // column runs only when there is something to find.
        let (valid, suspicious) = bytes.withUnsafeBufferPointer { buffer in
            (validUTF8(buffer), hasControlBytes(buffer))
        }
        guard let text = valid, !suspicious.nul else {
            throw DiagnosticError(firstProblem(in: bytes, path: path)
                ?? Diagnostic(.invalidUTF8(), at: SourceLocation(file: path, line: 1, column: 1)))
        }
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            throw DiagnosticError(Diagnostic(.fileEmpty(), at: SourceLocation(file: path, line: 1, column: 1)))
        }
        let source = SourceText(path: path, text: text)
        if suspicious.control {
            let controls = source.controlCharacters()
            if !controls.isEmpty {
                guard substitutingControlCharacters else { throw DiagnosticError(controls) }
                // One scalar for one: every later line and column stays where it was. NEL
                // stays too: YAML reads it as a line break, and so did the line count.
                let kept = source.scalars.map { $0 != "\u{85}" && NodeWalker.isForbiddenInXML($0) ? "\u{FFFD}" : $0 }
                var substituted = SourceText(path: path, text: String(String.UnicodeScalarView(kept)))
                substituted.controlCharacterDiagnostics = controls
                return substituted
            }
        }
        return source
    }

    /// The bytes as a String, or nil when they are not UTF-8. Decoding repairs what is not
    /// UTF-8, so the bytes were valid exactly when the result has the same bytes. (Not
    /// `String(validating:as:)`: it is generic over the encoding, and its first call looks up
    /// associated types at run time, 0.15 M instructions, more than decoding the input.)
    private static func validUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: buffer, as: UTF8.self)
        let same = text.withUTF8 { decoded in
            decoded.count == buffer.count && (buffer.isEmpty || memcmp(decoded.baseAddress!, buffer.baseAddress!, buffer.count) == 0)
        }
        return same ? text : nil
    }

    /// Whether the bytes hold a NUL, or anything that may be a control character: a C0
    /// byte other than tab and line breaks, DEL, or the lead bytes of C1 controls and of
    /// U+FFFE / U+FFFF.
    private static func hasControlBytes(_ buffer: UnsafeBufferPointer<UInt8>) -> (nul: Bool, control: Bool) {
        var nul = false, control = false
        let count = buffer.count
        var index = 0
        while index < count {
            let byte = buffer[index]
            if byte < 0x20 {
                if byte == 0 { nul = true } else if byte != 0x09 && byte != 0x0A && byte != 0x0D { control = true }
            } else if byte == 0x7F {
                control = true
            } else if byte == 0xC2, index + 1 < count, buffer[index + 1] >= 0x80, buffer[index + 1] <= 0x9F {
                control = true
            } else if byte == 0xEF, index + 2 < count, buffer[index + 1] == 0xBF, buffer[index + 2] >= 0xBE {
                control = true
            }
            index += 1
        }
        return (nul, control)
    }

    /// Every control character written into the file as it is (not as an escape), each at
    /// its position; libyaml would stop at the first with no line number. At most 20.
    private func controlCharacters() -> [Diagnostic] {
        var result: [Diagnostic] = []
        for (offset, scalar) in scalars.enumerated() where NodeWalker.isForbiddenInXML(scalar) {
            let (line, column) = lineAndColumn(of: offset)
            result.append(Diagnostic(.controlCharacter(scalar), at: SourceLocation(file: path, line: line, column: column)))
            if result.count == 20 { break }
        }
        return result
    }

    /// The first byte that is not valid UTF-8, or a NUL, with its line and column.
    private static func firstProblem(in bytes: ArraySlice<UInt8>, path: String) -> Diagnostic? {
        var line = 1, column = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00:
                return Diagnostic(.nulByte(), at: SourceLocation(file: path, line: line, column: column))
            case 0x01...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            var valid = length > 0 && index + length <= bytes.endIndex
            if valid && length > 1 {
                let continuation = bytes[(index + 1)..<(index + length)]
                valid = continuation.allSatisfy { $0 & 0xC0 == 0x80 }
                // Overlong forms and surrogates, which Swift's decoder would also refuse.
                let second = bytes[index + 1]
                if byte == 0xE0 && second < 0xA0 { valid = false }
                if byte == 0xED && second > 0x9F { valid = false }
                if byte == 0xF0 && second < 0x90 { valid = false }
                if byte == 0xF4 && second > 0x8F { valid = false }
            }
            if !valid {
                let offset = index - bytes.startIndex
                return Diagnostic(.invalidUTF8(), at: SourceLocation(file: path, line: line, column: column),
                                  notes: ["第 \(offset + 1) 个字节是 0x\(String(byte, radix: 16, uppercase: true))"])
            }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return nil
    }

    /// The text of line `number` (1-based), without its line break, for showing under a
    /// diagnostic.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        var end = number < lineStarts.count ? lineStarts[number] : scalars.count
        while end > lineStarts[number - 1], Self.isLineBreak(scalars[end - 1]) { end -= 1 }
        return ScalarText.string(scalars[lineStarts[number - 1]..<end])
    }
}

extension SourceText: SourceLines {}
