fn level3() { throw ValueError("from level 3") }
fn level2() { level3() }
fn level1() {
    try {
        level2()
    } catch ValueError as e {
        return "level1 caught: \(e.message)"
    }
}
print(level1())  # expect: level1 caught: from level 3
