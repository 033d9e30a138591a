import CLibXML2

/// An HTML document or fragment parsed by libxml2's HTML parser, as a flat array of nodes.
///
/// Node 0 is the document; ``nodes`` is in document order, so "every element" is a plain loop and
/// nothing needs recursion. Parsing never fails: broken, empty or binary input gives whatever
/// libxml2 could recover plus ``diagnostics``.
///
/// libxml2 runs with RECOVER (read what can be read), NONET, HUGE (no depth limit: without it
/// libxml2 stops the whole parse at 256 levels), COMPACT and NODEFDTD, and with
/// IGNORE_ENC: the encoding is chosen and, for UTF-8 and the windows-874 family, decoded before
/// libxml2 sees the bytes (see ``HTMLEncodingSource``). Whitespace-only text is kept (no
/// NOBLANKS), so text nodes hold exactly the source's character data. NUL bytes and undecodable
/// bytes become U+FFFD.
public struct HTMLDocument: Sendable {
    /// Index of the document node, the parent of the top-level nodes.
    public static let root = 0

    /// All nodes in document order; `nodes[0]` is the document.
    public let nodes: [HTMLNode]
    /// libxml2's errors and warnings (at most ``HTMLParseOptions/maxDiagnostics`` of them, then one
    /// summary) and the reader's own, in the order they arose.
    public let diagnostics: [HTMLDiagnostic]
    /// The encoding the input was decoded with, e.g. "UTF-8" or "windows-874" (also for input
    /// declared TIS-620 or ISO-8859-11: windows-874 is their superset).
    public let encoding: String
    public let encodingSource: HTMLEncodingSource
    /// The deepest element nesting (top-level elements are depth 1).
    public let maxDepth: Int

    let attributeRecords: [HTMLAttributeRecord]
    /// Interned element and attribute names, indexed by `HTMLNode.nameID`.
    let names: [String]
    let nameIDs: [String: Int32]
    /// How `textContent` treats each interned name.
    let textRoles: [TextRole]
    /// UTF-8 bytes of all text, attribute values and names.
    let storage: [UInt8]

    /// Parses HTML bytes.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes, in any encoding libxml2 (iconv/ICU) knows.
    ///   - encoding: overrides byte order marks and `<meta>` declarations. An unknown name is
    ///     reported as a warning and the encoding is detected instead.
    ///   - firstLine: the line of the first byte in the enclosing file, so a fragment cut from line
    ///     120 reports lines from 120.
    public static func parse(_ bytes: UnsafeRawBufferPointer, encoding: String? = nil, firstLine: Int = 1,
                             options: HTMLParseOptions = HTMLParseOptions()) -> HTMLDocument {
        var flags: Int32 = 0
        if !options.impliedElements { flags |= Int32(SARABUN_HTML_NO_IMPLIED) }
        if !options.keepComments { flags |= Int32(SARABUN_HTML_DROP_COMMENTS) }
        let cap = Int32(clamping: max(0, options.maxDiagnostics))
        let result = withOptionalCString(encoding) { encoding in
            withOptionalCString(options.fallbackEncoding) { fallback in
                sarabun_html_parse(bytes.baseAddress, bytes.count, encoding, fallback, flags, cap)
            }
        }
        guard let result else {
            return HTMLDocument(empty: "Out of memory: the input was not parsed", firstLine: firstLine)
        }
        defer { sarabun_html_result_free(result) }
        return HTMLDocument(result: result, firstLine: firstLine)
    }

    /// Parses HTML bytes; see `parse(_:encoding:firstLine:options:)`.
    public static func parse<Bytes: Collection>(_ bytes: Bytes, encoding: String? = nil, firstLine: Int = 1,
                                                options: HTMLParseOptions = HTMLParseOptions()) -> HTMLDocument
    where Bytes.Element == UInt8 {
        let parsed = bytes.withContiguousStorageIfAvailable { buffer in
            parse(UnsafeRawBufferPointer(buffer), encoding: encoding, firstLine: firstLine, options: options)
        }
        if let parsed { return parsed }
        return Array(bytes).withUnsafeBytes {
            parse($0, encoding: encoding, firstLine: firstLine, options: options)
        }
    }

