import HTMLTree
import Testing

@Suite struct LineNumberTests {
    @Test func fragmentLinesStartAtFirstLine() throws {
        let html = "<p>one</p>\n<p>two\n<b>three</b></p>\n"
        let doc = HTMLDocument.parse(html: html, firstLine: 120)
        let ps = doc.elements(named: "p")
        #expect(ps.map { doc.line(of: $0) } == [120, 121])
        let b = try #require(doc.elements(named: "b").first)
        #expect(doc.line(of: b) == 122)
        let texts = doc.nodes.indices.filter { doc.nodes[$0].isText && !doc.text(of: $0).allSatisfy(\.isWhitespace) }
        #expect(texts.map { doc.line(of: $0) } == [120, 121, 122])
        #expect(doc.line(of: HTMLDocument.root) == 120)
    }

    @Test func startTagSpanningLinesReportsItsFirstLine() throws {
        let html = "<div>\n<p class=MsoNormal style='margin:0;\nline-height:1'\n>\n  text</p></div>"
        let doc = HTMLDocument.parse(html: html)
        let p = try #require(doc.elements(named: "p").first)
        #expect(doc.line(of: p) == 2)
        let text = try #require(doc.children(of: p).first)
        #expect(doc.text(of: text) == "\n  text")
        #expect(doc.line(of: text) == 5)  // first non-blank character
    }

    @Test func linesBeyond65535() throws {
        let filler = String(repeating: "\n", count: 70_000)
        let html = "<div>" + filler + "<p class=far>ไกล</p>\n<table>\n<tr><td>x</td></tr></table><!--\nc--></div>"
        let doc = HTMLDocument.parse(html: html, firstLine: 3)
        let p = try #require(doc.elements(named: "p").first)
        #expect(doc.line(of: p) == 70_003)
        let text = try #require(doc.children(of: p).first)
        #expect(doc.line(of: text) == 70_003)
        let td = try #require(doc.elements(named: "td").first)
        #expect(doc.line(of: td) == 70_005)
        let comment = try #require(doc.nodes.indices.first { doc.nodes[$0].kind == .comment })
        #expect(doc.line(of: comment) == 70_005)
    }

    @Test func diagnosticsCarryOffsetLines() throws {
        let doc = HTMLDocument.parse(html: "<p>ok</p>\n<p>bad</b></p>", firstLine: 50)
        let mismatch = try #require(doc.diagnostics.first { $0.message.contains("Unexpected end tag") })
        #expect(mismatch.line == 51)
        #expect(mismatch.column != nil)
        if case .libxml2 = mismatch.origin {} else { Issue.record("expected a libxml2 diagnostic") }
    }
}
