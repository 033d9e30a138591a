@testable import DocumentReader
import HTMLTree
import Testing
import ThaiText

/// Reads `html` as a whole document with its source bytes.
private func read(_ html: String, firstLine: Int = 1) -> Draft {
    let bytes = Array(html.utf8)
    return HTMLReader.read(HTMLDocument.parse(bytes, encoding: "UTF-8", firstLine: firstLine), source: bytes,
                           firstLine: firstLine)
}

/// The items in a short form: "h1 text", "line text", "¶", "li - text", "table".
private func outline(_ draft: Draft) -> [String] {
    draft.items.map { item in
        switch item {
        case .line(let line): "line \(line.text)"
        case .paragraphBreak: "¶"
        case .heading(let line, let level): "h\(level) \(line.text)"
        case .listItem(let line, let marker): "li \(marker) \(line.text)"
        case .table: "table"
        }
    }
}

private func tables(_ draft: Draft) -> [DraftTable] {
    draft.items.compactMap { if case .table(let table) = $0 { table } else { nil } }
}

private func lines(_ draft: Draft) -> [DraftLine] {
    draft.items.compactMap { item in
        switch item {
        case .line(let line), .heading(let line, _), .listItem(let line, _): line
        default: nil
        }
    }
}

@Suite struct HTMLReaderTests {
    static let word = """
        <html><head><meta charset=utf-8><title>ชื่อเอกสาร</title>
        <style>p.MsoNormal {font-family:"TH SarabunPSK"}</style></head>
        <body lang=TH>
        <h2>รายงานผลการดำเนินงาน</h2>
        <p class=MsoNormal>ประจำปี&nbsp;&nbsp;&nbsp; ๒๕๖๗<br>
        ไตรมาสที่ ๑</p>
        <p class=MsoNormal><o:p>&nbsp;</o:p></p>
        <p class=MsoListParagraphCxSpFirst><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>ข้อแรก</p>
        <table class=MsoTableGrid border=1>
        <thead><tr><th rowspan=2>ที่</th><th colspan=2>สถานะ</th></tr></thead>
        <tr><td>๑</td><td><p class=MsoNormal><span style='font-family:Wingdings;mso-char-type:symbol;mso-symbol-font-family:Wingdings'>þ</span>&nbsp;ดำเนินการแล้ว</p></td><td><input type=checkbox></td></tr>
        <tr><td>๒</td><td><p class=MsoNormal>ก</p><p class=MsoNormal>ข<br>ค</p></td><td><input type="checkbox" checked></td></tr>
        </table>
        <p class=MsoNormal>หมายเหตุ</p>
        </body></html>
        """

