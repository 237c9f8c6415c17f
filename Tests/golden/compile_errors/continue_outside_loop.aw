if true {
    continue
}
# expect error: error[syntax]:
