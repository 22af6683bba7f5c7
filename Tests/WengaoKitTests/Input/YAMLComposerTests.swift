import Testing
@testable import WengaoKit

@Suite struct YAMLComposerTests {
    @Test func marksCountLinesAndUnicodeScalarsFromOne() throws {
        let root = try #require(try YAMLComposer.compose("标题: 上半年\n成绩:\n  - 一项\n").root)
        let pairs = try #require(root.mapping).pairs
        #expect(pairs[0].value.mark == .init(line: 1, column: 5))
        let items = try #require(pairs[1].value.sequence)
        #expect(items.nodes[0].mark == .init(line: 3, column: 5))
        #expect(items.nodes[0].string == "一项")
    }

    @Test func stylesAreKept() throws {
        let root = try #require(try YAMLComposer.compose("a: x\nb: 'x'\nc: \"x\"\nd: |\n  x\ne: >\n  x\n").root)
        let styles = try #require(root.mapping).pairs.compactMap { pair -> YAMLNode.Scalar.Style? in
            if case let .scalar(scalar) = pair.value { scalar.style } else { nil }
        }
        #expect(styles == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded])
    }

    @Test func everyRepeatedKeyIsNotedAtTheRepetitionAndTheFirstIsKept() throws {
        let composed = try YAMLComposer.compose("""
        title: 一
        items:
          - point: 甲
            point: 乙
        title: 二
        'title': 三
        !!str title: 四
        !custom title: 五
        """)
        #expect(composed.repeatedKeys.map(\.key) == ["point", "title", "title", "title"])
        #expect(composed.repeatedKeys.map(\.mark) == [.init(line: 4, column: 5), .init(line: 5, column: 1),
                                                      .init(line: 6, column: 1), .init(line: 7, column: 1)])
        #expect(composed.repeatedKeys.allSatisfy { $0.first.line == 1 || $0.first.line == 3 })
        let pairs = try #require(composed.root?.mapping).pairs
        // A key with another tag is another key.
        #expect(pairs.map { $0.key.string } == ["title", "items", "title"])
        #expect(pairs[0].value.string == "一")
    }

    @Test func anAliasIsItsAnchoredNode() throws {
        let root = try #require(try YAMLComposer.compose("a: &x [一, 二]\nb: *x\n").root)
        let pairs = try #require(root.mapping).pairs
        #expect(pairs[1].value.sequence?.nodes.compactMap(\.string) == ["一", "二"])
        #expect(pairs[1].value.mark == pairs[0].value.mark)
    }

    @Test func anEmptyFileHasNoRoot() throws {
        #expect(try YAMLComposer.compose("").root == nil)
        #expect(try YAMLComposer.compose("# 只有注释\n").root == nil)
    }

    @Test func libyamlsProblemsComeWithTheirMarks() throws {
        #expect(throws: YAMLSyntaxError.self) { try YAMLComposer.compose("a: *nowhere\n") }
        do {
            _ = try YAMLComposer.compose("a: 1\n---\nb: 2\n")
            Issue.record("a second document was accepted")
        } catch {
            #expect(error.problem == "but found another document")
            #expect(error.mark.line == 2)
        }
        do {
            _ = try YAMLComposer.compose("a: \"open\nb: 2\n")
            Issue.record("an unclosed quote was accepted")
        } catch {
            #expect(error.context?.mark == .init(line: 1, column: 4))
        }
    }

    @Test func aStyleFileWithARepeatedKeyNamesTheRepetition() throws {
        let source = SourceText(path: "mine.style.yaml", text: "page:\n  margin-top: 37mm\n  margin-top: 30mm\n")
        do {
            _ = try StyleSheetReader.apply(source, to: StyleSheet())
            Issue.record("the repeated key was accepted")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.map(\.id) == ["duplicate-key"])
            #expect(error.diagnostics.first?.location?.line == 3)
            #expect(error.diagnostics.first?.location?.column == 3)
        }
    }
}
