/// Text encodings sarabun reads, detected from the bytes.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf8WithBOM = "utf-8-bom"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    /// TIS-620 and its Microsoft superset windows-874, read with ICU's converter.
    case windows874 = "windows-874"

    /// ICU's converter name for the encoding.
    var icuName: String {
        switch self {
        case .utf8, .utf8WithBOM: "UTF-8"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        case .windows874: "windows-874-2000"
        }
    }

    /// Parses a name as users and HTML write it (`tis-620`, `cp874`, `utf8`…).
    public init?(label: String) {
        switch String(label.lowercased().map { $0 == "_" ? "-" : $0 }) {
        case "utf-8", "utf8": self = .utf8
        case "utf-8-bom", "utf-8-sig": self = .utf8WithBOM
        case "utf-16le", "utf-16": self = .utf16LittleEndian
        case "utf-16be": self = .utf16BigEndian
        case "windows-874", "tis-620", "tis620", "cp874", "iso-8859-11", "x-windows-874", "ms874": self = .windows874
        default: return nil
        }
    }
}

/// Why bytes could not be read as text, with the place.
public struct DecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        case empty
        /// Nothing but spaces, tabs and line breaks: an export that lost its text.
        case blank
        case binary
        case invalidUTF8
        case conversionFailed(String)
        /// A file of another kind (a PDF, an Office document, an image): what it is and what to do.
        case notText(String)
    }
    public var reason: Reason
    /// Where the problem is (for empty input, 1:1).
    public var position: SourcePosition

    public init(reason: Reason, position: SourcePosition) {
        self.reason = reason
        self.position = position
    }

    public var description: String {
        switch reason {
        case .empty: "empty file"
        case .blank: "blank file: only spaces and line breaks, no text"
        case .binary: "binary data (a NUL or control byte) at line \(position.line), column \(position.column) (byte \(position.offset))"
        case .invalidUTF8: "invalid UTF-8 at line \(position.line), column \(position.column) (byte \(position.offset)); if the file is Thai in a legacy encoding, pass --encoding tis-620"
        case .conversionFailed(let detail): "could not decode: \(detail)"
        case .notText(let what): what
        }
    }
}

/// Decoded text: UTF-8 bytes without a BOM, and what they were decoded from.
public struct DecodedText: Sendable {
    public var bytes: [UInt8]
    public var encoding: TextEncoding

    public init(bytes: [UInt8], encoding: TextEncoding) {
        self.bytes = bytes
        self.encoding = encoding
    }
}

/// Detects an input's encoding and decodes it to UTF-8.
public enum TextDecoder {
    /// Decodes `input`, detecting the encoding unless one is given.
    public static func decode(_ input: UnsafeBufferPointer<UInt8>, encoding forced: TextEncoding? = nil) throws(DecodingError) -> DecodedText {
        try decode(input, encoding: forced, array: nil)
    }

    /// `array`, when given, holds the same bytes as `input`: valid UTF-8 without a BOM is then its own
    /// decoding, shared instead of copied.
    private static func decode(_ input: UnsafeBufferPointer<UInt8>, encoding forced: TextEncoding?, array: [UInt8]?) throws(DecodingError) -> DecodedText {
        guard !input.isEmpty else { throw DecodingError(reason: .empty, position: SourcePosition(line: 1, column: 1, offset: 0)) }
        if let what = FileSignatures.match(input) { throw DecodingError(reason: .notText(what), position: SourcePosition(line: 1, column: 1, offset: 0)) }
        // Detection validates UTF-8 once; that answer serves decoding too, so the bytes are read once.
        var problem: DecodingError??
        let encoding = forced ?? detect(input, utf8Problem: &problem)
        switch encoding {
        case .utf8, .utf8WithBOM:
            let body = encoding == .utf8WithBOM || hasUTF8BOM(input) ? UnsafeBufferPointer(rebasing: input[3...]) : input
            if let problem = problem ?? firstProblem(inUTF8: body) { throw problem }
            let encoding: TextEncoding = hasUTF8BOM(input) ? .utf8WithBOM : .utf8
            if let array, body.count == input.count { return DecodedText(bytes: array, encoding: encoding) }
            return DecodedText(bytes: Array(body), encoding: encoding)
        case .utf16LittleEndian, .utf16BigEndian, .windows874:
            var bytes: [UInt8]
            do { bytes = try ICU.convertToUTF8(input, from: encoding.icuName) } catch {
                throw DecodingError(reason: .conversionFailed(String(describing: error)), position: SourcePosition(line: 1, column: 1, offset: 0))
            }
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            let problem = bytes.withUnsafeBufferPointer { firstControlByte(in: $0) }
            if let problem { throw problem }
            return DecodedText(bytes: bytes, encoding: encoding)
        }
    }

    public static func decode(_ input: [UInt8], encoding: TextEncoding? = nil) throws(DecodingError) -> DecodedText {
        try input.withUnsafeBufferPointer { (buffer) throws(DecodingError) -> DecodedText in
            try decode(buffer, encoding: encoding, array: input)
        }
    }

