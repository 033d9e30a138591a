/// A run of digits (Thai or Arabic) with the separators between them, as written:
/// `30,000.00`, `๒.๑.๑`, `๗๔๑๐๑.๑/๑๖๗`, `2566`. The scanner decides from context what it is.
struct NumericCluster {
    var start: Int
    var end: Int = 0
    /// Number of digit runs and the separators between them.
    var segments = 0
    var commas = 0
    var dots = 0
    var slashes = 0
    /// Digits of the first run, and whether every comma group has three digits.
    var firstSegmentDigits = 0
    var lastSegmentDigits = 0
    var wellGrouped = true
    var usesThaiDigits = false
    /// Integer value of the digits with separators removed (nil on overflow).
    var allDigits: Int64? = 0
    var digitCount = 0
    /// Digits after a single decimal point.
    var fractionDigits = 0
    /// The values of the first three separated segments (for slash dates), without allocating. A segment
    /// of more than 18 digits reads as Int64.max (no day, month or year), never as a wrapped-around value.
    var segmentValues: (Int64, Int64, Int64) = (0, 0, 0)

    /// Dots where commas group thousands (`30.000`, `1.250.000`), as OCR and some keyboards write them: every
    /// group after the first has three digits and there is no comma. Before `บาท` no amount is written so
    /// (baht have two decimals), so such a figure is no figure as written rather than thirty baht.
    var dotsGroupThousands: Bool {
        commas == 0 && slashes == 0 && dots >= 1 && (1...3).contains(firstSegmentDigits) && lastSegmentDigits == 3
            && digitCount == firstSegmentDigits + 3 * dots
    }

    /// Reads the cluster starting at a digit.
    init(text: UnsafeBufferPointer<UInt8>, start: Int) {
        self.start = start
        var index = start
        var segmentDigits = 0
        var segmentValue: Int64 = 0
        var lastSeparator: UInt8 = 0
        while index < text.count {
            if let (digit, width) = ThaiScript.digit(text, index) {
                if width == 3 { usesThaiDigits = true }
                segmentDigits += 1
                digitCount += 1
                // 18 digits always fit in 64 bits; past that the segment is no date part.
                segmentValue = segmentDigits > 18 ? .max : segmentValue * 10 + Int64(digit)
                if let value = allDigits {
                    let (times, o1) = value.multipliedReportingOverflow(by: 10)
                    let (sum, o2) = times.addingReportingOverflow(Int64(digit))
                    allDigits = (o1 || o2) ? nil : sum
                }
                if lastSeparator == UInt8(ascii: ".") && dots == 1 && slashes == 0 { fractionDigits += 1 }
                index += width
                continue
            }
            let byte = text[index]
            let isSeparator = byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
            // A separator belongs to the cluster only with a digit right after it.
            guard isSeparator, segmentDigits > 0, ThaiScript.digit(text, index + 1) != nil else { break }
            finishSegment(digits: segmentDigits, value: segmentValue, separator: lastSeparator)
            segmentDigits = 0
            segmentValue = 0
            lastSeparator = byte
            switch byte {
            case UInt8(ascii: ","): commas += 1
            case UInt8(ascii: "."): dots += 1
            default: slashes += 1
            }
            index += 1
        }
        finishSegment(digits: segmentDigits, value: segmentValue, separator: lastSeparator)
        end = index
    }

    private mutating func finishSegment(digits: Int, value: Int64, separator: UInt8) {
        segments += 1
        if segments == 1 { firstSegmentDigits = digits }
        lastSegmentDigits = digits
        if separator == UInt8(ascii: ",") && digits != 3 { wellGrouped = false }
        switch segments {
        case 1: segmentValues.0 = value
        case 2: segmentValues.1 = value
        case 3: segmentValues.2 = value
        default: break
        }
    }

    /// A plain quantity: `1234`, `1,234`, `1,234.50`, `25.11` (commas before one optional point).
    var isQuantity: Bool {
        slashes == 0 && dots <= 1 && wellGrouped && (commas == 0 || firstSegmentDigits <= 3) && allDigits != nil
            && (dots == 0 || commasBeforePoint)
    }

    /// Commas only stand in the integer part.
    private var commasBeforePoint: Bool { commas == 0 || segments == commas + 2 }

    var isInteger: Bool { isQuantity && dots == 0 }

    /// The exact value of a quantity. Nil (the digits stay text) past the range of a figure (14 digits
    /// before the point, 4 after it: `ExactDecimal.isInFigureRange`): such a run is no figure of these
    /// documents, and values past it would overflow 64 bits when added to others or shown as money.
    var value: ExactDecimal? {
        guard isQuantity, let digits = allDigits, fractionDigits <= ExactDecimal.figureDecimals else { return nil }
        let value = ExactDecimal(units: digits, scale: dots == 1 ? fractionDigits : 0)
        return value.isInFigureRange ? value : nil
    }

    /// The integer value of an ungrouped integer of at most `maxDigits` digits.
    func plainInteger(maxDigits: Int) -> Int? {
        guard segments == 1, digitCount <= maxDigits, let digits = allDigits else { return nil }
        return Int(digits)
    }

    /// A year-shaped number: four digits in the plausible BE range, no separators.
    var bareBuddhistYear: Int? {
        guard let year = plainInteger(maxDigits: 4), digitCount == 4, ThaiYear.plausibleBE.contains(year) else { return nil }
        return year
    }

    /// The cluster's text with Arabic digits: `๗๔๑๐๑.๑/๑๖๗` → `74101.1/167`.
    func arabicText(in text: UnsafeBufferPointer<UInt8>) -> String {
        DigitConversion.toArabic(String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self))
    }
}
