/// Turns the paths a user typed into the input files of a batch.
///
/// A file stands for itself, whatever its name (the user chose it). A folder stands for
/// every `.yaml` and `.yml` file directly inside it, sorted by name so that runs, and
/// the order of their messages, are the same every time; hidden files (editor and
/// `._` resource-fork litter), subfolders, and anything else that is not a regular file
/// (a FIFO, a socket, a device) are left out. A path given twice, or both
/// by itself and through its folder, is one input; paths are the same when their bytes
/// are, so 金 (U+91D1) and 金 (U+F90A), or NFC and NFD `café`, are two inputs.
public enum BatchInputs {
    public static let extensions: Set<String> = ["yaml", "yml"]

    /// - Throws: `DiagnosticError` for a folder that cannot be read or holds no input.
    ///   A missing file is not an error here: it fails as an input, with the others going on.
    public static func expand(_ arguments: [String]) throws(DiagnosticError) -> [String] {
        var inputs: [String] = []
        // By bytes: two files whose names are canonically equivalent are two inputs.
        var seen = Set<PathKey>()
        var problems: [Diagnostic] = []
        let workingFolder = WorkingFolder()
        func add(_ path: String) {
            if seen.insert(PathKey(Path.canonical(workingFolder.absolute(path)))).inserted { inputs.append(path) }
        }
        for argument in arguments {
            guard isFolder(argument) else {
                add(argument)
                continue
            }
            guard let entries = FileSystem.entries(of: argument) else {
                problems.append(Diagnostic(.folderUnreadable(argument), at: nil))
                continue
            }
            let folder = argument.hasSuffix("/") ? argument : argument + "/"
            // Regular files only: a FIFO named `x.yaml` would hang the batch on opening it, a
            // device or socket is no input. A symbolic link counts as what it points to; a
            // dangling one is kept, to fail as a missing file rather than vanish.
            let files = entries.filter { entry in
                guard !entry.name.hasPrefix("."), extensions.contains(Path.pathExtension(entry.name).lowercased()) else { return false }
                if let isRegular = entry.isRegular { return isRegular }
                let kind = FileSystem.kind(of: folder + entry.name)
                return kind == .other || kind == .missing
            }.map { folder + $0.name }
            if files.isEmpty {
                problems.append(Diagnostic(.folderWithoutInputs(argument), at: nil))
            }
            // Sorted by Unicode scalars, not by locale: the same order on every machine.
            for file in files.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }) {
                add(file)
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return inputs
    }

    public static func isFolder(_ path: String) -> Bool {
        FileSystem.isDirectory(path)
    }
}
