/// Normalises a byte stream chunk by chunk, so memory stays flat whatever the input size:
/// decodes (encoding detected from the first chunk), repairs, and hands UTF-8 on.
///
/// A chunk is cut where no repair or UTF-8 sequence can straddle the cut; the rest is carried over.
public struct StreamingNormalizer {
    public private(set) var repairer: TextRepairer
    public private(set) var encoding: TextEncoding?
    private let forcedEncoding: TextEncoding?
    private var pending: [UInt8] = []
    private var started = false
    /// Bytes seen so far, and the line, for error places.
    private var consumed = 0
    private var line = 1
    private var column = 1

    public init(options: RepairOptions, encoding: TextEncoding? = nil) {
        repairer = TextRepairer(options: options)
        forcedEncoding = encoding
    }

    /// Feeds the next chunk of input; repaired UTF-8 is appended to `output`.
    public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) throws(DecodingError) {
        pending.append(contentsOf: chunk)
        try process(final: false, into: &output)
    }

    /// Ends the input; throws for an empty stream.
    public mutating func finish(into output: inout [UInt8]) throws(DecodingError) {
        if !started && pending.isEmpty {
            throw DecodingError(reason: .empty, position: SourcePosition(line: 1, column: 1, offset: 0))
        }
        try process(final: true, into: &output)
    }

    private mutating func process(final: Bool, into output: inout [UInt8]) throws(DecodingError) {
        if !started {
            // Wait for enough bytes to detect the encoding reliably.
            guard final || pending.count >= 4096 else { return }
            let detected = forcedEncoding ?? pending.withUnsafeBufferPointer { TextDecoder.detect($0) }
            encoding = detected
            if detected == .utf8WithBOM || (detected == .utf8 && pending.starts(with: [0xEF, 0xBB, 0xBF])) {
                pending.removeFirst(3)
                consumed = 3
            }
            started = true
        }
        guard let encoding else { return }
        // How much of `pending` can be decoded now without cutting a character.
        var usable = pending.count
        if !final {
            switch encoding {
            case .utf8, .utf8WithBOM: usable -= pending.withUnsafeBufferPointer { TextRepairer.unsafeTailLength($0) }
            case .utf16LittleEndian, .utf16BigEndian:
                usable -= usable % 2
                if usable >= 2 {
                    let high = encoding == .utf16LittleEndian ? pending[usable - 1] : pending[usable - 2]
                    if (0xD8...0xDB).contains(high) { usable -= 2 } // a surrogate pair cut in two
                }
            case .windows874: break
            }
        }
        guard usable > 0 else { return }
        var utf8: [UInt8]
        switch encoding {
        case .utf8, .utf8WithBOM:
            let problem = pending.withUnsafeBufferPointer { TextDecoder.firstProblem(inUTF8: UnsafeBufferPointer(rebasing: $0[..<usable])) }
            if var problem {
                problem.position = place(of: problem.position)
                throw problem
            }
            utf8 = Array(pending[..<usable])
        case .utf16LittleEndian, .utf16BigEndian, .windows874:
            let bytes = Array(pending[..<usable])
            let decoded = try TextDecoder.decode(bytes, encoding: encoding).bytes
            utf8 = decoded
        }
        advancePlace(over: utf8)
        pending.removeFirst(usable)
        consumed += usable
        utf8.withUnsafeBufferPointer { repairer.repair($0, into: &output) }
    }

    /// Shifts a place found within the current chunk to its place in the whole stream.
    private func place(of local: SourcePosition) -> SourcePosition {
        SourcePosition(line: line + local.line - 1, column: local.line == 1 ? column + local.column - 1 : local.column,
                       offset: consumed + local.offset)
    }

    private mutating func advancePlace(over text: [UInt8]) {
        for byte in text {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
    }
}
