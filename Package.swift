// swift-tools-version: 6.0
import PackageDescription

// The pipeline, one module a stage:
//   bytes → ThaiText (decode, repair, lexical tokens) → DocumentReader (blocks, tables)
//         → PlanRecords (projects, stated totals, scores) → PlanAudit (findings) → PlanStore (SQLite)
// libxml2 and ICU are reached through small wrappers so that their headers never meet
// Foundation's private copy of ICU in one Swift module (see docs in shared/BUILDING.md).
let package = Package(
    name: "sarabun",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Sarabun", targets: ["ThaiText", "HTMLTree", "DocumentReader", "PlanRecords", "PlanAudit", "PlanStore"]),
        .executable(name: "sarabun", targets: ["sarabun"]),
        .executable(name: "sarabun-bench", targets: ["SarabunBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // SHA-256 of every imported file (BoringSSL's assembly: several times our own Swift rounds).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"5.0.0"),
    ],
    targets: [
        // System ICU, found through pkg-config. Only the C shim below includes its headers.
        .systemLibrary(
            name: "ICUSystem",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // Plain-C functions over ICU (conversion, normalisation, word break) with C types only.
        .target(
            name: "CICU",
            dependencies: ["ICUSystem"],
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        // System libxml2, found through pkg-config. Only the C shim below includes its headers.
        .systemLibrary(
            name: "LibXML2System",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Plain-C functions over libxml2's HTML parser.
        .target(name: "CLibXML2", dependencies: ["LibXML2System"]),
        // A Swift view of parsed HTML (elements, text, attributes, source lines).
        .target(name: "HTMLTree", dependencies: ["CLibXML2"]),
        // Stage 1–2: decoding, repairs and the lexical scanner.
        .target(name: "ThaiText", dependencies: ["CICU", .product(name: "Crypto", package: "swift-crypto")]),
        // Stage 3: text, markdown and HTML exports read into one model of blocks and tables.
        .target(name: "DocumentReader", dependencies: ["ThaiText", "HTMLTree"]),
        // Stage 4: documents, organisations, projects with their mentions, stated totals and scores.
        .target(name: "PlanRecords", dependencies: ["DocumentReader", "ThaiText"]),
        // Stage 5: rules over the records, one a file, giving findings with evidence.
        .target(name: "PlanAudit", dependencies: ["PlanRecords", "DocumentReader", "ThaiText"]),
        // Stage 6: records and findings in SQLite (through GRDB), batch import and export.
        .target(
            name: "PlanStore",
            dependencies: ["PlanRecords", "PlanAudit", "DocumentReader", "ThaiText", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "sarabun",
            dependencies: [
                "ThaiText", "HTMLTree", "DocumentReader", "PlanRecords", "PlanAudit", "PlanStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "SarabunBenchmark",
            dependencies: ["ThaiText", "HTMLTree", "DocumentReader", "PlanRecords", "PlanAudit", "PlanStore"]
        ),
        .testTarget(name: "ThaiTextTests", dependencies: ["ThaiText"]),
        .testTarget(name: "HTMLTreeTests", dependencies: ["HTMLTree"]),
        // PlanRecords and PlanAudit only for ReaderFuzzTests, which feeds the same damaged inputs on to the parser and checker.
        .testTarget(name: "DocumentReaderTests", dependencies: ["DocumentReader", "ThaiText", "HTMLTree", "PlanRecords", "PlanAudit"]),
        .testTarget(name: "PlanRecordsTests", dependencies: ["PlanRecords", "DocumentReader", "ThaiText"]),
        .testTarget(name: "PlanAuditTests", dependencies: ["PlanAudit", "PlanRecords", "DocumentReader", "ThaiText"]),
        .testTarget(name: "PlanStoreTests", dependencies: ["PlanStore", "PlanAudit", "PlanRecords", "DocumentReader", "ThaiText"]),
    ],
    swiftLanguageModes: [.v6]
)
