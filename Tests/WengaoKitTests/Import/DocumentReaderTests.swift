import Testing
@testable import WengaoKit

/// The .docx and .odt readers on packages written here part by part, in the shapes Word, WPS,
/// LibreOffice and pandoc write: the parts are handed over in memory, as any
/// `DocumentArchive` hands them (the zip reading itself is checked end to end).
@Suite struct DocumentReaderTests {
    struct Parts: DocumentArchive {
        var parts: [String: String]
        var entryNames: [String] { parts.keys.sorted() }
        func read(_ name: String, limit: Int, ratio: Int) throws(DocumentArchiveError) -> [UInt8]? {
            guard let text = parts[name] else { return nil }
            if text.utf8.count > limit { throw .tooLarge }
            return Array(text.utf8)
        }
    }

    static func package(_ parts: [String: String], file: String = "a.docx") throws -> DocumentPackage {
        try DocumentPackage(bytes: [0x50, 0x4B, 0x03, 0x04], file: file, opener: { _ throws(DocumentArchiveError) in Parts(parts: parts) })
    }

    static let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    static let styles = """
        <w:styles \(w)>
          <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="署名"/><w:pPr><w:jc w:val="right"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="MySignature"><w:name w:val="我的署名"/><w:basedOn w:val="Signature"/></w:style>
          <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
        </w:styles>
        """