    @Test func wordDocumentInOrder() {
        let draft = read(Self.word)
        // Each <p> is a line of the text export; the empty <p> is its blank line.
        #expect(outline(draft) == [
            "h2 รายงานผลการดำเนินงาน",
            "line ประจำปี ๒๕๖๗", "line ไตรมาสที่ ๑", "¶",
            "li - ข้อแรก",
            "table",
            "line หมายเหตุ",
        ])
        // The title and the style sheet are not text.
        #expect(!lines(draft).contains { $0.text.contains("ชื่อเอกสาร") || $0.text.contains("font-family") })
    }

    @Test func wordParagraphPlaces() {
        let all = lines(read(Self.word))
        #expect(all.map(\.source) == [
            SourceLines(line: 4, column: 1),
            SourceLines(line: 5, column: 1),
            SourceLines(line: 6, column: 1),  // after the <br>: the next line's first character
            SourceLines(line: 8, column: 1),
            SourceLines(line: 14, column: 1),
        ])
        #expect(all[0].raw == "<h2>รายงานผลการดำเนินงาน</h2>")
        #expect(all[1].raw == "<p class=MsoNormal>ประจำปี&nbsp;&nbsp;&nbsp; ๒๕๖๗")
        #expect(all[2].raw == "ไตรมาสที่ ๑</p>")
        #expect(all[4].raw == "<p class=MsoNormal>หมายเหตุ</p>")
    }

    /// A Word table converted from PDF repeats its two header rows where the second page began, in the same
    /// `<table>`; the row the page cut goes on below them with an empty number cell, and ticks are pictures
    /// (`<img alt="✓">`). The repeated rows are recorded as a new piece, the cut row is one row, and the
    /// pictures are ticks.
    @Test func headerRowsRepeatedInsideOneTableAreNoData() throws {
        func header() -> String {
            """
            <tr><td rowspan=2><p>ที่</p></td><td rowspan=2><p>โครงการ</p></td><td rowspan=2><p>งบประมาณ (บาท)</p></td>
            <td colspan=2><p>ผลการดำเนินการ</p></td></tr>
            <tr><td><p>อยู่ระหว่างดำเนินการ</p></td><td><p>ดำเนินการแล้วเสร็จ</p></td></tr>
            """
        }
        let tick = #"<img width=16 height=16 src="x.files/image002.png" alt="✓">"#
        let html = """
        <html><body><table>
        \(header())
        <tr><td><p>๑</p></td><td><p>โครงการอบรมคุณธรรมจริยธรรม</p></td><td><p>๒๐,๐๐๐</p></td><td></td><td><p>\(tick)</p></td></tr>
        <tr><td><p>๒</p></td><td><p>โครงการจัดทำวารสารประชาสัมพันธ์</p></td><td><p>๖๐,๐๐๐</p></td><td><p>\(tick)</p></td><td></td></tr>
        \(header())
        <tr><td><p>&nbsp;</p></td><td><p>ประจำปีเพื่อเผยแพร่แก่ประชาชน</p></td><td></td><td></td><td></td></tr>
        <tr><td><p>๓</p></td><td><p>มาตรการเปิดเผยข้อมูลสาธารณะ</p></td><td><p>-</p></td><td></td><td><p><img src="logo.png" alt="ตราเทศบาล">\(tick)</p></td></tr>
        </table></body></html>
        """
        let table = try #require(try readDocument(html, as: .html).tables.first)
        #expect(table.rows.map { $0.cells[0].text } == ["๑", "๒", "๓"])
        #expect(table.rows[1].cells[1].text == "โครงการจัดทำวารสารประชาสัมพันธ์ ประจำปีเพื่อเผยแพร่แก่ประชาชน")
        #expect(table.pieces.count == 2)
        #expect(table.pieces[1].repeatedLines.count == 2)
        #expect(table.rows.map { $0.cells[3].tick } == [nil, .checked, nil])
        #expect(table.rows.map { $0.cells[4].tick } == [.checked, nil, .checked])
    }

    @Test func wordTableCells() throws {
        let table = try #require(tables(read(Self.word)).first)
        #expect(table.source == SourceLines(line: 9, column: 1, endLine: 12))
        #expect(table.declaredHeaderRows == 1)
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["ที่", "สถานะ"],
            ["๑", "☑ ดำเนินการแล้ว", "☐"],
            ["๒", "ก\nข\nค", "☑"],
        ])
        #expect(table.rows.map { $0.cells.map(\.tick) } == [[nil, nil], [nil, .checked, .unchecked], [nil, nil, .checked]])
        #expect(table.rows[0].cells.map(\.rowSpan) == [2, 1])
        #expect(table.rows[0].cells.map(\.columnSpan) == [1, 2])
        #expect(table.rows.map(\.source) == [
            SourceLines(line: 10, column: 8), SourceLines(line: 11, column: 1), SourceLines(line: 12, column: 1),
        ])
        // `<thead><tr><th rowspan=2>ที่</th><th colspan=2>`: columns counted in characters.
        #expect(table.rows[0].cells.map(\.source) == [SourceLines(line: 10, column: 12), SourceLines(line: 10, column: 34)])
        #expect(table.rows[1].cells.map(\.source.column) == [5, 15, 164])
        #expect(table.rows[2].cells.map(\.source.column) == [5, 15, 77])
        #expect(table.rows[1].cells[0].raw == "<td>๑</td>")
        #expect(table.rows[2].cells[2].raw == "<td><input type=\"checkbox\" checked></td>")
    }

    @Test func columnsCountCharactersAndTheKthTagOnALine() throws {
        let html = "<table><tr><td>ไทย</td><td>b</td><td colspan=\"2\">ค่ำ</td></tr>\n<tr><td>x</td><td>y</td></tr></table>"
        let table = try #require(tables(read(html)).first)
        // "<table><tr>" is 11 characters; "<td>ไทย</td>" is 12 (Thai letters count one each).
        #expect(table.rows[0].cells.map(\.source) == [
            SourceLines(line: 1, column: 12), SourceLines(line: 1, column: 24), SourceLines(line: 1, column: 34),
        ])
        #expect(table.rows[1].cells.map(\.source) == [SourceLines(line: 2, column: 5), SourceLines(line: 2, column: 15)])
        #expect(table.rows[0].cells[2].columnSpan == 2)
        #expect(table.declaredHeaderRows == nil)
    }

    @Test func cellsSpanningLinesHaveTheirEndLine() throws {
        let html = "<table>\n<tr>\n  <td>\n    <p>แรก</p>\n    <p>สอง</p>\n  </td>\n</tr>\n</table>"
        let table = try #require(tables(read(html, firstLine: 20)).first)
        let cell = table.rows[0].cells[0]
        #expect(cell.text == "แรก\nสอง")
        #expect(cell.source == SourceLines(line: 22, column: 3, endLine: 24))
        #expect(cell.raw == "<td>\n    <p>แรก</p>\n    <p>สอง</p>\n  </td>")
        #expect(table.rows[0].source == SourceLines(line: 21, column: 1, endLine: 24))
        #expect(table.source == SourceLines(line: 20, column: 1, endLine: 24))
    }

    @Test func spanValues() throws {
        let html = """
            <table><tr><td colspan=" 3 ">a</td><td colspan="0">b</td><td colspan="abc">c</td>\
            <td colspan="5000">d</td><td rowspan="2px">e</td><td rowspan=99999999999999999999>f</td></tr></table>
            """
        let draft = read(html)
        let cells = try #require(tables(draft).first).rows[0].cells
        #expect(cells.map(\.columnSpan) == [3, 1, 1, 1000, 1, 1])
        #expect(cells.map(\.rowSpan) == [1, 1, 1, 1, 2, 1000])
        let spanWarnings = draft.warnings.filter { $0.message.contains("span=") }
        #expect(spanWarnings.count == 5)
        #expect(spanWarnings.allSatisfy { $0.line == 1 })
        #expect(spanWarnings.map(\.column) == cells.dropFirst().map(\.source.column))
    }

    @Test func headerRowsFromThOnlyRows() throws {
        let html = """
            <table>
            <tr><th>ที่</th><th>โครงการ</th></tr>
            <tr><th></th><th>งบประมาณ</th></tr>
            <tr><th>๑</th><td>ก</td></tr>
            <tr><th>รวม</th><th>๒</th></tr>
            </table>
            """
        let table = try #require(tables(read(html)).first)
        #expect(table.declaredHeaderRows == 2)
        #expect(table.rows.count == 4)
        #expect(table.rows[1].cells.map(\.text) == ["", "งบประมาณ"])
    }

    @Test func wingdingsTicksInEveryForm() throws {
        let html = """
            <style>.ft02{font-size:18px;font-family:Wingdings;color:#000000;}</style>
            <table><tr>
            <td><font face="Wingdings">ý</font></td>
            <td><span class="ft02">¨</span> ยังไม่ดำเนินการ</td>
            <td>\u{F0FE}</td>
            <td>☒</td>
            <td><span style="font-family:Angsana New">þ</span></td>
            <td><span style="font-family:'TH SarabunPSK';mso-symbol-font-family:Wingdings">þ</span></td>
            </tr></table>
            """
        let cells = try #require(tables(read(html)).first).rows[0].cells
        #expect(cells.map(\.text) == ["☒", "☐ ยังไม่ดำเนินการ", "☑", "☒", "þ", "☑"])
        #expect(cells.map(\.tick) == [.crossed, .unchecked, .checked, .crossed, nil, .checked])
    }

    /// A one-cell layout table framing the real one (Google Docs, Word text frames): the table inside is read, its
    /// rows on their own lines, and no table-in-a-cell warning is left for it.
    @Test func aLayoutTableAroundATableGivesTheTableInside() throws {
        let html = """
            <html><body><p>บัญชีโครงการ</p>
            <table><tr><td>
            <table>
            <tr><td>ที่</td><td>โครงการ</td><td>งบประมาณ</td></tr>
            <tr><td>1</td><td>โครงการอบรมคุณธรรมทดสอบ</td><td>20,000</td></tr>
            <tr><td>2</td><td>โครงการเผยแพร่ข่าวสารทดสอบ</td><td>10,000</td></tr>
            </table>
            </td></tr></table>
            </body></html>
            """
        let document = try readDocument(html, as: .html)
        let table = try #require(document.tables.first)
        #expect(table.header == ["ที่", "โครงการ", "งบประมาณ"])
        #expect(table.rows.filter { $0.kind == .body }.map { $0.cells[1].text } == ["โครงการอบรมคุณธรรมทดสอบ", "โครงการเผยแพร่ข่าวสารทดสอบ"])
        #expect(table.rows.filter { $0.kind == .body }.map(\.source.line) == [5, 6])
        #expect(!document.warnings.contains { $0.message.contains("table inside a table cell") })
        #expect(document.warnings.isEmpty)
    }

    /// Projects stacked one a paragraph in one cell, their budgets stacked the same way beside them: each item
    /// gets its own figure.
    @Test func itemsStackedInACellGetTheirOwnFigures() throws {
        let html = """
            <table>
            <tr><td>ภารกิจ</td><td>โครงการ</td><td>ปี ๒๕๖๘</td><td>ปี ๒๕๖๙</td></tr>
            <tr><td>๑.๑ การเสริมสร้างจิตสำนึก</td><td><p>๑. โครงการอบรมจริยธรรมผู้บริหาร</p><p>๒. มาตรการประกาศเจตจำนงสุจริต</p></td>
            <td><p>๒๐,๐๐๐</p><p>๐</p></td><td><p>๒๐,๐๐๐</p><p>-</p></td></tr>
            <tr><td>๑.๒ การส่งเสริมความโปร่งใส</td><td><p>๓. โครงการเผยแพร่ข้อมูลข่าวสาร</p></td><td>๕,๐๐๐</td><td>๕,๐๐๐</td></tr>
            </table>
            """
        let table = try #require(try readDocument(html, as: .html).tables.first)
        let items = try #require(table.rows.first { $0.kind == .body }?.items)
        #expect(items.map(\.text) == ["โครงการอบรมจริยธรรมผู้บริหาร", "มาตรการประกาศเจตจำนงสุจริต"])
        #expect(items.map { $0.values[2] } == ["๒๐,๐๐๐", "๐"])
        #expect(items.map { $0.values[3] } == ["๒๐,๐๐๐", "-"])
        #expect(items.allSatisfy { $0.aligned })
    }

    /// Wingdings 2 draws other pictures than Wingdings (`R` a boxed tick, `P` a tick, `£` an empty box), and a
    /// tick typed in Symbol is its radical `Ö` (√).
    @Test func wingdings2AndSymbolTicks() throws {
        let html = """
            <table><tr>
            <td><span style='font-family:"Wingdings 2"'>R</span></td>
            <td><span style='font-family:"Wingdings 2";mso-char-type:symbol'>P</span></td>
            <td><span style='font-family:"Wingdings 2"'>£</span></td>
            <td><span style='font-family:"Wingdings 2"'>\u{F054}</span></td>
            <td><span style='font-family:Symbol'>Ö</span></td>
            <td><font face="Wingdings 2">R</font> ดำเนินการแล้ว</td>
            <td><span style='font-family:Wingdings'>R</span></td>
            <td>R</td>
            </tr></table>
            """
        let cells = try #require(tables(read(html)).first).rows[0].cells
        #expect(cells.map(\.text) == ["☑", "✓", "☐", "☒", "√", "☑ ดำเนินการแล้ว", "R", "R"])
        #expect(cells.map(\.tick) == [.checked, .checked, .unchecked, .crossed, nil, .checked, nil, nil])
    }

    @Test func wordListBulletsAreNotTicks() throws {
        let bullet = """
            <p class=MsoListParagraphCxSpMiddle><![if !supportLists]><span style='font-family:Wingdings;\
            mso-fareast-font-family:Wingdings'><span style='mso-list:Ignore'>ü<span style='font:7.0pt "Times New Roman"'>\
            &nbsp; </span></span></span><![endif]>ประชุมชี้แจง</p>
            """
        let draft = read("<table><tr><td>" + bullet + bullet + "</td><td><span style='font-family:Wingdings'>ü</span></td></tr></table>"
                         + bullet)
        let cells = try #require(tables(draft).first).rows[0].cells
        #expect(cells.map(\.text) == ["- ประชุมชี้แจง\n- ประชุมชี้แจง", "✓"])
        #expect(cells.map(\.tick) == [nil, .checked])
        #expect(outline(draft) == ["table", "li - ประชุมชี้แจง"])
    }

    @Test func captionComesBeforeItsTable() throws {
        let draft = read("<table><caption>ตารางที่ ๑</caption><tr><td>ก</td></tr></table>")
        #expect(outline(draft) == ["line ตารางที่ ๑", "table"])
        #expect(lines(draft).first?.source == SourceLines(line: 1, column: 8))
    }

    @Test func nestedTableBecomesCellText() throws {
        let html = """
            <table><tr><td>นอก<table><tr><td>ใน ๑</td><td>ใน ๒</td></tr><tr><td>ใน ๓</td></tr></table></td><td>ข</td></tr></table>
            """
        let draft = read(html)
        let found = tables(draft)
        #expect(found.count == 1)
        let cells = try #require(found.first).rows[0].cells
        #expect(cells.map(\.text) == ["นอก\nใน ๑ ใน ๒\nใน ๓", "ข"])
        #expect(cells.map(\.source.column) == [12, 96])
        #expect(draft.warnings.contains { $0.message.contains("table inside a table") && $0.line == 1 && $0.column == 19 })
    }

    @Test func lists() {
        let html = """
            <ol start=3><li>ก</li><li>ข<ul><li>ค</li></ul></li></ol>
            <ul><li><p>ง</p><p>จ</p></li></ul>
            """
        #expect(outline(read(html)) == ["li 3. ก", "li 4. ข", "li - ค", "¶", "li - ง", "line จ", "¶"])
        #expect(outline(HTMLReader.read(HTMLDocument.parse(html: html), breaks: .everyBlock)) == [
            "li 3. ก", "¶", "li 4. ข", "¶", "li - ค", "¶", "li - ง", "¶", "line จ", "¶",
        ])
    }

    @Test func headingWithBreakIsOneHeading() throws {
        let draft = read("<h1>แผนปฏิบัติการ<br>\nป้องกันการทุจริต</h1>")
        #expect(outline(draft) == ["h1 แผนปฏิบัติการ ป้องกันการทุจริต"])
        let heading = try #require(lines(draft).first)
        #expect(heading.source == SourceLines(line: 1, column: 1, endLine: 2))
        #expect(heading.raw == "<h1>แผนปฏิบัติการ<br>\nป้องกันการทุจริต</h1>")
    }

    @Test func doubleBreakEndsTheParagraph() {
        #expect(outline(read("<p>ก<br>ข<br><br>ค</p>")) == ["line ก", "line ข", "¶", "line ค"])
    }

    @Test func textAroundNestedBlocks() {
        let draft = read("<div>ก<div>ข</div>ค</div>")
        #expect(outline(draft) == ["line ก", "line ข", "line ค"])
        #expect(lines(draft).map(\.source.column) == [1, 7, 19])
        #expect(lines(draft).map(\.raw) == ["<div>ก", "<div>ข</div>", "ค</div>"])
    }

    @Test func pdftohtmlComplexOutput() {
        let html = """
            <!DOCTYPE html><html><head><title>x</title>
            <style type="text/css">
            <!--
            \tp {margin: 0; padding: 0;}\t.ft00{font-size:21px;font-family:THSarabunPSK;color:#000000;}
            \t.ft01{font-size:21px;font-family:Wingdings;color:#000000;}
            -->
            </style></head>
            <body bgcolor="#A0A0A0" vlink="blue" link="blue">
            <div id="page1-div" style="position:relative;width:892px;height:1262px;">
            <p style="position:absolute;top:108px;left:108px;white-space:nowrap" class="ft00">แบบรายงานผล&#160;การดำเนินการ</p>
            <p style="position:absolute;top:135px;left:108px;white-space:nowrap" class="ft01">þ</p>
            <p style="position:absolute;top:135px;left:130px;white-space:nowrap" class="ft00">ดำเนินการแล้ว</p>
            </div>
            </body></html>
            """
        let draft = read(html)
        #expect(outline(draft) == ["line แบบรายงานผล การดำเนินการ", "line ☑", "line ดำเนินการแล้ว"])
        #expect(lines(draft).map(\.source) == [
            SourceLines(line: 10, column: 1), SourceLines(line: 11, column: 1), SourceLines(line: 12, column: 1),
        ])
    }

    @Test func pdftohtmlSimpleOutput() {
        let html = "<body>\n<a name=1></a>บรรทัดหนึ่ง<br/>\nบรรทัดสอง<br/>\n<hr/>\n<a name=2></a>หน้าสอง<br/>\n</body>"
        let draft = read(html)
        #expect(outline(draft) == ["line บรรทัดหนึ่ง", "line บรรทัดสอง", "¶", "line หน้าสอง"])
        #expect(lines(draft).map(\.source.line) == [2, 3, 5])
    }

    @Test func preformattedKeepsLines() {
        let draft = read("<pre>\nก  ข\nค</pre>")
        #expect(outline(draft) == ["line ก  ข", "line ค"])
        #expect(lines(draft).map(\.source.line) == [2, 3])
    }

    @Test func withoutSourceColumnsAreOneAndRawIsText() throws {
        let html = "<p>ก&nbsp;&amp; ข</p>\n<table><tr><td>ค<br>ง</td></tr></table>"
        let draft = HTMLReader.read(HTMLDocument.parse(html: html))
        #expect(lines(draft).map(\.raw) == ["ก\u{A0}& ข"])
        #expect(lines(draft).map(\.source) == [SourceLines(line: 1, column: 1)])
        let cell = try #require(tables(draft).first).rows[0].cells[0]
        #expect(cell.text == "ค\nง")
        #expect(cell.raw == "คง")
        #expect(cell.source == SourceLines(line: 2, column: 1))
    }

    @Test func textIsNFC() throws {
        let html = "<table><tr><td>Cafe\u{301}</td><td>ก\u{E48}\u{E38}</td></tr></table>"
        let cells = try #require(tables(read(html)).first).rows[0].cells
        #expect(cells.map(\.text) == ["Caf\u{E9}", "ก\u{E38}\u{E48}"])
    }

    @Test func hiddenContentAndCommentsAreSkipped() {
        let html = """
            <html><head><script>var s = "<p>ไม่ใช่</p>";</script></head><body>
            <!--[if gte mso 9]><xml><w:WordDocument>x</w:WordDocument></xml><![endif]-->
            <p>ใช่</p><script>document.write("<td>")</script><noscript></noscript>
            </body></html>
            """
        let draft = read(html)
        #expect(outline(draft) == ["line ใช่"])
        #expect(lines(draft).first?.source == SourceLines(line: 3, column: 1))
    }

    @Test func diagnosticsBecomeWarningsWithPlaces() {
        let draft = read("<p>ok</p>\n<p>bad</b></p>", firstLine: 50)
        let warning = draft.warnings.first { $0.message.contains("Unexpected end tag") }
        #expect(warning?.line == 51)
        #expect((warning?.column ?? 0) > 1)
        #expect(warning?.message.hasPrefix("HTML: ") == true)
    }
}

