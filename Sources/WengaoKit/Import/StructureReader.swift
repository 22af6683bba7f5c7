/// Finds the 成绩–问题–意见 argument in a document's paragraphs: the title and the lines
/// under it, 同志们, the opening, the three parts by their numbering and bridges, the
/// items and their run-in heads, the closing, the 署名 and 成文日期.
///
/// It places every paragraph somewhere: what it cannot recognise goes to the opening (before
/// the first part), to the item it follows, or to the closing, with a warning that says so.
enum StructureReader {
    static func read(_ paragraphs: [SourceParagraph], as forced: Genre?) -> ImportedReport {
        var report = ImportedReport()
        var index = 0
        var body = paragraphs
        readHeader(&body, into: &report, index: &index)
        let signatureFound = readSignature(&body, into: &report, from: index)
        var tree = MarkerTree()
        for paragraph in body[index...] { tree.add(paragraph) }
        tree.finish()

        let detected: Genre = report.speaker != nil || report.audience != nil || report.occasion != nil
            || (report.title?.contains("讲话") ?? false) || (!signatureFound && !tree.hasHeadings) ? .speech : .summary
        report.genre = forced ?? detected
        if report.genre == .speech, report.occasion == nil, let title = report.title { splitSpeechTitle(title, into: &report) }
        place(tree, into: &report)
        if report.title == nil {
            report.warnings.append("没有认出标题（文稿开头没有居中或不带句号的短行）：“标题”暂写作“（标题）”，请填写")
        }
        return report
    }

    // MARK: Title, speaker, date, salutation

    private static func readHeader(_ paragraphs: inout [SourceParagraph], into report: inout ImportedReport, index: inout Int) {
        var titleLines: [SourceParagraph] = []
        while index < paragraphs.count {
            let paragraph = paragraphs[index]
            let text = paragraph.text
            if let date = dateLine(text) {
                report.date = report.date ?? date
                index += 1
                continue
            }
            if let (name, date) = speakerWithDate(text) {
                report.speaker = name
                report.date = date
                index += 1
                continue
            }
            if isSalutation(text) {
                report.audience = String(text.dropLast())
                index += 1
                break
            }
            // 同志们：今天我们召开…… — the salutation run into the opening's paragraph.
            if let colon = text.firstIndex(of: "："), text.distance(from: text.startIndex, to: colon) <= 12,
               isSalutation(String(text[...colon])), text.index(after: colon) < text.endIndex {
                report.audience = String(text[..<colon])
                paragraphs[index].text = SourceCharacters.trimmed(String(text[text.index(after: colon)...]))
                report.openingNotes.append("原文第 \(paragraph.number) 段：开头的称呼“\(text[..<colon])”单独写在“称呼”里")
                break
            }
            let short = text.count <= 40 && !endsSentence(text) && !text.contains("，") && OrdinalMarker.match(Array(text.unicodeScalars), at: 0, paragraphStart: true) == nil
            guard short || paragraph.isTitleStyle else { break }
            let titleDone = titleLines.last.map { isCompleteTitle(titleLines.map(\.text).joined()) || $0.alignment != paragraph.alignment && !paragraph.isTitleStyle } ?? false
            if !titleDone && report.speaker == nil && report.date == nil {
                titleLines.append(paragraph)
            } else if report.speaker == nil, text.count <= 20 {
                report.speaker = text
            } else {
                break
            }
            index += 1
        }
        if !titleLines.isEmpty {
            report.title = titleLines.map(\.text).joined()
            let numbers = titleLines.map { String($0.number) }.joined(separator: "、")
            report.titleNote = titleLines.count > 1 ? "原文第 \(numbers) 段：标题分几行，已合为一行" : nil
        }
    }

    /// 在全区……会议上的讲话 → the occasion, and the speaker written before 在.
    private static func splitSpeechTitle(_ title: String, into report: inout ImportedReport) {
        guard title.hasSuffix("上的讲话"), let at = title.firstIndex(of: "在") else { return }
        let occasion = String(title[title.index(after: at)..<title.index(title.endIndex, offsetBy: -4)])
        guard !occasion.isEmpty else { return }
        report.occasion = occasion
        let before = String(title[..<at]).replacingSuffix("同志", with: "")
        if report.speaker == nil, !before.isEmpty, before.count <= 10 { report.speaker = before }
        report.titleNote = (report.titleNote.map { $0 + "；" } ?? "") + "讲话稿的标题拆为“会议”；生成总结前请把“标题”改为总结的标题"
    }

    private static func isCompleteTitle(_ title: String) -> Bool {
        ["讲话", "讲话稿", "总结", "报告", "发言"].contains { title.hasSuffix($0) }
    }

    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ["。", "！", "？", "；", "…", "!", "?"].contains(last)
    }

    /// 同志们： / 各位领导、同志们：
    static func isSalutation(_ text: String) -> Bool {
        guard text.count <= 30, text.hasSuffix("：") || text.hasSuffix(":") else { return false }
        return ["同志", "各位", "领导", "代表", "来宾", "朋友", "大家"].contains { text.contains($0) }
    }

    /// （2026年7月10日） or 2026年7月10日 alone on its line.
    static func dateLine(_ text: String) -> CalendarDate? {
        var inner = text
        if let first = inner.first, let last = inner.last, (first == "（" || first == "("), (last == "）" || last == ")") {
            inner = String(inner.dropFirst().dropLast())
        }
        inner = SourceCharacters.trimmed(inner)
        guard inner.hasSuffix("日"), inner.count <= 12 else { return nil }
        return CalendarDate(parsing: inner)
    }

    /// 王某某（2026年7月15日）
    private static func speakerWithDate(_ text: String) -> (String, CalendarDate)? {
        guard text.count <= 30, text.hasSuffix("）") || text.hasSuffix(")"),
              let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }), open > text.startIndex,
              let date = dateLine(String(text[open...])) else { return nil }
        let name = SourceCharacters.trimmed(String(text[..<open]))
        guard !name.isEmpty, !endsSentence(name) else { return nil }
        return (name, date)
    }

    /// The 署名 and 成文日期 at the end of a summary: a date alone on the last line, and the
    /// short line above it. Returns whether they were found.
    private static func readSignature(_ paragraphs: inout [SourceParagraph], into report: inout ImportedReport, from start: Int) -> Bool {
        guard paragraphs.count > start + 1, let last = paragraphs.last, let date = dateLine(last.text) else { return false }
        report.date = date
        paragraphs.removeLast()
        if let above = paragraphs.last, paragraphs.count > start + 1, above.text.count <= 30, !endsSentence(above.text),
           !above.text.contains("，"), OrdinalMarker.match(Array(above.text.unicodeScalars), at: 0, paragraphStart: true) == nil {
            report.organization = above.text
            paragraphs.removeLast()
        }
        return true
    }
}

extension String {
    fileprivate func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}