    @Test func docxParagraphsFieldsBreaksTablesAndHeads() throws {
        let document = """
            <w:document \(Self.w)><w:body>
              <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>在全区某某工作会议</w:t></w:r><w:r><w:br/><w:t>上的讲话</w:t></w:r></w:p>
              <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>一是加强领导</w:t></w:r><w:r><w:t xml:space="preserve">区委研究</w:t></w:r><w:r><w:tab/><w:t>3次。</w:t></w:r></w:p>
              <w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>
                   <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页之后</w:t></w:r>
                   <w:fldSimple w:instr="NUMPAGES"><w:r><w:t>9</w:t></w:r></w:fldSimple></w:p>
              <w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:ins><w:r><w:t>插入的</w:t></w:r></w:ins>
                   <w:hyperlink><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>链接</w:t></w:r></w:hyperlink><w:r><w:footnoteReference w:id="2"/></w:r></w:p>
              <w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:br w:type="page"/></w:r></w:p>
              <w:tbl><w:tr><w:tc><w:p><w:r><w:t>表格里的段落</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
              <w:p><w:pPr><w:pStyle w:val="MySignature"/></w:pPr><w:r><w:t>某某区某某局</w:t></w:r></w:p>
              <w:p><w:r><w:t>   </w:t></w:r></w:p>
              <w:sectPr/>
            </w:body></w:document>
            """
        let footnotes = "<w:footnotes \(Self.w)><w:footnote w:id=\"2\"><w:p><w:r><w:t>见某某文件。</w:t></w:r></w:p></w:footnote></w:footnotes>"
        let read = try DocxReader.read(try Self.package(["word/document.xml": document, "word/styles.xml": Self.styles,
                                                         "word/footnotes.xml": footnotes]))
        #expect(read.paragraphs.map(\.text) == ["在全区某某工作会议上的讲话", "一是加强领导区委研究 3次。", "第页之后",
                                                "保留插入的链接", "第一行", "第二行", "表格里的段落", "某某区某某局"])
        #expect(read.paragraphs.map(\.number) == Array(1...8))
        #expect(read.paragraphs[0].isTitleStyle && read.paragraphs[0].alignment == .center)
        #expect(read.paragraphs[1].emphasizedHead == "一是加强领导")
        #expect(read.paragraphs[3].emphasizedHead == nil, "a bold run after plain text is no head")
        #expect(read.paragraphs[7].alignment == .end, "alignment through basedOn")
        #expect(read.removed.map(\.text) == ["7", "9", "见某某文件。"], "page numbers and the footnote are listed as removed")
    }

    @Test func docxMacrosAndMissingPartsAreRefused() throws {
        let body = "<w:document \(Self.w)><w:body><w:p><w:r><w:t>字</w:t></w:r></w:p></w:body></w:document>"
        #expect(throws: ImportError.macros("a.docx")) {
            try DocxReader.read(try Self.package(["word/document.xml": body, "word/vbaProject.bin": "x"]))
        }
        #expect(throws: ImportError.macros("a.docx")) {
            try DocxReader.read(try Self.package(["word/document.xml": body,
                                                  "[Content_Types].xml": "<Types><Default ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>"]))
        }
        #expect(throws: ImportError.encrypted("a.docx")) { try DocxReader.read(try Self.package([:])) }
        #expect(throws: ImportError.unsafeXML("a.docx", part: "word/document.xml")) {
            try DocxReader.read(try Self.package(["word/document.xml": "<!DOCTYPE x [<!ENTITY a \"b\">]><w:document \(Self.w)/>"]))
        }
    }

    static let odtNamespaces = #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0""#

    @Test func odtParagraphsSpacesNotesListsAndStyles() throws {
        let content = """
            <office:document-content \(Self.odtNamespaces)>
              <office:automatic-styles>
                <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
                <style:style style:name="P2" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
                <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
              </office:automatic-styles>
              <office:body><office:text>
                <text:sequence-decls/>
                <text:p text:style-name="P1">某某局2026年<text:line-break/>上半年工作总结</text:p>
                <text:p><text:span text:style-name="T1">（一）压实责任</text:span>全年签订<text:s text:c="2"/>责任书<text:note><text:note-body><text:p>脚注</text:p></text:note-body></text:note>。</text:p>
                <text:list><text:list-item><text:p>列表里的段落<text:tab/>第<text:page-number>3</text:page-number>页</text:p></text:list-item></text:list>
                <text:h text:outline-level="1">一、标题段落</text:h>
                <table:table><table:table-row><table:table-cell><text:p>表格里的段落</text:p></table:table-cell></table:table-row></table:table>
                <text:p text:style-name="P2">2026年7月10日</text:p>
                <text:p>软换行前<text:line-break/>软换行后</text:p>
              </office:text></office:body>
            </office:document-content>
            """
        let styles = """
            <office:document-styles \(Self.odtNamespaces)><office:styles>
              <style:style style:name="Title" style:display-name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
            </office:styles></office:document-styles>
            """
        let read = try OdtReader.read(try Self.package(["mimetype": "application/vnd.oasis.opendocument.text",
                                                        "content.xml": content, "styles.xml": styles], file: "a.odt"))
        #expect(read.paragraphs.map(\.text) == ["某某局2026年上半年工作总结", "（一）压实责任全年签订  责任书。", "列表里的段落 第页",
                                                "一、标题段落", "表格里的段落", "2026年7月10日", "软换行前", "软换行后"])
        #expect(read.paragraphs[0].isTitleStyle && read.paragraphs[0].alignment == .center)
        #expect(read.paragraphs[1].emphasizedHead == "（一）压实责任")
        #expect(read.paragraphs[5].alignment == .end)
        #expect(read.removed.map(\.text) == ["脚注", "3"], "the note is listed, not lost")
    }

    @Test func odtOfAnotherKindEncryptedOrWithMacrosIsRefused() throws {
        let content = "<office:document-content \(Self.odtNamespaces)><office:body><office:text/></office:body></office:document-content>"
        #expect(throws: ImportError.notADocument("a.ods")) {
            try OdtReader.read(try Self.package(["mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": content], file: "a.ods"))
        }
        #expect(throws: ImportError.encrypted("a.odt")) {
            try OdtReader.read(try Self.package(["mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content,
                                                 "META-INF/manifest.xml": "<manifest><manifest:encryption-data/></manifest>"], file: "a.odt"))
        }
        #expect(throws: ImportError.macros("a.odt")) {
            try OdtReader.read(try Self.package(["mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content,
                                                 "Basic/Standard/Module1.xml": "x"], file: "a.odt"))
        }
    }

    /// A bold head decides where the point ends, even without a full stop after it.
    @Test func aBoldHeadIsThePoint() throws {
        let document = """
            <w:document \(Self.w)><w:body>
              <w:p><w:r><w:t>在全区某某工作会议上的讲话</w:t></w:r></w:p>
              <w:p><w:r><w:t>同志们：</w:t></w:r></w:p>
              <w:p><w:r><w:t>上半年工作取得成效，主要有以下特点。</w:t></w:r></w:p>
              <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>一是加强领导</w:t></w:r><w:r><w:t>区委研究3次，解决问题5个。</w:t></w:r></w:p>
              <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>二是完善制度，</w:t></w:r><w:r><w:t>出台办法2项。</w:t></w:r></w:p>
            </w:body></w:document>
            """
        let report = StructureReader.read(try DocxReader.read(try Self.package(["word/document.xml": document])).paragraphs, as: nil)
        #expect(report.achievements.items.map(\.point) == ["加强领导", "完善制度"])
        #expect(report.achievements.items.map(\.details) == [["区委研究3次，解决问题5个。"], ["出台办法2项。"]])
    }

    /// Numbers Word draws from numbering.xml (the numbering button, or a heading style's list)
    /// are put in front of the text, counted as Word counts them.
    @Test func docxListNumbersAreCounted() throws {
        let numbering = """
            <w:numbering \(Self.w)>
              <w:abstractNum w:abstractNumId="7">
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
                <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
                <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
              </w:abstractNum>
              <w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
              <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
              <w:num w:numId="4"><w:abstractNumId w:val="8"/></w:num>
            </w:numbering>
            """
        let styles = """
            <w:styles \(Self.w)><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>
              <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style></w:styles>
            """
        func numbered(_ text: String, level: Int, list: String = "3") -> String {
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(list)\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let document = """
            <w:document \(Self.w)><w:body>
              <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>主要工作及成效</w:t></w:r></w:p>
              \(numbered("压实责任", level: 1))\(numbered("完善清单", level: 2))\(numbered("强化考核", level: 2))
              \(numbered("夯实基础", level: 1))\(numbered("整顿转化", level: 2))
              <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>存在的问题</w:t></w:r></w:p>
              \(numbered("要点", level: 0, list: "4"))
              <w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>不编号</w:t></w:r></w:p>
            </w:body></w:document>
            """
        let read = try DocxReader.read(try Self.package(["word/document.xml": document, "word/styles.xml": styles,
                                                         "word/numbering.xml": numbering]))
        #expect(read.paragraphs.map(\.text) == ["一、主要工作及成效", "（一）压实责任", "1.完善清单", "2.强化考核", "（二）夯实基础",
                                                "1.整顿转化", "二、存在的问题", "要点", "不编号"])
    }

    /// LibreOffice's numbering: chapter numbers of headings from the outline style, list items
    /// from their list style, nested lists one level down, a new list starting again at one.
    @Test func odtListAndOutlineNumbersAreCounted() throws {
        let content = """
            <office:document-content \(Self.odtNamespaces)>
              <office:automatic-styles>
                <text:list-style style:name="L1">
                  <text:list-level-style-number text:level="1" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>
                  <text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1"/>
                </text:list-style>
                <text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
              </office:automatic-styles>
              <office:body><office:text>
                <text:h text:outline-level="1">主要工作及成效</text:h>
                <text:list text:style-name="L1">
                  <text:list-item><text:p>压实责任</text:p>
                    <text:list><text:list-item><text:p>完善清单。</text:p></text:list-item><text:list-item><text:p>强化考核。</text:p></text:list-item></text:list>
                  </text:list-item>
                  <text:list-item><text:p>夯实基础</text:p></text:list-item>
                </text:list>
                <text:h text:outline-level="1">存在的问题</text:h>
                <text:list text:style-name="L1"><text:list-item><text:p>力量不足。</text:p></text:list-item></text:list>
                <text:list text:style-name="L2"><text:list-item><text:p>圆点</text:p></text:list-item></text:list>
              </office:text></office:body>
            </office:document-content>
            """
        let styles = """
            <office:document-styles \(Self.odtNamespaces)><office:styles>
              <text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/></text:outline-style>
            </office:styles></office:document-styles>
            """
        let read = try OdtReader.read(try Self.package(["mimetype": "application/vnd.oasis.opendocument.text",
                                                        "content.xml": content, "styles.xml": styles], file: "a.odt"))
        #expect(read.paragraphs.map(\.text) == ["一、主要工作及成效", "（一）压实责任", "1.完善清单。", "2.强化考核。", "（二）夯实基础",
                                                "二、存在的问题", "（一）力量不足。", "圆点"])
    }
}