@Suite struct HTMLFragmentTests {
    @Test func paragraphsBecomeLines() {
        let flat = HTMLFragment.flatten("<p>๑. ก</p> <p>๒. ข</p>", line: 16, column: 40)
        #expect(flat.text == "๑. ก\n๒. ข")
        #expect(flat.tick == nil)
        #expect(flat.warnings.isEmpty)
    }

    /// Fragments of text, `<p>` and `<br>` are read without libxml2: on 3,000 generated ones (spaces, line
    /// breaks, NBSP, ticks, Thai in and out of canonical order, stray `>`), exactly as libxml2's tree gives them.
    @Test func simpleFragmentsReadAsLibXML2ReadsThem() {
        let pieces = ["<p>", "</p>", "<br>", "<BR/>", "<br />", "<P>", " ", "  ", "\n", "\t", "\r\n", "\u{A0}", "ก",
                      "โครงการอบรม", "๑๒,๐๐๐ บาท", "abc", "✓", "☑", "\u{F0FE}", "ก\u{E49}\u{E38}", "e\u{301}", ">", "x > y", "-"]
        var rng = SplitMix64(seed: 2026)
        var simple = 0
        for _ in 0..<3_000 {
            let raw = (0..<Int.random(in: 1...14, using: &rng)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
            // Only fragments with a tag are flattened at all (InlineMarkup).
            guard HTMLFragment.containsMarkup(raw) else { continue }
            let slow = HTMLFragment.flattenWithLibXML2(raw, line: 1, column: 1)
            guard let fast = HTMLFragment.flattenSimple(raw) else { continue }
            simple += 1
            #expect(fast.text == slow.text, "\(raw.debugDescription)")
            #expect(fast.tick == slow.tick, "\(raw.debugDescription)")
            #expect(slow.warnings.isEmpty, "\(raw.debugDescription): \(slow.warnings)")
        }
        #expect(simple > 1_000, "most generated fragments are simple")
    }

    @Test func fragmentsWithMoreThanParagraphsGoToLibXML2() {
        for raw in ["ก&amp;ข", "<p class=\"x\">ก</p>", "ก</p>", "<b>ก</b>", "ก < ข", "<span>ก</span>", "ก\u{0B}ข"] {
            #expect(HTMLFragment.flattenSimple(raw) == nil, "\(raw)")
        }
    }

    @Test func checkboxes() {
        let checked = HTMLFragment.flatten("<input checked=\"\" type=\"checkbox\"/>", line: 64, column: 120)
        #expect(checked.text == "☑")
        #expect(checked.tick == .checked)
        let unchecked = HTMLFragment.flatten("<input type=\"checkbox\"/> ไม่มี", line: 1, column: 1)
        #expect(unchecked.text == "☐ ไม่มี")
        #expect(unchecked.tick == .unchecked)
        let wingdings = HTMLFragment.flatten("<span style=\"font-family:Wingdings\">ü</span>ผ่าน", line: 1, column: 1)
        #expect(wingdings.text == "✓ผ่าน")
        #expect(wingdings.tick == .checked)
    }

    @Test func breaksSpacesAndEntities() {
        let flat = HTMLFragment.flatten("ก&nbsp;&nbsp; ข<br>ค <br/> &lt;ง&gt; &amp; จ", line: 1, column: 1)
        #expect(flat.text == "ก ข\nค\n<ง> & จ")
    }

    @Test func autolinksStayText() {
        let raw = "ดูที่ <https://www.example.go.th/ita?x=1> <p>และ</p>"
        #expect(HTMLFragment.containsMarkup(raw))
        let flat = HTMLFragment.flatten(raw, line: 3, column: 1)
        #expect(flat.text == "ดูที่ <https://www.example.go.th/ita?x=1>\nและ")
        #expect(!flat.warnings.contains { $0.message.contains("https") })
    }

    @Test func markupDetection() {
        #expect(HTMLFragment.containsMarkup("<p>ก</p>"))
        #expect(HTMLFragment.containsMarkup("ก<br>ข"))
        #expect(HTMLFragment.containsMarkup("ก</p>"))
        #expect(HTMLFragment.containsMarkup("<input type=checkbox>"))
        #expect(HTMLFragment.containsMarkup(Substring("x <td>")))
        #expect(!HTMLFragment.containsMarkup("<https://www.nacc.go.th>"))
        #expect(!HTMLFragment.containsMarkup("<mailto:saraban@example.go.th>"))
        #expect(!HTMLFragment.containsMarkup("ก < ข และ ค > ง"))
        #expect(!HTMLFragment.containsMarkup("๑ <๒"))
        #expect(!HTMLFragment.containsMarkup("</"))
        #expect(!HTMLFragment.containsMarkup(""))
    }

    @Test func fragmentWarningsArePlaced() {
        let flat = HTMLFragment.flatten("<p>ก</b></p>", line: 22, column: 30)
        let warning = flat.warnings.first { $0.message.contains("Unexpected end tag") }
        #expect(warning?.line == 22)
        #expect((warning?.column ?? 0) >= 30)
        #expect(flat.text == "ก")
    }

    @Test func tableChunkFromMarkdown() throws {
        let chunk = """
            <table>
              <thead><tr><th>มิติ</th><th>โครงการ</th></tr></thead>
              <tbody>
                <tr><td>๑</td><td>โครงการ ก<br>(ต่อเนื่อง)</td></tr>
                <tr><td colspan="2">รวม ๑ โครงการ</td></tr>
              </tbody>
            </table>
            """
        let (table, warnings) = HTMLFragment.readTable(html: chunk, firstLine: 120)
        let found = try #require(table)
        #expect(warnings.isEmpty)
        #expect(found.source == SourceLines(line: 120, column: 1, endLine: 124))
        #expect(found.declaredHeaderRows == 1)
        #expect(found.rows.map(\.source.line) == [121, 123, 124])
        #expect(found.rows.map { $0.cells.map(\.text) } == [["มิติ", "โครงการ"], ["๑", "โครงการ ก\n(ต่อเนื่อง)"], ["รวม ๑ โครงการ"]])
        #expect(found.rows[1].cells.map(\.source) == [SourceLines(line: 123, column: 9), SourceLines(line: 123, column: 19)])
        #expect(found.rows[2].cells[0].columnSpan == 2)
        #expect(found.rows[2].cells[0].raw == "<td colspan=\"2\">รวม ๑ โครงการ</td>")
    }

    @Test func tableChunkStartingMidLine() throws {
        let (table, _) = HTMLFragment.readTable(html: "<table><tr><td>ก</td></tr></table>", firstLine: 7, firstColumn: 5)
        #expect(table?.rows.first?.cells.first?.source == SourceLines(line: 7, column: 16))
    }
}

@Suite struct HTMLRobustnessTests {
    @Test func unclosedTags() throws {
        let html = "<p>ก\n<table><tr><td>ข<td colspan=2>ค\n<tr><td>ง<p>จ\n<div><b>ฉ"
        let draft = read(html)
        let table = try #require(tables(draft).first)
        #expect(table.rows.map { $0.cells.map(\.text) } == [["ข", "ค"], ["ง\nจ\nฉ"]])
        #expect(table.rows[0].cells.map(\.raw) == ["<td>ข", "<td colspan=2>ค"])
        #expect(table.rows[0].cells.map(\.source.column) == [12, 17])
        #expect(outline(draft).first == "line ก")
        #expect(!draft.warnings.isEmpty)
        #expect(draft.warnings.allSatisfy { $0.line >= 1 && $0.line <= 4 })
    }

