/// The language of the keys an imported input file is written with.
public enum ImportKeys: String, Sendable, CaseIterable {
    case chinese = "zh", english = "en"
}

/// `wengao import`: a .docx, .odt, .txt or .md speech or summary back into an input file.
///
/// Reads the document (`DocxReader`, `OdtReader`, `PlainTextReader`), converts traditional
/// characters when asked (`ChineseScript`), takes out web and converter debris
/// (`DebrisCleaner`), finds the structure (`StructureReader`) and writes the YAML
/// (`ImportYAMLWriter`). The library never prints: what the user should hear comes back in
/// `Outcome.notes`.
public enum DocumentImporter {
    public struct Options: Sendable {
        /// Read the document as this genre instead of the one detected.
        public var genre: Genre?
        public var keys: ImportKeys
        /// Convert traditional characters to simplified (OpenCC t2s).
        public var simplified: Bool
        /// Opens .docx / .odt packages: the importer's own zip reader unless another is given.
        public var openPackage: DocumentArchiveOpener

        public init(genre: Genre? = nil, keys: ImportKeys = .chinese, simplified: Bool = false,
                    openPackage: @escaping DocumentArchiveOpener = ZipReader.opener) {
            self.genre = genre
            self.keys = keys
            self.simplified = simplified
            self.openPackage = openPackage
        }
    }

    public struct Outcome: Sendable {
        /// The input file's text.
        public var yaml: String
        /// Lines for the user: the encoding, traditional characters, what was removed, the
        /// paragraphs placed by a guess.
        public var notes: [String]
        public var genre: Genre
    }

    enum Format {
        case docx, odt, text
    }

    /// - Throws: `ImportError`, whose message names the file, for anything that is not a
    ///   readable speech or summary.
    public static func importFile(at path: String, options: Options) throws(ImportError) -> Outcome {
        let lower = path.lowercased()
        let isText = [".txt", ".md", ".text", ".markdown"].contains { lower.hasSuffix($0) }
        let limit = isText ? ImportLimits.textBytes : ImportLimits.packageBytes
        guard FileSystem.kind(of: path) == .other else { throw .unreadable(path) }
        if let size = FileSystem.size(of: path), size > limit { throw .tooLarge(path, limit: limit) }
        guard let bytes = FileSystem.contents(of: path, upTo: limit + 1) else { throw .unreadable(path) }
        if bytes.count > limit { throw .tooLarge(path, limit: limit) }
        return try importDocument(bytes, name: path, options: options)
    }

    public static func importDocument(_ bytes: [UInt8], name: String, options: Options) throws(ImportError) -> Outcome {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty(name) }
        let format = try format(of: bytes, name: name)
        var document: SourceDocument
        switch format {
        case .text:
            let lower = name.lowercased()
            document = try PlainTextReader.read(bytes, file: name, markdown: lower.hasSuffix(".md") || lower.hasSuffix(".markdown"))
        case .docx, .odt:
            let package = try DocumentPackage(bytes: bytes, file: name, opener: options.openPackage)
            document = format == .docx ? try DocxReader.read(package) : try OdtReader.read(package)
        }
        if document.paragraphs.count > ImportLimits.paragraphs { throw .tooManyParagraphs(name) }
        var notes = document.notes
        let texts = document.paragraphs.map(\.text)
        let traditional = ChineseScript.isTraditional(texts)
        if options.simplified {
            // Asked for, the conversion runs whatever the detection says: a mostly simplified
            // text with a few traditional characters pasted in is converted too.
            let converted: [String]
            do {
                converted = try ChineseScript.simplified(texts)
            } catch {
                throw ImportError("\(name)：无法转为简体：OpenCC 的词典没有装好（\(error.reason)）；请安装 libopencc1.1 和 libopencc-data")
            }
            let changed = zip(texts, converted).filter { $0 != $1 }.count
            for index in document.paragraphs.indices { document.paragraphs[index].text = converted[index] }
            if traditional {
                notes.append("原文是繁体字，已用 OpenCC（t2s）转为简体")
            } else if changed > 0 {
                notes.append("有 \(changed) 段含繁体字，已用 OpenCC（t2s）转为简体")
            }
        } else if traditional {
            notes.append("原文是繁体字；加 --simplified 可转为简体")
        }
        let cleaned = DebrisCleaner.clean(document.paragraphs)
        guard !cleaned.paragraphs.isEmpty else { throw .empty(name) }
        let removed = document.removed + cleaned.removed
        if !removed.isEmpty { notes.append("删除了 \(removed.count) 处不属于正文的内容（网页信息、注音等），已列在输出文件开头的注释里") }
        if cleaned.punctuationFixed > 0 { notes.append("改正了 \(cleaned.punctuationFixed) 处半角标点和全角字母数字") }
        let report = StructureReader.read(cleaned.paragraphs, as: options.genre)
        notes += report.warnings
        let header = ImportYAMLWriter.Header(source: displayName(name), notes: document.notes + notes.filter { !document.notes.contains($0) && !report.warnings.contains($0) }, removed: removed)
        let yaml = ImportYAMLWriter.write(report, header: header, keys: options.keys)
        return Outcome(yaml: yaml, notes: notes, genre: report.genre)
    }

    /// The file's last path component, so that the output does not record where it was read from.
    private static func displayName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private static func format(of bytes: [UInt8], name: String) throws(ImportError) -> Format {
        let lower = name.lowercased()
        if lower.hasSuffix(".docx") || lower.hasSuffix(".docm") || lower.hasSuffix(".dotx") { return .docx }
        if lower.hasSuffix(".odt") || lower.hasSuffix(".ott") { return .odt }
        if [".txt", ".md", ".text", ".markdown"].contains(where: lower.hasSuffix) { return .text }
        if lower.hasSuffix(".doc") || lower.hasSuffix(".wps") || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .encrypted(name) }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // A package by another name: its mimetype entry comes first in an .odt.
            return bytes.count > 60 && String(decoding: bytes[30..<min(bytes.count, 90)], as: UTF8.self).contains("opendocument") ? .odt : .docx
        }
        if lower.hasSuffix(".pdf") || bytes.starts(with: Array("%PDF".utf8)) || bytes.starts(with: Array("{\\rtf".utf8)) {
            throw .notADocument(name)
        }
        // A web page saved whole: its text is among scripts and menus. Copying the speech
        // from the browser into a .txt keeps just the text (and the debris this removes).
        let start = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || start.contains("<!doctype html") || start.contains("<html") {
            throw ImportError("\(name)：是网页文件；请在浏览器里选中讲话全文，复制到一个 .txt 文件后再导入")
        }
        return .text
    }
}
