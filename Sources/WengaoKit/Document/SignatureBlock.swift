/// Places the 署名 (`signature`) and 成文日期 (`date`) paragraphs by GB/T 9704 §7.3.5.
///
/// The two lines are placed against each other, so their right indents depend on both
/// lengths and are set on the paragraphs over their styles:
///
/// - **Sealed** (§7.3.5.1): the date keeps its style's right indent (four characters); the
///   signature is centred over the date. Two blank lines above the signature leave room
///   for the seal, which presses on both lines with its top within a line of the text.
/// - **Unsealed** (§7.3.5.2): the signature keeps its style's right indent (two
///   characters), one blank line below the text; the date's first character stands two
///   characters right of the signature's. Where that would bring the date closer than two
///   characters to the right edge — a date longer than the signature, as the standard says,
///   and also one less than two characters shorter, which would otherwise touch the
///   margin — the date is two characters in and the signature moves left to keep the offset.
///
/// Widths are in grid characters, as LibreOffice sets a body-size line with the document's
/// fonts (Times New Roman, or its metric twin Liberation Serif, for digits): a hanzi or
/// full-width mark is one character; a digit or Latin letter half an em plus the grid's
/// tracking; where Chinese meets Latin text the renderer adds a little space.
enum SignatureBlock {
    /// Space LibreOffice puts between Chinese and Latin text, in ems of the type
    /// (3.4 pt at 16 pt, measured from its PDF's glyph boxes).
    static let chineseLatinGap = 0.2125

    static func place(_ paragraphs: [Paragraph], layout: SignatureLayout, styleSheet: StyleSheet) -> [Paragraph] {
        guard let dateIndex = paragraphs.lastIndex(where: { $0.style == "date" }),
              let dateStyle = styleSheet.paragraphStyles["date"] else { return paragraphs }
        let signatureIndex = dateIndex > 0 && paragraphs[dateIndex - 1].style == "signature" ? dateIndex - 1 : nil
        var result = paragraphs
        // The block never stands alone on a page: the text's last paragraph (or its last
        // line) comes along with it.
        let blockStart = signatureIndex ?? dateIndex
        if blockStart > 0, paragraphs[blockStart - 1].style != "title" { result[blockStart - 1].keepWithNext = true }
        let dateWidth = width(of: paragraphs[dateIndex].plainText, styleSheet: styleSheet)
        guard let signatureIndex, let signatureStyle = styleSheet.paragraphStyles["signature"] else {
            // A date alone sits where the layout puts a date: four characters in when sealed,
            // two when not.
            if layout == .unsealed { result[dateIndex].rightIndent = styleSheet.paragraphStyles["signature"]?.rightIndent ?? 2 }
            return result
        }
        let signatureWidth = width(of: paragraphs[signatureIndex].plainText, styleSheet: styleSheet)
        let (signatureIndent, dateIndent): (Double, Double)
        switch layout {
        case .sealed:
            dateIndent = dateStyle.rightIndent
            signatureIndent = max(0, dateIndent + (dateWidth - signatureWidth) / 2)
            result[signatureIndex].spaceBefore = max(signatureStyle.spaceBefore, 2)
        case .unsealed:
            let offset = 2.0
            let edge = signatureStyle.rightIndent
            if signatureWidth - dateWidth >= offset {
                signatureIndent = edge
                dateIndent = edge + signatureWidth - offset - dateWidth
            } else {
                dateIndent = edge
                signatureIndent = dateIndent + dateWidth + offset - signatureWidth
            }
        }
        // Set only where it differs from the style, so a document says no more than it must.
        if rounded(signatureIndent) != signatureStyle.rightIndent { result[signatureIndex].rightIndent = rounded(signatureIndent) }
        if rounded(dateIndent) != dateStyle.rightIndent { result[dateIndex].rightIndent = rounded(dateIndent) }
        return result
    }

    /// To a hundredth of a character: the writers' units (twips, points to three places) hold
    /// that, and the same lengths always give the same bytes.
    private static func rounded(_ characters: Double) -> Double {
        (characters * 100).rounded() / 100
    }

    /// The width of a line of body text, in grid characters.
    static func width(of text: String, styleSheet: StyleSheet) -> Double {
        let size = styleSheet.grid.fontSize
        let pitch = styleSheet.characterPitch
        let latinAdvance = (size / 2 + styleSheet.gridLetterSpacing) / pitch
        let gap = chineseLatinGap * size / pitch
        var width = 0.0
        var previousIsLatin: Bool?
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            let isLatin = scalar.isASCII
            width += isLatin ? latinAdvance : 1
            if let previousIsLatin, previousIsLatin != isLatin { width += gap }
            previousIsLatin = isLatin
        }
        return width
    }
}
