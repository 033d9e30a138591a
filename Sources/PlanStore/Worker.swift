import DocumentReader
import PlanAudit
import PlanRecords
import ThaiText

/// What a worker hands the writer.
enum WorkResult: Sendable {
    case parsed(DocumentRows)
    case unchanged(path: String, bytes: Int)
    case failed(path: String, sha256: String?, bytes: Int?, reason: String)
}

/// Reads, hashes, parses and checks one file. Runs on any worker thread; holds nothing mutable.
struct Worker: Sendable {
    let store: Store
    let options: IngestOptions

    func process(_ item: WorkItem) -> WorkResult {
        switch item {
        case .problem(let path, let reason):
            return .failed(path: path, sha256: nil, bytes: nil, reason: reason)
        case .memory(let document):
            guard document.bytes.count <= options.maxFileBytes else {
                return .failed(path: document.path, sha256: nil, bytes: document.bytes.count,
                               reason: FileLoader.tooLarge(document.bytes.count, options.maxFileBytes))
            }
            return process(path: document.path, bytes: document.bytes)
        case .file(let path):
            switch FileLoader.load(path, limit: options.maxFileBytes) {
            case .failed(let reason, let size):
                return .failed(path: path, sha256: nil, bytes: size, reason: reason)
            case .bytes(let bytes):
                return process(path: path, bytes: bytes)
            }
        }
    }

    private func process(path: String, bytes: [UInt8]) -> WorkResult {
        let sha256 = SHA256.hex(bytes)
        // The cheap check first, so an unchanged file is not parsed; the writer checks again inside
        // its transaction. A failed lookup only means the file is parsed.
        if !options.force, let stored = try? store.storedSHA256(path: path), stored == sha256 {
            return .unchanged(path: path, bytes: bytes.count)
        }
        do {
            let readerOptions = DocumentReader.Options(format: DocumentFormat(path: path), encoding: options.encoding)
            let document = try DocumentReader.read(bytes, options: readerOptions)
            let source = SourceInfo(path: path, sha256: sha256, format: document.format, encoding: document.encoding,
                                    byteCount: bytes.count)
            let record = RecordReader.records(from: document, source: source)
            let findings = Auditor.check(record, options: options.audit)
            return .parsed(DocumentRows(record: record, findings: findings, readWarnings: document.warnings.count))
        } catch {
            return .failed(path: path, sha256: sha256, bytes: bytes.count, reason: String(describing: error))
        }
    }
}
