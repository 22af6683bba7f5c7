import Foundation
import Testing
@testable import WengaoKit

/// File names that are not UTF-8 survive the trip from the system into a `String` and back
/// (issue 12, item 9).
@Suite struct PathBytesTests {
    /// 东城 in GBK: B6 AB B3 C7, none of it well-formed UTF-8.
    static let gbkName: [UInt8] = [0xB6, 0xAB, 0xB3, 0xC7] + Array(".yaml".utf8)

    @Test func utf8NamesAreReadAsTheyAre() {
        #expect(Path.decoding(Array("东城街道/讲话.yaml".utf8)) == "东城街道/讲话.yaml")
    }

    @Test func eachByteOfAnIllFormedSequenceHasAStandIn() {
        let name = Path.decoding(Self.gbkName)
        #expect(name.unicodeScalars.count == 4 + 5)
        #expect(name.unicodeScalars.prefix(4).map { Path.rawByte($0) } == [0xB6, 0xAB, 0xB3, 0xC7])
        #expect(name.hasSuffix(".yaml"))
    }

    @Test func theFileSystemGetsTheSameBytesBack() {
        for bytes in [Self.gbkName, [0xE4, 0xB8] + Array("/a".utf8), Array("ok/东/".utf8) + [0xFF, 0x80, 0xE4], Array("plain".utf8)] {
            let back = Path.withFileSystemPath(Path.decoding(bytes)) { pointer in
                Array(UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)))
            }
            #expect(back == bytes)
        }
    }

    @Test func aStandInIsShownAsItsByte() {
        #expect(DiagnosticFormatter.visible(Path.decoding(Self.gbkName)) == "<0xB6><0xAB><0xB3><0xC7>.yaml")
    }

    @Test func aFolderListsTheNameSoThatItOpens() throws {
        let folder = try Scratch.folder()
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + Self.gbkName
        let descriptor = (path + [0]).withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        }
        #expect(descriptor >= 0)
        _ = write(descriptor, "标题: 测试\n", "标题: 测试\n".utf8.count)
        close(descriptor)
        let names = try #require(FileSystem.entries(of: folder.path)).map(\.name)
        #expect(names.count == 1)
        let contents = FileSystem.contents(of: folder.path + "/" + names[0], upTo: 100)
        #expect(contents == Array("标题: 测试\n".utf8))
    }
}
