print(env("ASYNCREPL_GOLDEN_SURELY_UNSET_VARIABLE", "fallback"))  # expect: fallback
print(env("ASYNCREPL_GOLDEN_SURELY_UNSET_VARIABLE"))  # expect: nil
