import HTMLTree
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct AllocatorSettingsTests {
    /// After the setting, freeing thousands of small blocks (the size of a libxml2 node's parts) leaves
    /// nothing in glibc's fast bins: the blocks are merged as they are freed. Without it, every block past
    /// the thread's small cache (seven a size) would stay in a fast bin, tens of kilobytes here.
    @Test func freedSmallBlocksAreMergedAsTheyAreFreed() throws {
        #if canImport(Glibc)
        #expect(AllocatorSettings.forReading())
        let before = try #require(AllocatorSettings.fastBinBytes)
        let blocks = (0..<2_000).map { _ in malloc(24) }
        for block in blocks { free(block) }
        let after = try #require(AllocatorSettings.fastBinBytes)
        #expect(after <= before, "fast bins grew by \(after - before) bytes")
        #endif
    }
}
