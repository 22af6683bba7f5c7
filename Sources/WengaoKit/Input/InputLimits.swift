/// Hard limits that turn a hostile input into an error instead of an out-of-memory.
///
/// A real half-year summary is a few thousand characters; the defaults leave two
/// orders of magnitude of room and still stop a "billion laughs" file in milliseconds.
public struct InputLimits: Sendable, Hashable {
    /// Largest input file read, in bytes (default 4 MiB).
    public var maximumFileSize: Int
    /// Deepest nesting of mappings and lists (default 32).
    public var maximumDepth: Int
    /// Most YAML nodes visited while building the report, aliases counted each time they
    /// are expanded (default 50,000; the sample inputs have about 150). Before composing,
    /// the text may hold at most twice as many YAML indicators (`- : , [ { ?`), which
    /// bounds the nodes Yams builds. Aliases may not expand the text past
    /// `maximumFileSize` either.
    public var maximumNodes: Int

    public init(maximumFileSize: Int = 4 << 20, maximumDepth: Int = 32, maximumNodes: Int = 50_000) {
        self.maximumFileSize = maximumFileSize
        self.maximumDepth = maximumDepth
        self.maximumNodes = maximumNodes
    }

    public static let `default` = InputLimits()
}
