fn f() {
    let a0 = 0; let a1 = 1; let a2 = 2; let a3 = 3; let a4 = 4; let a5 = 5; let a6 = 6; let a7 = 7
    let b0 = 8; let b1 = 9; let b2 = 10; let b3 = 11; let b4 = 12; let b5 = 13; let b6 = 14; let b7 = 15
    return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + b0 + b1 + b2 + b3 + b4 + b5 + b6 + b7
}
print(f())  # expect: 120
