fn loud(v) {
    print("called")
    return v
}
print(false and loud(true))  # expect: false
print(true or loud(false))  # expect: true
print(true and loud(true))
# expect: called
# expect: true