    /// The encoding of `input`: a BOM decides; else UTF-16 shows as NULs in every other byte; else valid
    /// UTF-8 is UTF-8; else bytes that read as Thai in windows-874 are windows-874; else UTF-8 (and an error).
    public static func detect(_ input: UnsafeBufferPointer<UInt8>) -> TextEncoding {
        var problem: DecodingError??
        return detect(input, utf8Problem: &problem)
    }

    /// `detect`, also giving the first problem of the input read as UTF-8 (`firstProblem`) when it
    /// validated the whole input (detected UTF-8 without a BOM); left nil otherwise.
    static func detect(_ input: UnsafeBufferPointer<UInt8>, utf8Problem: inout DecodingError??) -> TextEncoding {
        if hasUTF8BOM(input) { return .utf8WithBOM }
        if input.count >= 2 {
            if input[0] == 0xFF && input[1] == 0xFE { return .utf16LittleEndian }
            if input[0] == 0xFE && input[1] == 0xFF { return .utf16BigEndian }
        }
        let sample = UnsafeBufferPointer(rebasing: input[..<min(input.count, 4096)])
        if sample.count >= 4 {
            var evenNULs = 0, oddNULs = 0
            // Thai in UTF-16 has 0x0E as the high byte of every letter (U+0E01–0E5B), ASCII has 0x00: with no
            // BOM, a high byte of 0x00 or 0x0E in nine pairs of ten says UTF-16 (no UTF-8 text has either).
            var evenHigh = 0, oddHigh = 0
            for (index, byte) in sample.enumerated() where byte == 0 || byte == 0x0E {
                if index % 2 == 0 { evenHigh += 1; if byte == 0 { evenNULs += 1 } } else { oddHigh += 1; if byte == 0 { oddNULs += 1 } }
            }
            let pairs = sample.count / 2
            if oddNULs * 10 > pairs * 3 && evenNULs * 10 < pairs { return .utf16LittleEndian }
            if evenNULs * 10 > pairs * 3 && oddNULs * 10 < pairs { return .utf16BigEndian }
            if oddHigh * 10 > pairs * 9 && evenHigh * 10 < pairs { return .utf16LittleEndian }
            if evenHigh * 10 > pairs * 9 && oddHigh * 10 < pairs { return .utf16BigEndian }
        }
        let scan = scanUTF8(input)
        guard scan.invalid != nil else {
            utf8Problem = .some(scan.control.map { DecodingError(reason: .binary, position: position(of: $0, in: input)) })
            return .utf8
        }
        if looksLikeWindows874(input) { return .windows874 }
        utf8Problem = .some(problem(scan, in: input))
        return .utf8
    }

    static func hasUTF8BOM(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF
    }

    /// Most high bytes in windows-874's Thai range (A1–FB) and no NULs: legacy Thai text.
    static func looksLikeWindows874(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        var high = 0, thai = 0
        for byte in input.prefix(65536) {
            if byte == 0 { return false }
            if byte >= 0x80 {
                high += 1
                if byte >= 0xA1 && byte <= 0xFB { thai += 1 }
            }
        }
        return high > 0 && thai * 10 >= high * 9
    }

    /// The first problem in UTF-8 text: an invalid sequence, a NUL or another control byte that text has not.
    static func firstProblem(inUTF8 input: UnsafeBufferPointer<UInt8>) -> DecodingError? {
        problem(scanUTF8(input), in: input)
    }

    private static func problem(_ scan: (invalid: Int?, control: Int?), in input: UnsafeBufferPointer<UInt8>) -> DecodingError? {
        switch (scan.invalid, scan.control) {
        case (let bad?, let ctl?) where ctl < bad: DecodingError(reason: .binary, position: position(of: ctl, in: input))
        case (let bad?, _): DecodingError(reason: .invalidUTF8, position: position(of: bad, in: input))
        case (nil, let ctl?): DecodingError(reason: .binary, position: position(of: ctl, in: input))
        case (nil, nil): nil
        }
    }

    /// NUL and C0 controls other than tab, newline, carriage return, form feed and vertical tab.
    static func firstControlByte(in input: UnsafeBufferPointer<UInt8>) -> DecodingError? {
        firstControlOffset(in: input, from: 0).map { DecodingError(reason: .binary, position: position(of: $0, in: input)) }
    }

