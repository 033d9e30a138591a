import HTMLTree
import Testing

/// Thai in windows-874 / TIS-620: ก = 0xA1 (U+0E01), า = 0xD2, ร = 0xC3.
@Suite struct EncodingTests {
    static let karn: [UInt8] = [0xA1, 0xD2, 0xC3]  // "การ"

    static func bodyText(_ doc: HTMLDocument) -> String {
        doc.elements(named: "p").map { doc.textContent(of: $0) }.joined(separator: "|")
    }

    @Test func metaCharsetWindows874() {
        let bytes = Array("<html><head><meta charset=windows-874></head><body><p>".utf8) + Self.karn
            + Array("</p></body></html>".utf8)
        let doc = HTMLDocument.parse(bytes)
        #expect(Self.bodyText(doc) == "การ")
        #expect(Self.bodyText(doc).unicodeScalars.first?.value == 0x0E01)
        #expect(doc.encoding == "windows-874")
        #expect(doc.encodingSource == .metaDeclaration)
        #expect(!doc.diagnostics.contains { $0.severity != .warning })
    }

    @Test func httpEquivTIS620WithWindowsPunctuation() {
        // 0x93/0x94 are “ ” in windows-874 but undefined in strict TIS-620: decoded anyway.
        let bytes = Array(#"<meta http-equiv="Content-Type" content="text/html; charset=TIS-620"><p>"#.utf8)
            + [0x93] + Self.karn + [0x94, 0x20, 0x85] + Array("</p><p>ok</p>".utf8)
        let doc = HTMLDocument.parse(bytes)
        #expect(Self.bodyText(doc) == "“การ” …|ok")
        #expect(doc.encoding == "windows-874")
        #expect(doc.encodingSource == .metaDeclaration)
    }

    @Test func textBeforeTheMetaIsDecodedToo() {
        let bytes = Array("<html><head><title>".utf8) + Self.karn + Array("</title><meta charset=\"tis-620\"></head><p>".utf8)
            + Self.karn + Array("</p>".utf8)
        let doc = HTMLDocument.parse(bytes)
        let title = doc.elements(named: "title").first.map { doc.textContent(of: $0, style: .raw) }
        #expect(title == "การ")
        #expect(Self.bodyText(doc) == "การ")
    }

    @Test func undefinedBytesBecomeReplacementCharactersAndTheRestIsRead() {
        let bytes = Array("<meta charset=windows-874><p>".utf8) + [0xA1, 0xDB, 0xA1] + Array("</p><p>after</p>".utf8)
        let doc = HTMLDocument.parse(bytes)
        #expect(Self.bodyText(doc) == "ก\u{FFFD}ก|after")
        #expect(doc.diagnostics.contains { $0.origin == .reader && $0.message.contains("U+FFFD") })
    }

    @Test func parameterOverridesDeclaration() {
        let utf8 = Array("<meta charset=windows-874><p>การ</p>".utf8)
        let doc = HTMLDocument.parse(utf8, encoding: "UTF-8")
        #expect(Self.bodyText(doc) == "การ")
        #expect(doc.encodingSource == .parameter)

        let thai = Array("<p>".utf8) + Self.karn + Array("</p>".utf8)
        let forced = HTMLDocument.parse(thai, encoding: "TIS-620")
        #expect(Self.bodyText(forced) == "การ")
        #expect(forced.encodingSource == .parameter)
    }

    @Test func byteOrderMarkBeatsMeta() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<meta charset=windows-874><p>ดำเนินการ</p>".utf8)
        let doc = HTMLDocument.parse(bytes)
        #expect(Self.bodyText(doc) == "ดำเนินการ")
        #expect(doc.encodingSource == .byteOrderMark)
        #expect(!doc.textContent().hasPrefix("\u{FEFF}"))

        let fromString = HTMLDocument.parse(html: "\u{FEFF}<p>x</p>")
        #expect(fromString.textContent() == "x")
    }

    @Test func plainUTF8WithoutDeclaration() {
        let doc = HTMLDocument.parse(Array("<p>ดำเนินการแล้ว</p>".utf8))
        #expect(Self.bodyText(doc) == "ดำเนินการแล้ว")
        #expect(doc.encoding == "UTF-8")
        #expect(doc.encodingSource == .utf8Default)
    }

    @Test func undeclaredNonUTF8FallsBackToWindows874() {
        let doc = HTMLDocument.parse(Array("<p>".utf8) + Self.karn + Array("</p>".utf8))
        #expect(Self.bodyText(doc) == "การ")
        #expect(doc.encodingSource == .fallback)
        #expect(doc.diagnostics.contains { $0.severity == .warning && $0.message.contains("windows-874") })

        var options = HTMLParseOptions()
        options.fallbackEncoding = nil
        let repaired = HTMLDocument.parse(Array("<p>".utf8) + Self.karn + Array("</p>".utf8), options: options)
        #expect(Self.bodyText(repaired) == "\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test func unsupportedDeclarationWarnsAndFallsBack() {
        let doc = HTMLDocument.parse(Array("<meta charset=x-klingon><p>ดำ</p>".utf8))
        #expect(Self.bodyText(doc) == "ดำ")
        #expect(doc.encodingSource == .utf8Default)
        #expect(doc.diagnostics.contains { $0.message.contains("x-klingon") })

        let bad = HTMLDocument.parse(Array("<p>ดำ</p>".utf8), encoding: "no-such-encoding")
        #expect(Self.bodyText(bad) == "ดำ")
        #expect(bad.diagnostics.contains { $0.message.contains("no-such-encoding") })
    }

    @Test func otherEncodingsGoThroughLibxml2() {
        // windows-1252: 0xE9 = é, 0x93 = “
        let bytes = Array("<meta charset=windows-1252><p>caf".utf8) + [0xE9, 0x20, 0x93] + Array("x</p>".utf8)
        let doc = HTMLDocument.parse(bytes)
        #expect(Self.bodyText(doc) == "café “x")
        #expect(doc.encoding == "windows-1252")
    }

    @Test func utf16WithByteOrderMark() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "<p>การ</p>".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let doc = HTMLDocument.parse(bytes)
        #expect(Self.bodyText(doc) == "การ")
        #expect(doc.encodingSource == .byteOrderMark)
    }
}
