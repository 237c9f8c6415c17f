# PENDING: interpreter limitation that contradicts the spec. LANGUAGE.md section 8 sets the
# call depth limit at 10,000, but recursion that goes through a builtin calling back into
# script code (map, filter, sorted's key) fails with RecursionError "too many nested
# callbacks (more than 200)" at depth 201 (and then crashes; see
# recursion_error_through_callbacks_corrupts_heap.aw). A depth of 1,000 is legal.
fn depth(n) {
    if n == 0 { return 0 }
    return [n - 1].map(depth)[0] + 1
}
print(depth(1000))  # expect: 1000