    @Test func tableOfTenThousandColumns() throws {
        var html = "<table><tr>"
        for column in 0..<10_000 { html += "<td colspan=1>\(column)</td>" }
        html += "</tr></table>"
        let table = try #require(tables(read(html)).first)
        let cells = table.rows[0].cells
        #expect(cells.count == 10_000)
        #expect(cells[9_999].text == "9999")
        // "<table><tr>" is 11 characters; cell k starts after k cells of "<td colspan=1>k</td>".
        var column = 12
        for k in 0..<9_999 { column += 19 + String(k).count }
        #expect(cells[9_999].source == SourceLines(line: 1, column: column))
    }

    @Test func tagsNestedTenThousandDeep() {
        let depth = 10_000
        let html = String(repeating: "<div>", count: depth) + "ลึก" + String(repeating: "</div>", count: depth) + "\n<p>หลัง</p>"
        let draft = read(html)
        #expect(outline(draft) == ["line ลึก", "line หลัง"])
        #expect(lines(draft).map(\.source) == [SourceLines(line: 1, column: 5 * (depth - 1) + 1), SourceLines(line: 2, column: 1)])
        #expect(draft.warnings.contains { $0.message.contains("levels deep") })
    }

    @Test func cellsNestedTenThousandDeep() throws {
        let depth = 10_000
        let html = String(repeating: "<table><tr><td>", count: depth) + "x"
        let draft = read(html)
        let table = try #require(tables(draft).first)
        #expect(table.rows[0].cells[0].text == "x")
        #expect(draft.warnings.count < 400)
        #expect(draft.warnings.contains { $0.message.contains("not kept") })
    }

