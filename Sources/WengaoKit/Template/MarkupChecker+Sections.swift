/// Sections hold whole elements.
///
/// The skeleton check reads the template with every tag blanked out, which is the rendering
/// where every section is shown once. A section that opens an element and leaves its end
/// outside (`{{#a}}<p style="body">{{/a}}…</p>`) passes that check and breaks only the
/// inputs that leave it out, or repeat it. So each section's own text — its values taken as
/// text, the sections inside it as nothing, since they are checked in turn — must open and
/// close its elements itself: then every rendering is as well-formed as the skeleton. The
/// root may not stand in a section at all: shown twice, or not at all, it is no document.
extension MarkupChecker {
    static func checkSections(_ nodes: [MustacheNode], templatePath: String) throws {
        var problems: [Diagnostic] = []
        func visit(_ nodes: [MustacheNode]) {
            for case let .section(name, inverted, children) in nodes {
                if let problem = straddledElement(in: children) {
                    let tag = inverted ? "{{^\(name.text)}}" : "{{#\(name.text)}}"
                    let location = SourceLocation(file: templatePath, line: name.position.line, column: name.position.column)
                    problems.append(Diagnostic(.templateMarkup("节 \(tag)…{{/\(name.text)}} \(problem)；节必须包含完整的元素"),
                                               at: location))
                }
                visit(children)
            }
        }
        visit(nodes)
        if !problems.isEmpty { throw DiagnosticError(problems) }
    }

    /// What is wrong with the elements in the text of `children`, or nil when each element
    /// that starts there ends there.
    static func straddledElement(in children: [MustacheNode]) -> String? {
        var bytes: [UInt8] = []
        for child in children {
            switch child {
            case let .text(literal): bytes.append(contentsOf: literal.utf8)
            case let .markup(fragment): bytes.append(contentsOf: fragment.text.utf8)
            case .value: bytes.append(contentsOf: placeholderBytes)
            case .section: break
            }
        }
        return straddledElement(in: bytes)
    }

    /// Scans markup for start and end tags, skipping comments and processing instructions.
    static func straddledElement(in bytes: [UInt8]) -> String? {
        var open: [String] = []
        var index = 0
        func find(_ pattern: String, from start: Int) -> Int? {
            let needle = Array(pattern.utf8)
            var position = start
            while position + needle.count <= bytes.count {
                if bytes[position..<(position + needle.count)].elementsEqual(needle) { return position }
                position += 1
            }
            return nil
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            // `<!…` and `<?…` only: looking for them at every tag would cost an array each.
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "!") || bytes[index + 1] == UInt8(ascii: "?"),
               let end = skippedConstruct(at: index, in: bytes, find: find) {
                guard let end else { return "里有一个没有结束的注释或指令" }
                index = end
                continue
            }
            // The tag's end: the first `>` outside a quoted attribute value.
            var end = index + 1
            var quote: UInt8?
            while end < bytes.count {
                let byte = bytes[end]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    break
                }
                end += 1
            }
            guard end < bytes.count else { return "里的标签在节内开始，却在节外结束" }
            let isEnd = index + 1 < end && bytes[index + 1] == UInt8(ascii: "/")
            let nameStart = index + (isEnd ? 2 : 1)
            var nameEnd = nameStart
            while nameEnd < end, !isNameEnd(bytes[nameEnd]) { nameEnd += 1 }
            let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
            if isEnd {
                guard let last = open.popLast() else { return "里的 </\(name)> 结束的是节外开始的元素" }
                if last != name { return "里的 <\(last)> 没有在节内结束" }
            } else {
                if let element = MarkupElementName.named(name), element.rule.parent == nil {
                    return "里有根元素 <\(name)>：节重复时就有两个根，节不显示时就没有根"
                }
                if bytes[end - 1] != UInt8(ascii: "/") { open.append(name) }
            }
            index = end + 1
        }
        if let last = open.last { return "里的 <\(last)> 在节内开始，却在节外结束" }
        return nil
    }

    /// Where scanning goes on after a comment, CDATA section, declaration or processing
    /// instruction at `index` (`.some(nil)` when it never ends), or nil when none is there.
    private static func skippedConstruct(at index: Int, in bytes: [UInt8], find: (String, Int) -> Int?) -> Int?? {
        func starts(_ prefix: String) -> Bool {
            let prefix = Array(prefix.utf8)
            return index + prefix.count <= bytes.count && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
        }
        for (start, end) in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("<?", "?>"), ("<!", ">")] where starts(start) {
            return .some(find(end, index + start.utf8.count).map { $0 + end.utf8.count })
        }
        return nil
    }

    /// `placeholder` in UTF-8.
    private static let placeholderBytes = Array(String(Character(placeholder)).utf8)

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "/"),
             UInt8(ascii: ">"): true
        default: false
        }
    }
}
