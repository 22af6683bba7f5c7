import FoundationEssentials

/// The compressed form of the parts that come out the same for document after document —
/// styles, settings, relationships, manifests — so that a batch deflates them once.
///
/// One entry per part path: the last bytes seen there and their deflated form. A part
/// that matches them (same length, then the same bytes) is reused; any other replaces
/// them. Memory therefore stays at one copy of each part, however long the batch, and
/// the result is the same bytes as compressing afresh. Shared by a batch's workers.
final class PackageEntryCache: @unchecked Sendable {
    struct Entry {
        var crc: UInt32
        var compressed: [UInt8]
    }

    private let lock = Lock()
    private var entries: [String: (source: Data, entry: Entry)] = [:]

    func entry(path: String, data: Data, make: () throws -> Entry) rethrows -> Entry {
        if let cached = lock.withLock({ entries[path] }), cached.source == data { return cached.entry }
        let entry = try make()
        lock.withLock { entries[path] = (data, entry) }
        return entry
    }
}
