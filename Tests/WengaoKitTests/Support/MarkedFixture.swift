import Foundation
@testable import WengaoKit

/// A test input with the expected diagnostic positions marked inline by 1️⃣ 2️⃣ …, in the
/// manner of swift-syntax's `assertParse`: the markers are taken out, and each one's line
/// and column in what remains is where a diagnostic must point. Nothing is counted by hand.
///
/// Works on bytes, so fixtures that are deliberately not UTF-8 can carry markers too.
struct MarkedFixture {
    var bytes: [UInt8]
    /// Marker number → (line, column), columns counting Unicode scalars as Wengao does.
    var markers: [Int: (line: Int, column: Int)]

    init(marked: [UInt8]) {
        var output: [UInt8] = []
        var positions: [Int: Int] = [:]
        var index = 0
        // 1️⃣ is the digit, U+FE0F and U+20E3.
        let tail: [UInt8] = [0xEF, 0xB8, 0x8F, 0xE2, 0x83, 0xA3]
        while index < marked.count {
            let byte = marked[index]
            if (0x31...0x39).contains(byte), index + 7 <= marked.count, Array(marked[(index + 1)..<(index + 7)]) == tail {
                positions[Int(byte - 0x30)] = output.count
                index += 7
                continue
            }
            output.append(byte)
            index += 1
        }
        bytes = output
        markers = positions.mapValues { Self.lineAndColumn(ofByte: $0, in: output) }
    }

    init(_ text: String) { self.init(marked: Array(text.utf8)) }

    /// Lines end at LF (CRLF counts once); a column counts every byte that starts a
    /// character (an invalid byte counts as one); a leading BOM is not a column.
    static func lineAndColumn(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < offset {
            let byte = bytes[start]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && byte != 0x0D {
                column += 1
            }
            start += 1
        }
        return (line, column)
    }

    /// The diagnostics Wengao gives for the unmarked bytes, read as file `path`.
    func diagnostics(path: String = "fixture.yaml", limits: InputLimits = .default) -> [Diagnostic] {
        do {
            let source = try SourceText.decode(bytes, path: path, limits: limits)
            return ReportValidator.check(source: source, limits: limits).diagnostics
        } catch let error as DiagnosticError {
            return error.diagnostics
        } catch {
            return [Diagnostic(.error, id: "unexpected", message: "\(error)", at: nil)]
        }
    }
}
