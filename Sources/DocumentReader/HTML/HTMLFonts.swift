import HTMLTree
import ThaiText

/// Which elements switch the font to a symbol font. Word marks a tick as
/// `<span style='font-family:Wingdings;mso-char-type:symbol;mso-symbol-font-family:Wingdings'>þ</span>`,
/// old exports as `<font face=Wingdings>`, pdftohtml as a class whose rule in `<style>` names the font.
struct HTMLFonts {
    /// Class names whose CSS rule sets a symbol or plain font.
    private var classFonts: [String: HTMLFont] = [:]

    /// The font an element sets, nil if it sets none (its text keeps the enclosing font).
    func font(of node: Int, in document: HTMLDocument) -> HTMLFont? {
        if let style = document.attribute("style", of: node), let font = Self.font(declarations: style) {
            return font
        }
        // Only `<font>` has a face (asking every element for it costs a lookup that misses).
        if document.name(of: node) == "font", let face = document.attribute("face", of: node) {
            return Self.font(family: face)
        }
        if !classFonts.isEmpty, let classes = document.attribute("class", of: node) {
            for name in classes.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                if let font = classFonts[String(name)] { return font }
            }
        }
        return nil
    }

    /// Reads the class rules of a `<style>` element's text (`.ft02{font-family:Wingdings}`,
    /// `span.sym{…}`); other selectors are ignored.
    mutating func learn(styleSheet: String) {
        var rest = Substring(Self.removingComments(styleSheet))
        while let open = rest.firstIndex(of: "{") {
            let selector = rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let body = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            guard let font = Self.font(declarations: body) else { continue }
            var remaining = selector
            while let dot = remaining.firstIndex(of: ".") {
                let name = remaining[remaining.index(after: dot)...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                if !name.isEmpty { classFonts[String(name)] = font }
                remaining = remaining[remaining.index(after: dot)...]
            }
        }
    }

    /// The font a `style` attribute or CSS rule body sets: `mso-symbol-font-family` wins (Word
    /// keeps the text font in `font-family` for some symbol runs), then `font-family`, then a
    /// symbol font named in a `font:` shorthand. Read on bytes: Word puts a long style on every element.
    static func font<S: StringProtocol>(declarations: S) -> HTMLFont? {
        if let found = declarations.utf8.withContiguousStorageIfAvailable({ font(declarations: $0) }) { return found }
        return Array(declarations.utf8).withUnsafeBufferPointer { font(declarations: $0) }
    }

    private static func font(declarations css: UnsafeBufferPointer<UInt8>) -> HTMLFont? {
        var family: HTMLFont?, shorthand: HTMLFont?
        var start = 0
        while start < css.count {
            var end = start
            while end < css.count && css[end] != UInt8(ascii: ";") { end += 1 }
            if let colon = (start..<end).first(where: { css[$0] == UInt8(ascii: ":") }) {
                let property = trimmed(css, start, colon)
                let value = UnsafeBufferPointer(rebasing: css[(colon + 1)..<end])
                if equalsIgnoringCase(css, property, "mso-symbol-font-family") {
                    let font = familyFont(value, anywhere: false)
                    if font != .plain { return font }
                } else if equalsIgnoringCase(css, property, "font-family") {
                    family = familyFont(value, anywhere: false)
                } else if equalsIgnoringCase(css, property, "font") {
                    // `font: 7.0pt "Times New Roman"`: the family list is last; only a symbol name counts.
                    let font = familyFont(value, anywhere: true)
                    if font != .plain { shorthand = font }
                }
            }
            start = end + 1
        }
        return family ?? shorthand
    }

    /// The font named first in a family list (`"Wingdings 2", serif`), or anywhere in it.
    static func font<S: StringProtocol>(family list: S, anywhere: Bool = false) -> HTMLFont {
        if let found = list.utf8.withContiguousStorageIfAvailable({ familyFont($0, anywhere: anywhere) }) { return found }
        return Array(list.utf8).withUnsafeBufferPointer { familyFont($0, anywhere: anywhere) }
    }

    private static func familyFont(_ list: UnsafeBufferPointer<UInt8>, anywhere: Bool) -> HTMLFont {
        var name: [UInt8] = []
        for byte in list {
            if byte == UInt8(ascii: ",") && !anywhere { break }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { continue }
            name.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
        }
        let bare = String(decoding: name, as: UTF8.self).trimmingSpaces
        if anywhere ? bare.contains(TickForms.wingdings2Font) : bare == TickForms.wingdings2Font { return .wingdings2 }
        if symbolFonts.contains(where: { anywhere ? bare.contains($0) : bare == $0 }) { return .dingbats }
        if anywhere ? bare.contains("symbol") : bare == "symbol" { return .symbol }
        return .plain
    }

    private static let symbolFonts = TickForms.symbolFonts

    /// `start..<end` without ASCII whitespace at either end.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int> {
        var start = start, end = end
        while start < end && bytes[start] <= 0x20 { start += 1 }
        while end > start && bytes[end - 1] <= 0x20 { end -= 1 }
        return start..<end
    }

    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let letters = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for (k, index) in range.enumerated() {
            let byte = bytes[index]
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if lower != letters[k] { return false }
        }
        return true
    }

    private static func removingComments(_ css: String) -> String {
        guard css.contains("/*") else { return css }
        var out = ""
        var rest = Substring(css)
        while let start = rest.range(ofLiteral: "/*") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(ofLiteral: "*/") else { return out }
            rest = rest[end.upperBound...]
        }
        return out + rest
    }
}

fileprivate extension StringProtocol {
    /// Without leading and trailing ASCII whitespace.
    var trimmingSpaces: String {
        // On bytes: font names are short ASCII, and grapheme walking here was the reader's hot spot.
        let bytes = Array(utf8)
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        var start = 0, end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

fileprivate extension Substring {
    /// The first occurrence of `literal` (no Foundation in this module).
    func range(ofLiteral literal: String) -> Range<Index>? {
        guard let first = literal.first else { return nil }
        var index = startIndex
        while let found = self[index...].firstIndex(of: first) {
            if self[found...].starts(with: literal) {
                return found..<(self.index(found, offsetBy: literal.count))
            }
            index = self.index(after: found)
        }
        return nil
    }
}
