import Testing

@Suite struct ArithmeticTests {
    @Test func floorDivisionAndModuloFollowTheDivisorsSign() {
        #expect(output("print(7 // 2, -7 // 2, 7 // -2, -7 % 3, 7 % -3, 7.5 // 2)") == "3 -4 -4 2 -2 3.0\n")
    }

    @Test func trueDivisionAlwaysGivesAFloat() {
        #expect(output("print(4 / 2, 1 / 4, 2 ** -1, 2 ** 10, 2.0 ** 3)") == "2.0 0.25 0.5 1024 8.0\n")
    }

    @Test(arguments: [
        "9223372036854775807 + 1", "-9223372036854775807 - 2", "4611686018427387904 * 2", "2 ** 64",
        "var x = 9223372036854775807\nx += 1", "abs(-9223372036854775807 - 1)",
    ])
    func integerOverflowRaisesOverflowError(_ expression: String) {
        let result = run(expression.contains("\n") ? expression : "print(\(expression))")
        #expect(result.status == 1)
        #expect(result.errorHeading.hasPrefix("error: OverflowError"))
    }

    @Test(arguments: ["1 / 0", "1 // 0", "1 % 0", "1.5 / 0", "0 ** -1"])
    func divisionByZeroRaisesZeroDivisionError(_ expression: String) {
        #expect(run("print(\(expression))").errorHeading.hasPrefix("error: ZeroDivisionError"))
    }

    @Test func mixedIntAndFloatCompareByValue() {
        #expect(output("print(1 == 1.0, 2 < 2.5, 3 >= 3.0, 0.1 + 0.2 == 0.3)") == "true true true false\n")
    }

    @Test func stringAndNumberDoNotAdd() {
        let result = run("print(\"a\" + 1)")
        #expect(result.errorHeading == "error: TypeError: cannot add string and int; use interpolation \"\\(x)\" or str(x) to build a string")
    }

    @Test func floatsPrintInTheirShortestRoundTripForm() {
        #expect(output("print(2.0, 0.1, 1e-05, 1e16, 1e15, 123.456, -0.5, 1.0 / 3)") ==
            "2.0 0.1 1e-05 1e+16 1000000000000000.0 123.456 -0.5 0.3333333333333333\n")
    }
}
