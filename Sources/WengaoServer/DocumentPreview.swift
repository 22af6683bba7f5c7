import FoundationEssentials
import WengaoKit

/// The document both writers read, set as HTML for the page's preview: each paragraph in
/// its style's class, and a style sheet made once from the same `StyleSheet` the DOCX and
/// ODT styles come from — the same fonts, sizes, indents, line pitch and tracking, on the
/// text block's width. Page breaks are LibreOffice's or Word's to make; the preview is one
/// long sheet with the grid's lines drawn under the text.
enum DocumentPreview {
    /// `<article class="sheet">` with one `<p>` a paragraph. Text is escaped; a style's name
    /// becomes a class only through `className`, so no input reaches the markup unescaped.
    static func html(_ document: Document) -> String {
        var html = "<article class=\"sheet\" lang=\"\(escape(document.properties.language))\">\n"
        for paragraph in document.paragraphs {
            html += "<p class=\"\(className(paragraph: paragraph.style))\">"
            for inline in paragraph.inlines {
                switch inline {
                case let .text(text, style?): html += "<span class=\"\(className(character: style))\">\(escape(text))</span>"
                case let .text(text, nil): html += escape(text)
                case .lineBreak: html += "<br>"
                }
            }
            html += "</p>\n"
        }
        return html + "</article>\n"
    }

    static func className(paragraph style: String) -> String { "p-" + safe(style) }
    static func className(character style: String) -> String { "c-" + safe(style) }

    /// Letters, digits and hyphens; anything else (a user's style file may name a style
    /// in Chinese) as its code point.
    static func safe(_ name: String) -> String {
        var result = ""
        for scalar in name.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" {
                result.unicodeScalars.append(scalar)
            } else {
                result += "_\(String(scalar.value, radix: 16))"
            }
        }
        return result
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The preview's CSS, from the style sheet: served as /assets/document.css, since the
    /// page's Content-Security-Policy allows no inline style.
    static func css(_ sheet: StyleSheet) -> String {
        let page = sheet.page
        let line = pt(sheet.linePitch)
        var css = """
        .sheet { box-sizing: content-box; width: \(pt(page.textWidth)); min-height: \(pt(page.textHeight));
          padding: \(pt(page.marginTop)) \(pt(page.marginRight)) \(pt(page.marginBottom)) \(pt(page.marginLeft));
          color: #000; font-size: \(pt(sheet.grid.fontSize));
          background-image: repeating-linear-gradient(to bottom, transparent 0, transparent calc(\(line) - 1px), #e6ebf3 calc(\(line) - 1px), #e6ebf3 \(line)), linear-gradient(#fff, #fff);
          background-origin: content-box, border-box; background-clip: content-box, border-box; }
        .sheet p { margin: 0; font-kerning: none; }

        """
        if FileManager.default.fileExists(atPath: fangSongFile) {
            // The PDF's 仿宋, from TeX Live's folder, which the browser's fontconfig does not search.
            css += "@font-face { font-family: \"FandolFang\"; src: url(\"/assets/fonts/FandolFang-Regular.otf\") format(\"opentype\"); }\n"
        }
        // Indents are in grid characters and spacing in grid lines, as the writers read them.
        let pitch = sheet.characterPitch, pitchLine = sheet.linePitch
        for (name, style) in sheet.paragraphStyles.sorted(by: { $0.key < $1.key }) {
            css += ".sheet .\(className(paragraph: name)) { font-family: \(fontFamily(style.font, sheet: sheet)); font-size: \(pt(style.size)); "
            css += "font-weight: \(style.bold ? "bold" : "normal"); text-align: \(style.alignment.rawValue); "
            css += "text-indent: \(pt(style.firstLineIndent * pitch)); "
            css += "margin: \(pt(style.spaceBefore * pitchLine)) \(pt(style.rightIndent * pitch)) \(pt(style.spaceAfter * pitchLine)) \(pt(style.leftIndent * pitch)); "
            css += "line-height: \(pt(sheet.lineHeight(role: name))); letter-spacing: \(pt(sheet.letterSpacing(forSize: style.size))); }\n"
        }
        for (name, style) in sheet.characterStyles.sorted(by: { $0.key < $1.key }) {
            css += ".sheet .\(className(character: name)) {"
            if let font = style.font { css += " font-family: \(fontFamily(font, sheet: sheet));" }
            if let bold = style.bold { css += " font-weight: \(bold ? "bold" : "normal");" }
            css += " }\n"
        }
        return css
    }

    /// The font the document names, then the free face the PDF prints it with, then the
    /// generic family: a machine without the Windows fonts still shows each role's face.
    static func fontFamily(_ font: String, sheet: StyleSheet) -> String {
        var names = [font] + (sheet.fontFallbacks[font] ?? [])
        if let role = FontProfile.role(of: font) { names.append(FontProfile.free.font(for: role)) }
        let generic = FontProfile.role(of: font).map { $0 == .heiti ? "sans-serif" : "serif" } ?? "serif"
        return names.map { "\"\($0.replacingQuotes)\"" }.joined(separator: ", ") + ", " + generic
    }

    /// FandolFang where Debian's texlive-lang-chinese puts it: a fixed path, never a client's.
    static let fangSongFile = PDFConversion.fandolFolder + "/FandolFang-Regular.otf"

    static func pt(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return "\(rounded)pt"
    }
}

extension String {
    fileprivate var replacingQuotes: String { String(filter { $0 != "\"" && $0 != "\\" && $0 != "}" && $0 != "{" && $0 != ";" }) }
}
