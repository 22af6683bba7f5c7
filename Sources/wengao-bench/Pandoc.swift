import Foundation

/// The pandoc the benchmark compares with: found on the PATH, or installed with apt.
struct Pandoc {
    var path: String
    var version: String

    static func locate(install: Bool) -> Pandoc? {
        if let found = find() { return found }
        guard install else {
            FileHandle.standardError.write(Data("pandoc is not installed; its columns stay empty (apt-get install pandoc)\n".utf8))
            return nil
        }
        FileHandle.standardError.write(Data("pandoc is missing: installing it with apt-get …\n".utf8))
        let prefix = getuid() == 0 ? [] : ["sudo"]
        for command in [prefix + ["apt-get", "update", "-qq"], prefix + ["apt-get", "install", "-y", "-qq", "pandoc"]] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = command
            process.standardOutput = FileHandle.standardError
            try? process.run()
            process.waitUntilExit()
        }
        return find()
    }

    private static func find() -> Pandoc? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let path = folders.map({ "\($0)/pandoc" }).first(where: FileManager.default.isExecutableFile) else { return nil }
        let pipe = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--version"]
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Pandoc(path: path, version: output.split(separator: "\n").first.map(String.init) ?? "pandoc")
    }

    /// The command that converts Markdown at `input` to `output` (format from its extension).
    func convert(_ input: URL, to output: URL) -> [String] {
        [path, "--from", "markdown", input.path, "-o", output.path]
    }
}
