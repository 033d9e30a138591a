import Testing
@testable import DocumentReader
import ThaiText

/// The real documents in ../shared/seeds, read as a whole (skipped when they are absent).
@Suite(.enabled(if: Paths.seedsAvailable)) struct SeedReadingTests {
    @Test func progressReportStatusTableIsOneTableOf31RowsFromFourPieces() throws {
        let document = try Seed.read(Seed.progressReport)
        let statusTables = document.tables.filter { $0.header.contains { $0.hasPrefix("สถานะ") } }
        try #require(statusTables.count == 1)
        let table = statusTables[0]
        #expect(table.pieces.count == 4)
        let body = table.rows.filter { $0.kind == .body }
        #expect(body.count == 31)
        #expect(body.map { Numbering.leadingNumber($0.cells[0].text) } == (1...31).map { $0 })
        // Each later piece repeats the title and both header rows.
        #expect(table.pieces.dropFirst().allSatisfy { $0.repeatedLines.count == 3 })
        #expect(table.header.contains("สถานะ / ดำเนินการแล้วเสร็จ"))
        #expect(table.header.contains("สถานะ / ไม่สามารถดำเนินการได้"))
        #expect(table.header.first == "ลำดับ")
        // 30 rows ticked as done and one as not possible, as the ticks say.
        let done = table.column(labelled: ["ดำเนินการแล้วเสร็จ"])!
        #expect(body.filter { $0.cells[done].tick == .checked }.count == 30)
    }

    @Test func multiYearPlanHasFiveYearTables() throws {
        let document = try Seed.read(Seed.multiYearPlan)
        let yearTables = document.tables.filter { $0.header.contains("ดำเนินการไตรมาส / 1") }
        #expect(yearTables.count == 5)
        let titles = yearTables.compactMap(\.title)
        #expect(titles.count == 5)
        #expect(Set(titles).count == 5)
        // Every quarter cell with a checkbox or a ☑ reads as a tick.
        for table in yearTables {
            let quarter = table.column(labelled: ["ดำเนินการไตรมาส/1"])!
            #expect(table.rows.filter { $0.kind == .body }.allSatisfy { $0.cells.count > quarter + 3 })
        }
        let ticks = yearTables.flatMap(\.rows).flatMap(\.cells).filter { $0.tick == .checked }.count
        #expect(ticks >= 186)
    }

    @Test func itaMeasuresTableHasTenMeasures() throws {
        let document = try Seed.read(Seed.itaMeasures)
        let table = try #require(document.tables.first { $0.header.first == "มาตรการ" })
        let measures = table.rows.filter { $0.kind == .body }
        #expect(measures.count == 10)
        #expect(measures.map { Numbering.leadingNumber($0.cells[0].text) } == (1...10).map { $0 })
        // The first measure continues on the next page: its row takes in that line.
        #expect(!measures[0].joinedLines.isEmpty)
        #expect(measures[0].cells[1].text.contains("\n"))
        #expect(!measures[0].cells[1].text.contains("<p>"))
    }

    @Test func planSummaryTableSplitsMergedItems() throws {
        let document = try Seed.read(Seed.planWithDetails)
        let summary = try #require(document.tables.first { $0.header.contains { $0.hasPrefix("ปี ๒๕๖๖") } })
        #expect(summary.header.contains("ปี ๒๕๖๖ / งบประมาณ (บาท)"))
        #expect(summary.header.contains("ปี ๒๕๖๗ / งบประมาณ (บาท)"))
        let items = summary.rows.flatMap(\.items)
        let numbers = items.map(\.number)
        // Items are numbered 1, 2, 3, … with none lost or doubled by the splitting.
        #expect(numbers.first == 1)
        #expect(zip(numbers, numbers.dropFirst()).allSatisfy { $1 == $0 + 1 })
        #expect(numbers.count >= 40)
        // Five merged items with four value-only rows below them: aligned, one value set each.
        let seventh = try #require(items.first { $0.number == 7 })
        #expect(seventh.aligned)
        #expect(items.first { $0.number == 8 }?.aligned == true)
        let totals = summary.rows.filter { $0.kind == .total }
        #expect(totals.count >= 4)
    }

    @Test func memoPageTurnMarkersAreArtefacts() throws {
        let document = try Seed.read(Seed.itaMemo)
        let turns = document.blocks.filter { $0.artefact == .pageTurn }
        #expect(turns.count == 3)
        #expect(turns.allSatisfy { $0.text.hasPrefix("/") })
    }

    @Test func everySeedReadsWithoutLosingLines() throws {
        for name in [Seed.progressReport, Seed.multiYearPlan, Seed.itaMeasures, Seed.planWithDetails, Seed.itaMemo] {
            let document = try Seed.read(name)
            let text = try String(decoding: InputFile.readBytes(Paths.seeds + "/" + name), as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            var covered = Set<Int>()
            for block in document.blocks { covered.formUnion(block.source.line...block.source.endLine) }
            let lost = lines.indices.filter { !lines[$0].allSatisfy(\.isWhitespace) && !covered.contains($0 + 1) }
            #expect(lost.isEmpty, "\(name): lines \(lost.prefix(5).map { $0 + 1 }) are in no block")
        }
    }
}
