import Testing
@testable import WengaoKit

@Suite struct ChineseScriptTests {
    @Test func traditionalTextIsNoticedAndSimplifiedIsNot() {
        #expect(ChineseScript.isTraditional(["在全區農業農村工作會議上的講話，同志們："]))
        #expect(!ChineseScript.isTraditional(["在全区农业农村工作会议上的讲话，同志们："]))
        #expect(!ChineseScript.isTraditional(["會議"]), "too few characters to tell")
    }

    /// Phrases before characters: 乾 is 干 in 乾燥 but stays in 乾坤. Needs libopencc and its
    /// data, which Scripts/install-dependencies.sh installs (libopencc-dev).
    @Test func openCCConvertsPhrasesAndCharacters() throws {
        let converted = try ChineseScript.simplified(["在全區農業農村工作會議上的講話", "乾燥的天氣扭轉乾坤"])
        #expect(converted == ["在全区农业农村工作会议上的讲话", "干燥的天气扭转乾坤"])
    }
}
