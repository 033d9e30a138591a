import HTMLTree
import Testing

@Suite struct TableTests {
    @Test func spansCheckboxesAndWingdingsAreReachable() throws {
        let html = """
            <table border=1>
            <tr><th colspan="2">หัวข้อ</th><th rowspan=2>สถานะ</th></tr>
            <tr><td>1</td><td><input checked="" type="checkbox"/> ใช่</td></tr>
            <tr><td>2</td><td><input type=checkbox checked> ไม่</td>
            <td><span style="font-family:Wingdings">þ</span></td></tr>
            <tr><td><input type="checkbox"></td></tr>
            </table>
            """
        let doc = HTMLDocument.parse(html: html, firstLine: 5)
        let table = try #require(doc.elements(named: "table").first)
        #expect(doc.line(of: table) == 5)
        let rows = doc.elements(named: "tr", in: table)
        #expect(rows.count == 4)
        #expect(rows.map { doc.line(of: $0) } == [6, 7, 8, 10])

        let header = doc.childElements(of: rows[0])
        #expect(header.map { doc.name(of: $0) } == ["th", "th"])
        #expect(doc.attribute("colspan", of: header[0]) == "2")
        #expect(doc.attribute("rowspan", of: header[1]) == "2")
        #expect(doc.attribute("rowspan", of: header[0]) == nil)

        let inputs = doc.elements(named: "input", in: table)
        #expect(inputs.count == 3)
        #expect(inputs.map { doc.hasAttribute("checked", of: $0) } == [true, true, false])
        // libxml2 gives a bare boolean attribute its own name as value.
        #expect(inputs.map { doc.attribute("checked", of: $0) } == ["", "checked", nil])
        #expect(inputs.map { doc.attribute("type", of: $0) } == ["checkbox", "checkbox", "checkbox"])
        #expect(doc.attributes(of: inputs[0]).map(\.name) == ["checked", "type"])
        #expect(inputs.map { doc.line(of: $0) } == [7, 8, 10])
        #expect(doc.nearestAncestor(of: inputs[1], named: "tr") == rows[2])
        #expect(doc.nearestAncestor(of: inputs[1], named: "td").map { doc.nodes[$0].parent } == rows[2])

        let span = try #require(doc.elements(named: "span", in: rows[2]).first)
        #expect(doc.attribute("style", of: span) == "font-family:Wingdings")
        #expect(doc.textContent(of: span) == "þ")
        #expect(doc.line(of: span) == 9)
        #expect(doc.textContent(of: rows[2]) == "2\tไม่\tþ")
    }

    @Test func raggedRowsKeepTheirCells() throws {
        let html = "<table><tr><td>a<td>b<td>c<tr><td>d<tr><td>e<td>f</table><p>after"
        let doc = HTMLDocument.parse(html: html)
        let rows = doc.elements(named: "tr")
        #expect(rows.map { doc.childElements(of: $0, named: "td").count } == [3, 1, 2])
        #expect(rows.map { doc.textContent(of: $0) } == ["a\tb\tc", "d", "e\tf"])
        let table = try #require(doc.elements(named: "table").first)
        #expect(doc.textContent(of: table) == "a\tb\tc\nd\ne\tf")
        #expect(doc.elements(named: "p").map { doc.textContent(of: $0) } == ["after"])
    }

    @Test func tenThousandColumns() throws {
        var html = "<table>\n<tr>"
        for column in 0..<10_000 { html += "<td colspan=1>\(column)</td>" }
        html += "</tr>\n<tr><td>next</td></tr></table>"
        let doc = HTMLDocument.parse(html: html)
        let rows = doc.elements(named: "tr")
        #expect(rows.count == 2)
        let cells = doc.childElements(of: rows[0], named: "td")
        #expect(cells.count == 10_000)
        #expect(doc.textContent(of: cells[9_999]) == "9999")
        #expect(doc.attribute("colspan", of: cells[5_000]) == "1")
        #expect(doc.line(of: cells[9_999]) == 2)
        #expect(doc.line(of: rows[1]) == 3)
        #expect(doc.textContent(of: rows[0]).split(separator: "\t").count == 10_000)
    }

    @Test func emptyCellsStillSeparate() {
        let doc = HTMLDocument.parse(html: "<table><tr><td>a</td><td></td><td> </td><td>d</td></tr></table>")
        #expect(doc.textContent() == "a\t\t\td")
    }
}
