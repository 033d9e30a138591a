/// The opening bytes of files that are not text exports but what they were exported from, and what to run
/// on each instead: a data team's batch picks up the PDF beside its text, and an auditor passes a .docx.
enum FileSignatures {
    static let all: [(magic: [UInt8], what: String)] = [
        (Array("%PDF-".utf8), "a PDF document, not text: read the text exported from it (pdftotext -layout, or its HTML export)"),
        ([0x50, 0x4B, 0x03, 0x04], "a zip archive (a .docx, .xlsx or .odt document), not text: save it as text or web page (HTML) first"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "a legacy Office document (.doc or .xls), not text: save it as text or web page (HTML) first"),
        (Array("{\\rtf".utf8), "an RTF document, not text: save it as text or web page (HTML) first"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image (a scan?), not text: run OCR on it first"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image (a scan?), not text: run OCR on it first"),
    ]

    /// What `input` is, when it opens with one of the signatures.
    static func match(_ input: UnsafeBufferPointer<UInt8>) -> String? {
        all.first { entry in input.count >= entry.magic.count && zip(input, entry.magic).allSatisfy { $0 == $1 } }?.what
    }
}
