import DocumentReader
import ThaiText

/// Reads documents into records: the document model (DocumentReader) → what the document is,
/// who wrote it, its projects with all their mentions, the totals it states and its scores.
public enum RecordReader {
    /// Reads and parses the file at `path`. Throws only when the file cannot be read at all
    /// (missing, empty, a directory, mostly binary); everything else becomes warnings with places.
    public static func read(contentsOf path: String, options: DocumentReader.Options = .init()) throws -> PlanRecord {
        try read(InputFile.readBytes(path), path: path, options: options)
    }

    /// Reads and parses bytes already in memory, recorded under `path` (its extension gives the form
    /// when `options` does not).
    public static func read(_ bytes: [UInt8], path: String, options: DocumentReader.Options = .init()) throws -> PlanRecord {
        var options = options
        if options.format == nil { options.format = DocumentFormat(path: path) }
        let document: Document
        do {
            document = try DocumentReader.read(bytes, options: options)
        } catch let error as DecodingError {
            throw InputError(path: path, message: error.description)
        }
        let source = SourceInfo(path: path, sha256: SHA256.hex(bytes), format: document.format,
                                encoding: document.encoding, byteCount: bytes.count)
        return records(from: document, source: source)
    }

    /// The records of a document already read.
    public static func records(from document: Document, source: SourceInfo) -> PlanRecord {
        var parser = RecordParser(document: document)
        return parser.parse(source: source)
    }
}
