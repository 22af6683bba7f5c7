extension MarkupElement {
    /// The first child element of that (local) name.
    func child(_ name: String) -> MarkupElement? {
        for case .element(let element) in children where element.name == name { return element }
        return nil
    }

    /// Every child element of that name.
    func elements(_ name: String) -> [MarkupElement] {
        children.compactMap {
            if case .element(let element) = $0, element.name == name { return element }
            return nil
        }
    }

    /// All text below this element, in order.
    var allText: String {
        var text = ""
        for child in children {
            switch child {
            case .text(let value): text += value
            case .element(let element): text += element.allText
            }
        }
        return text
    }
}
