import CLibXML2

/// How a program that reads documents should set glibc's allocator: for the whole process, so the library
/// never does it on its own; the `sarabun` tool and the benchmark call it first thing.
public enum AllocatorSettings {
    /// Freed small blocks are merged with their neighbours as they are freed, instead of being kept in
    /// glibc's "fast bins" and merged all at once by the next large allocation. An HTML page's libxml2 tree
    /// is hundreds of thousands of small nodes, freed together: their later merge (`malloc_consolidate`)
    /// was 30% of reading HTML, and it fell on whichever allocation came next, making the reader's speed
    /// swing with what ran before it. Measured: HTML read 16.2–18.7 → 22.8–23.8 MB/s; text parsing unchanged.
    public static func forReading() {
        sarabun_allocator_for_reading()
    }
}
