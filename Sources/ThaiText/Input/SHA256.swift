import Crypto

/// SHA-256 (FIPS 180-4) of a file's bytes: the content hash that identifies a document across runs.
/// Computed by swift-crypto (BoringSSL); checked against the standard test vectors in ThaiTextTests.
public enum SHA256 {
    /// The lower-case hex digest of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digest = Crypto.SHA256.hash(data: bytes)
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