    /// Parses HTML held in a Swift string: always UTF-8, whatever a `<meta>` in it says.
    public static func parse(html: String, firstLine: Int = 1,
                             options: HTMLParseOptions = HTMLParseOptions()) -> HTMLDocument {
        var html = html
        return html.withUTF8 {
            parse(UnsafeRawBufferPointer($0), encoding: "UTF-8", firstLine: firstLine, options: options)
        }
    }

    /// libxml2 alone, for benchmarks: parses with the same parser options as `parse(_:encoding:firstLine:options:)`
    /// and frees the tree, with no encoding sniffing, line hooks or conversion (libxml2 decodes
    /// and honours `<meta>` itself). Returns the number of libxml2 errors, or nil if it produced
    /// no document.
    @discardableResult
    public static func libxml2ParseOnly(_ bytes: UnsafeRawBufferPointer, encoding: String? = nil,
                                        options: HTMLParseOptions = HTMLParseOptions()) -> Int? {
        let flags: Int32 = options.impliedElements ? 0 : Int32(SARABUN_HTML_NO_IMPLIED)
        let errors = withOptionalCString(encoding) {
            sarabun_html_parse_only(bytes.baseAddress, bytes.count, $0, flags)
        }
        return errors < 0 ? nil : Int(errors)
    }

    /// libxml2 alone; see `libxml2ParseOnly(_:encoding:options:)`.
    @discardableResult
    public static func libxml2ParseOnly<Bytes: Collection>(_ bytes: Bytes, encoding: String? = nil,
                                                           options: HTMLParseOptions = HTMLParseOptions()) -> Int?
    where Bytes.Element == UInt8 {
        let errors = bytes.withContiguousStorageIfAvailable {
            libxml2ParseOnly(UnsafeRawBufferPointer($0), encoding: encoding, options: options)
        }
        if let errors { return errors }
        return Array(bytes).withUnsafeBytes { libxml2ParseOnly($0, encoding: encoding, options: options) }
    }
}

// MARK: - Conversion from the C result

