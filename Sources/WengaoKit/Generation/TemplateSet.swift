/// Where templates and the style sheet come from: a folder laid out like `Templates/`,
/// with optional single-file overrides.
///
/// Files are read at run time, so a user can copy one, change it, and point Wengao at the
/// copy without rebuilding.
public struct TemplateSet: Sendable {
    public static let defaultStyleFileName = "gbt9704.style.yaml"

    /// The folder's absolute path (a relative one joined to the working folder), which the
    /// messages about its files name.
    public var directory: String
    public let styleSheet: StyleSheet
    /// One or two templates, searched rather than hashed.
    private var templates: [(genre: Genre, template: DocumentTemplate)] = []

    /// Loads the style sheet (the folder's default, with `styleOverride` applied on top)
    /// and the templates for `genres`.
    ///
    /// - Parameters:
    ///   - directory: a folder holding `summary.mustache`, `speech.mustache` and the default
    ///     style sheet.
    ///   - templateOverride: a template file to use instead of the folder's, for every genre
    ///     asked for.
    ///   - styleOverride: a style file applied on top of the default sheet.
    ///   - fontProfile: the typefaces the documents name (`--fonts`); nil for the style
    ///     files' `font-profile`, windows when they name none.
    /// - Throws: `DiagnosticError` naming the file and line of a missing or broken file.
    public init(directory: String, genres: [Genre] = Genre.allCases, templateOverride: String? = nil,
                styleOverride: String? = nil, fontProfile: FontProfile? = nil) throws {
        // Each file's path as a URL of the folder gave it, for the messages that name it: the
        // folder as given (a doubled slash kept), made absolute.
        let workingFolder = WorkingFolder()
        func file(_ name: String) -> String {
            workingFolder.absolute(Path.appending(name, to: directory))
        }
        self.directory = workingFolder.absolute(directory)
        var sheet = try StyleSheetReader.apply(path: file(Self.defaultStyleFileName), to: StyleSheet())
        if let styleOverride { sheet = try StyleSheetReader.apply(path: styleOverride, to: sheet) }
        sheet = sheet.applying(fontProfile ?? sheet.fontProfile)
        styleSheet = sheet
        for genre in genres {
            let path = templateOverride ?? file(genre.templateFileName)
            templates.append((genre, try DocumentTemplate(path: path, styleSheet: sheet)))
        }
    }

    public func template(for genre: Genre) -> DocumentTemplate? { templates.first { $0.genre == genre }?.template }

    /// The first `Templates/` folder found: next to the executable or any of its parent
    /// folders (a build tree or an install prefix's `share/wengao`), then the working folder.
    ///
    /// The executable is `argv[0]` with symbolic links resolved, so that a link to it (in
    /// `~/bin`, say) still finds the templates beside the real file; a bare name found
    /// through `PATH` stands for a file in the working folder, as it did when a `URL` made
    /// it absolute. Each candidate is tried as it comes, as a plain path.
    public static func locateDefaultDirectory(executable: String = CommandLine.arguments.first ?? "") -> String? {
        func templates(in folder: String) -> String? {
            for candidate in [folder + "/Templates", folder + "/share/wengao/Templates"]
            where FileSystem.kind(of: candidate + "/" + defaultStyleFileName) != .missing {
                return candidate
            }
            return nil
        }
        let workingFolder = WorkingFolder()
        let path = workingFolder.absolute(executable)
        var folder = Path.deletingLastComponent(FileSystem.realPath(path) ?? Path.standardized(path))
        for _ in 0..<6 {
            if let found = templates(in: folder) { return found }
            guard let slash = folder.lastIndex(of: "/"), slash != folder.startIndex else { break }
            folder = String(folder[..<slash])
        }
        let working = workingFolder.path + "/Templates"
        return FileSystem.kind(of: working + "/" + defaultStyleFileName) != .missing ? working : nil
    }
}
