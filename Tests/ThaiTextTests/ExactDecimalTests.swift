import Testing
@testable import ThaiText

@Suite struct ExactDecimalTests {
    @Test func parsesAndPrints() {
        #expect(ExactDecimal("30,000.50")?.description == "30000.50")
        #expect(ExactDecimal("-0.05")?.description == "-0.05")
        #expect(ExactDecimal("12")?.description == "12")
        #expect(ExactDecimal("1.2.3") == nil)
        #expect(ExactDecimal("") == nil)
    }

    @Test func equalityIsByValue() {
        #expect(ExactDecimal("30000")! == ExactDecimal("30000.00")!)
        #expect(Set([ExactDecimal("1.50")!, ExactDecimal("1.5")!]).count == 1)
    }

    @Test func arithmeticIsExact() {
        let sum = ["0.10", "0.20", "0.30"].compactMap(ExactDecimal.init).reduce(.zero, +)
        #expect(sum == ExactDecimal("0.6")!)
        #expect((ExactDecimal("17860.00")! - ExactDecimal("30000")!).description == "-12140.00")
    }

    @Test func percentagesRoundHalfAwayFromZero() {
        // 72,808 of 290,000 = 25.1062…%
        let share = ExactDecimal.divide(ExactDecimal(72808) * ExactDecimal(100), by: ExactDecimal(290000), places: 2)
        #expect(share?.description == "25.11")
        #expect(ExactDecimal("2.345")!.rounded(toPlaces: 2).description == "2.35")
        #expect(ExactDecimal("-2.345")!.rounded(toPlaces: 2).description == "-2.35")
        #expect(ExactDecimal.divide(ExactDecimal(1), by: .zero, places: 2) == nil)
    }
}

@Suite struct CalendarTests {
    @Test func fiscalYearBounds() {
        let fiscal = FiscalYear(be: 2566)
        #expect(fiscal.start.isoCE == "2022-10-01")
        #expect(fiscal.end.isoCE == "2023-09-30")
        #expect(fiscal.quarter(of: CalendarDate(year: ThaiYear(be: 2565), month: 12, day: 31)!) == 1)
        #expect(fiscal.quarter(of: CalendarDate(year: ThaiYear(be: 2566), month: 1, day: 1)!) == 2)
        #expect(fiscal.quarter(of: CalendarDate(year: ThaiYear(be: 2566), month: 9, day: 30)!) == 4)
        #expect(fiscal.quarter(of: CalendarDate(year: ThaiYear(be: 2566), month: 10, day: 1)!) == nil)
        #expect(FiscalYear.containing(CalendarDate(year: ThaiYear(be: 2566), month: 10, day: 19)!).be == 2567)
    }

    @Test func leapYearsAreCE() {
        #expect(CalendarDate(year: ThaiYear(be: 2567), month: 2, day: 29) != nil) // 2024
        #expect(CalendarDate(year: ThaiYear(be: 2566), month: 2, day: 29) == nil) // 2023
        #expect(CalendarDate(year: ThaiYear(be: 2643), month: 2, day: 29) == nil) // 2100
        #expect(CalendarDate(year: ThaiYear(be: 2543), month: 2, day: 29) != nil) // 2000
    }
}