    @Test func halfBinaryInput() {
        var bytes = Array("<p>ข้อความ</p>\n<table><tr><td>ก".utf8)
        var state: UInt32 = 12345
        for _ in 0..<20_000 {
            state = state &* 1_103_515_245 &+ 12_345
            bytes.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        bytes += Array("</td></tr></table>\n<p>ท้าย</p>".utf8)
        let document = HTMLDocument.parse(bytes, encoding: "UTF-8", firstLine: 1)
        let draft = HTMLReader.read(document, source: bytes)
        #expect(outline(draft).first == "line ข้อความ")
        #expect(!draft.warnings.isEmpty)
        #expect(draft.warnings.allSatisfy { $0.line >= 1 && $0.column >= 1 })
        // The same bytes without the source map: same items, columns 1.
        let plain = HTMLReader.read(document)
        #expect(outline(plain) == outline(draft))
    }

    @Test func emptyAndTagOnlyInput() {
        #expect(read("").items.isEmpty)
        #expect(read("<table></table><p> &nbsp; </p><br><br>").items.isEmpty)
        #expect(HTMLFragment.flatten("", line: 1, column: 1).text == "")
        #expect(HTMLFragment.readTable(html: "<p>no table</p>", firstLine: 1).0 == nil)
    }
}

@Suite struct HTMLParagraphBreakTests {
    static let word = """
        <p class=MsoNormal>หัวข้อ</p>
        <p class=MsoNormal>บรรทัดหนึ่ง</p>
        <p class=MsoNormal><span lang=TH>&nbsp;</span></p>
        <p class=MsoListParagraph><span style='font-family:Symbol'>·</span>&nbsp;&nbsp; ข้อ ก</p>
        <p class=MsoListParagraph><span style='font-family:Symbol'>·</span>&nbsp;&nbsp; ข้อ ข</p>
        <p class=MsoNormal>ต่อจากรายการ</p>
        <div class=WordSection2><p class=MsoNormal>หน้าใหม่</p></div>
        """

