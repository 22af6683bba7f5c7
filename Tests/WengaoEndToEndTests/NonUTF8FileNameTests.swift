import Foundation
import Testing

/// A file whose name is not UTF-8 — 东城.yaml in GBK, as zips made on Chinese Windows unpack —
/// is read, as an argument and inside a folder, its documents take the same bytes for their
/// name, and the name prints visibly (issue 12, item 9).
@Suite struct NonUTF8FileNameTests {
    /// 东城 in GBK, as a shell's printf writes it.
    static let gbkStem = #"\266\253\263\307"#

    func folderWithGBKInput(test: String = #function) throws -> URL {
        let folder = try Paths.scratch(test)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        let sample = Paths.samples.appendingPathComponent("meeting-speech.yaml").path
        let made = try Command.run(URL(fileURLWithPath: "/bin/sh"),
                                   ["-c", "cp \"$1\" \"in/$(printf '\(Self.gbkStem)').yaml\"", "sh", sample], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        return folder
    }

    /// The names in `folder`, as bytes.
    func byteNames(in folder: URL) -> [[UInt8]] {
        guard let stream = opendir(folder.path) else { return [] }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }

    let gbk: [UInt8] = [0xB6, 0xAB, 0xB3, 0xC7]

    @Test func aFolderWithAGBKNameIsGenerated() throws {
        let folder = try folderWithGBKInput()
        let result = try Command.wengao(["speech", "in", "--output-dir", "out"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(byteNames(in: folder.appendingPathComponent("out")) == [gbk + Array(".docx".utf8), gbk + Array(".odt".utf8)])
        #expect((result.stdout + result.stderr).contains("<0xB6><0xAB><0xB3><0xC7>.docx"), "\(result.stdout)\(result.stderr)")
    }

    @Test func aGBKNameAsArgumentIsReadAndShownVisibly() throws {
        let folder = try folderWithGBKInput()
        let sh = URL(fileURLWithPath: "/bin/sh")
        let wengao = Paths.executable.path
        let made = try Command.run(sh, ["-c", "\"$1\" speech \"in/$(printf '\(Self.gbkStem)').yaml\" --format docx --output-dir out",
                                        "sh", wengao], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(byteNames(in: folder.appendingPathComponent("out")) == [gbk + Array(".docx".utf8)])
        // A name that is not there is reported with its bytes shown, not as U+FFFD.
        let missing = try Command.run(sh, ["-c", "\"$1\" validate \"in/$(printf '\\266\\253').yaml\"", "sh", wengao], in: folder)
        #expect(missing.status == 1)
        #expect((missing.stdout + missing.stderr).contains("in/<0xB6><0xAB>.yaml"), "\(missing.stdout)\(missing.stderr)")
        #expect(!(missing.stdout + missing.stderr).contains("\u{FFFD}"))
    }
}
