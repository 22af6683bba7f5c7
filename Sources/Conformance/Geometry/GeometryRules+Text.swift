import Foundation

extension GeometryRules {
    /// Full lines end at the right edge; full lines of Chinese text hold 28 characters.
    ///
    /// A line is full when the next line continues its paragraph, which shows as the next
    /// line starting at the left margin (every paragraph of body text starts indented).
    /// Wengao does not hang punctuation (LibreOffice loses a mark it hangs): a mark past the
    /// right edge, as a 29th character, is a problem. Where 避头尾 carried a character down
    /// (an opening mark, or a character that a closing mark followed), the line holds 27, or
    /// 26 where two closing marks (”，) followed it.
    /// Where the next line starts with Latin letters or digits that did not fit in the
    /// cells left over (words are never split), the line holds fewer.
    func charactersPerLine(_ lines: DocumentLines) -> RuleResult {
        var problems: [String] = []
        var chinese = 0, hanging = 0, carried = 0, latin = 0, mixed = 0
        let text = lines.textLines
        for (current, next) in zip(text, text.dropFirst()) {
            let line = current.line, following = next.line
            guard lines.isBodySize(line), lines.isBodySize(following), lines.startsAtMargin(following),
                  lines.startsOnCharacterGrid(line), line.box.xMin < frame.textLeft + 2.5 * frame.characterWidth else { continue }
            let characters = Array(line.text.filter { !$0.isWhitespace })
            guard let last = characters.last else { continue }
            let place = "第 \(current.page) 页“\(String(characters.prefix(8)))…”"
            let hangs = ChineseText.noLineStart.contains(last) && line.box.xMax > frame.textRight + frame.rightEdgeOverhang
            if hangs {
                hanging += 1
                problems.append("\(place)的标点悬挂在版心外（止于 \(line.box.xMax.formatted) mm）")
            } else if line.box.xMax < frame.textRight - frame.rightEdgeShortfall || line.box.xMax > frame.textRight + frame.rightEdgeOverhang {
                problems.append("\(place)止于 \(line.box.xMax.formatted) mm")
            }
            guard characters.allSatisfy(ChineseText.isChinese) else {
                mixed += 1
                continue
            }
            chinese += 1
            let cells = lines.indentCells(line) + characters.count - (hangs ? 1 : 0)
            if cells == frame.characters { continue }
            let nextCharacters = Array(following.text.filter { !$0.isWhitespace })
            // Without hanging, 避头尾 carries a character down with the closing marks that
            // follow it: one mark leaves 27 cells, two (”，) leave 26.
            let closingRun = nextCharacters.dropFirst().prefix(while: ChineseText.noLineStart.contains).count
            let carriedDown = !hangs && cells < frame.characters
                && ((cells == frame.characters - 1 && nextCharacters.first.map(ChineseText.noLineEnd.contains) == true)
                    || (closingRun > 0 && cells + 1 + closingRun > frame.characters))
            if carriedDown {
                carried += 1
            } else if cells < frame.characters && !hangs && latinRunWidth(following) > Double(frame.characters - cells) * frame.characterWidth {
                latin += 1
            } else {
                problems.append("\(place)排了 \(cells) 字\(hangs ? "（另有悬挂标点）" : "")")
            }
        }
        if chinese == 0 { problems.append("找不到排满的纯中文行，无法数字数") }
        let measured = "整行：纯中文 \(chinese) 行（悬挂标点 \(hanging)，避头尾 \(carried)，西文词下移 \(latin)），中西混排 \(mixed) 行"
        return RuleResult(.charactersPerLine, measured: measured, problems: problems)
    }

    /// The width of the Latin letters and digits a line starts with, plus the quarter em
    /// LibreOffice puts between Chinese and Latin text. Exact where poppler saw the run as a
    /// word of its own; otherwise at least half an em a character.
    func latinRunWidth(_ line: TextLine) -> Double {
        guard let word = line.words.first else { return 0 }
        let run = word.text.prefix { !ChineseText.isChinese($0) && !$0.isWhitespace }
        guard !run.isEmpty else { return 0 }
        let em = frame.bodySize * 25.4 / 72
        let width = run.count == word.text.count ? word.box.xMax - word.box.xMin : Double(run.count) * em / 2
        return width + em / 4
    }

    func title(_ lines: DocumentLines) -> RuleResult {
        let title = lines.title
        guard !title.isEmpty else { return RuleResult(.title, measured: "—", problems: ["第 1 页顶部找不到 2号 标题"]) }
        var problems: [String] = []
        var worst = 0.0
        for line in title {
            let offCentre = abs((line.box.xMin - frame.textLeft) - (frame.textRight - line.box.xMax))
            worst = max(worst, offCentre)
            if offCentre > frame.placementTolerance { problems.append("“\(line.text.prefix(8))”左右空白相差 \(offCentre.formatted) mm") }
            if abs(line.typeSize - frame.titleSize) > frame.sizeTolerance {
                problems.append("“\(line.text.prefix(8))”字号 \(line.typeSize.formatted) pt")
            }
        }
        let sizes = title.map(\.typeSize)
        return RuleResult(.title, measured: "\(title.count) 行，\(sizes.min()!.formatted) pt，左右空白最多相差 \(worst.formatted) mm",
                          problems: problems)
    }

