import WengaoKit

/// The file name a download is saved under, in Chinese, told to the browser as RFC 6266
/// asks: `filename*` in UTF-8 (RFC 8187), and an ASCII `filename` for clients without it.
enum DownloadName {
    /// `在……上的讲话.docx`, the summary's title, or the genre's name when the input has neither.
    static func base(for report: Report?, genre: Genre?) -> String {
        var name: String?
        switch genre {
        case .speech?: name = report?.occasion.map { "在\($0.value)上的讲话" } ?? report?.title?.value
        case .summary?, nil: name = report?.title?.value
        }
        let cleaned = clean(name ?? "")
        if !cleaned.isEmpty { return cleaned }
        return genre?.chineseName ?? "文稿输入"
    }

    /// Characters no file system or browser takes in a name (separators, controls, the
    /// Windows set) become nothing; the name is cut at 80 characters.
    static func clean(_ name: String) -> String {
        let forbidden: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
        var result = ""
        for character in name where !forbidden.contains(character) {
            guard let scalar = character.unicodeScalars.first, scalar.value >= 0x20, scalar.value != 0x7F,
                  !character.isNewline else { continue }
            result.append(character)
            if result.count == 80 { break }
        }
        while result.hasPrefix(".") || result.hasPrefix(" ") { result.removeFirst() }
        while result.hasSuffix(" ") || result.hasSuffix(".") { result.removeLast() }
        return result
    }

    /// The Content-Disposition value for `name` (with its extension).
    static func contentDisposition(_ name: String, extension ext: String) -> String {
        let full = name + "." + ext
        var encoded = ""
        for byte in full.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                encoded.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = Array("0123456789ABCDEF")
                encoded += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        // The fallback keeps the ASCII letters only; a Chinese title leaves the genre's word.
        let ascii = String(full.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") })
        let fallback = (ascii.count > ext.count ? String(ascii.dropLast(ext.count)) : "wengao") + "." + ext
        return "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)"
    }
}
