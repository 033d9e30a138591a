extension StringProtocol {
    /// Whether `needle` occurs in the text, compared as UTF-8 bytes. The standard library's
    /// `contains(_: String)` walks graphemes and was the reader's slowest call on Thai text.
    func containsBytes(_ needle: String) -> Bool {
        withBytes { bytes in needle.withBytes { UTF8Text.find($0, in: bytes) != nil } }
    }
}