    @Test func likeTheTextExport() {
        #expect(outline(read(Self.word)) == [
            "line หัวข้อ", "line บรรทัดหนึ่ง", "¶", "li - ข้อ ก", "li - ข้อ ข", "¶", "line ต่อจากรายการ", "line หน้าใหม่",
        ])
    }

    @Test func everyBlockAParagraph() {
        let bytes = Array(Self.word.utf8)
        let draft = HTMLReader.read(HTMLDocument.parse(bytes), source: bytes, breaks: .everyBlock)
        #expect(outline(draft) == [
            "line หัวข้อ", "¶", "line บรรทัดหนึ่ง", "¶", "li - ข้อ ก", "¶", "li - ข้อ ข", "¶",
            "line ต่อจากรายการ", "¶", "line หน้าใหม่", "¶",
        ])
    }
}

/// Figures of Word HTML placed where the source writes them, not at their `<p>` or `<td>`.
@Suite struct MarkupPlacesTests {
    static let html = """
    <html><body>
    <table>
     <tr>
      <td width=80 valign=top style='width:60.0pt;
      padding:0cm'>
      <p class=MsoNormal><span>25,000.00</span></p>
      </td>
     </tr>
    </table>
    <p class=MsoNormal><span lang=TH
    style='font-family:"TH SarabunPSK"'>&nbsp;&nbsp;&nbsp; ในปีงบประมาณ ๒๕๖๗ ได้ดำเนินการ
    จำนวน ๘ โครงการ เบิกจ่าย ๘ บาท</span></p>
    </body></html>
    """

