for ch in "hé!" {
    print(ch)
}
# expect: h
# expect: é
# expect: !
