internal import CLibXML2

/// libxml2's process-wide set-up, done exactly once.
///
/// `xmlInitParser` fills libxml2's global tables (character classes, the default memory
/// functions, the per-thread error slots). It is not itself safe to call from two threads
/// at once, and libxml2 calls it lazily from the first parser or writer it makes, so two
/// workers of a batch starting together could race inside it. A Swift `static let` runs
/// its initializer once, atomically, whichever thread gets there first; every entry into
/// libxml2 goes through `LibXML.ready` before doing anything else.
enum LibXML {
    static let ready: Void = {
        xmlInitParser()
    }()

    /// Makes sure libxml2 is initialised; cheap after the first call.
    @inline(__always)
    static func initialize() {
        _ = ready
    }
}