    @Test func aWrappedParagraphsFiguresAreOnTheirOwnLines() throws {
        let document = try readDocument(Self.html, as: .html)
        let paragraph = try #require(document.blocks.first { $0.kind == .paragraph })
        #expect(paragraph.source.line == 10)
        // The paragraph's text reaches line 12, so its raw text does too.
        #expect(paragraph.source.endLine == 12)
        #expect(paragraph.rawText.hasSuffix("</p>"))
        var tokens = LexicalScanner.scan(paragraph.text, options: ScanOptions(origin: SourcePosition(line: 10, column: 1, offset: 0)))
        paragraph.placeInMarkup(&tokens)
        // `ปีงบประมาณ ๒๕๖๗` at column 58 of line 11, counted past three entities; the two ๘ told apart by their order, both on line 12.
        let places = tokens.map { "\($0.line):\($0.column)" }
        #expect(places == ["11:58", "12:7", "12:26"])
    }

    /// The same figure written on every source line of one paragraph: the nth in the text is the nth in the
    /// source, however many there are (matched by a table of digits, not one search per figure).
    @Test func repeatedFiguresArePlacedInOrder() throws {
        let lines = (1...300).map { "งวดที่ \($0) ๑๐,๐๐๐ บาท" }
        let html = "<html><body>\n<p class=MsoNormal>" + lines.joined(separator: "\n") + "</p>\n</body></html>"
        let document = try readDocument(html, as: .html)
        let paragraph = try #require(document.blocks.first { $0.kind == .paragraph })
        var tokens = LexicalScanner.scan(paragraph.text, options: ScanOptions(origin: SourcePosition(line: 2, column: 1, offset: 0)))
        paragraph.placeInMarkup(&tokens)
        let money = tokens.filter { if case .money = $0.value { true } else { false } }
        #expect(money.count == 300)
        // Line 2 holds `<p …>งวดที่ 1`; the nth figure stands on source line n + 1, after `<p class=MsoNormal>งวดที่ 1 ` (28 code points) or `งวดที่ n `.
        #expect(money.map(\.line) == Array(2...301))
        #expect(money[0].column == 29 && money[9].column == 11 && money[99].column == 12)
    }

