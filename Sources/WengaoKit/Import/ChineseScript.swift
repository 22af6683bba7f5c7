import CICU
internal import COpenCC

/// Traditional characters: noticed by how many hanzi GB2312 has no code for, and converted
/// to simplified with OpenCC's phrase and character dictionaries (t2s).
enum ChineseScript {
    /// The text is written in traditional characters: at least 5 of its hanzi, and one in
    /// twenty, are outside GB2312. A simplified speech has almost none (a rare name at most).
    static func isTraditional(_ texts: [String]) -> Bool {
        var units: [UInt16] = []
        for text in texts { units.append(contentsOf: text.utf16) }
        var hanzi: Int32 = 0
        let outside = units.withUnsafeBufferPointer { wengao_hanzi_outside_gb2312($0.baseAddress, Int32($0.count), &hanzi) }
        return outside >= 5 && Int(outside) * 20 >= Int(hanzi)
    }

    struct ConversionUnavailable: Error {
        var reason: String
    }

    /// The texts in simplified characters.
    ///
    /// - Throws: `ConversionUnavailable` when OpenCC or its t2s dictionaries cannot be loaded.
    static func simplified(_ texts: [String]) throws(ConversionUnavailable) -> [String] {
        guard let converter = opencc_open("t2s.json"), Int(bitPattern: converter) != -1 else {
            let reason = opencc_error().map { String(cString: $0) } ?? "unknown"
            throw ConversionUnavailable(reason: reason)
        }
        defer { opencc_close(converter) }
        return texts.map { text in
            guard let converted = opencc_convert_utf8(converter, text, text.utf8.count) else { return text }
            defer { opencc_convert_utf8_free(converted) }
            return String(cString: converted)
        }
    }
}
