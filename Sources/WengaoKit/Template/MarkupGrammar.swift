/// The block markup templates render, defined once.
///
/// `<document>` holds `<p style="…">`; a paragraph holds text, `<span style="…">text</span>`
/// and `<br/>`. Every reader of the markup is derived from the rows of `rule` below: the
/// tokenizer's names (`MarkupTokenizer`), the structure check after libxml2
/// (`MarkupChecker.structureProblems`) and the reading of its tree into paragraphs, the quick
/// check of a template's skeleton (`MarkupChecker.isPlainlyWellFormed`) and the builder's
/// transitions while rendering (`MarkupBuilder`). A new element is a new case here and its
/// row; a new kind of element (a new `MarkupRole`) also needs the `Inline` or `Paragraph` it
/// becomes, in `Document/`, and what the readers do with that role.
enum MarkupElementName: Sendable, Equatable, CaseIterable {
    case document, p, span, br

    /// What the markup says about this element.
    ///
    /// One switch of constants rather than a table, and a rule of plain values (static
    /// strings, no closure), so that the builder's look-up of a rule per token folds into a
    /// few comparisons: a rule holding a `String` and a closure was copied, retained and
    /// released at every token, 0.27 M instructions of one speech.
    @inline(__always)
    var rule: MarkupElementRule {
        switch self {
        case .document:
            MarkupElementRule(name: "document", parent: nil, isEmpty: false, style: .none, role: .root,
                              misplacedChild: "<document> 里只能有 <p>，不能有 ")
        case .p:
            MarkupElementRule(name: "p", parent: .document, isEmpty: false, style: .paragraph, role: .paragraph,
                              misplacedChild: "<p> 里只能有文字、<span> 和 <br/>，不能有 ")
        case .span:
            MarkupElementRule(name: "span", parent: .p, isEmpty: false, style: .character, role: .run,
                              misplacedChild: "<span> 里不能再有 ")
        case .br:
            MarkupElementRule(name: "br", parent: .p, isEmpty: true, style: .none, role: .lineBreak,
                              misplacedChild: nil)
        }
    }

    /// The element written `name`, or nil when the markup has no such element.
    static func named(_ name: String) -> MarkupElementName? {
        var name = name
        return name.withUTF8 { bytes in
            for element in allCases {
                let known = element.rule.name
                if known.utf8CodeUnitCount == bytes.count,
                   bytes.elementsEqual(UnsafeBufferPointer(start: known.utf8Start, count: known.utf8CodeUnitCount)) {
                    return element
                }
            }
            return nil
        }
    }

    /// The problem with a root element other than the markup's root.
    static func rootProblem(_ name: String) -> String {
        "根元素应是 <document>，而不是 <\(name)>"
    }
}

/// One element of the block markup: its name, where it may stand, and what it becomes.
struct MarkupElementRule: Sendable {
    /// The element's name as written in the markup.
    var name: StaticString
    /// The one element it may stand in; nil for the root, which stands alone.
    var parent: MarkupElementName?
    /// Written `<br/>`. The builder and the quick check take it only written so; the
    /// structure check and the reading after libxml2 never look inside it.
    var isEmpty: Bool
    /// Which style family its `style` attribute must name; `.none` ignores the attribute.
    var style: MarkupStyleFamily
    var role: MarkupRole
    /// The start of the problem with an element that stands inside this one but may not
    /// (`misplaced(_:)` ends it with that element's name); nil for an empty element, whose
    /// content is never read.
    var misplacedChild: StaticString?

    /// The problem with `child` standing inside this element.
    func misplaced(_ child: String) -> String {
        "\(misplacedChild?.description ?? "")<\(child)>"
    }

    /// Whether character data inside the element is text of the document. Elsewhere it is
    /// layout: inside the root it is ignored, and outside the root only white space may stand.
    var holdsText: Bool { role == .paragraph || role == .run }
}

/// The style family an element's `style` attribute names in the style sheet.
enum MarkupStyleFamily: Sendable, Equatable {
    case paragraph, character, none
}

/// What an element becomes when the markup is read.
enum MarkupRole: Sendable, Equatable {
    /// Holds the paragraphs (the root).
    case root
    /// A `Paragraph` in its style.
    case paragraph
    /// An `Inline.text` in its character style.
    case run
    /// An `Inline.lineBreak`.
    case lineBreak
}
