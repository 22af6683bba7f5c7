import FoundationEssentials

/// One file inside a zip package: its path and bytes.
struct PackagePart: Sendable {
    var path: String
    var data: Data
    /// ODT's `mimetype` must be stored, not compressed, so that `file` and friends can read
    /// the type at a fixed offset.
    var stored = false
}
