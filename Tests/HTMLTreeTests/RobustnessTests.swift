import HTMLTree
import Testing

@Suite struct RobustnessTests {
    @Test func unclosedTagsAreRecovered() {
        let doc = HTMLDocument.parse(html: "<div><p>one<p>two<b>bold<i>both</div><p>three")
        #expect(doc.elements(named: "p").map { doc.textContent(of: $0) } == ["one", "twoboldboth", "three"])
        #expect(doc.elements(named: "i").count == 1)
        #expect(!doc.diagnostics.isEmpty)
    }

    @Test func tenThousandDeep() throws {
        let depth = 10_000
        let html = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
            + "<p>after</p>"
        let doc = HTMLDocument.parse(html: html)
        let divs = doc.elements(named: "div")
        #expect(divs.count == depth)
        #expect(doc.maxDepth >= depth)
        let innermost = try #require(divs.last)
        #expect(doc.textContent(of: innermost) == "deep")
        #expect(doc.ancestors(of: innermost).count >= depth)
        #expect(doc.textContent() == "deep\nafter")
        #expect(doc.elements(named: "p").map { doc.textContent(of: $0) } == ["after"])
        #expect(doc.diagnostics.contains { $0.origin == .reader && $0.message.contains("levels deep") })
    }

    @Test func tenThousandDeepUnclosedInlineTags() {
        let html = String(repeating: "<span><b>", count: 5_000) + "x"
        let doc = HTMLDocument.parse(html: html)
        #expect(doc.elements(named: "span").count == 5_000)
        #expect(doc.textContent() == "x")
    }

    @Test func binaryBlobInsideAUTF8Document() {
        var generator = SplitMix(seed: 42)
        var bytes = Array("<html><body>".utf8)
        for i in 0..<200 { bytes += Array("<p>ย่อหน้าที่ \(i) ดำเนินการแล้ว</p>\n".utf8) }
        for _ in 0..<4_000 { bytes.append(UInt8(truncatingIfNeeded: generator.next())) }
        bytes += [0, 0, 0] + Array("<p id=last>หลัง</p></body></html>".utf8)
        let doc = HTMLDocument.parse(bytes, options: HTMLParseOptions(maxDiagnostics: 50))
        #expect(doc.encoding == "UTF-8")
        #expect(doc.textContent().hasPrefix("ย่อหน้าที่ 0 ดำเนินการแล้ว\nย่อหน้าที่ 1 "))
        #expect(doc.textContent().hasSuffix("หลัง"))
        #expect(doc.diagnostics.contains { $0.origin == .reader && $0.message.contains("U+FFFD") })
        // Capped: 50 from libxml2, a few of our own, one summary.
        #expect(doc.diagnostics.count <= 50 + 5)
        #expect(doc.diagnostics.contains { $0.message.contains("not kept") })
    }

    @Test func randomBytesOnly() {
        var generator = SplitMix(seed: 7)
        for length in [1, 2, 3, 17, 1_000, 100_000] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let doc = HTMLDocument.parse(bytes)
            #expect(doc.nodes.first?.kind == .document)
            #expect(doc.nodes.count >= 1)
            #expect(doc.diagnostics.count <= 100 + 5)
            _ = doc.textContent()
            // Every link points inside the array and every subtree is well nested.
            for (i, node) in doc.nodes.enumerated() {
                #expect(node.subtreeEnd > i && node.subtreeEnd <= doc.nodes.count)
                if let parent = node.parent { #expect(parent < i && doc.nodes[parent].subtreeEnd >= node.subtreeEnd) }
            }
        }
    }

    @Test func nulBytesInTheMiddle() {
        // Inside <script> libxml2 2.9 would stop reading at a NUL; the reader replaces them first.
        let bytes = Array("<p>a".utf8) + [0, 0] + Array("b</p><script>x".utf8) + [0] + Array("y</script><p>c</p>".utf8)
        let doc = HTMLDocument.parse(bytes)
        let texts = doc.elements(named: "p").map { doc.textContent(of: $0, style: .raw) }
        #expect(texts == ["a\u{FFFD}\u{FFFD}b", "c"])
        #expect(doc.diagnostics.contains { $0.message.contains("3 NUL byte(s)") })
    }