    @inline(__always)
    private static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x0B
    }

    private static func firstControlOffset(in input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var offset = start
        while offset < input.count {
            if isControl(input[offset]) { return offset }
            offset += 1
        }
        return nil
    }

    /// Validates UTF-8 (shortest forms, no surrogates, ≤ U+10FFFF); nil when valid.
    static func firstInvalidUTF8(in input: UnsafeBufferPointer<UInt8>) -> DecodingError? {
        scanUTF8(input).invalid.map { DecodingError(reason: .invalidUTF8, position: position(of: $0, in: input)) }
    }

    /// One pass over the bytes: the offset of the first invalid UTF-8 sequence, and of the first control
    /// byte (see `firstControlByte`) before it (or anywhere, when the bytes are valid). Eight ASCII bytes are checked at a time and Thai
    /// (E0 B8/B9 xx) has a path of its own: this runs on every byte of every input.
    static func scanUTF8(_ input: UnsafeBufferPointer<UInt8>) -> (invalid: Int?, control: Int?) {
        guard let base = input.baseAddress else { return (nil, nil) }
        var control: Int?
        var index = 0
        let count = input.count
        while index < count {
            skipThaiAndASCII(UnsafeRawPointer(base), &index, count)
            // Thai letters two or one a load: E0, B8 or B9, a continuation byte (read little-endian);
            // the spaces and punctuation between Thai words in the same loop.
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x0000_C0FE_FFC0_FEFF == 0x0000_80B8_E080_B8E0 {
                    index += 6
                } else if word & 0x00C0_FEFF == 0x0080_B8E0 {
                    index += 3
                } else if word & 0xE0 != 0 && word & 0x80 == 0 {
                    index += 1 // ASCII from 0x20: never a control byte (0x7F is not one either)
                } else {
                    break
                }
            }
            // Eight ASCII bytes at a time: none has its high bit set, and none is below 0x20 (a
            // tab or line feed among them sends the word to the byte-by-byte check).
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                guard word & 0x8080_8080_8080_8080 == 0 else { break }
                if control == nil, (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0 {
                    control = (index..<(index + 8)).first { isControl(input[$0]) }
                }
                index += 8
            }
            guard index < count else { break }
            let byte = input[index]
            if byte < 0x80 {
                if control == nil && isControl(byte) { control = index }
                index += 1
                continue
            }
            // Thai: E0 B8/B9 followed by a continuation byte.
            if byte == 0xE0, index + 2 < count, input[index + 1] & 0xFE == 0xB8, input[index + 2] & 0xC0 == 0x80 {
                index += 3
                continue
            }
            var width = 0
            var lowerSecond: UInt8 = 0x80, upperSecond: UInt8 = 0xBF
            switch byte {
            case 0xC2...0xDF: width = 2
            case 0xE0: width = 3; lowerSecond = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: width = 3
            case 0xED: width = 3; upperSecond = 0x9F
            case 0xF0: width = 4; lowerSecond = 0x90
            case 0xF1...0xF3: width = 4
            case 0xF4: width = 4; upperSecond = 0x8F
            default: width = 0
            }
            var valid = width > 0 && index + width <= count
            if valid {
                let second = input[index + 1]
                valid = second >= lowerSecond && second <= upperSecond
                var next = index + 2
                while valid && next < index + width {
                    valid = input[next] & 0xC0 == 0x80
                    next += 1
                }
            }
            guard valid else { return (index, control) }
            index += width
        }
        return (nil, control)
    }

    /// Skips sixteen bytes at a time (vector compares) that are text ASCII and whole Thai letters
    /// (E0 B8/B9 and a continuation byte), stopping at a character's first byte. `index` must be at one,
    /// with two bytes before it: a continuation byte is accepted when one of the two bytes before it is E0.
    @inline(__always)
    private static func skipThaiAndASCII(_ base: UnsafeRawPointer, _ index: inout Int, _ count: Int) {
        typealias Bytes16 = ByteVector.Bytes16
        guard index >= 2 else { return }
        let start = index
        let c0 = Bytes16(repeating: 0xC0), e0 = Bytes16(repeating: 0xE0), x80 = Bytes16(repeating: 0x80)
        let fe = Bytes16(repeating: 0xFE), b8 = Bytes16(repeating: 0xB8)
        let x20 = Bytes16(repeating: 0x20), x09 = Bytes16(repeating: 0x09), x0d = Bytes16(repeating: 0x0D)
        while index + 18 <= count {
            let bytes = base.loadUnaligned(fromByteOffset: index, as: Bytes16.self)
            let next = base.loadUnaligned(fromByteOffset: index + 1, as: Bytes16.self)
            let afterNext = base.loadUnaligned(fromByteOffset: index + 2, as: Bytes16.self)
            let before = base.loadUnaligned(fromByteOffset: index - 1, as: Bytes16.self)
            let twoBefore = base.loadUnaligned(fromByteOffset: index - 2, as: Bytes16.self)
            let isE0 = bytes .== e0
            // A lead byte other than E0; E0 not opening a Thai letter; a continuation byte not one
            // or two after an E0; a control byte (below 0x20 but tab, line feed, VT, FF, CR).
            var stop = ((bytes & c0) .== c0) .& .!isE0
            stop .|= isE0 .& .!(((next & fe) .== b8) .& ((afterNext & c0) .== x80))
            stop .|= ((bytes & c0) .== x80) .& .!((before .== e0) .| (twoBefore .== e0))
            stop .|= (bytes .< x20) .& ((bytes .< x09) .| (bytes .> x0d))
            if ByteVector.any(stop) { break }
            index += 16
        }
        // Back to the first byte of the character the last block cut.
        while index > start, base.load(fromByteOffset: index, as: UInt8.self) & 0xC0 == 0x80 { index -= 1 }
    }

    /// Line and column (in scalars) of a byte offset, counted from the start.
    static func position(of offset: Int, in input: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        var line = 1
        var column = 1
        for byte in input[..<offset] {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return SourcePosition(line: line, column: column, offset: offset)
    }
}
