import Foundation
import Testing
@testable import WengaoKit

@Suite struct XMLNumberTests {
    /// The hand-written decimals are the digits "%.2f" prints, without trailing zeros.
    @Test func decimalsMatchPrintf() {
        for step in -20_000...20_000 {
            let value = Double(step) * 0.0137
            let rounded = (value * 100).rounded() / 100
            var expected = rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
            if rounded != rounded.rounded() { while expected.hasSuffix("0") { expected.removeLast() } }
            #expect(XMLNumber.decimal(value) == expected, "\(value)")
        }
        #expect(XMLNumber.points(15.75) == "15.75pt")
        #expect(XMLNumber.decimal(-0.05) == "-0.05")
        #expect(XMLNumber.decimal(2.5) == "2.5")
    }
}
