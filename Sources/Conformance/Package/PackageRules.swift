import Foundation

/// The zip-level rules of ODF (OpenDocument 1.3 part 2, §3) and OPC (ECMA-376 part 2), and
/// schema validation of every XML part.
public enum PackageRules {
    /// Checks the package structure: entry order, compression, manifest or content types.
    public static func structure(_ archive: PackageArchive, format: PackageFormat) -> RuleResult {
        var problems: [String] = []
        let paths = archive.entries.map(\.path)
        var seen = Set<String>()
        for path in paths where !seen.insert(path).inserted { problems.append("重复的条目 \(path)") }
        do {
            switch format {
            case .odt: problems += try odfProblems(archive)
            case .docx: problems += try opcProblems(archive)
            }
        } catch {
            problems.append("\(error)")
        }
        return RuleResult(.package, measured: "\(paths.count) 个部件", problems: problems)
    }

    static func odfProblems(_ archive: PackageArchive) throws -> [String] {
        var problems: [String] = []
        if let first = archive.entries.first, first.path == "mimetype" {
            if first.compressionMethod != 0 { problems.append("mimetype 被压缩") }
            // Readers sniff the type at byte 38: no extra field may push it further.
            if first.localHeaderOffset != 0 || first.localExtraLength != 0 { problems.append("mimetype 不在第 38 字节处") }
            let type = String(decoding: try archive.data(at: "mimetype"), as: UTF8.self)
            if type != "application/vnd.oasis.opendocument.text" { problems.append("mimetype 内容为“\(type)”") }
        } else {
            problems.append("第一个条目不是 mimetype")
        }
        let manifest = try XMLTree.parse(try archive.data(at: "META-INF/manifest.xml"), name: "META-INF/manifest.xml")
        let listed = Set(manifest.descendants(named: "file-entry").compactMap { $0.attributes["full-path"] })
        let parts = Set(archive.entries.map(\.path)).subtracting(["mimetype", "META-INF/manifest.xml"])
        for part in parts.subtracting(listed).sorted() where !part.hasSuffix("/") {
            problems.append("清单未列出 \(part)")
        }
        for entry in listed.subtracting(parts).subtracting(["/"]).sorted() {
            problems.append("清单列出的 \(entry) 不在包中")
        }
        return problems
    }

    static func opcProblems(_ archive: PackageArchive) throws -> [String] {
        var problems: [String] = []
        let types = try XMLTree.parse(try archive.data(at: "[Content_Types].xml"), name: "[Content_Types].xml")
        let defaults = Set(types.descendants(named: "Default").compactMap { $0.attributes["Extension"]?.lowercased() })
        let overrides = Set(types.descendants(named: "Override").compactMap { $0.attributes["PartName"] })
        let parts = archive.entries.map(\.path).filter { $0 != "[Content_Types].xml" && !$0.hasSuffix("/") }
        for part in parts where !overrides.contains("/" + part) {
            // OPC's extension is what follows the last dot of the name: "rels" for _rels/.rels.
            let name = part.split(separator: "/").last.map(String.init) ?? part
            let ext = name.contains(".") ? String(name.split(separator: ".", omittingEmptySubsequences: false).last!).lowercased() : ""
            if !defaults.contains(ext) { problems.append("内容类型未覆盖 \(part)") }
        }
        for name in overrides.sorted() where !parts.contains(String(name.dropFirst())) {
            problems.append("内容类型中的 \(name) 不在包中")
        }
        // Every internal relationship must point at a part that exists.
        for rels in parts where rels.hasSuffix(".rels") {
            // word/_rels/document.xml.rels holds the relationships of word/document.xml:
            // targets are relative to word/.
            let folder = rels.split(separator: "/").dropLast(2).joined(separator: "/")
            let base = URL(fileURLWithPath: "/" + folder)
            let tree = try XMLTree.parse(try archive.data(at: rels), name: rels)
            for relationship in tree.descendants(named: "Relationship") where relationship.attributes["TargetMode"] != "External" {
                let target = relationship.attributes["Target"] ?? ""
                let resolved = target.hasPrefix("/") ? target : base.appendingPathComponent(target).standardized.path
                if !parts.contains(String(resolved.dropFirst())) { problems.append("\(rels) 指向不存在的 \(target)") }
            }
        }
        return problems
    }

    /// Validates every XML part against its standard schema.
    public static func schemas(_ archive: PackageArchive, format: PackageFormat, schemas: StandardSchemas) -> RuleResult {
        var problems: [String] = []
        var checked = 0
        for entry in archive.entries where entry.path != "mimetype" && !entry.path.hasSuffix("/") {
            guard let schema = StandardSchemas.schemaPath(forPart: entry.path, format: format) else {
                problems.append("\(entry.path)：没有对应的标准模式")
                continue
            }
            do {
                let messages = try schemas.validator(schema).validate(try archive.data(at: entry.path), name: entry.path)
                problems += messages.prefix(5).map { "\(entry.path)：\($0)" }
                checked += 1
            } catch {
                problems.append("\(entry.path)：\(error)")
            }
        }
        return RuleResult(.schemas, measured: "\(checked) 个部件已验证", problems: problems)
    }
}
