import Foundation
import Testing
@testable import WengaoKit

/// `Path` replaced `URL(fileURLWithPath:)` on the way to a document; the names, messages and
/// comparisons made of paths must stay what the `URL` gave. Each spelling is checked
/// against Foundation's own answer, in a folder with symbolic links and Chinese names.
@Suite struct PathTests {
    /// A scratch folder holding `real/a.yaml`, `文件夹/讲话.yaml`, a link `link` → `real`, a
    /// link `deep` to a folder two levels down elsewhere and a dangling link.
    static func layout() throws -> URL {
        let root = try Scratch.folder()
        let manager = FileManager.default
        for folder in ["real/sub", "elsewhere/deep/real", "文件夹"] {
            try manager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["real/a.yaml", "real/a.docx", "elsewhere/deep/x", "x", "文件夹/讲话.yaml"] {
            try Data().write(to: root.appendingPathComponent(file))
        }
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("link").path, withDestinationPath: "real")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("deep").path,
                                       withDestinationPath: root.appendingPathComponent("elsewhere/deep/real").path)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("dangling").path, withDestinationPath: "nowhere")
        return root
    }

    /// Spellings inside the layout, as a user might type them, and some relative to the
    /// working folder of the test process.
    static func spellings(in root: URL) -> [String] {
        let r = root.path
        let inside = [
            "real/a.yaml", "./real/a.yaml", "real//a.yaml", "real/./a.yaml", "real/sub/../a.yaml", "link/a.yaml",
            "link/../real/a.yaml", "link/nonexistent.docx", "link/nonexistent/../a.yaml", "deep/../x", "deep/./x",
            "deep/../../x", "//" + r.dropFirst() + "/real/a.yaml", "dangling", "dangling/x", "文件夹/讲话.yaml", "文件夹/",
            "real/", "real//", "real/.", "real/..", "nonexistent/../x", "a b.ya ml", ".hidden", "noext.", "..yaml",
        ].map { r + "/" + $0 }
        let relative = ["", ".", "./", "..", "Output", "out/", "out//", "a/../b", "a//../b", "x.docx", "./x.DOCX",
                        "x.docx/", "in/东城街道.yaml", "a.b.c", "a%20b", "~", "~/x.yaml", "/", "//", "/tmp/./x/../y/"]
        return inside + relative
    }

    @Test func absolutePathsNamesAndExtensionsAreTheURLs() throws {
        let folder = WorkingFolder()
        for path in Self.spellings(in: try Self.layout()) {
            let url = URL(fileURLWithPath: path)
            #expect(folder.absolute(path) == url.path, "\(path)")
            #expect(Path.fileName(path) == url.lastPathComponent, "\(path)")
            #expect(Path.documentName(path, workingFolder: folder) == url.deletingPathExtension().lastPathComponent, "\(path)")
            #expect(Path.pathExtension(Path.fileName(path)) == url.pathExtension, "\(path)")
        }
    }

    @Test func standardAndCanonicalPathsAreTheURLs() throws {
        let folder = WorkingFolder()
        for path in Self.spellings(in: try Self.layout()) {
            let url = URL(fileURLWithPath: path)
            #expect(Path.standardized(folder.absolute(path)) == url.standardizedFileURL.path, "\(path)")
            #expect(Path.canonical(folder.absolute(path)) == url.standardizedFileURL.resolvingSymlinksInPath().path,
                    "\(path)")
        }
    }

    /// An output folder joined with a document's name: shown as the user wrote it, written
    /// to (and named in messages) as the absolute path.
    @Test func outputsInAFolderAreTheURLs() throws {
        let folder = WorkingFolder()
        for path in Self.spellings(in: try Self.layout()) {
            let url = URL(fileURLWithPath: path).appendingPathComponent("东城街道").appendingPathExtension("docx")
            let shown = Path.appending("东城街道.docx", to: path.isEmpty ? "." : Path.expandingTilde(path))
            #expect(shown == url.relativePath, "\(path)")
            #expect(folder.absolute(shown) == url.path, "\(path)")
            #expect(Path.standardized(folder.absolute(shown)) == url.standardizedFileURL.path, "\(path)")
        }
    }

    @Test func aFolderIsListedWithoutDotsAndSaysWhichEntriesAreFolders() throws {
        let root = try Self.layout()
        let entries = try #require(FileSystem.entries(of: root.path))
        #expect(Set(entries.map(\.name)) == ["real", "elsewhere", "文件夹", "x", "link", "deep", "dangling"])
        for entry in entries {
            let isFolder = entry.isFolder ?? FileSystem.isDirectory(root.path + "/" + entry.name)
            #expect(isFolder == ["real", "elsewhere", "文件夹", "link", "deep"].contains(entry.name), "\(entry.name)")
        }
        #expect(FileSystem.entries(of: root.path + "/x") == nil)
    }

    @Test func foldersAreMadeWithTheirParentsAndAnExistingOneIsLeftAlone() throws {
        let root = try Scratch.folder()
        let nested = root.path + "/新/a/b"
        FileSystem.makeFolders(nested)
        #expect(FileSystem.isDirectory(nested))
        FileSystem.makeFolders(nested)
        #expect(FileSystem.isDirectory(nested))
        try Data().write(to: root.appendingPathComponent("file"))
        FileSystem.makeFolders(root.path + "/file/sub")
        #expect(!FileSystem.isDirectory(root.path + "/file/sub"))
    }
}
