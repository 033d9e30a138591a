import HTMLTree
import ThaiText

/// Reads text, markdown and HTML exports into one document model.
///
/// bytes → decode (ThaiText: UTF-8/UTF-16/windows-874 through ICU, one decoder for every form)
/// → repairs (NFC, sara am, invisibles, Wingdings ticks) → a reader per form → `Draft` → `Assembler`.
public enum DocumentReader {
    public struct Options: Sendable {
        /// The form; detected from the file name and content when nil.
        public var format: DocumentFormat?
        /// The encoding; detected when nil.
        public var encoding: TextEncoding?

        public init(format: DocumentFormat? = nil, encoding: TextEncoding? = nil) {
            self.format = format
            self.encoding = encoding
        }
    }

    /// Reads the file at `path` (`-` for standard input). Throws only when nothing can be read
    /// (missing, empty, a directory); damage inside a file becomes warnings with their places.
    public static func read(contentsOf path: String, options: Options = Options()) throws -> Document {
        let bytes = try InputFile.readBytes(path)
        var options = options
        if options.format == nil { options.format = DocumentFormat(path: path) }
        do {
            return try read(bytes, options: options)
        } catch let error as DecodingError {
            throw InputError(path: path, message: error.description)
        }
    }

    public static func read(_ bytes: [UInt8], options: Options = Options()) throws -> Document {
        var warnings: [ReadWarning] = []
        let decoded = try decode(bytes, encoding: options.encoding, warnings: &warnings)
        if decoded.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw DecodingError(reason: .blank, position: SourcePosition(line: 1, column: 1, offset: 0))
        }
        var repairer = TextRepairer()
        // Repaired where it stands: clean text is not copied.
        var text = decoded.bytes
        repairer.repair(&text)
        let format = options.format ?? text.withUnsafeBufferPointer { DocumentFormat.sniff($0) }
        switch format {
        case .text, .markdown:
            // Text is grouped as it is read, with no draft in between (about one item a line).
            // The repairer counted the lines: about one item each.
            let (grouped, readWarnings) = text.withUnsafeBufferPointer { text in
                TextReader.read(text, markdown: format == .markdown, into: GroupedText(capacity: repairer.line + 16))
            }
            return Assembler.assemble(grouped, warnings: warnings + readWarnings, format: format, encoding: decoded.encoding)
        case .html:
            // Already UTF-8: the declared charset has been honoured by the one decoder above.
            let document = HTMLDocument.parse(text, encoding: "UTF-8")
            var draft = HTMLReader.read(document, source: text)
            draft.warnings.insert(contentsOf: warnings, at: 0)
            return Assembler.assemble(consume draft, format: format, encoding: decoded.encoding)
        }
    }

    /// Strict decoding first; a file that is partly binary or not valid UTF-8 is read anyway, its
    /// unreadable bytes replaced by U+FFFD, with a warning at the first of them.
    private static func decode(_ bytes: [UInt8], encoding: TextEncoding?, warnings: inout [ReadWarning]) throws(DecodingError) -> DecodedText {
        do {
            return try TextDecoder.decode(bytes, encoding: encoding ?? HTMLCharset.declared(in: bytes))
        } catch {
            switch error.reason {
            case .empty, .blank, .notText: throw error
            default:
                let lossy = Lossy.utf8(bytes)
                // More than half unreadable is not a damaged document but not a text document at all.
                guard Lossy.replacements(in: lossy) * 2 < bytes.count else { throw error }
                warnings += Lossy.warnings(lossy)
                return DecodedText(bytes: lossy, encoding: .utf8)
            }
        }
    }
}

extension DocumentFormat {
    /// The form a file name says (`.html`, `.htm`, `.md`, `.markdown`, `.txt`), nil when it says none.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { self = .html }
        else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { self = .markdown }
        else if lower.hasSuffix(".txt") { self = .text }
        else { return nil }
    }

    /// HTML when the text opens with a doctype or an `<html>`/`<head>`/`<body>` tag; otherwise text.
    static func sniff(_ text: UnsafeBufferPointer<UInt8>) -> DocumentFormat {
        let head = String(decoding: text.prefix(1024), as: UTF8.self).lowercased()
        let opening = head.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" }
        for start in ["<!doctype html", "<html", "<head", "<body", "<?xml"] where opening.hasPrefix(start) { return .html }
        return .text
    }
}