extension HTMLDocument {
    /// Copies the shim's arrays. Per node this is a handful of integer moves; Strings are made
    /// only for the few distinct names.
    init(result: OpaquePointer, firstLine: Int) {
        let offset = firstLine - 1
        func shifted(_ line: Int32) -> Int32 { line > 0 ? Int32(clamping: Int(line) + offset) : 0 }

        let nodeCount = sarabun_html_result_node_count(result)
        let cNodes = sarabun_html_result_nodes(result)
        nodes = [HTMLNode](unsafeUninitializedCapacity: nodeCount) { buffer, initialized in
            guard let cNodes else { initialized = 0; return }
            for i in 0..<nodeCount {
                let c = cNodes[i]
                buffer.initializeElement(at: i, to: HTMLNode(
                    kind: HTMLNode.Kind(rawValue: UInt8(truncatingIfNeeded: c.kind)) ?? .text,
                    nameID: c.name, parentIndex: c.parent, firstChildIndex: c.first_child,
                    lastChildIndex: c.last_child, nextSiblingIndex: c.next_sibling, endIndex: c.subtree_end,
                    lineNumber: shifted(c.line), attributeStart: c.attribute_start,
                    attributeCount: c.attribute_count, textOffset: Int(c.text_offset),
                    textLength: Int(c.text_length)))
            }
            initialized = nodeCount
        }

        let attributeCount = sarabun_html_result_attribute_count(result)
        let cAttributes = sarabun_html_result_attributes(result)
        attributeRecords = [HTMLAttributeRecord](unsafeUninitializedCapacity: attributeCount) { buffer, initialized in
            guard let cAttributes else { initialized = 0; return }
            for i in 0..<attributeCount {
                let c = cAttributes[i]
                buffer.initializeElement(at: i, to: HTMLAttributeRecord(
                    nameID: c.name, valueOffset: Int(c.value_offset), valueLength: Int(c.value_length)))
            }
            initialized = attributeCount
        }

        let storageLength = sarabun_html_result_storage_length(result)
        let bytes = sarabun_html_result_storage(result)
        storage = bytes.map { Array(UnsafeBufferPointer(start: $0, count: storageLength)) } ?? []

        func string(_ offset: Int64, _ length: Int64) -> String {
            guard let bytes else { return "" }
            return String(decoding: UnsafeBufferPointer(start: bytes + Int(offset), count: Int(length)), as: UTF8.self)
        }

        let nameCount = sarabun_html_result_name_count(result)
        let cNames = sarabun_html_result_names(result)
        var names: [String] = []
        var nameIDs: [String: Int32] = [:]
        names.reserveCapacity(nameCount)
        for i in 0..<nameCount {
            guard let cNames else { break }
            let name = string(cNames[i].offset, cNames[i].length)
            names.append(name)
            nameIDs[name] = nameIDs[name] ?? Int32(i)
        }
        self.names = names
        self.nameIDs = nameIDs
        textRoles = names.map(TextRole.init(name:))

        var diagnostics: [HTMLDiagnostic] = []
        let diagnosticCount = sarabun_html_result_diagnostic_count(result)
        if let cDiagnostics = sarabun_html_result_diagnostics(result) {
            for i in 0..<diagnosticCount {
                let c = cDiagnostics[i]
                let severity: HTMLDiagnostic.Severity = c.level >= 3 ? .fatal : c.level == 2 ? .error : .warning
                diagnostics.append(HTMLDiagnostic(
                    severity: severity,
                    line: c.line > 0 ? Int(shifted(c.line)) : nil,
                    column: c.column > 0 ? Int(c.column) : nil,
                    message: string(c.message_offset, c.message_length),
                    origin: c.domain == 0 ? .reader : .libxml2(domain: Int(c.domain), code: Int(c.code))))
            }
        }
        let suppressed = sarabun_html_result_suppressed_diagnostics(result)
        if suppressed > 0 {
            diagnostics.append(HTMLDiagnostic(
                severity: .warning, line: nil, column: nil,
                message: "\(suppressed) more libxml2 diagnostic(s) not kept", origin: .reader))
        }
        self.diagnostics = diagnostics

        encoding = String(cString: sarabun_html_result_encoding(result))
        encodingSource = switch Int(sarabun_html_result_encoding_source(result)) {
        case Int(SARABUN_HTML_ENCODING_PARAMETER): .parameter
        case Int(SARABUN_HTML_ENCODING_BOM): .byteOrderMark
        case Int(SARABUN_HTML_ENCODING_META): .metaDeclaration
        case Int(SARABUN_HTML_ENCODING_FALLBACK): .fallback
        default: .utf8Default
        }
        maxDepth = Int(sarabun_html_result_max_depth(result))
    }

    /// A document with only the root, for when the shim could not even allocate a result.
    init(empty message: String, firstLine: Int) {
        nodes = [HTMLNode(kind: .document, nameID: -1, parentIndex: -1, firstChildIndex: -1, lastChildIndex: -1,
                          nextSiblingIndex: -1, endIndex: 1, lineNumber: Int32(clamping: firstLine),
                          attributeStart: 0, attributeCount: 0, textOffset: 0, textLength: 0)]
        diagnostics = [HTMLDiagnostic(severity: .fatal, line: nil, column: nil, message: message, origin: .reader)]
        encoding = "UTF-8"
        encodingSource = .utf8Default
        maxDepth = 0
        attributeRecords = []
        names = []
        nameIDs = [:]
        textRoles = []
        storage = []
    }
}

private func withOptionalCString<R>(_ string: String?, _ body: (UnsafePointer<CChar>?) -> R) -> R {
    guard let string else { return body(nil) }
    return string.withCString { body($0) }
}
