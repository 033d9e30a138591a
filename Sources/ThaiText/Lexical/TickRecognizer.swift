/// Ticks: Unicode boxes and checks, Wingdings glyphs and their private-use code points,
/// `<input type="checkbox" checked>` in any attribute order and quoting, and `()` where a box was lost.
extension ScanSession {
    mutating func scanTickCharacter(at offset: Int) -> Int {
        let width = ThaiScript.sequenceWidth(text[offset])
        if let match = TickForms.lexicon.match(in: text, at: offset) {
            return emitTick(match.value, from: offset, to: match.end)
        }
        if inWingdings, let match = TickForms.wingdingsLexicon.match(in: text, at: offset) {
            return emitTick(match.value, from: offset, to: match.end)
        }
        return offset + width
    }

    mutating func emitTick(_ state: TickState, from start: Int, to end: Int) -> Int {
        emit(.tick, .tick(state), from: start, to: end)
    }

    /// `()` or `( )` standing for a box the export lost: `- () ทราบ/ดำเนินการตามเสนอ`.
    mutating func scanLostTick(at offset: Int) -> Int {
        var close = offset + 1
        while byte(at: close) == 0x20 { close += 1 }
        guard byte(at: close) == UInt8(ascii: ")") else { return offset + 1 }
        let after = byte(at: close + 1)
        let endsWell = after == nil || after == 0x20 || after == 0x09 || after == 0x0A || after == 0x0D
        guard endsWell, isAtLineOrCellStart(offset) || byte(at: offset - 1) == 0x20 else { return close + 1 }
        return emitTick(.unknown, from: offset, to: close + 1)
    }

    /// HTML inside text: checkbox inputs are ticks; Wingdings spans switch glyphs to ticks.
    mutating func scanTag(at offset: Int) -> Int {
        guard let tag = HTMLTagPeek(text: text, start: offset) else { return offset + 1 }
        switch tag.name {
        case "input":
            let type = tag.attribute("type")?.lowercased()
            guard type == "checkbox" || type == "radio" else { return tag.end }
            return emitTick(tag.hasAttribute("checked") ? .checked : .unchecked, from: offset, to: tag.end)
        case "span", "font":
            if tag.isClosing {
                if wingdingsDepth > 0 { wingdingsDepth -= 1 }
            } else if wingdingsDepth > 0 {
                wingdingsDepth += 1
            } else {
                let style = ((tag.attribute("style") ?? "") + " " + (tag.attribute("face") ?? "")).lowercased()
                if TickForms.symbolFonts.contains(where: { style.contains($0) }) { wingdingsDepth = 1 }
            }
            return tag.end
        default:
            return tag.end
        }
    }
}

/// A quick look at one HTML tag inside text, enough to read checkbox inputs and font spans.
/// (Whole HTML documents go through libxml2; this only reads tags left inside text exports.)
struct HTMLTagPeek {
    var name: String
    var isClosing: Bool
    var attributes: [(name: String, value: String)]
    var end: Int

    init?(text: UnsafeBufferPointer<UInt8>, start: Int) {
        var index = start + 1
        let limit = min(text.count, start + 1024)
        isClosing = index < limit && text[index] == UInt8(ascii: "/")
        if isClosing { index += 1 }
        let nameStart = index
        while index < limit, Self.isNameByte(text[index]) { index += 1 }
        guard index > nameStart else { return nil }
        name = String(decoding: UnsafeBufferPointer(rebasing: text[nameStart..<index]), as: UTF8.self).lowercased()
        attributes = []
        while index < limit {
            let byte = text[index]
            if byte == UInt8(ascii: ">") {
                end = index + 1
                return
            }
            if byte == 0x0A || byte == UInt8(ascii: "<") { return nil }
            guard Self.isNameByte(byte) else { index += 1; continue }
            let attributeStart = index
            while index < limit, Self.isNameByte(text[index]) { index += 1 }
            let attributeName = String(decoding: UnsafeBufferPointer(rebasing: text[attributeStart..<index]), as: UTF8.self).lowercased()
            while index < limit, text[index] == 0x20 { index += 1 }
            var value = ""
            if index < limit, text[index] == UInt8(ascii: "=") {
                index += 1
                while index < limit, text[index] == 0x20 { index += 1 }
                guard index < limit else { return nil }
                let quote = text[index]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    let valueStart = index + 1
                    index = valueStart
                    while index < limit, text[index] != quote { index += 1 }
                    guard index < limit else { return nil }
                    value = String(decoding: UnsafeBufferPointer(rebasing: text[valueStart..<index]), as: UTF8.self)
                    index += 1
                } else {
                    let valueStart = index
                    while index < limit, text[index] != 0x20, text[index] != UInt8(ascii: ">"),
                          !(text[index] == UInt8(ascii: "/") && index + 1 < limit && text[index + 1] == UInt8(ascii: ">")) { index += 1 }
                    value = String(decoding: UnsafeBufferPointer(rebasing: text[valueStart..<index]), as: UTF8.self)
                }
            }
            attributes.append((attributeName, value))
        }
        return nil
    }

    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    func hasAttribute(_ name: String) -> Bool { attributes.contains { $0.name == name } }

    static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    }
}
