import Foundation

/// The documents of the ingest-at-scale benchmark, made by varying the seeds and the corpus: mostly
/// seeds (real documents, 22–490 KB), now and then a corpus document (text, markdown, HTML); each with
/// some of its figures changed (so the checker has real work) and its own number written into it, so
/// that every file is a different document to the importer. Documents are not repeated into giant
/// ones: a real folder holds real-sized files.
enum ScaleCorpus {
    static func make(folder: String, documents: Int, megabytes: Int, seeds: String) -> (files: Int, bytes: Int) {
        let manager = FileManager.default
        let marker = folder + "/.made-v2-\(documents)-\(megabytes)"
        if manager.fileExists(atPath: marker) { return (documents, sizeOfFolder(folder)) }
        try? manager.removeItem(atPath: folder)
        try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let bases = sources(seeds: seeds)
        guard !bases.isEmpty else { return (0, 0) }
        let seedBases = bases.filter { !$0.0.hasPrefix("corpus/") }
        let corpusBases = bases.filter { $0.0.hasPrefix("corpus/") }
        var random = SplitMix(seed: 2567)
        var total = 0
        for index in 0..<documents {
            // Seeds nine times in ten, until the folder holds the megabytes asked for; the corpus besides.
            let behind = total < (megabytes * 1_000_000) * index / max(1, documents)
            let pool = corpusBases.isEmpty || seedBases.isEmpty ? bases : (behind || random.next() % 10 != 0 ? seedBases : corpusBases)
            let (name, bytes) = pool[Int(random.next() % UInt64(pool.count))]
            var body = varied(bytes, random: &random)
            let isHTML = name.hasSuffix(".html")
            let stamp = isHTML ? "<!-- เอกสารทดสอบลำดับ \(index) -->\n" : "\nเอกสารทดสอบลำดับ \(index)\n"
            body += Array(stamp.utf8)
            let ext = (name as NSString).pathExtension
            let path = folder + "/" + String(format: "doc-%05d.", index) + ext
            guard manager.createFile(atPath: path, contents: Data(body)) else { fatalError("cannot write \(path)") }
            total += body.count
        }
        guard manager.createFile(atPath: marker, contents: Data()) else { fatalError("cannot write \(marker)") }
        return (documents, total)
    }

    /// The document with one digit in about every two thousand bytes changed: figures, counts and
    /// dates move, so totals stop adding up here and there, as in the real documents.
    private static func varied(_ bytes: [UInt8], random: inout SplitMix) -> [UInt8] {
        var copy = bytes
        var position = Int(random.next() % 2_000)
        while position < copy.count {
            if (0x31...0x39).contains(copy[position]) {
                copy[position] = 0x31 + UInt8(random.next() % 9)
            } else if position + 2 < copy.count, copy[position] == 0xE0, copy[position + 1] == 0xB9,
                      (0x91...0x99).contains(copy[position + 2]) {
                copy[position + 2] = 0x91 + UInt8(random.next() % 9)  // Thai ๑–๙
            }
            position += 1 + Int(random.next() % 4_000)
        }
        return copy
    }

    /// The seeds (text exports) and the corpus (text, markdown, HTML).
    private static func sources(seeds: String) -> [(String, [UInt8])] {
        var found: [(String, [UInt8])] = []
        for folder in [seeds, "corpus"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where ["txt", "md", "html"].contains((name as NSString).pathExtension) {
                let label = folder == "corpus" ? "corpus/" + name : name
                if let data = FileManager.default.contents(atPath: folder + "/" + name) { found.append((label, Array(data))) }
            }
        }
        return found
    }

    private static func sizeOfFolder(_ folder: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.reduce(0) { total, name in
            let size = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.size] as? Int) ?? 0
            return total + size
        }
    }
}

/// A small seeded generator, so the benchmark's documents are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
