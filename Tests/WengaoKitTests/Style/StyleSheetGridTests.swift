import Foundation
import Testing
@testable import WengaoKit

/// The layout decisions that measurements on LibreOffice's renderings forced
/// (Docs/geometry.md), held in the default style sheet.
@Suite struct StyleSheetGridTests {
    static let defaultStyleFile = Scratch.packageRoot.appendingPathComponent("Templates/gbt9704.style.yaml")

    let sheet: StyleSheet

    init() throws {
        sheet = try StyleSheetReader.apply(path: Self.defaultStyleFile.path, to: StyleSheet())
    }

    /// A 2号 title line snapped to the grid takes two grid lines in LibreOffice; Word never
    /// snaps a line of exact height. Unsnapped, with a one-pitch line, it stays on the grid.
    @Test func onlyGridSizeTextSnapsToTheGrid() {
        for role in ["body", "heading-1", "heading-2", "speaker", "signature", "date"] {
            #expect(sheet.snapsToGrid(role: role), "\(role)")
            #expect(sheet.lineHeight(role: role) == sheet.linePitch)
        }
        #expect(!sheet.snapsToGrid(role: "title"))
        #expect(sheet.lineHeight(role: "title") == 28.95)
        #expect(!sheet.snapsToGrid(role: "page-number"))
        #expect(sheet.lineHeight(role: "page-number") == 14)
    }

    /// A centred line with a first-line indent stands half the indent right of centre.
    @Test func centredRolesAreNotIndented() {
        for (role, style) in sheet.paragraphStyles where style.alignment == .center {
            #expect(style.firstLineIndent == 0, "\(role)")
        }
    }

    /// 28 characters of 3号 and 22 lines fit the 156 × 225 mm text block.
    @Test func gridFitsTheTextBlock() {
        #expect(sheet.characterPitch == 15.75)
        #expect(sheet.characterPitch * 28 <= sheet.page.textWidth)
        #expect(sheet.linePitch * 22 <= sheet.page.textHeight)
    }
}
