import Foundation

/// The text of a user's file, checked to be UTF-8 and small enough, with its lines at hand
/// for diagnostics.
public struct SourceText: Sendable {
    public var path: String
    public var text: String

    /// Reads and checks a file.
    ///
    /// - Throws: `DiagnosticError` naming the file (and the first bad byte) when it is
    ///   missing, a directory, too large, empty, not UTF-8 or holds NUL bytes.
    public static func read(path: String, limits: InputLimits = .default) throws -> SourceText {
        let location = SourceLocation(file: path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DiagnosticError(Diagnostic(.fileMissing(), at: location))
        }
        if isDirectory.boolValue {
            throw DiagnosticError(Diagnostic(.fileIsDirectory(), at: location))
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > limits.maximumFileSize {
            throw DiagnosticError(Diagnostic(.fileTooLarge(size: size, limit: limits.maximumFileSize), at: location))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DiagnosticError(Diagnostic(.fileUnreadable("没有读取权限"), at: location))
        }
        defer { try? handle.close() }
        // Read at most one byte past the limit: a file that grew after the size check, or a
        // device without a size, still cannot make us read without end.
        let data = (try? handle.read(upToCount: limits.maximumFileSize + 1)) ?? Data()
        if data.count > limits.maximumFileSize {
            throw DiagnosticError(Diagnostic(.fileTooLarge(size: data.count, limit: limits.maximumFileSize), at: location))
        }
        return try decode([UInt8](data), path: path)
    }

    /// Checks and decodes bytes already in memory (tests, standard input).
    public static func decode(_ bytes: [UInt8], path: String) throws -> SourceText {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let problem = firstProblem(in: bytes, path: path) {
            throw DiagnosticError(problem)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.allSatisfy({ $0.isWhitespace }) {
            throw DiagnosticError(Diagnostic(.fileEmpty(), at: SourceLocation(file: path, line: 1, column: 1)))
        }
        return SourceText(path: path, text: text)
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

    /// The text of line `number` (1-based), for showing under a diagnostic.
    ///
    /// Works on scalars: in Swift "\r\n" is one `Character`, which a search for "\n"
    /// would step over.
    public func line(_ number: Int) -> String? {
        var current = 1
        var lineScalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if current == number { break }
                current += 1
                continue
            }
            if current == number && scalar != "\r" { lineScalars.append(scalar) }
        }
        return current == number ? String(lineScalars) : nil
    }
}
