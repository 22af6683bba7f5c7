/// Hard limits that turn a hostile input into an error instead of an out-of-memory.
///
/// A real half-year summary is a few thousand characters (the samples are 11–12 KB); the
/// defaults leave about two orders of magnitude of room, and keep every file that passes
/// them within a second and 100 MiB (Docs/validation.md has the measurements).
public struct InputLimits: Sendable, Hashable {
    /// Largest input file read, in bytes (default 1 MiB).
    public var maximumFileSize: Int
    /// Deepest nesting of mappings and lists (default 32).
    public var maximumDepth: Int
    /// Most YAML nodes visited while building the report, aliases counted each time they
    /// are expanded (default 50,000; the sample inputs have about 150). Before composing,
    /// the text may hold at most twice as many YAML indicators (`- : , [ { ?`), which
    /// bounds the nodes composed. Aliases may not expand the text past
    /// `maximumFileSize` either.
    public var maximumNodes: Int

    public init(maximumFileSize: Int = 1 << 20, maximumDepth: Int = 32, maximumNodes: Int = 50_000) {
        self.maximumFileSize = maximumFileSize
        self.maximumDepth = maximumDepth
        self.maximumNodes = maximumNodes
    }

    public static let `default` = InputLimits()
}
