/// Which family of typefaces the documents name for each role (`--fonts`, or `font-profile`
/// in a style file).
///
/// Each profile writes one font name per role — never a list, which LibreOffice reads only
/// the first name of (tdf#108243) and Word not at all:
///
/// | role | windows | xinchuang | free |
/// |---|---|---|---|
/// | title (小标宋) | 方正小标宋简体 | 方正小标宋_GBK | Noto Serif CJK SC |
/// | 黑体 | 黑体 | 方正黑体_GBK | Noto Sans CJK SC |
/// | 楷体 | 楷体_GB2312 | 方正楷体_GBK | AR PL KaitiM GB |
/// | 仿宋 (body) | 仿宋_GB2312 | 方正仿宋_GBK | FandolFang |
/// | 宋体 (page numbers) | 宋体 | 方正书宋_GBK | Noto Serif CJK SC |
///
/// windows is what Windows offices have; xinchuang the 方正 GBK faces that 统信 UOS and 麒麟
/// machines carry with WPS; free the Debian faces with every GB2312 hanzi (fonts-noto-cjk,
/// fonts-arphic-gkai00mp, texlive-lang-chinese).
public enum FontProfile: String, Sendable, CaseIterable {
    case windows, xinchuang, free

    /// The roles a profile names a face for, in the order `wengao fonts` prints them.
    public enum Role: String, Sendable, CaseIterable {
        case title, heiti, kaiti, fangsong, songti

        /// The role in the words of a 公文 typesetter.
        public var label: String {
            switch self {
            case .title: "标题（小标宋）"
            case .heiti: "黑体（一级标题）"
            case .kaiti: "楷体（二级标题、讲话人）"
            case .fangsong: "仿宋（正文）"
            case .songti: "宋体（页码）"
            }
        }
    }

    public init?(word: String) {
        switch word.lowercased() {
        case "windows", "win": self = .windows
        case "xinchuang", "信创": self = .xinchuang
        case "free", "免费", "开源": self = .free
        default: return nil
        }
    }

    public func font(for role: Role) -> String {
        switch (self, role) {
        case (.windows, .title): "方正小标宋简体"
        case (.windows, .heiti): "黑体"
        case (.windows, .kaiti): "楷体_GB2312"
        case (.windows, .fangsong): "仿宋_GB2312"
        case (.windows, .songti): "宋体"
        case (.xinchuang, .title): "方正小标宋_GBK"
        case (.xinchuang, .heiti): "方正黑体_GBK"
        case (.xinchuang, .kaiti): "方正楷体_GBK"
        case (.xinchuang, .fangsong): "方正仿宋_GBK"
        case (.xinchuang, .songti): "方正书宋_GBK"
        case (.free, .title): "Noto Serif CJK SC"
        case (.free, .heiti): "Noto Sans CJK SC"
        case (.free, .kaiti): "AR PL KaitiM GB"
        case (.free, .fangsong): "FandolFang"
        case (.free, .songti): "Noto Serif CJK SC"
        }
    }

    /// The role a font of any profile stands for. Noto Serif CJK SC prints both the title
    /// and 宋体 in the free profile; it is read as the title's.
    public static func role(of font: String) -> Role? {
        for role in Role.allCases where allCases.contains(where: { $0.font(for: role) == font }) { return role }
        return nil
    }
}

extension StyleSheet {
    /// The sheet with every font that some profile names for a role replaced by `profile`'s
    /// face for that role. A font no profile names (a house face) is kept.
    public func applying(_ profile: FontProfile) -> StyleSheet {
        var sheet = self
        sheet.fontProfile = profile
        // By role, as the styles use them: a style naming Noto Serif CJK SC is a title unless
        // it is the page number's.
        func replaced(_ font: String, style name: String) -> String {
            guard var role = FontProfile.role(of: font) else { return font }
            if role == .title, name == "page-number" { role = .songti }
            return profile.font(for: role)
        }
        for (name, style) in paragraphStyles {
            sheet.paragraphStyles[name]?.font = replaced(style.font, style: name)
        }
        for (name, style) in characterStyles {
            if let font = style.font { sheet.characterStyles[name]?.font = replaced(font, style: name) }
        }
        return sheet
    }
}