    @Test func emptyInput() {
        for bytes in [[UInt8](), Array("   \n".utf8)] {
            let doc = HTMLDocument.parse(bytes)
            #expect(doc.nodes.first?.kind == .document)
            #expect(doc.textContent() == "")
            #expect(doc.elements().count <= 2)
        }
        let empty = HTMLDocument.parse([UInt8]())
        #expect(empty.nodes.count == 1)
        #expect(empty.diagnostics.contains { $0.message.contains("Empty input") })
    }

    /// Correctness at size; the time (linear, within 2× of libxml2 alone) is measured outside the
    /// tests, since timings in tests are flaky.
    @Test func fiveMegabytes() throws {
        let html = Self.bigTable(rows: 40_000)
        #expect(html.utf8.count > 5_000_000)
        let doc = HTMLDocument.parse(html: html)
        #expect(doc.elements(named: "tr").count == 40_000)
        let cells = doc.elements(named: "td")
        #expect(cells.count == 160_000)
        let last = try #require(cells.last)
        #expect(doc.textContent(of: last) == "ข้อความ \u{00A0} ยาว")
        #expect(doc.line(of: last) == 40_001)
        #expect(doc.elements(named: "input").allSatisfy { doc.hasAttribute("checked", of: $0) })
    }

    static func bigTable(rows: Int) -> String {
        var html = "<html><body><table>\n"
        html.reserveCapacity(rows * 140)
        for row in 0..<rows {
            html += "<tr><td class=c>\(row)</td><td colspan=2>ดำเนินการแล้ว</td>"
            html += "<td><input type=checkbox checked></td><td>ข้อความ &nbsp; ยาว</td></tr>\n"
        }
        return html + "</table></body></html>"
    }

    @Test func implicitElementsCanBeLeftOut() throws {
        let doc = HTMLDocument.parse(html: "<td>a</td><p>b</p>", options: HTMLParseOptions(impliedElements: false))
        let top = doc.childElements(of: HTMLDocument.root).map { doc.name(of: $0) }
        #expect(!top.contains("html"))
        #expect(doc.textContent().contains("b"))
    }
}

/// A small deterministic generator for reproducible garbage.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct DiagnosticsTests {
    @Test func unknownOfficeTagsAreReportedOncePerName() throws {
        let html = String(repeating: "<p class=MsoNormal>x<o:p></o:p></p>\n", count: 300) + "<v:shape>y</v:shape>"
        let doc = HTMLDocument.parse(html: html)
        #expect(doc.elements(named: "o:p").count == 300)
        #expect(doc.elements(named: "v:shape").count == 1)
        let unknown = doc.diagnostics.filter { $0.message.hasPrefix("Tag ") && $0.message.hasSuffix(" invalid") }
        #expect(unknown.map(\.message) == ["Tag o:p invalid", "Tag v:shape invalid"])
        #expect(unknown.first?.line == 1)
        #expect(unknown.last?.line == 301)
        #expect(doc.diagnostics.last?.message == "299 more libxml2 diagnostic(s) not kept")
    }

    @Test func concurrentParsesKeepTheirOwnDiagnostics() async {
        // libxml2's error handlers are per thread; each parse must see only its own errors.
        let results = await withTaskGroup(of: (Int, [Int?]).self) { group in
            for job in 0..<16 {
                group.addTask {
                    let firstLine = job * 1_000 + 1
                    var html = ""
                    for _ in 0..<200 { html += "<p>ok</b></p>\n" }
                    let doc = HTMLDocument.parse(html: html, firstLine: firstLine,
                                                 options: HTMLParseOptions(maxDiagnostics: 1_000))
                    return (job, doc.diagnostics.map(\.line))
                }
            }
            var all: [(Int, [Int?])] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 16)
        for (job, lines) in results {
            #expect(lines.count == 200)
            #expect(lines.allSatisfy { ($0 ?? 0) >= job * 1_000 + 1 && ($0 ?? 0) <= job * 1_000 + 200 })
        }
    }
}
