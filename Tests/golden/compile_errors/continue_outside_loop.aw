if true {
    continue
}
# expect error: error[syntax]: 'continue' outside a loop
