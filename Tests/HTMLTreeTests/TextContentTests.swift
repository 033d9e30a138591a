import HTMLTree
import Testing

@Suite struct TextContentTests {
    @Test func blocksBreaksAndWhitespace() {
        let html = "<div>  หนึ่ง \n สอง<br>สาม<p>ย่อหน้า</p><p></p><ul><li>ก</li><li>ข</li></ul>ท้าย&nbsp;</div>"
        let doc = HTMLDocument.parse(html: html)
        #expect(doc.textContent() == "หนึ่ง สอง\nสาม\nย่อหน้า\nก\nข\nท้าย\u{00A0}")
    }

    @Test func wordCellsWrappedInParagraphs() {
        let html = """
            <table><tr>
            <td><p class=MsoNormal>ลำดับ</p></td>
            <td><p class=MsoNormal>กิจกรรม</p><p>ย่อย</p></td>
            </tr></table>
            """
        let doc = HTMLDocument.parse(html: html)
        #expect(doc.textContent() == "ลำดับ\tกิจกรรม\nย่อย")
    }

    @Test func preformattedAndHiddenContent() {
        let html = "<head><title>T</title><style>p{}</style></head><body><script>var x</script><pre>a\n  b</pre>c</body>"
        let doc = HTMLDocument.parse(html: html)
        #expect(doc.textContent() == "a\n  b\nc")
        #expect(doc.textContent(style: .raw) == "Tp{}var xa\n  bc")
    }

    @Test func rawKeepsEverythingExactly() throws {
        let doc = HTMLDocument.parse(html: "<p> a\n<b>b</b>&nbsp;<br>c </p>")
        let p = try #require(doc.elements(named: "p").first)
        #expect(doc.textContent(of: p, style: .raw) == " a\nb\u{00A0}c ")
        #expect(doc.textContent(of: p) == "a b\u{00A0}\nc")
    }

    @Test func textContentOfATextNode() throws {
        let doc = HTMLDocument.parse(html: "<p>  x  y </p>")
        let text = try #require(doc.nodes.indices.first { doc.nodes[$0].isText })
        #expect(doc.textContent(of: text) == "x y")
        #expect(doc.text(of: text) == "  x  y ")
    }
}
