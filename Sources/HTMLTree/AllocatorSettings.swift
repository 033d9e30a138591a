import CLibXML2

/// How a program that reads documents should set glibc's allocator: for the whole process, so the library
/// never does it on its own; the `sarabun` tool and the benchmark call it first thing.
public enum AllocatorSettings {
    /// Freed small blocks are merged with their neighbours as they are freed, instead of being kept in
    /// glibc's "fast bins" and merged all at once by the next large allocation. An HTML page's libxml2 tree
    /// is hundreds of thousands of small nodes, freed together: their later merge (`malloc_consolidate`)
    /// was 30% of reading HTML, and it fell on whichever allocation came next, making the reader's speed
    /// swing with what ran before it. Measured: HTML read 16.2–18.7 → 22.8–23.8 MB/s; text parsing unchanged.
    /// True when the setting was made; false where the allocator is not glibc's or glibc refused it.
    @discardableResult
    public static func forReading() -> Bool {
        sarabun_allocator_for_reading() == 1
    }

    /// The bytes glibc holds in freed fast-bin blocks, nil where that cannot be read: after `forReading()`,
    /// freeing small blocks no longer adds to it.
    public static var fastBinBytes: Int? {
        let bytes = sarabun_allocator_fast_bin_bytes()
        return bytes < 0 ? nil : Int(bytes)
    }
}