/// The charset an HTML file declares in `<meta>`, so the one decoder can honour it.
enum HTMLCharset {
    /// The `charset=` of a `<meta>` in the first 2 KB, looked for in ASCII-lowercased bytes (a text export's
    /// Thai head needs no Unicode lowercasing to be ruled out).
    static func declared(in bytes: [UInt8]) -> TextEncoding? {
        let head = bytes.prefix(2048).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        return head.withUnsafeBufferPointer { head -> TextEncoding? in
            func offset(of word: StaticString, from start: Int = 0) -> Int? {
                let rest = UnsafeBufferPointer(rebasing: head[start...])
                let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
                return ByteSearch.firstOffset(of: needle, in: rest).map { $0 + start }
            }
            guard offset(of: "<meta") != nil, let found = offset(of: "charset=") else { return nil }
            var index = found + 8
            while index < head.count, head[index] == 0x22 || head[index] == 0x27 || head[index] == 0x20 { index += 1 }
            let start = index
            while index < head.count {
                let byte = head[index]
                guard (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x5F else { break }
                index += 1
            }
            return TextEncoding(label: String(decoding: head[start..<index], as: UTF8.self))
        }
    }
}

/// Lossy UTF-8: invalid sequences and control bytes (other than tab, LF, CR) become U+FFFD.
enum Lossy {
    /// How many U+FFFD a lossy decoding holds (each stands for at least one unreadable byte).
    static func replacements(in utf8: [UInt8]) -> Int {
        var count = 0
        var index = 0
        while index + 2 < utf8.count {
            if utf8[index] == 0xEF && utf8[index + 1] == 0xBF && utf8[index + 2] == 0xBD { count += 1; index += 3 } else { index += 1 }
        }
        return count
    }

    /// Lines with a warning of their own; past them, one warning says how many more lines have some.
    static let linesWarned = 20

    /// A warning on each line that holds U+FFFD, with the text around the first: what an auditor must read
    /// in the original, since a figure or name there may have lost a digit or a letter.
    static func warnings(_ utf8: [UInt8]) -> [ReadWarning] {
        var warnings: [ReadWarning] = []
        var line = 1, lineStart = 0, lastWarnedLine = 0, moreLines = 0
        var index = 0
        while index + 2 < utf8.count {
            let byte = utf8[index]
            if byte == 0x0A { line += 1; lineStart = index + 1; index += 1; continue }
            guard byte == 0xEF, utf8[index + 1] == 0xBF, utf8[index + 2] == 0xBD else { index += 1; continue }
            if line != lastWarnedLine {
                lastWarnedLine = line
                if warnings.count < linesWarned {
                    let column = utf8[lineStart..<index].count { $0 & 0xC0 != 0x80 } + 1
                    warnings.append(ReadWarning(line: line, column: column, message: ReadWarning.unreadableBytes(excerpt: excerpt(utf8, at: index))))
                } else {
                    moreLines += 1
                }
            }
            index += 3
        }
        if moreLines > 0, let last = warnings.last {
            warnings.append(ReadWarning(line: last.line, column: last.column, message: ReadWarning.unreadableBytes(moreLines: moreLines)))
        }
        return warnings
    }

    /// Up to 24 code points either side of `offset`, on its line.
    private static func excerpt(_ utf8: [UInt8], at offset: Int) -> String {
        var start = offset, end = offset, taken = 0
        while start > 0, utf8[start - 1] != 0x0A, taken < 24 {
            start -= 1
            if utf8[start] & 0xC0 != 0x80 { taken += 1 }
        }
        while start < offset, utf8[start] & 0xC0 == 0x80 { start += 1 }
        taken = 0
        while end < utf8.count, utf8[end] != 0x0A, utf8[end] != 0x0D, taken <= 24 {
            end += 1
            if end == utf8.count || utf8[end] & 0xC0 != 0x80 { taken += 1 }
        }
        while start < end, utf8[start] == 0x20 || utf8[start] == 0x09 { start += 1 }
        while end > start, utf8[end - 1] == 0x20 || utf8[end - 1] == 0x09 { end -= 1 }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20, scalar != "\t", scalar != "\n", scalar != "\r" {
                out += [0xEF, 0xBF, 0xBD]
            } else {
                out += Array(String(scalar).utf8)
            }
        }
        return out
    }
}
