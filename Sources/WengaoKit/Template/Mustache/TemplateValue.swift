/// A value a template can look up, typed, so rendering needs neither reflection nor
/// dynamic casts: the first cast of each type scans every protocol conformance of the
/// binary, which was a large part of a run's start-up.
enum TemplateValue {
    /// Text, inserted escaped by `{{name}}`; a section over it renders once with the text
    /// as `{{.}}`.
    case text(String)
    /// A flag: a section renders when it is true, an inverted section when it is false.
    case flag(Bool)
    /// A list: a section renders once per element, an inverted section when it is empty.
    case list([TemplateValue])
    /// Named values; a section over it renders once with its names in reach.
    case object(any TemplateObject)
}

/// Values with names, looked up when a template asks for them.
protocol TemplateObject {
    /// The value called `name`, or nil when this object has no such name — the lookup then
    /// goes on in the enclosing sections' values.
    func value(named name: String) -> TemplateValue?
}
