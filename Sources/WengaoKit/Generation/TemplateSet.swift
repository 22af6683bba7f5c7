import FoundationEssentials

/// Where templates and the style sheet come from: a folder laid out like `Templates/`,
/// with optional single-file overrides.
///
/// Files are read at run time, so a user can copy one, change it, and point Wengao at the
/// copy without rebuilding.
public struct TemplateSet: Sendable {
    public static let defaultStyleFileName = "gbt9704.style.yaml"

    public var directory: URL
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
    /// - Throws: `DiagnosticError` naming the file and line of a missing or broken file.
    public init(directory: URL, genres: [Genre] = Genre.allCases, templateOverride: String? = nil,
                styleOverride: String? = nil) throws {
        self.directory = directory
        var sheet = try StyleSheetReader.apply(path: directory.appendingPathComponent(Self.defaultStyleFileName).path,
                                               to: StyleSheet())
        if let styleOverride { sheet = try StyleSheetReader.apply(path: styleOverride, to: sheet) }
        styleSheet = sheet
        for genre in genres {
            let path = templateOverride ?? directory.appendingPathComponent(genre.templateFileName).path
            templates.append((genre, try DocumentTemplate(path: path, styleSheet: sheet)))
        }
    }

    public func template(for genre: Genre) -> DocumentTemplate? { templates.first { $0.genre == genre }?.template }

    /// The first `Templates/` folder found: next to the executable or any of its parent
    /// folders (a build tree or an install prefix's `share/wengao`), then the working folder.
    ///
    /// Each candidate is tried as it comes, as a plain path: building every candidate as a
    /// URL first cost more than the rest of loading a template.
    public static func locateDefaultDirectory(executable: String = CommandLine.arguments.first ?? "") -> URL? {
        func templates(in folder: String) -> URL? {
            for candidate in [folder + "/Templates", folder + "/share/wengao/Templates"]
            where FileManager.default.fileExists(atPath: candidate + "/" + defaultStyleFileName) {
                return URL(fileURLWithPath: candidate)
            }
            return nil
        }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent().path
        for _ in 0..<6 {
            if let found = templates(in: folder) { return found }
            guard let slash = folder.lastIndex(of: "/"), slash != folder.startIndex else { break }
            folder = String(folder[..<slash])
        }
        let working = FileManager.default.currentDirectoryPath + "/Templates"
        return FileManager.default.fileExists(atPath: working + "/" + defaultStyleFileName) ? URL(fileURLWithPath: working) : nil
    }
}
