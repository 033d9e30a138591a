import HTMLTree
import Testing

@Suite struct WordSnippetTests {
    static let snippet = """
        <html><body>
        <p class=MsoNormal><span style='font-family:Wingdings'>þ</span>&nbsp;ดำเนินการแล้ว</p>
        </body></html>
        """

    @Test func paragraphSpanAndTexts() throws {
        let doc = HTMLDocument.parse(html: Self.snippet, firstLine: 10)
        let p = try #require(doc.elements(named: "p").first)
        #expect(doc.name(of: p) == "p")
        #expect(doc.attribute("class", of: p) == "MsoNormal")
        #expect(doc.attributes(of: p) == [HTMLAttribute(name: "class", value: "MsoNormal")])
        #expect(doc.line(of: p) == 11)

        let span = try #require(doc.elements(named: "span", in: p).first)
        #expect(doc.attribute("style", of: span) == "font-family:Wingdings")
        #expect(doc.nodes[span].parent == p)
        #expect(doc.line(of: span) == 11)

        let texts = doc.descendants(of: p).filter { doc.nodes[$0].isText }
        #expect(texts.map { doc.text(of: $0) } == ["þ", "\u{00A0}ดำเนินการแล้ว"])
        #expect(texts.map { doc.line(of: $0) } == [11, 11])
        #expect(doc.nodes[texts[0]].parent == span)
        #expect(doc.nodes[texts[1]].parent == p)
        #expect(doc.textContent(of: p) == "þ\u{00A0}ดำเนินการแล้ว")
    }

    @Test func namesAreLowerCasedAndLookupIsCaseInsensitive() throws {
        let doc = HTMLDocument.parse(html: "<P CLASS=MsoNormal><O:P></O:P>x</P>")
        let p = try #require(doc.elements(named: "P").first)
        #expect(doc.name(of: p) == "p")
        #expect(doc.attribute("Class", of: p) == "MsoNormal")
        #expect(doc.attributes(of: p).map(\.name) == ["class"])
        #expect(doc.childElements(of: p).map { doc.name(of: $0) } == ["o:p"])
    }

    @Test func repeatedAttributeKeepsTheFirst() throws {
        let doc = HTMLDocument.parse(html: "<td class=a CLASS=b title='x &amp; y'>z</td>")
        let td = try #require(doc.elements(named: "td").first)
        #expect(doc.attribute("class", of: td) == "a")
        #expect(doc.attribute("title", of: td) == "x & y")
        #expect(doc.diagnostics.contains { $0.message.contains("redefined") })
    }

    @Test func libxml2ParseOnlyRunsTheSameParser() {
        let html = Array("<p>ok</b></p>".utf8)
        #expect(HTMLDocument.libxml2ParseOnly(html) == 1)
        #expect(HTMLDocument.libxml2ParseOnly([UInt8]()) == nil)
    }

    @Test func commentsAreKeptOrDropped() throws {
        let html = "<p>a<!--[if gte mso 9]><xml>x</xml><![endif]-->b</p>"
        let kept = HTMLDocument.parse(html: html)
        let comment = try #require(kept.nodes.indices.first { kept.nodes[$0].kind == .comment })
        #expect(kept.text(of: comment) == "[if gte mso 9]><xml>x</xml><![endif]")
        #expect(kept.textContent() == "ab")
        let dropped = HTMLDocument.parse(html: html, options: HTMLParseOptions(keepComments: false))
        #expect(!dropped.nodes.contains { $0.kind == .comment })
        #expect(dropped.textContent() == "ab")
    }
}
