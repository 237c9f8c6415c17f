# A function body is not inside the loop around its definition.
for i in range(3) {
    let f = fn () {
        break
    }
}
# expect error: error[syntax]: 'break' outside a loop
