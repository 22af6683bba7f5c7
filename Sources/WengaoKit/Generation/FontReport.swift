#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CICU
import FoundationEssentials

/// What `wengao fonts` prints: per role, the font the documents name, the face this
/// machine's fontconfig would render it in (as LibreOffice does when it opens the
/// document), the face Wengao's PDF uses, and how many of GB2312's 6,763 hanzi each has.
public struct FontReport: Sendable {
    public struct Face: Sendable, Equatable {
        public var family: String
        public var file: String
        /// GB2312 hanzi the face has a glyph for.
        public var gb2312: Int
    }

    public struct Row: Sendable {
        public var role: FontProfile.Role
        public var named: String
        /// Nil when fontconfig has no face at all.
        public var rendered: Face?
        public var pdf: Face?
        /// Whether the machine has the named font itself.
        public var isInstalled: Bool { rendered?.family == named }
    }

    public var profile: FontProfile
    public var rows: [Row]
    /// GB2312's hanzi count as ICU decodes the table: 6,763.
    public var gb2312Total: Int

    /// Asks fontconfig (`fc-match`) about each role's font of `styleSheet`.
    ///
    /// - Throws: `DiagnosticError` when fc-match is missing or fails.
    public static func make(for styleSheet: StyleSheet) throws(DiagnosticError) -> FontReport {
        guard let fcMatch = Subprocess.find("fc-match") else {
            throw DiagnosticError(Diagnostic(.fontsUnavailable("找不到 fc-match；请安装 fontconfig（apt-get install fontconfig）"), at: nil))
        }
        let hanzi = gb2312Hanzi
        guard !hanzi.isEmpty else {
            throw DiagnosticError(Diagnostic(.fontsUnavailable("ICU 没有 GB2312 转换表，无法统计字数"), at: nil))
        }
        let conversion: PDFConversion
        do { conversion = try PDFConversion() } catch { throw error }
        defer { conversion.remove() }
        let pdfConfig = conversion.folder + "/fonts.conf"
        do { try AtomicFile.write(Data(PDFConversion.fontconfig.utf8), to: pdfConfig) } catch {
            throw DiagnosticError(Diagnostic(.fontsUnavailable("无法写临时文件 \(pdfConfig)"), at: nil))
        }
        func face(_ family: String, config: String?) throws(DiagnosticError) -> Face? {
            let log = conversion.folder + "/fc-match.txt"
            let environment = config.map { ["FONTCONFIG_FILE": $0] } ?? [:]
            let outcome = Subprocess.run(fcMatch, ["-f", "%{family[0]}\n%{file}\n%{charset}\n", escaped(family) + ":lang=zh-cn"],
                                         environment: environment, log: log, timeout: 30)
            guard outcome == .exited(0), let bytes = FileSystem.contents(of: log, upTo: 1 << 20) else {
                throw DiagnosticError(Diagnostic(.fontsUnavailable("fc-match \(family) 没有正常结束"), at: nil))
            }
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard lines.count >= 3, !lines[1].isEmpty else { return nil }
            return Face(family: lines[0], file: lines[1], gb2312: covered(hanzi, charset: lines[2]))
        }
        var rows: [Row] = []
        for role in FontProfile.Role.allCases {
            let named = font(for: role, in: styleSheet)
            rows.append(Row(role: role, named: named, rendered: try face(named, config: nil), pdf: try face(named, config: pdfConfig)))
        }
        return FontReport(profile: styleSheet.fontProfile, rows: rows, gb2312Total: hanzi.count)
    }

    /// The font the sheet's styles use for `role`: the style that carries the role.
    static func font(for role: FontProfile.Role, in sheet: StyleSheet) -> String {
        let style = switch role {
        case .title: "title"
        case .heiti: "heading-1"
        case .kaiti: "heading-2"
        case .fangsong: "body"
        case .songti: "page-number"
        }
        return sheet.paragraphStyles[style]?.font ?? sheet.fontProfile.font(for: role)
    }

    /// A family name as a fontconfig pattern writes it: `-`, `:`, `,` and `\\` escaped.
    static func escaped(_ family: String) -> String {
        var result = ""
        for character in family {
            if "-:,\\".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// GB2312's hanzi, sorted, from ICU's converter.
    static let gb2312Hanzi: [UInt32] = {
        var scalars = [UInt32](repeating: 0, count: 8000)
        let count = wengao_gb2312_hanzi(&scalars, Int32(scalars.count))
        return count > 0 ? Array(scalars[..<Int(count)]).sorted() : []
    }()

    /// How many of `hanzi` (sorted) fall in fontconfig's charset, "20-7e a0-ff 4e00-9fa5 …".
    static func covered(_ hanzi: [UInt32], charset: String) -> Int {
        var count = 0
        for range in charset.split(separator: " ") {
            let bounds = range.split(separator: "-").compactMap { UInt32($0, radix: 16) }
            guard let low = bounds.first else { continue }
            let high = bounds.last!
            guard high >= 0x4E00, low <= 0x9FFF else { continue }
            count += upperBound(hanzi, high) - lowerBound(hanzi, low)
        }
        return count
    }

    /// The index of the first element not below `value`.
    private static func lowerBound(_ sorted: [UInt32], _ value: UInt32) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The index of the first element above `value`.
    private static func upperBound(_ sorted: [UInt32], _ value: UInt32) -> Int {
        value == .max ? sorted.count : lowerBound(sorted, value + 1)
    }
}