    /// The 成文日期 (a line of Arabic numerals such as 2026年7月10日, alone on its line) and
    /// the 署名 on the line above it, in one of GB/T 9704 §7.3.5's two layouts:
    ///
    /// - sealed (§7.3.5.1): the date four characters in from the right edge, the signature
    ///   centred over it (or, a signature too long to centre, reaching the right edge);
    /// - unsealed (§7.3.5.2): the date's first character two characters right of the
    ///   signature's, and either the signature two characters in (the date further in) or
    ///   the date two characters in (the signature further in).
    ///
    /// A date with no signature above it is four characters in, or two.
    func date(_ lines: DocumentLines) -> RuleResult {
        let text = lines.textLines
        let dates = text.indices.filter {
            text[$0].line.text.filter { !$0.isWhitespace }.wholeMatch(of: /[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日/) != nil
        }
        guard !dates.isEmpty else { return .notApplicable(.date, "无成文日期行") }
        let cell = frame.characterWidth, tolerance = frame.placementTolerance
        func near(_ value: Double, _ expected: Double) -> Bool { abs(value - expected) <= tolerance }
        var problems: [String] = []
        var measured: [String] = []
        for index in dates {
            let (page, date) = text[index]
            let dateGap = frame.textRight - date.box.xMax
            let above = index > 0 ? text[index - 1] : nil
            let signature = above.flatMap { above -> TextLine? in
                guard above.page == page, lines.slot(date) - lines.slot(above.line) == 1,
                      lines.isBodySize(above.line), above.line.box.xMin > frame.textLeft + 2 * cell + tolerance else { return nil }
                return above.line
            }
            guard let signature else {
                if near(dateGap, 4 * cell) || near(dateGap, 2 * cell) {
                    measured.append("无署名，日期右空 \(dateGap.formatted) mm")
                } else {
                    problems.append("第 \(page) 页“\(date.text)”右空 \(dateGap.formatted) mm，应为四字（\((4 * cell).formatted) mm）或二字")
                }
                continue
            }
            let signatureGap = frame.textRight - signature.box.xMax
            let centreOffset = signature.box.midX - date.box.midX
            let firstCharacterOffset = date.box.xMin - signature.box.xMin
            let sealed = near(dateGap, 4 * cell) && (near(centreOffset, 0) || (near(signatureGap, 0) && signature.box.width > date.box.width + 8 * cell))
            let unsealed = near(firstCharacterOffset, 2 * cell)
                && ((near(signatureGap, 2 * cell) && dateGap >= 2 * cell - tolerance)
                    || (near(dateGap, 2 * cell) && signatureGap >= 2 * cell - tolerance))
            if sealed {
                measured.append("盖章式：日期右空 \(dateGap.formatted) mm，署名中心偏 \(centreOffset.formatted) mm")
            } else if unsealed {
                measured.append("不盖章式：署名右空 \(signatureGap.formatted) mm，日期右空 \(dateGap.formatted) mm，日期首字右移 \(firstCharacterOffset.formatted) mm")
            } else {
                problems.append("第 \(page) 页署名“\(signature.text)”右空 \(signatureGap.formatted) mm、日期右空 \(dateGap.formatted) mm："
                    + "既不是盖章式（日期右空 \((4 * cell).formatted) mm，署名居中于日期，现偏 \(centreOffset.formatted) mm），"
                    + "也不是不盖章式（日期首字比署名首字右移 \((2 * cell).formatted) mm，现 \(firstCharacterOffset.formatted) mm）")
            }
        }
        return RuleResult(.date, measured: measured.joined(separator: "；"), problems: problems)
    }

    /// "— N —" on every page, 4号, one character in from the outer edge, 7 mm below the text.
    func pageNumber(_ lines: DocumentLines) -> RuleResult {
        var problems: [String] = []
        var insets: [Double] = [], gaps: [Double] = [], sizes: [Double] = []
        let inset = frame.pageNumberInset * frame.characterWidth
        for page in lines.pages {
            let number = page.page.number
            guard let line = page.pageNumbers.first else {
                problems.append("第 \(number) 页没有页码")
                continue
            }
            if PageLines.pageNumberValue(line) != number { problems.append("第 \(number) 页的页码是“\(line.text)”") }
            let odd = number % 2 == 1
            let measuredInset = odd ? frame.textRight - line.box.xMax : line.box.xMin - frame.textLeft
            insets.append(measuredInset)
            if abs(measuredInset - inset) > frame.placementTolerance {
                problems.append("第 \(number) 页页码\(odd ? "右" : "左")空 \(measuredInset.formatted) mm")
            }
            let gap = line.box.yMin - frame.textBottom
            gaps.append(gap)
            if abs(gap - frame.pageNumberGap) > frame.placementTolerance {
                problems.append("第 \(number) 页页码上距版心 \(gap.formatted) mm")
            }
            sizes.append(line.typeSize)
            if abs(line.typeSize - frame.pageNumberSize) > frame.sizeTolerance {
                problems.append("第 \(number) 页页码字号 \(line.typeSize.formatted) pt")
            }
        }
        guard !insets.isEmpty else { return RuleResult(.pageNumber, measured: "无页码", problems: problems) }
        func span(_ values: [Double]) -> String {
            values.min()! == values.max()! ? values[0].formatted : "\(values.min()!.formatted)–\(values.max()!.formatted)"
        }
        return RuleResult(.pageNumber, measured: "\(span(sizes)) pt，外侧空 \(span(insets)) mm，上距版心 \(span(gaps)) mm",
                          problems: problems)
    }
}
