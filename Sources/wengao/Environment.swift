#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One environment variable. `ProcessInfo.processInfo.environment` copies the whole
/// environment into a dictionary on every call, a noticeable part of a start-up that is
/// only a few milliseconds long.
enum Environment {
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
