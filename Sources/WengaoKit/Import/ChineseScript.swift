import CICU
internal import COpenCC

/// Traditional characters: noticed by how many hanzi GB2312 has no code for, and converted
/// to simplified with OpenCC's phrase and character dictionaries (t2s).
enum ChineseScript {
    /// The text is written in traditional characters: at least 5 of its distinct hanzi, and
    /// one in twenty, are outside GB2312. A simplified speech has almost none (a rare name at
    /// most). Each character is looked up once: a speech repeats most of its characters.
    static func isTraditional(_ texts: [String]) -> Bool {
        var seen = Set<UInt16>()
        for text in texts {
            for unit in text.utf16 where unit >= 0x4E00 && unit <= 0x9FFF { seen.insert(unit) }
        }
        let units = seen.sorted()
        var hanzi: Int32 = 0
        let outside = units.withUnsafeBufferPointer { wengao_hanzi_outside_gb2312($0.baseAddress, Int32($0.count), &hanzi) }
        return outside >= 5 && Int(outside) * 20 >= Int(hanzi)
    }

    struct ConversionUnavailable: Error {
        var reason: String
    }

    /// The texts in simplified characters.
    ///
    /// - Throws: `ConversionUnavailable` when libopencc or its t2s dictionaries cannot be loaded.
    static func simplified(_ texts: [String]) throws(ConversionUnavailable) -> [String] {
        var api = wengao_opencc_api()
        var reason: UnsafePointer<CChar>?
        guard wengao_opencc_load(&api, &reason) != 0, let open = api.open, let close = api.close,
              let convert = api.convert, let release = api.free_converted else {
            throw ConversionUnavailable(reason: reason.map { String(cString: $0) } ?? "libopencc 缺少函数")
        }
        guard let converter = open("t2s.json"), Int(bitPattern: converter) != -1 else {
            throw ConversionUnavailable(reason: api.error?().map { String(cString: $0) } ?? "t2s.json")
        }
        defer { _ = close(converter) }
        return texts.map { text in
            guard let converted = convert(converter, text, text.utf8.count) else { return text }
            defer { release(converted) }
            return String(cString: converted)
        }
    }
}
