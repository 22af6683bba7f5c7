import FoundationEssentials

/// The parts a generator writes the same for every document of one format and language
/// (`FixedPart`): styles, settings, relationships, footers. Written once, then shared
/// by every document and every worker of a batch; a few kilobytes per format.
final class FixedPartCache: @unchecked Sendable {
    private let lock = Lock()
    private var parts: [String: Data] = [:]

    /// The cached bytes of `path` for `format` and `language`, written with `write` the
    /// first time. Two workers asking at once may both write it: the bytes are the same.
    func part(_ path: String, format: OutputFormat, language: String, write: () throws -> Data) throws -> Data {
        let key = "\(format.rawValue)\u{1F}\(language)\u{1F}\(path)"
        if let data = lock.withLock({ parts[key] }) { return data }
        let data = try write()
        lock.withLock { parts[key] = data }
        return data
    }
}
