import CICU

/// The encodings a plain-text speech arrives in, recognised from its bytes: a BOM first,
/// then UTF-8 if every byte sequence is valid, else GB18030 (which contains GBK and GB2312,
/// what Windows Notepad saves as “ANSI” on a Chinese system).
enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8（带 BOM）"
    case utf16LittleEndian = "UTF-16LE（带 BOM）"
    case utf16BigEndian = "UTF-16BE（带 BOM）"
    case gb18030 = "GB18030/GBK"

    /// The text of `bytes` and the encoding it was found in; nil when the bytes are none of
    /// these (a binary file, or text in an encoding this cannot tell).
    static func decode(_ bytes: [UInt8]) -> (text: String, encoding: TextEncoding)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(validating: bytes.dropFirst(3), as: UTF8.self).map { ($0, .utf8WithBOM) }
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let body = bytes.dropFirst(2)
            guard body.count % 2 == 0 else { return nil }
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var index = body.startIndex
            while index < body.endIndex {
                let first = UInt16(body[index]), second = UInt16(body[index + 1])
                units.append(little ? first | second << 8 : first << 8 | second)
                index += 2
            }
            return String(validating: units, as: UTF16.self).map { ($0, little ? .utf16LittleEndian : .utf16BigEndian) }
        }
        // A NUL byte is never in a text of either family without a BOM: a binary file.
        if bytes.contains(0) { return nil }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        return gb18030(bytes).map { ($0, .gb18030) }
    }

    private static func gb18030(_ bytes: [UInt8]) -> String? {
        // Every GB18030 byte sequence gives at most one UTF-16 unit per byte, or two for
        // four bytes: the byte count is room enough.
        var units = [UInt16](repeating: 0, count: bytes.count + 1)
        let count = bytes.withUnsafeBufferPointer { input in
            input.withMemoryRebound(to: CChar.self) { chars in
                units.withUnsafeMutableBufferPointer { output in
                    wengao_decode_gb18030(chars.baseAddress, Int32(chars.count), output.baseAddress, Int32(output.count))
                }
            }
        }
        guard count >= 0 else { return nil }
        return String(decoding: units[..<Int(count)], as: UTF16.self)
    }
}

/// Reads a .txt or .md file. In a text file each line is a paragraph (blank lines ignored);
/// in Markdown, lines run together up to a blank line, as Markdown reads them, and its own
/// marks (a heading's #, a list's - or *, ** around bold text) are not the speech's words —
/// a bold start is kept as the run-in head it marks.
enum PlainTextReader {
    static func read(_ bytes: [UInt8], file: String, markdown: Bool = false) throws(ImportError) -> SourceDocument {
        guard let (text, encoding) = TextEncoding.decode(bytes) else { throw .notText(file) }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" && $0 != "\u{0C}" }) {
            throw .notText(file)
        }
        var paragraphs: [SourceParagraph] = []
        var pending: [String] = []
        func flush() {
            guard !pending.isEmpty else { return }
            var joined = pending.joined()
            pending = []
            var head: String?
            if markdown, joined.contains("**") {
                let pieces = joined.split(separator: "**", omittingEmptySubsequences: false)
                if joined.hasPrefix("**"), pieces.count >= 3 { head = String(pieces[1]) }
                joined = pieces.joined()
            }
            let trimmed = SourceCharacters.trimmed(joined)
            guard !trimmed.isEmpty else { return }
            paragraphs.append(SourceParagraph(text: trimmed, number: paragraphs.count + 1,
                                              emphasizedHead: head.flatMap { $0.isEmpty || $0 == trimmed ? nil : $0 }))
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\u{2029}" }) {
            var trimmed = SourceCharacters.trimmed(String(line))
            if markdown {
                if trimmed.hasPrefix("#") {
                    trimmed = SourceCharacters.trimmed(String(trimmed.drop { $0 == "#" }))
                    flush()
                } else if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("+ ") {
                    trimmed = SourceCharacters.trimmed(String(trimmed.dropFirst(2)))
                    flush()
                }
            }
            if trimmed.isEmpty {
                flush()
                continue
            }
            pending.append(trimmed)
            if !markdown { flush() }
        }
        flush()
        return SourceDocument(paragraphs: paragraphs, notes: ["编码：\(encoding.rawValue)"])
    }
}

/// Small text facts the readers and the structure share.
enum SourceCharacters {
    /// Without the spaces (ASCII, full-width U+3000, no-break) a paragraph starts and ends with.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// A paragraph's text split at its soft line breaks, or joined over them (a title set in
    /// several lines), tabs made spaces. Scans bytes: most paragraphs have neither.
    static func lines(_ text: String, joined: Bool) -> [String] {
        var text = text
        if text.utf8.contains(9) { text = SourceCharacters.string(text.unicodeScalars.map { $0 == "\t" ? " " : $0 }) }
        guard text.utf8.contains(10) else { return [text] }
        if joined { return [SourceCharacters.string(text.unicodeScalars.filter { $0 != "\n" })] }
        return text.unicodeScalars.split(separator: "\n").map { SourceCharacters.string($0) }
    }

    /// Scalars back into a string through their UTF-8 bytes: appending them to a
    /// `String.UnicodeScalarView` one by one cost a fifth of a whole import.
    static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 3)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the text contains any of the words, by their UTF-8 bytes: the generic
    /// substring search cost a tenth of a whole import on a few dozen leads.
    static func containsAny(_ text: String, of words: [String]) -> Bool {
        var text = text
        return text.withUTF8 { haystack in
            words.contains { word in
                var word = word
                return word.withUTF8 { needle in
                    guard let first = needle.first, haystack.count >= needle.count else { return false }
                    var index = 0
                    let last = haystack.count - needle.count
                    while index <= last {
                        if haystack[index] == first, UnsafeBufferPointer(rebasing: haystack[index..<index + needle.count]).elementsEqual(needle) {
                            return true
                        }
                        index += 1
                    }
                    return false
                }
            }
        }
    }

    /// How many of the words the text contains.
    static func count(of words: [String], in text: String) -> Int {
        words.reduce(0) { $0 + (containsAny(text, of: [$1]) ? 1 : 0) }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{A0}" || scalar == "\u{FEFF}"
            || scalar == "\u{0C}" || scalar == "\u{200B}"
    }

    static func isHanzi(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
            || (0x20000...0x2FA1F).contains(scalar.value)
    }

    /// How many hanzi the text has.
    static func hanziCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isHanzi($1) ? 1 : 0) }
    }
}
