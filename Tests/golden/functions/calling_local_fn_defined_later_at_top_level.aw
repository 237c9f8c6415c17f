# Top-level functions are bound when their declaration runs.
print(later())
fn later() => 1
# expect error: error: NameError: name 'later' is not defined
