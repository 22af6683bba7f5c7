/// How much a diagnostic matters: errors stop generation, warnings do not.
public enum Severity: String, Sendable, Hashable, Codable {
    case error
    case warning
    case note
}

/// One problem found in something the user gave Wengao, as data.
///
/// The library never prints; the command-line tool decides how a diagnostic looks.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    public var severity: Severity
    /// A stable English rule id, such as `yaml-syntax` or `unknown-key`.
    public var id: String
    /// The message, in the language of the user's text (Chinese for inputs).
    public var message: String
    public var location: SourceLocation?
    /// Further hints: what to do about it, where the other half of a pair is.
    public var notes: [String]

    public init(_ severity: Severity, id: String, message: String,
                at location: SourceLocation?, notes: [String] = []) {
        self.severity = severity
        self.id = id
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// A diagnostic of `rule` whose text is not in the catalog (the tool's own words).
    public init(_ rule: DiagnosticRule, message: String, at location: SourceLocation?, notes: [String] = []) {
        self.init(rule.severity, id: rule.id, message: message, at: location, notes: notes)
    }

    public init(_ message: DiagnosticMessage, at location: SourceLocation?, notes: [String] = []) {
        self.init(message.severity, id: message.id, message: message.text, at: location, notes: notes)
    }

    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message) [\(id)]"
    }
}

/// A collection of diagnostics that stops a stage, thrown as one error.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