    @Test func aCellsFigureIsOnTheLineOfItsText() throws {
        let table = try #require(try readDocument(Self.html, as: .html).tables.first)
        let cell = table.rows[0].cells[0]
        #expect(cell.source.line == 4)
        #expect(cell.figureSource.line == 6)
        #expect(cell.figureSource.column == 28)
    }

    /// A dimension cell spanning its projects' rows, numbered like them (`1. การสร้างสังคม…`): it groups rows and
    /// numbers none, so each `<tr>` under it stays a row of its own (they were joined as one row's overflow).
    @Test func rowsUnderASpanningNumberedCellStayRows() throws {
        let html = """
        <table>
        <tr><th>มิติ</th><th>ภารกิจ</th><th>โครงการ</th><th>2568</th></tr>
        <tr><td rowspan="2">1. การสร้างสังคมที่ไม่ทนต่อการทุจริต</td><td>1.1 จิตสำนึก</td><td>1. โครงการอบรมคุณธรรม</td><td>20,000</td></tr>
        <tr><td>1.2 ประชาชน</td><td>2. โครงการเยาวชนรู้ทัน</td><td>15,000</td></tr>
        <tr><td rowspan="2">2. การบริหารราชการ</td><td>2.1 เจตจำนง</td><td>3. มาตรการประกาศเจตจำนง</td><td>-</td></tr>
        <tr><td>2.2 ความโปร่งใส</td><td>4. โครงการเผยแพร่ข้อมูล</td><td>10,000</td></tr>
        </table>
        """
        let table = try #require(try readDocument(html, as: .html).tables.first)
        #expect(table.rows.map { $0.cells[2].text } == ["1. โครงการอบรมคุณธรรม", "2. โครงการเยาวชนรู้ทัน",
                                                         "3. มาตรการประกาศเจตจำนง", "4. โครงการเผยแพร่ข้อมูล"])
        #expect(table.rows.map { $0.cells[3].text } == ["20,000", "15,000", "-", "10,000"])
        #expect(table.rows[1].cells[0].coveredBy == 0)
    }
}
